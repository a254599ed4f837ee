import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestStack, type TestStack } from '../src/testing.ts';
import { taskName } from '@alliance/messaging';

/** /metrics of the gateway and of a subgraph, after real requests through the stack. */
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members']);
});
afterAll(async () => {
  await stack?.close();
});

async function scrape(url: string): Promise<string> {
  const res = await fetch(new URL('/metrics', url));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return res.text();
}

/** The value of one series, e.g. `value(text, 'graphql_errors_total', { code: 'UNAUTHENTICATED' })`. */
function value(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('/metrics', () => {
  it('counts operations, errors by code, subgraph fetches and pool use, on the gateway and the subgraph', async () => {
    for (let i = 0; i < 3; i++) expect((await stack.query('query Alliances { alliances { code } }')).errors).toBeUndefined();
    const failing = await stack.query('query MemberById { member(id: "not-a-uuid") { id } }');
    expect(failing.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await stack.query('{ alliances { code } }');

    const gateway = await scrape(stack.gateway.url);
    expect(value(gateway, 'graphql_request_duration_seconds_count', { service: 'gateway', operation: 'Alliances' })).toBe(3);
    const sum = value(gateway, 'graphql_request_duration_seconds_sum', { operation: 'Alliances' })!;
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(30);
    expect(value(gateway, 'graphql_request_duration_seconds_bucket', { operation: 'Alliances', le: '+Inf' })).toBe(3);
    expect(value(gateway, 'graphql_request_duration_seconds_count', { operation: 'anonymous' })).toBe(1);
    expect(value(gateway, 'graphql_errors_total', { operation: 'MemberById', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(value(gateway, 'graphql_errors_total', { operation: 'Alliances' })).toBeUndefined();
    expect(value(gateway, 'gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'members' })).toBeGreaterThanOrEqual(5);
    expect(gateway).toMatch(/# TYPE gateway_subgraph_fetch_failures_total counter/);

    const members = await scrape(stack.subgraphs.get('members')!.url);
    // The gateway names its fetches after the client's operation (`Alliances__members__0`).
    expect(value(members, 'graphql_request_duration_seconds_count', { service: 'members', operation: 'Alliances__members__0' })).toBe(3);
    expect(value(members, 'graphql_errors_total', { service: 'members', code: 'UNAUTHENTICATED' })).toBe(1);
    const inUse = value(members, 'db_pool_connections', { pool: 'orm', state: 'in_use' });
    const idle = value(members, 'db_pool_connections', { pool: 'orm', state: 'idle' });
    const max = value(members, 'db_pool_max_connections', { pool: 'orm' })!;
    expect(inUse).toBeGreaterThanOrEqual(0);
    expect(idle).toBeGreaterThanOrEqual(1); // the requests above left a connection in the pool
    expect(inUse! + idle!).toBeLessThanOrEqual(max);
    expect(value(members, 'db_pool_connections', { pool: 'orm', state: 'waiting' })).toBe(0);
    expect(value(members, 'db_pool_connections', { pool: 'messaging', state: 'idle' })).toBeGreaterThanOrEqual(0);
    expect(members).toMatch(/# TYPE messaging_queue_depth gauge/);
    // Nothing of the gateway's own in the subgraph's figures, and no secret anywhere.
    expect(members).not.toMatch(/gateway_subgraph_fetch/);
    expect(gateway + members).not.toContain(stack.gatewaySecret);
    // The process's own figures, once: with the first service of the process (each its own in production).
    expect((gateway + members).match(/^nodejs_eventloop_lag_seconds\{/gm)).toHaveLength(1);
  });

  it('reports the age of the oldest message a subgraph has not applied, by topic', async () => {
    // A message for a topic of its own, due in an hour (no worker takes it), published 90 s ago.
    const rows = await stack.sql<{ id: string }>('members', `select id from graphile_worker.add_job(?, '{}'::json, run_at => now() + interval '1 hour')`, [taskName('members', 'metrics.test')]);
    const id = rows[0]!.id;
    try {
      await stack.sql('members', `update graphile_worker._private_jobs set created_at = now() - interval '90 seconds' where id = ?`, [id]);
      await new Promise((resolve) => setTimeout(resolve, 1100)); // past the scrape's one-second reuse
      const members = await scrape(stack.subgraphs.get('members')!.url);
      expect(value(members, 'messaging_queue_depth', { topic: 'metrics.test' })).toBe(1);
      const age = value(members, 'messaging_queue_oldest_age_seconds', { topic: 'metrics.test' })!;
      expect(age).toBeGreaterThanOrEqual(90);
      expect(age).toBeLessThan(120);
    } finally {
      await stack.sql('members', 'delete from graphile_worker._private_jobs where id = ?', [id]);
    }
  });

  it('answers only a bearer of METRICS_TOKEN when one is set', async () => {
    const { metricsHandler, serviceMetrics } = await import('@alliance/telemetry');
    const handler = metricsHandler(serviceMetrics('members'), 'tok-123');
    const answer = (authorization?: string) =>
      new Promise<number>((resolve) => {
        const res = {
          status: (code: number) => ({ set: () => ({ type: () => ({ send: () => resolve(code) }) }) }),
          type: () => ({ send: () => resolve(200) }),
        };
        void handler({ header: () => authorization } as never, res as never, () => {});
      });
    expect(await answer()).toBe(401);
    expect(await answer('Bearer nope')).toBe(401);
    expect(await answer('Bearer tok-123')).toBe(200);
  });
});
