import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '@alliance/db';
import { repoRoot } from '@alliance/stack';

/**
 * The services of the stack, each in its own process, as docker compose runs them: the real entry
 * points (`subgraphs/<name>/src/main.ts`, `gateway/src/main.ts`) under tsx, configured by the
 * environment compose gives them. The load generator stays in the bench's process, so "via the
 * gateway" and "direct to the subgraph" no longer share one event loop with it or each other.
 *
 * Each child runs through the stack's launcher (stack/src/cli/subgraph-process.ts), which stops
 * the child when its IPC channel to the bench closes: a bench killed with SIGKILL leaves no orphan
 * holding ports and connections. On exit, Ctrl-C (SIGINT), SIGTERM and errors the bench stops them
 * itself (see `stopAllOnExit`).
 */
export interface Service {
  name: string;
  pid: number;
  /** The GraphQL endpoint. */
  url: string;
  /** SQL statements the subgraph reports per GraphQL request (from its `graphql request` log lines), in order. */
  statements: number[];
  /** Resident set size now, in MB (from /proc/<pid>/status). */
  rssMb(): Promise<number>;
  /** With BENCH_HEAP_SNAPSHOT=<dir>: asks the service to write a V8 heap snapshot to <dir>/<name> (SIGUSR2). */
  heapSnapshot(): void;
  stop(): Promise<void>;
}

const launcher = path.join(repoRoot, 'stack', 'src', 'cli', 'subgraph-process.ts');
const running = new Set<Service>();

export async function startService(options: {
  name: string;
  entry: string;
  env: Record<string, string>;
  onProgress: (m: string) => void;
  /** Whether the answer of GET /health means ready; by default a 2xx. */
  ready?: (res: Response) => Promise<boolean>;
}): Promise<Service> {
  const port = await freePort();
  const started = performance.now();
  // BENCH_CPU_PROF=<dir>: each service writes V8 CPU profiles (one per thread) to <dir>/<name> when it stops (open them in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.join(process.env.BENCH_CPU_PROF, options.name)}`] : [];
  // BENCH_HEAP_SNAPSHOT=<dir>: a service writes a heap snapshot to <dir>/<name> when the bench asks
  // (heapSnapshot()), and one when its heap nears its limit (what filled it, before it dies).
  const heap = process.env.BENCH_HEAP_SNAPSHOT ? ['--heapsnapshot-signal=SIGUSR2', '--heapsnapshot-near-heap-limit=1', `--diagnostic-dir=${path.join(process.env.BENCH_HEAP_SNAPSHOT, options.name)}`] : [];
  if (process.env.BENCH_HEAP_SNAPSHOT) await mkdir(path.join(process.env.BENCH_HEAP_SNAPSHOT, options.name), { recursive: true });
  const child: ChildProcess = spawn(process.execPath, [...profile, ...heap, '--import', 'tsx', launcher, path.join(repoRoot, options.entry)], {
    cwd: repoRoot,
    env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  const statements: number[] = [];
  // The subgraph kit logs every request with the statements it sent; other lines are echoed only when
  // they are warnings or worse (level ≥ 40), so a failing child says why.
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.includes('"graphql request"')) {
      const n = /"sqlStatements":(\d+)/.exec(line);
      if (n) statements.push(Number(n[1]));
    } else if (/"level":(4|5|6)\d/.test(line) || !line.startsWith('{')) console.log(`  [${options.name}] ${line.slice(0, 400)}`);
  });
  const service: Service = {
    name: options.name,
    pid: child.pid!,
    url: `http://127.0.0.1:${port}/graphql`,
    statements,
    rssMb: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+) kB/.exec(status);
      return kb ? Number(kb[1]) / 1024 : NaN;
    },
    heapSnapshot: () => {
      if (heap.length && !gone) child.kill('SIGUSR2');
    },
    stop: async () => {
      running.delete(service);
      if (gone) return;
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killed);
    },
  };
  running.add(service);
  const health = `http://127.0.0.1:${port}/health`;
  for (const deadline = Date.now() + 120_000; ; ) {
    if (gone) {
      running.delete(service);
      throw new Error(`The ${options.name} process exited before it was healthy (exit code ${await exited}); its output is above.`);
    }
    const ok = await fetch(health, { signal: AbortSignal.timeout(1000) }).then(options.ready ?? (async (r) => r.ok), () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await service.stop();
      throw new Error(`The ${options.name} process gave no healthy answer at ${health} within 120 s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  options.onProgress(`${options.name}: pid ${child.pid}, healthy at ${service.url} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return service;
}

/** Stops every service still running, last started first. */
export async function stopAll(): Promise<void> {
  for (const s of [...running].reverse()) await s.stop();
}

/**
 * Ctrl-C and SIGTERM stop the children before the bench exits (with 130 / 143, as a shell would);
 * a plain exit kills whatever is left (synchronously: `exit` handlers cannot wait).
 */
export function stopAllOnExit(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      console.log(`\n${signal}: stopping the services`);
      void stopAll().finally(() => process.exit(code));
    });
  }
  process.once('exit', () => {
    for (const s of running) {
      try {
        process.kill(s.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}
