import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import express, { type Request } from 'express';
import { createGraphQLError } from '@graphql-tools/utils';
import { getOperationAST, type GraphQLError } from 'graphql';
import { createTokenVerifier, InvalidToken, REQUEST_ID_HEADER, SUBGRAPH_HEADER_NAMES, subgraphHeaders, type TokenVerifierOptions } from '@alliance/auth';
import type { Identity } from '@alliance/domain-kit';
import { armorConfig, formatErrorWith, introspectionFromEnv, queryLimits, trustProxyFromEnv, type TrustProxy } from '@alliance/gateway';
import { documentLimits, fieldCountProblem, inputLimits, inputProblem, listen, type ListeningServer } from '@alliance/http';
import { injectTraceContext, serverSpans, startTracingFromEnv } from '@alliance/telemetry';

/** Which query planner Hive Gateway runs: its JavaScript one, or the Rust one of Hive Router (@graphql-hive/router-runtime). */
export type Planner = 'js' | 'rust';

export interface HiveGatewayOptions {
  /** The same composed supergraph our gateway serves (schema/supergraph.graphql). */
  supergraphFile: string;
  /** Overrides of the subgraph URLs written in the supergraph, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  auth: TokenVerifierOptions;
  gatewaySecret: string;
  planner?: Planner;
  port?: number;
  host?: string;
  introspection?: boolean;
  subgraphTimeoutMs?: number;
  /** Express's `trust proxy`, as for our gateway (TRUST_PROXY). */
  trustProxy?: TrustProxy;
  /** Hive Gateway's own log level, or false for none. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | false;
}

export interface RunningHiveGateway {
  url: string;
  planner: Planner;
  close(): Promise<void>;
}

/** What our plugins keep in each request's context (the same three facts as our gateway's). */
interface CallerContext {
  viewer: Identity | null;
  requestId: string;
  client: string | null;
  /** A subgraph refused the caller as a whole (401/403 with a viewer): the client gets that status too. */
  refusedStatus?: number;
}

/**
 * Errors are made by @graphql-tools/utils, as Hive Gateway's own are: it knows a GraphQLError by
 * `instanceof`, and under vitest this module's `graphql` may be another copy (ESM) than Node's (CJS).
 * Our gateway's message: Apollo prefixes what its context function throws.
 */
function unauthenticated(message: string): GraphQLError {
  message = `Context creation failed: ${message}`;
  return createGraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Verifies the bearer token exactly as our gateway does (createTokenVerifier: same claims, issuer,
 * audience and keys); an invalid one is refused with 401 UNAUTHENTICATED, not treated as anonymous.
 */
function useAllianceCaller(verify: (token: string) => Promise<Identity>): GatewayPlugin<CallerContext> {
  return {
    async onContextBuilding({ context, extendContext }) {
      const req = (context as { req?: Request }).req;
      const requestId = context.request.headers.get(REQUEST_ID_HEADER) ?? randomUUID();
      // Express's req.ip: the TCP peer, or the client named by the proxies `trust proxy` allows.
      const client = req?.ip ?? null;
      const authorization = context.request.headers.get('authorization');
      if (!authorization) return extendContext({ viewer: null, requestId, client });
      const [scheme, token] = authorization.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthenticated('The Authorization header must be "Bearer <token>".');
      try {
        extendContext({ viewer: await verify(token), requestId, client });
      } catch (error) {
        throw unauthenticated(error instanceof InvalidToken ? error.message : 'The bearer token was refused; get a new one.');
      }
    },
  };
}

/**
 * On every subgraph fetch, the headers our gateway sends (one function for both: subgraphHeaders),
 * and nothing of the client's under those names; W3C trace context as ours sends it (the request's
 * span from serverSpans, when OTEL_EXPORTER_OTLP_ENDPOINT turns tracing on).
 */
function useSubgraphHeaders(gatewaySecret: string): GatewayPlugin<CallerContext> {
  return {
    onFetch({ context, options, setOptions }) {
      const caller = context as Partial<CallerContext>;
      const headers = new Headers(options.headers as HeadersInit | undefined);
      for (const name of SUBGRAPH_HEADER_NAMES) headers.delete(name);
      const wanted = subgraphHeaders({ gatewaySecret, viewer: caller.viewer, requestId: caller.requestId, client: caller.client });
      for (const [name, value] of Object.entries(wanted)) headers.set(name, value);
      injectTraceContext(headers);
      setOptions({ ...options, headers: Object.fromEntries(headers) });
      return ({ response }) => {
        // As ours: a subgraph refusing a verified caller as a whole (401: no such member; 403: not in
        // that alliance) makes the answer's status that one too.
        if (caller.viewer && (response.status === 401 || response.status === 403)) caller.refusedStatus = response.status;
      };
    },
  };
}

const refusalOfTokens = `Query refused: token limit of ${queryLimits.maxTokens.n} exceeded. Ask for fewer fields, or split the query.`;

/**
 * Our gateway's request guards (@alliance/http), as envelop hooks: documents too wide to validate
 * cheaply are refused before validation, over-long or NUL-bearing strings and ids before anything
 * runs, and subscriptions (no subgraph serves any), each with our message and a 400.
 */
function useRequestGuards(): GatewayPlugin<CallerContext> {
  const refused = (message: string, code: string) => createGraphQLError(message, { extensions: { code, http: { status: 400 } } });
  return {
    onValidate({ params, context, setResult }) {
      const problem = fieldCountProblem(params.documentAST, documentLimits);
      if (problem) return setResult([refused(problem, 'GRAPHQL_VALIDATION_FAILED')]);
      // Refused here: Hive Gateway would send a subscription to subscribe, past onExecute.
      const operationName = (context as { params?: { operationName?: string | null } }).params?.operationName ?? null;
      if (getOperationAST(params.documentAST, operationName)?.operation === 'subscription') {
        setResult([refused('This API has no subscriptions; send a query or a mutation, and poll for changes.', 'GRAPHQL_VALIDATION_FAILED')]);
      }
    },
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const problem = inputProblem(args.schema, args.document, operation, args.variableValues ?? undefined, inputLimits);
      if (problem) setResultAndStopExecution({ errors: [refused(problem, 'BAD_USER_INPUT')] });
    },
  };
}

/**
 * Answers as our gateway does: a query refused before it runs (parse or validation error, a limit
 * broken) is a 400 with our wording, and a subgraph's refusal of the caller (see
 * useSubgraphHeaders) sets the answer's status. Yoga answers both 200 to an `application/json` client.
 */
function useOurStatuses(introspection: boolean): GatewayPlugin<CallerContext> {
  const statusByRequest = new WeakMap<object, number>();
  const format = formatErrorWith(introspection);
  return {
    onExecutionResult({ context, result, setResult }) {
      const caller = context as Partial<CallerContext> & { request: object };
      if (!caller.refusedStatus) return;
      statusByRequest.set(caller.request, caller.refusedStatus);
      // Our gateway answers such a refusal for the whole request, not for a field: no path.
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result) || !result.errors) return;
      const errors = result.errors.map((error) =>
        ['UNAUTHENTICATED', 'FORBIDDEN'].includes(error.extensions?.code as string) ? createGraphQLError(error.message, { extensions: error.extensions }) : error,
      );
      setResult({ ...result, errors });
    },
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const answer = result as { data?: unknown; errors?: readonly GraphQLError[] };
      // Only answers without data: the request was refused before it ran.
      if (answer.data !== undefined || !answer.errors?.length) return;
      let refused = false;
      const errors = answer.errors.map((error) => {
        const code = error.extensions?.code;
        // Armor's token limit throws a syntax error ("Token limit of 4000 exceeded"): word it as ours does.
        if (/Token limit of \d+ exceeded/.test(error.message)) {
          refused = true;
          return createGraphQLError(refusalOfTokens, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
        }
        if (code !== 'GRAPHQL_VALIDATION_FAILED' && code !== 'GRAPHQL_PARSE_FAILED') return error;
        refused = true;
        const formatted = format({ message: error.message, extensions: error.extensions });
        return formatted.message === error.message ? error : createGraphQLError(formatted.message, { extensions: error.extensions });
      });
      if (!refused) return;
      statusByRequest.set(request, 400);
      setResult({ ...answer, errors } as never);
    },
    onResponse({ request, response, setResponse }) {
      const status = statusByRequest.get(request);
      if (status && status !== response.status) setResponse(new Response(response.body, { status, headers: response.headers }));
    },
  };
}

/** The LOG_LEVEL values Hive Gateway's logger takes: it reads LOG_LEVEL on every logger it makes, and throws on pino's `silent` or `fatal`. */
const HIVE_LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'false'];

export async function startHiveGateway(options: HiveGatewayOptions): Promise<RunningHiveGateway> {
  const envLevel = process.env.LOG_LEVEL?.trim();
  if (envLevel && !HIVE_LOG_LEVELS.includes(envLevel)) {
    throw new Error(`LOG_LEVEL=${envLevel} is not a level Hive Gateway knows (${HIVE_LOG_LEVELS.join(', ')}): it would fail every request. Set one of those.`);
  }
  const planner = options.planner ?? 'js';
  // Traces only when OTEL_EXPORTER_OTLP_ENDPOINT is set (a no-op when the process already started them).
  await startTracingFromEnv('hive-gateway');
  const verify = createTokenVerifier(options.auth);
  const introspection = options.introspection ?? introspectionFromEnv();
  const armor = new EnvelopArmor({
    ...armorConfig(),
    // Our gateway counts tokens in graphql-js's parser; armor's envelop plugin does it here.
    maxTokens: { n: queryLimits.maxTokens.n },
    // Armor's Apollo rule leaves the question mark of "Did you mean …?"; its envelop one takes it.
    blockFieldSuggestion: { ...queryLimits.blockFieldSuggestion, mask: '[Suggestion hidden]?' },
  }).protect();
  const unifiedGraphHandler = planner === 'rust' ? (await import('@graphql-hive/router-runtime')).unifiedGraphHandler : undefined;

  const runtime = createGatewayRuntime<CallerContext>({
    supergraph: () => readFile(options.supergraphFile, 'utf8'),
    ...(unifiedGraphHandler ? { unifiedGraphHandler } : {}),
    transportEntries: {
      ...Object.fromEntries(Object.entries(options.subgraphUrls ?? {}).map(([name, location]) => [name, { location }])),
      // Hive's HTTP executor merges identical queries in flight to a subgraph, keyed on URL and body
      // but not on the headers our onFetch hook sets: two members asking the same query at once would
      // get one answer, made for one viewer (the test "never answers one caller with what another
      // caller asked" caught it). Every fetch is its own, as in our gateway.
      '*': { options: { deduplicateInflightRequests: false } },
    },
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthcheck',
    readinessCheckEndpoint: '/health',
    landingPage: false,
    graphiql: introspection,
    ...(introspection ? {} : { disableIntrospection: {} }),
    batching: false,
    upstreamTimeout: options.subgraphTimeoutMs ?? 10_000,
    logging: options.logLevel ?? 'warn',
    plugins: () => [useAllianceCaller(verify), useRequestGuards(), useSubgraphHeaders(options.gatewaySecret), useOurStatuses(introspection), ...(armor.plugins as GatewayPlugin[])],
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? trustProxyFromEnv());
  // The runtime is a WHATWG handler that Express can mount; it reads the body itself.
  app.use('/graphql', serverSpans('hive-gateway'));
  app.use(runtime);

  let listening: ListeningServer;
  try {
    listening = await listen(app, { port: options.port ?? 4000, host: options.host ?? '127.0.0.1', service: 'Hive Gateway', localName: 'localhost' });
  } catch (error) {
    await runtime.dispose();
    throw error;
  }
  return {
    url: listening.url('/graphql'),
    planner,
    close: async () => {
      await listening.close();
      await runtime.dispose();
    },
  };
}
