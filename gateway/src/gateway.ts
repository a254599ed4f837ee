import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import { pino, type Logger } from 'pino';
import { createTokenVerifier, type TokenVerifierOptions } from '@alliance/auth';
import { clientErrorHandler, graphqlBody, listen, notFoundHandler, requestGuards, type ListeningServer } from '@alliance/http';
import { gatewayContext, type GatewayContext } from './context.ts';
import { graphqlMetricsPlugin, metricsHandler, serverSpans, serviceMetrics, startTracingFromEnv } from '@alliance/telemetry';
import { createSubgraphFetcher, SubgraphDataSource, subgraphFetchMetrics } from './subgraph-fetch.ts';
import { supergraphFromFile } from './supergraph-file.ts';
import { defaultVerifyPageDir, hasVerifyPage, verifyPageRoutes } from './verify-page.ts';

export interface GatewayOptions {
  supergraphFile: string;
  /** Overrides of the subgraph URLs written in the supergraph, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  auth: TokenVerifierOptions;
  gatewaySecret: string;
  port?: number;
  host?: string;
  /** Introspection and the landing page; by default INTROSPECTION, else on unless NODE_ENV=production. */
  introspection?: boolean;
  subgraphTimeoutMs?: number;
  /**
   * The folder of the public label check served at `/01/*` and `/verify/*` (`web/verify/` of this
   * checkout by default), or false to serve the API only.
   */
  verifyPage?: string | false;
  /**
   * Express's `trust proxy`: which proxies in front of the gateway may name the client in
   * X-Forwarded-For (the client address subgraphs rate-limit by). By default TRUST_PROXY, else off.
   */
  trustProxy?: TrustProxy;
  log?: Logger;
}

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

/**
 * Limits sized for the partners' real queries (the deepest, supply → lot → cold chain → facility →
 * operator, is 8 levels); abusive queries are refused with a message saying which limit they broke.
 */
export const queryLimits = {
  maxDepth: { n: 12 },
  maxAliases: { n: 20 },
  maxTokens: { n: 4000 },
  maxDirectives: { n: 30 },
  costLimit: { maxCost: 20_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
  blockFieldSuggestion: { enabled: true },
};

function refusal(limit: string, advice: string, found?: string): string {
  return `Query refused: ${limit} exceeded${found ? ` (found ${Math.round(Number(found))})` : ''}. ${advice}`;
}

/**
 * graphql-armor's rules report a refusal as a validation error (HTTP 400, GRAPHQL_VALIDATION_FAILED);
 * our own `onReject` words it without the library's misleading "Syntax Error: " prefix.
 */
function refuseWith(limit: string, advice: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        // "found 24000.5." ends a sentence: take the number, not its full stop.
        const found = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1];
        context?.reportError(new GraphQLError(refusal(limit, advice, found)));
      },
    ],
  };
}

/** graphql-armor's settings of `queryLimits` (Hive Gateway takes the same, as envelop plugins). */
export function armorConfig() {
  const { maxDepth, maxAliases, maxDirectives, costLimit, blockFieldSuggestion } = queryLimits;
  return {
    maxDepth: { ...maxDepth, ...refuseWith(`depth limit of ${maxDepth.n}`, 'Nest fewer levels, or split the query.') },
    maxAliases: { ...maxAliases, ...refuseWith(`alias limit of ${maxAliases.n}`, 'Use fewer aliases, or split the query.') },
    maxDirectives: { ...maxDirectives, ...refuseWith(`directive limit of ${maxDirectives.n}`, 'Use fewer directives, or split the query.') },
    costLimit: { ...costLimit, ...refuseWith(`cost limit of ${costLimit.maxCost}`, 'Ask for fewer fields or smaller pages, or split the query.') },
    // Armor's token limit throws from an Apollo plugin hook, which answers 500 (for plain syntax
    // errors too); graphql-js counts tokens in Apollo's own parse instead (`parseOptions` below).
    maxTokens: { enabled: false },
    blockFieldSuggestion,
  };
}

/** Express's `trust proxy` values: off, on, a number of hops, or addresses and subnets (`loopback, 10.0.0.0/8`). */
export type TrustProxy = boolean | number | string;

/**
 * TRUST_PROXY from the environment: unset, empty or `false` is off (the address of the TCP peer
 * is the client's), `true` trusts every hop, a whole number that many hops, anything else is a
 * list of addresses and subnets of the proxies.
 */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv = process.env): TrustProxy {
  const value = env.TRUST_PROXY?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** Introspection as configured in the environment (INTROSPECTION, else off in production). */
export function introspectionFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.INTROSPECTION ? env.INTROSPECTION === 'true' : env.NODE_ENV !== 'production';
}

/**
 * graphql-js aborts parsing past `maxTokens` with a syntax error ("Document contains more that 4000
 * tokens", sic); answer it like the other limits. Without introspection, "Did you mean …?" would
 * name the schema's fields, types and enum values all the same: those hints go too.
 */
export function formatErrorWith(introspection: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && /Document contains more tha[nt] \d+ tokens/.test(formatted.message)) {
      const message = refusal(`token limit of ${queryLimits.maxTokens.n}`, 'Ask for fewer fields, or split the query.');
      return { message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    }
    if (introspection || !/Did you mean|Suggestion hidden/.test(formatted.message)) return formatted;
    const message = formatted.message.replace(/\s*Did you mean [^?]*\?/g, '').replace(/\s*\[Suggestion hidden\]\??/g, '').trim();
    return { ...formatted, message };
  };
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  // No usage reporting unless asked for: @apollo/gateway otherwise sends metrics to Apollo and probes
  // cloud metadata endpoints at start, from every process that runs a gateway (tests included).
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const log = options.log ?? pino({ name: 'gateway', level: process.env.LOG_LEVEL ?? 'info' });
  // Traces only when OTEL_EXPORTER_OTLP_ENDPOINT is set (a no-op when the process already started them).
  await startTracingFromEnv('gateway');
  const metrics = serviceMetrics('gateway');
  const fetchMetrics = subgraphFetchMetrics(metrics);
  const subgraphs = new Map<string, string>();
  const fetch = createSubgraphFetcher(options.subgraphTimeoutMs ?? 10_000);

  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(options.supergraphFile, log),
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url!;
      subgraphs.set(name, target);
      return new SubgraphDataSource(name, target, options.gatewaySecret, fetch.fetcher, fetchMetrics);
    },
  });

  const armor = new ApolloArmor(armorConfig()).protect();
  const introspection = options.introspection ?? introspectionFromEnv();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: clients send the query text (the subgraph fetches do too).
    persistedQueries: false,
    // The process that runs the gateway decides how it stops (npm start closes subgraphs and the
    // database in order); Apollo's own signal handlers would race that.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: queryLimits.maxTokens.n },
    validationRules: armor.validationRules,
    formatError: formatErrorWith(introspection),
    plugins: [
      requestGuards<GatewayContext>(),
      graphqlMetricsPlugin<GatewayContext>(metrics),
      // graphql-armor's types resolve to Apollo's CommonJS declarations; the objects are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      introspection ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? trustProxyFromEnv());
  app.get('/health', async (_req, res) => {
    const checks = await Promise.all(
      [...subgraphs].map(async ([name, url]) => {
        const healthUrl = new URL('/health', url);
        try {
          const answer = await fetch.fetcher(healthUrl.toString());
          return [name, answer.ok ? 'ok' : `unhealthy (${answer.status})`] as const;
        } catch {
          return [name, 'unreachable'] as const;
        }
      }),
    );
    const allOk = checks.every(([, status]) => status === 'ok');
    res.status(allOk ? 200 : 503).json({ status: allOk ? 'ok' : 'degraded', subgraphs: Object.fromEntries(checks) });
  });
  const verify = createTokenVerifier(options.auth);
  // Figures only (see README, "Running it as a service"): METRICS_TOKEN, when set, guards them.
  app.get('/metrics', metricsHandler(metrics));
  app.use('/graphql', serverSpans('gateway'), ...graphqlBody(), expressMiddleware(apollo, { context: gatewayContext(verify) }));
  app.get('/', (_req, res) => res.redirect('/graphql'));
  const verifyPageDir = options.verifyPage ?? defaultVerifyPageDir;
  if (verifyPageDir !== false) {
    if (hasVerifyPage(verifyPageDir)) app.use(verifyPageRoutes(verifyPageDir));
    else log.warn({ dir: verifyPageDir }, 'the label check page is not served: its folder has no index.html');
  }
  app.use(notFoundHandler());
  app.use(clientErrorHandler());

  let listening: ListeningServer;
  try {
    listening = await listen(app, { port: options.port ?? 4000, host: options.host ?? '127.0.0.1', service: 'gateway', localName: 'localhost' });
  } catch (error) {
    await apollo.stop();
    await fetch.close();
    throw error;
  }
  return {
    url: listening.url('/graphql'),
    close: async () => {
      await listening.close();
      await apollo.stop();
      await fetch.close();
    },
  };
}
