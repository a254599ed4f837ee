import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type OperationDefinitionNode, type TypeNode } from 'graphql';

/** One error of a GraphQL answer, typed by its `extensions.code` (BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT, …). */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The API answered with errors: `code` is the first error's `extensions.code`, `errors` all of them. */
export class AllianceApiError extends Error {
  readonly code: string | undefined;
  readonly extensions: Record<string, unknown>;
  constructor(
    readonly operationName: string,
    readonly errors: GraphQLErrorEntry[],
    readonly status: number,
    /** What the answer carried besides the errors (a partial answer), if anything. */
    readonly data: unknown,
  ) {
    super(`${operationName}: ${errors.map((e) => e.message).join('; ')}`);
    this.name = 'AllianceApiError';
    this.extensions = errors[0]?.extensions ?? {};
    this.code = errors[0]?.extensions?.code;
  }
}

/** The request never got an answer (network, a 5xx without a GraphQL body) after every retry. */
export class AllianceTransportError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AllianceTransportError';
  }
}

/**
 * Input types whose `idempotencyKey` field the client fills when the caller leaves it out
 * (stack/test/client.test.ts checks this list against the supergraph). A mutation's top-level
 * `$idempotencyKey` variable is filled too.
 */
export const inputsWithIdempotencyKey: readonly string[] = ['ReserveSupplyInput'];

/** Codes of the client's own mistakes: a retry cannot fix them. */
const clientErrorCodes = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

export interface AllianceClientOptions {
  /** The gateway, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Called before every request (so a refreshed token is used at once); null or undefined: anonymous. */
  token?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Attempts for queries (safe to repeat) on network errors, 5xx, 429 and server-side errors; 3 by default. Mutations are sent once. */
  attempts?: number;
  /** First backoff in ms, doubled on each retry (with jitter); 200 by default. */
  backoffMs?: number;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
}

export interface RequestOptions {
  /** For mutations that take `idempotencyKey`: this key instead of a new one (to retry a call whose answer was lost). */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

type Variables<V> = V extends Record<string, never> ? [variables?: V, options?: RequestOptions] : [variables: OptionalKey<V>, options?: RequestOptions];
/** `idempotencyKey` in a mutation's variables (or its `input`) becomes optional: the client makes one per call. */
type KeyOptional<T> = T extends { idempotencyKey: string } ? Omit<T, 'idempotencyKey'> & { idempotencyKey?: string } : T;
type OptionalKey<V> = V extends { input: infer I } ? Omit<KeyOptional<V>, 'input'> & { input: KeyOptional<I> } : KeyOptional<V>;

interface Operation {
  name: string;
  kind: 'query' | 'mutation' | 'subscription';
  text: string;
  takesIdempotencyKey: boolean;
  /** Variables whose input type carries an idempotencyKey field. */
  keyedInputs: string[];
}

export interface AllianceClient {
  /** Sends one typed operation; resolves to its data, or rejects with AllianceApiError / AllianceTransportError. */
  request<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, ...args: Variables<V>): Promise<T>;
}

export function createAllianceClient(options: AllianceClientOptions): AllianceClient {
  const fetchImpl = options.fetch ?? fetch;
  const attempts = Math.max(1, options.attempts ?? 3);
  const backoffMs = options.backoffMs ?? 200;
  const operations = new WeakMap<object, Operation>();

  function operationOf(document: TypedDocumentNode<any, any>): Operation {
    let op = operations.get(document);
    if (!op) {
      const definition = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
      op = {
        name: definition.name?.value ?? 'anonymous',
        kind: definition.operation,
        text: print(document),
        takesIdempotencyKey: (definition.variableDefinitions ?? []).some((v) => v.variable.name.value === 'idempotencyKey'),
        keyedInputs: (definition.variableDefinitions ?? [])
          .filter((v) => inputsWithIdempotencyKey.includes(namedType(v.type)))
          .map((v) => v.variable.name.value),
      };
      operations.set(document, op);
    }
    return op;
  }

  return {
    async request(document: TypedDocumentNode<any, any>, variables: Record<string, unknown> = {}, requestOptions: RequestOptions = {}) {
      const op = operationOf(document);
      const vars = { ...variables };
      if (op.takesIdempotencyKey) vars.idempotencyKey = requestOptions.idempotencyKey ?? vars.idempotencyKey ?? randomUUID();
      for (const name of op.keyedInputs) {
        const input = (vars[name] ?? {}) as Record<string, unknown>;
        vars[name] = { ...input, idempotencyKey: requestOptions.idempotencyKey ?? input.idempotencyKey ?? randomUUID() };
      }
      const body = JSON.stringify({ query: op.text, variables: vars, operationName: op.name });
      // Only queries are retried: a mutation sent twice may act twice (those with a key are safe to
      // resend by hand with the same key: `options.idempotencyKey`).
      const tries = op.kind === 'query' ? attempts : 1;
      let lastError: Error | undefined;
      for (let attempt = 1; attempt <= tries; attempt++) {
        if (attempt > 1) await sleep(backoffMs * 2 ** (attempt - 2) * (0.5 + Math.random() / 2), requestOptions.signal);
        const token = await options.token?.();
        let res: Response;
        try {
          res = await fetchImpl(options.url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/graphql-response+json, application/json',
              ...options.headers,
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            body,
            signal: requestOptions.signal,
          });
        } catch (error) {
          if (requestOptions.signal?.aborted) throw error;
          lastError = new AllianceTransportError(`${op.name}: ${(error as Error).message}`, undefined, { cause: error });
          continue;
        }
        let answer: { data?: unknown; errors?: GraphQLErrorEntry[] } | undefined;
        try {
          answer = (await res.json()) as typeof answer;
        } catch {
          answer = undefined;
        }
        if (!answer || (!answer.data && !answer.errors?.length)) {
          lastError = new AllianceTransportError(`${op.name}: HTTP ${res.status} without a GraphQL answer`, res.status);
          if (res.status >= 500 || res.status === 429) continue;
          throw lastError;
        }
        if (answer.errors?.length) {
          const error = new AllianceApiError(op.name, answer.errors, res.status, answer.data ?? null);
          // Retry only what the server may answer differently next time: 5xx / 429, or errors with no
          // client-side code. Never a 4xx or a BAD_USER_INPUT-like code.
          const retriable = (res.status >= 500 || res.status === 429 || !error.code || error.code === 'INTERNAL_SERVER_ERROR') && !clientErrorCodes.has(error.code ?? '') && (res.status < 400 || res.status >= 500 || res.status === 429);
          if (!retriable) throw error;
          lastError = error;
          continue;
        }
        return answer.data;
      }
      throw lastError!;
    },
  } as AllianceClient;
}

function namedType(type: TypeNode): string {
  return type.kind === 'NamedType' ? type.name.value : namedType(type.type);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}
