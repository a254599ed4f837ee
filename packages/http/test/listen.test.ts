import express from 'express';
import { describe, expect, it } from 'vitest';
import { listen } from '../src/index.ts';

/** A server whose every request takes `ms`, counting the requests it has started. */
async function slowServer(ms: number, drainMs?: number) {
  const app = express();
  let started = 0;
  app.get('/slow', async (_req, res) => {
    started += 1;
    await new Promise((resolve) => setTimeout(resolve, ms));
    res.json({ ok: true });
  });
  const listening = await listen(app, { port: 0, host: '127.0.0.1', service: 'test server', drainMs });
  return { listening, started: () => started };
}

describe('listen(…).close()', () => {
  it('lets the requests in flight finish, then closes (keep-alive connections included)', async () => {
    const { listening, started } = await slowServer(300);
    const url = listening.url('/slow');
    const answers = Array.from({ length: 8 }, () => fetch(url).then(async (res) => ({ status: res.status, body: await res.json() })));
    await expect.poll(started, { interval: 10 }).toBe(8);
    const before = performance.now();
    await listening.close();
    expect(performance.now() - before).toBeGreaterThan(200);
    for (const answer of await Promise.all(answers)) expect(answer).toEqual({ status: 200, body: { ok: true } });
    await expect(fetch(url)).rejects.toThrow();
  });

  it('cuts what is still running after the drain bound', async () => {
    const { listening, started } = await slowServer(5_000, 200);
    const answer = fetch(listening.url('/slow')).then((res) => res.status, (error: Error) => error);
    await expect.poll(started, { interval: 10 }).toBe(1);
    const before = performance.now();
    await listening.close();
    expect(performance.now() - before).toBeLessThan(2_000);
    expect(await answer).toBeInstanceOf(Error);
  });
});
