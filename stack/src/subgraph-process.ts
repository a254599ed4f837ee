import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@alliance/db';
import { repoRoot } from './paths.ts';

/**
 * One subgraph in its own process, as docker compose runs it: `subgraphs/<name>/src/main.ts` under
 * tsx, configured by the environment `runSubgraphFromEnv` reads. It can be stopped and started
 * again on the same port, which is how the tests take a subgraph down for real.
 */
export interface SubgraphProcess {
  readonly url: string;
  readonly running: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface SubgraphProcessOptions {
  name: string;
  /** 0 picks a free port once; a restart keeps it, so the gateway's URL stays right. */
  port: number;
  env: Record<string, string>;
  startTimeoutMs?: number;
}

const launcher = fileURLToPath(new URL('./cli/subgraph-process.ts', import.meta.url));

export async function subgraphProcess(options: SubgraphProcessOptions): Promise<SubgraphProcess> {
  const main = path.join(repoRoot, 'subgraphs', options.name, 'src', 'main.ts');
  if (!existsSync(main)) throw new Error(`The ${options.name} subgraph has no src/main.ts to run as its own process.`);
  const port = options.port || (await freePort());
  const url = `http://127.0.0.1:${port}/graphql`;
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();

  const start = async () => {
    if (child) return;
    const started = spawn(process.execPath, ['--import', 'tsx', launcher, main], {
      cwd: repoRoot,
      env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child = started;
    exited = new Promise((resolve) => started.once('exit', () => resolve()));
    void exited.then(() => {
      if (child === started) child = undefined;
    });
    await untilHealthy(url.replace('/graphql', '/health'), exited, options.startTimeoutMs ?? 60_000).catch(async (error: unknown) => {
      await stop();
      throw new Error(`The ${options.name} subgraph's process did not start: ${(error as Error).message}`);
    });
  };

  const stop = async () => {
    const running = child;
    if (!running) return;
    running.kill('SIGTERM');
    const killed = setTimeout(() => running.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killed);
  };

  await start();
  return {
    url,
    get running() {
      return child !== undefined;
    },
    start,
    stop,
  };
}

async function untilHealthy(healthUrl: string, exited: Promise<void>, timeoutMs: number): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error('it exited');
    const ok = await fetch(healthUrl, { signal: AbortSignal.timeout(1000) }).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no healthy answer from ${healthUrl} within ${timeoutMs / 1000} s`);
}
