import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@alliance/db';
import { repoRoot } from '../src/paths.ts';
import { subgraphModules } from '../src/subgraphs.ts';

let child: ChildProcess | undefined;
let dataDir: string | undefined;

afterAll(async () => {
  if (child?.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start', () => {
  it('interrupted while the demo shipments are played, prints only that it stops, and stops its PostgreSQL', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'alliance-start-cli-'));
    await chmod(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user (see startEmbeddedPostgres)
    const ports = Object.fromEntries(
      await Promise.all(['PORT', 'EMBEDDED_PG_PORT', ...subgraphModules.map((module) => `${module.name.toUpperCase()}_PORT`)].map(async (name) => [name, String(await freePort())])),
    );
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      ...ports,
      LOG_LEVEL: 'warn',
    };
    // The embedded server, as a new user has it: it stops at once on the terminal's Ctrl-C while the start-up goes on.
    delete env.DATABASE_URL;
    delete env.NODE_ENV;
    // Its own process group, so that the signal reaches every process of it, as Ctrl-C in a terminal does.
    // What `npm start` runs (without npm, whose own signal handling is not under test).
    const script = (JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(script).toBe('node --import tsx stack/src/cli/start.ts');
    child = spawn(process.execPath, ['--import', 'tsx', 'stack/src/cli/start.ts'], { cwd: repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let interrupted = false;
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!interrupted && output.includes('… demo shipment of')) {
        interrupted = true;
        process.kill(-child!.pid!, 'SIGINT');
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    const code = await Promise.race([exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 100_000))]);

    expect(interrupted, output).toBe(true);
    expect(code, output).toBe(0);
    // Nothing else after, nor before: the embedded server stops after the subgraphs, so no connection drops.
    expect(output.slice(output.indexOf('… demo shipment of'))).toMatch(/^… demo shipment of [^\n]*\n\nStopping…\nStopped\.\n$/);
    expect(output).not.toContain('The gateway is ready');
    expect(output).not.toContain('(not in this database)');
    const postmaster = Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => '0')).split('\n')[0]);
    expect(postmaster > 0 && isAlive(postmaster)).toBe(false);
  }, 120_000);
});
