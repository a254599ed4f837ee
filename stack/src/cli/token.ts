/**
 * `npm run token -- <member-code> [alliance-code]`: prints a development JWT for a member.
 * Uses the running embedded PostgreSQL (or DATABASE_URL); starts the embedded one briefly if needed.
 */
process.env.LOG_LEVEL ??= 'silent';
const { signToken } = await import('@alliance/auth');
const { openModuleDatabase } = await import('@alliance/subgraph-kit');
const { identityOfMember, membersSubgraph } = await import('@alliance/members');
const { loadDevSecrets } = await import('../dev-secrets.ts');
const { dataDir } = await import('../paths.ts');
const { embeddedDataDir, ensureDatabase, startEmbeddedPostgres } = await import('@alliance/db');
const { existsSync } = await import('node:fs');
const path = await import('node:path');

const [code, allianceCode] = process.argv.slice(2);
if (!code) {
  console.error('Usage: npm run token -- <member-code> [alliance-code]   e.g. npm run token -- SH-VEG');
  process.exit(2);
}
const secrets = await loadDevSecrets(dataDir);
const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
let url = process.env.DATABASE_URL;
let stopEmbedded: (() => Promise<void>) | undefined;
if (!url) {
  // Where `npm start` keeps it (as root, perhaps not in <dataDir>/pg: see embeddedDataDir).
  const pgDir = await embeddedDataDir(path.join(dataDir, 'pg'));
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    console.error('No database yet: run `npm start` once (it loads the demo data), or set DATABASE_URL.');
    process.exit(1);
  }
  const serverUrl = `postgres://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${port}/postgres`;
  const running = existsSync(path.join(pgDir, 'postmaster.pid'));
  if (!running) {
    const server = await startEmbeddedPostgres({ dataDir: pgDir, port, password: secrets.postgresPassword });
    stopEmbedded = server.stop;
  }
  url = await ensureDatabase(serverUrl, 'alliance');
}
const db = await openModuleDatabase(membersSubgraph, url, 1);
let exitCode = 0;
try {
  const identity = await identityOfMember(db.orm.em.fork() as never, code, allianceCode);
  console.log(await signToken(identity, secrets.jwtSecret));
} catch (error) {
  console.error((error as Error).message);
  exitCode = 1;
} finally {
  await db.orm.close();
  await stopEmbedded?.();
}
process.exit(exitCode);
