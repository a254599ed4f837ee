import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type RunningPostgres } from '../src/index.ts';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const secondStart = fileURLToPath(new URL('./support/start-embedded.ts', import.meta.url));

let dir: string;
let dataDir: string;
let lockFile: string;
const port = 50000 + Math.floor(Math.random() * 5000);
let running: RunningPostgres | undefined;

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('select 1 as one')).rows[0]!.one;
  } finally {
    await client.end();
  }
}

/** Runs a start in another process, as a second `npm start` would. */
async function startInAnotherProcess(): Promise<{ exitCode: number; stderr: string }> {
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  try {
    await run(tsx, [secondStart, dataDir, String(port)], { cwd: repoRoot });
    return { exitCode: 0, stderr: '' };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { exitCode: code, stderr };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'alliance-embedded-'));
  await chmod(dir, 0o755); // PostgreSQL may run as another user (see startEmbeddedPostgres)
  dataDir = path.join(dir, 'pg');
  lockFile = `${dataDir}.owner.pid`;
});
afterAll(async () => {
  await running?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('startEmbeddedPostgres', () => {
  it('refuses a second start on a data directory in use, without stopping the running server', async () => {
    running = await startEmbeddedPostgres({ dataDir, port, password: 'test' });
    expect((await readFile(lockFile, 'utf8')).trim()).toBe(String(process.pid));

    const second = await startInAnotherProcess();
    expect(second.exitCode).toBe(1);
    expect(second.stderr).toContain(`Another \`npm start\` (pid ${process.pid}) is using ${dataDir}; stop it first`);
    await expect(startEmbeddedPostgres({ dataDir, port, password: 'test' })).rejects.toThrow(/is using/);
    expect(await selectOne(running.url)).toBe(1);
  });

  it('releases the data directory on stop, so that the next start works', async () => {
    await running!.stop();
    running = undefined;
    expect(existsSync(lockFile)).toBe(false);
    running = await startEmbeddedPostgres({ dataDir, port, password: 'test' });
    expect(await selectOne(running.url)).toBe(1);
    await running.stop();
    running = undefined;
  });

  it('takes over from an owner that is gone (a killed run)', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    await writeFile(lockFile, `${gone.pid}\n`);
    running = await startEmbeddedPostgres({ dataDir, port, password: 'test' });
    expect(await selectOne(running.url)).toBe(1);
    expect((await readFile(lockFile, 'utf8')).trim()).toBe(String(process.pid));
  });
});
