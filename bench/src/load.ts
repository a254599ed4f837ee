import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  errors: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** The first failure's message, when there were failures (floors driven by `loadLoop`). */
  firstError?: string;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Drives one GraphQL operation with autocannon for a fixed time and reports exact percentiles
 * from every response time (autocannon's own summary has no p95). `body` is called per request,
 * so each request can carry its own idempotency key.
 */
export async function load(options: {
  url: string;
  headers: Record<string, string>;
  body: () => string;
  connections: number;
  durationSeconds: number;
  isError?: (body: string) => boolean;
  /** Headers of each request on top of `headers`, called per request with its body (a client address, say). */
  requestHeaders?: () => Record<string, string>;
}): Promise<LoadResult> {
  const times: number[] = [];
  let errors = 0;
  const instance: any = autocannon({
    url: options.url,
    method: 'POST',
    connections: options.connections,
    duration: options.durationSeconds,
    headers: { 'content-type': 'application/json', ...options.headers },
    requests: [
      {
        setupRequest: (req: any) => ({
          ...req,
          ...(options.requestHeaders ? { headers: { ...req.headers, ...options.requestHeaders() } } : {}),
          body: options.body(),
        }),
        onResponse: (status: number, body: string) => {
          if (status !== 200 || (options.isError ?? ((b: string) => b.includes('"errors"')))(body)) errors++;
        },
      },
    ],
  } as any);
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result: any = await instance;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    errors: errors + (result.non2xx ?? 0) - 0,
    throughput: times.length / options.durationSeconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
  };
}

/**
 * The same figures for a floor driven from this process: `connections` workers, each calling
 * `once(worker, n)` back to back for `durationSeconds` (a worker is one database connection, say).
 * A call that throws counts as an error and is not timed.
 */
export async function loadLoop(options: { connections: number; durationSeconds: number; once: (worker: number, n: number) => Promise<void> }): Promise<LoadResult> {
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let n = 0;
  const started = performance.now();
  const end = started + options.durationSeconds * 1000;
  await Promise.all(
    Array.from({ length: options.connections }, async (_, worker) => {
      while (performance.now() < end) {
        const t = performance.now();
        try {
          await options.once(worker, n++);
          times.push(performance.now() - t);
        } catch (error) {
          errors++;
          firstError ??= (error as Error).message;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { requests: times.length, errors, throughput: times.length / seconds, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), ...(firstError ? { firstError } : {}) };
}
