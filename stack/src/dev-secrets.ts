import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Local secrets, generated on the first start and kept in .data/ (git-ignored), so none is in the
 * repository. Environment variables win: JWT_SECRET, GATEWAY_SECRET.
 */
export interface DevSecrets {
  jwtSecret: string;
  gatewaySecret: string;
  postgresPassword: string;
}

export async function loadDevSecrets(dataDir: string): Promise<DevSecrets> {
  const file = path.join(dataDir, 'dev-secrets.json');
  let stored: Partial<DevSecrets> = {};
  if (existsSync(file)) stored = JSON.parse(await readFile(file, 'utf8')) as Partial<DevSecrets>;
  const secrets: DevSecrets = {
    jwtSecret: stored.jwtSecret ?? randomBytes(32).toString('base64url'),
    gatewaySecret: stored.gatewaySecret ?? randomBytes(32).toString('base64url'),
    postgresPassword: stored.postgresPassword ?? randomBytes(18).toString('base64url'),
  };
  if (JSON.stringify(stored) !== JSON.stringify(secrets)) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return {
    ...secrets,
    jwtSecret: process.env.JWT_SECRET ?? secrets.jwtSecret,
    gatewaySecret: process.env.GATEWAY_SECRET ?? secrets.gatewaySecret,
  };
}
