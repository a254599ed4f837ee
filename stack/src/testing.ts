import './testing/provided-context.ts';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { signToken } from '@alliance/auth';
import type { Viewer } from '@alliance/domain-kit';
import { createLogger } from '@alliance/subgraph-kit';
import { startStack, type RunningStack } from './stack.ts';

export interface GraphQLAnswer<T = any> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestStack extends RunningStack {
  gatewaySecret: string;
  /** A GraphQL request through the gateway, as a client would send it. */
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLAnswer<T>>;
  /** A request straight to a subgraph, with or without the gateway's secret. */
  querySubgraph<T = any>(
    name: string,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLAnswer<T> & { headers: Headers }>;
  token(viewer: Viewer): Promise<string>;
  em(subgraph: string): EntityManager;
  /** SQL statements a subgraph has sent since the stack started. */
  statements(subgraph: string): number;
}

/** Every subgraph and the gateway on free ports, against the test database (already migrated). */
export async function startTestStack(databaseUrl: string, only?: string[]): Promise<TestStack> {
  const jwtSecret = randomBytes(24).toString('hex');
  const gatewaySecret = randomBytes(24).toString('hex');
  const stack = await startStack({
    databaseUrl,
    jwtSecret,
    gatewaySecret,
    log: createLogger('test'),
    gatewayPort: 0,
    ephemeralPorts: true,
    migrate: false,
    only,
  });
  const post = async (url: string, body: unknown, headers: Record<string, string>) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const json = (await res.json()) as GraphQLAnswer;
    return { ...json, status: res.status, headers: res.headers };
  };
  return {
    ...stack,
    gatewaySecret,
    query: (query, variables, token) => post(stack.gateway.url, { query, variables }, token ? { authorization: `Bearer ${token}` } : {}),
    querySubgraph: (name, query, variables, headers = {}) => post(stack.subgraphs.get(name)!.url, { query, variables }, headers),
    token: (viewer) => signToken(viewer, jwtSecret),
    em: (name) => stack.subgraphs.get(name)!.db.orm.em.fork() as EntityManager,
    statements: (name) => stack.subgraphs.get(name)!.db.statements.total,
  };
}

/**
 * Polls until `check` passes (it throws until then), for effects that arrive by message from
 * another subgraph. Fails with the last error after `timeoutMs`.
 */
export async function eventually<T>(check: () => Promise<T>, { timeoutMs = 15_000, intervalMs = 100 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
