import os from 'node:os';
import type pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { signToken } from '@alliance/auth';
import type { Viewer } from '@alliance/domain-kit';
import type { RunningStack } from '@alliance/stack';
import { dropDatabase, ensureDatabase, scratchServer } from '@alliance/db';
import { saveResults } from './results.ts';

/** What a benchmark prints while it runs. */
export const say = (m: string) => console.log(`  … ${m}`);

/** A positive whole number from a command-line option (1_000 and 1000 alike). */
export function count(s: string, what: string): number {
  const n = Number(s.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${what} wants a positive whole number; got "${s}".`);
  return n;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
}

export function summary(xs: readonly number[]): Summary {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2, min: s[0]!, max: s[s.length - 1]! };
}

/** The machine a run was measured on. */
export async function machine(client: pg.Client) {
  const { rows } = await client.query<{ v: string }>(`select current_setting('server_version') as v`);
  return { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, postgres: rows[0]!.v, database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded' };
}

type Answer = { status: number; data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/**
 * The running stack as the test fixtures want it (entity managers, tokens, queries through the
 * gateway), and `ok`: a call as a member that fails the run, saying which, when it is refused.
 */
export function benchClient(stack: RunningStack, jwtSecret: string) {
  const query = async (text: string, variables: Record<string, unknown> = {}, token: string | null = null): Promise<Answer> => {
    const res = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: text, variables }),
    });
    return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
  };
  const token = (viewer: Viewer) => signToken(viewer, jwtSecret);
  return {
    em: (name: string) => stack.subgraphs.get(name)!.db.orm.em.fork() as EntityManager,
    token,
    query,
    ok: async (what: string, text: string, variables: Record<string, unknown>, as: { viewer: Viewer }): Promise<any> => {
      const answer = await query(text, variables, await token(as.viewer));
      if (answer.errors?.length) throw new Error(`${what} failed (HTTP ${answer.status}): ${JSON.stringify(answer.errors).slice(0, 600)}`);
      return answer.data;
    },
  };
}

/**
 * A benchmark on a database of its own (DATABASE_URL's server when set, otherwise an embedded
 * PostgreSQL on `port`), dropped afterwards; its report printed and saved under bench/results.
 */
export async function benchOnScratchDatabase<R>(name: string, port: number, bench: (databaseUrl: string) => Promise<R>, print: (report: R) => void): Promise<void> {
  const server = await scratchServer({ purpose: `bench-${name}`, port, onProgress: say }).catch((error: unknown) => {
    throw new Error(`No database server for the bench (${(error as Error).message}). Is another bench:${name} holding port ${port}? Or set DATABASE_URL.`, { cause: error });
  });
  const database = `bench_${name}_${process.pid}`;
  let report: R;
  try {
    await dropDatabase(server.url, database);
    try {
      report = await bench(await ensureDatabase(server.url, database));
    } finally {
      await dropDatabase(server.url, database);
    }
  } finally {
    await server.stop();
  }
  print(report);
  await saveResults(name, report);
}
