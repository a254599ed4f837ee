import './testing/provided-context.ts';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { signToken } from '@alliance/auth';
import type { Viewer } from '@alliance/domain-kit';
import { createLogger, runSubgraph } from '@alliance/subgraph-kit';
import { startGateway } from '@alliance/gateway';
import { supergraphFile } from './paths.ts';
import { startStack, type RunningStack } from './stack.ts';
import { subgraphModules } from './subgraphs.ts';

export interface GraphQLAnswer<T = any> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestStack extends RunningStack {
  gatewaySecret: string;
  /** The HS256 secret the stack's tokens are signed with, for another gateway to verify them (Hive Gateway). */
  jwtSecret: string;
  /**
   * A GraphQL request through the gateway, as a client would send it: a typed document made with
   * `graphql()` from `@alliance/stack/testing` (typed data and variables), or a plain string.
   */
  query<T, V extends Record<string, unknown>>(query: TypedDocumentNode<T, V>, variables?: V, token?: string | null): Promise<GraphQLAnswer<T>>;
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLAnswer<T>>;
  /** A request straight to a subgraph, with or without the gateway's secret. */
  querySubgraph<T = any>(
    name: string,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLAnswer<T> & { headers: Headers }>;
  token(viewer: Viewer): Promise<string>;
  /** A seeded member's token, or null for an anonymous caller (`stack.query(doc, vars, await stack.tokenOf(cast.grower))`). */
  tokenOf(member: { viewer: Viewer } | null): Promise<string | null>;
  em(subgraph: string): EntityManager;
  /** Reads a subgraph's tables back (`?` placeholders), to show what a request wrote or left unchanged. */
  sql<T = Record<string, any>>(subgraph: string, text: string, params?: unknown[]): Promise<T[]>;
  /** SQL statements a subgraph has sent answering requests since the stack started (message handlers' left out). */
  statements(subgraph: string): number;
  /**
   * Another instance of a subgraph on the same database (its background work and message workers
   * too), as a second replica behind a load balancer; closed with the stack.
   */
  startReplica(subgraph: string): Promise<{ url: string; em(): EntityManager }>;
  /**
   * A second gateway over the same supergraph, verifying the same tokens, whose subgraph URLs are
   * the stack's except `urls` (a replica's); closed with the stack.
   */
  startGatewayTo(urls: Record<string, string>): Promise<{ url: string; query: TestStack['query'] }>;
}

export interface TestStackOptions {
  /** Only these subgraphs; all by default. */
  only?: string[];
  /** Each subgraph in its own process, so that a test can stop one for real (`subgraphs.get(name).process`). */
  processes?: boolean;
}

/**
 * The test files share one database and its tables, but each has its own message queue (a
 * namespace): a file whose stacks run no cold chain would otherwise queue hundreds of
 * announcements that the next file's cold chain must work through before a role removed there
 * reaches it. Set when this module loads, once per test file; subgraph processes inherit it.
 */
process.env.MESSAGING_NAMESPACE = `t${randomBytes(5).toString('hex')}`;

/** Every subgraph and the gateway on free ports, against the test database (already migrated). */
export async function startTestStack(databaseUrl: string, options: string[] | TestStackOptions = {}): Promise<TestStack> {
  const { only, processes } = Array.isArray(options) ? { only: options, processes: false } : options;
  const jwtSecret = randomBytes(24).toString('hex');
  const gatewaySecret = randomBytes(24).toString('hex');
  /** Replicas and second gateways a test started: closed before the stack. */
  const extras: (() => Promise<void>)[] = [];
  const stack = await startStack({
    databaseUrl,
    jwtSecret,
    gatewaySecret,
    log: createLogger('test'),
    gatewayPort: 0,
    ephemeralPorts: true,
    migrate: false,
    only,
    processes,
    // The concurrency tests queue hundreds of requests on two cores; a slow answer there is load,
    // not an outage (the timeout itself is tested with its own stack).
    subgraphTimeoutMs: 30_000,
  });
  return {
    ...stack,
    gatewaySecret,
    jwtSecret,
    query: (query: string | TypedDocumentNode<any, any>, variables?: Record<string, unknown>, token?: string | null) =>
      postGraphQL(stack.gateway.url, query, variables, token ? { authorization: `Bearer ${token}` } : {}),
    querySubgraph: (name, query, variables, headers = {}) => postGraphQL(stack.subgraphs.get(name)!.url, query, variables, headers),
    token: (viewer) => signToken(viewer, jwtSecret),
    tokenOf: async (member) => (member ? signToken(member.viewer, jwtSecret) : null),
    em: (name) => stack.subgraphs.get(name)!.db.orm.em.fork() as EntityManager,
    sql: <T>(name: string, text: string, params: unknown[] = []) => (stack.subgraphs.get(name)!.db.orm.em.fork() as EntityManager).getConnection().execute<T[]>(text, params),
    statements: (name) => stack.subgraphs.get(name)!.db.statements.inRequests,
    startReplica: async (name) => {
      const module = subgraphModules.find((m) => m.name === name)!;
      const replica = await runSubgraph(module, { databaseUrl, gatewaySecret, log: createLogger('test'), port: 0, migrate: false });
      extras.push(() => replica.close());
      return { url: replica.url, em: () => replica.db.orm.em.fork() as EntityManager };
    },
    startGatewayTo: async (urls) => {
      const gateway = await startGateway({
        supergraphFile,
        subgraphUrls: { ...Object.fromEntries([...stack.subgraphs].map(([name, s]) => [name, s.url])), ...urls },
        auth: { secret: jwtSecret },
        gatewaySecret,
        port: 0,
        subgraphTimeoutMs: 30_000,
        log: createLogger('test'),
      });
      extras.unshift(() => gateway.close());
      return {
        url: gateway.url,
        query: ((query: string | TypedDocumentNode<any, any>, variables?: Record<string, unknown>, token?: string | null) =>
          postGraphQL(gateway.url, query, variables, token ? { authorization: `Bearer ${token}` } : {})) as TestStack['query'],
      };
    },
    close: async () => {
      for (const close of extras.splice(0)) await close();
      await stack.close();
    },
  };
}

/** The `extensions.code` of an answer's first error (BAD_USER_INPUT, FORBIDDEN…), or undefined when it has none. */
export function errorCode(answer: { errors?: { extensions?: Record<string, any> }[] }): string | undefined {
  return answer.errors?.[0]?.extensions?.code;
}

/** One GraphQL request over HTTP, as a client sends it; a typed document gives typed data. */
export async function postGraphQL<T = any, V extends Record<string, unknown> = Record<string, unknown>>(
  url: string,
  query: string | TypedDocumentNode<T, V>,
  variables?: V,
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer<T> & { headers: Headers }> {
  const body = JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables });
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const json = (await res.json()) as GraphQLAnswer<T>;
  return { ...json, status: res.status, headers: res.headers };
}

/** Typed operations for tests (generated by `npm run codegen` from every `graphql(...)` in a test file). */
export { graphql } from './testing/generated/index.ts';

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
