import { randomUUID, timingSafeEqual } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express from 'express';
import { GraphQLError, type DocumentNode } from 'graphql';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { CLIENT_HEADER, decodeViewerHeader, GATEWAY_SECRET_HEADER, REQUEST_ID_HEADER, VIEWER_HEADER } from '@alliance/auth';
import { countStatements, poolUse, type PoolUse, type StatementTally } from '@alliance/db';
import { queueDepth, type QueueDepth } from '@alliance/messaging';
import { graphqlMetricsPlugin, metricsHandler, serverSpans, serviceMetrics, startTracingFromEnv, type ServiceMetrics } from '@alliance/telemetry';
import { clientErrorHandler, graphqlBody, listen, notFoundHandler, requestGuards, type ListeningServer } from '@alliance/http';
import { DomainError, viewerFromDirectory, type DirectoryLookup, type DirectoryMember, type Identity, type Viewer } from '@alliance/domain-kit';
import DataLoader from 'dataloader';
import { formatErrorFor, isDatabaseUnavailable } from './errors.ts';
import type { Logger } from './logger.ts';
import { scalarResolvers } from './scalars.ts';

/** What every subgraph's request context starts from. */
export interface RequestBase {
  /** A fork of the EntityManager for this request only. */
  em: EntityManager;
  /** The caller with its roles and standing from the member directory now; null when anonymous. */
  viewer: Viewer | null;
  /** The member directory, batched for this request (`requireMemberOf`, names of operators…). */
  directory: DirectoryLookup;
  requestId: string;
  /**
   * The client's network address as the gateway saw it (behind the proxies it trusts); null when
   * it named none. Trusted like the viewer: only the gateway, with its secret, reaches a subgraph.
   */
  client: string | null;
  log: Logger;
  statements: StatementTally;
  /** The subgraph's Prometheus metrics (`ctx.metrics.counter(name, help).inc(n)`), served at /metrics. */
  metrics: ServiceMetrics;
}

export interface SubgraphServerOptions<TContext extends RequestBase> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: object;
  orm: MikroORM;
  /** Adds the subgraph's DataLoaders and services to the request base. */
  createContext(base: RequestBase): TContext;
  directory: (em: EntityManager, memberIds: readonly string[]) => Promise<DirectoryMember[]>;
  gatewaySecret: string;
  log: Logger;
  port?: number;
  host?: string;
  /** The message queue workers' pool, when the subgraph receives messages (its use is a metric). */
  messagingPool?: () => PoolUse;
  /** Whether /metrics reports the subgraph's message queue (it receives messages); default true. */
  queueMetrics?: boolean;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  close(): Promise<void>;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The caller of a request: the identity the gateway verified, with its roles and standing read
 * from the member directory now. A header that does not decode is no identity at all; an identity
 * the directory refuses (no such member, not in that alliance) fails the request with 401/403.
 */
async function callerOf(header: string | undefined, directory: DirectoryLookup): Promise<Viewer | null> {
  if (!header) return null;
  let identity: Identity;
  try {
    identity = decodeViewerHeader(header);
  } catch {
    return null;
  }
  try {
    return viewerFromDirectory(identity, await directory.load(identity.memberId));
  } catch (error) {
    if (error instanceof DomainError) {
      const status = error.code === 'UNAUTHENTICATED' ? 401 : 403;
      throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status } } });
    }
    throw error;
  }
}

export async function startSubgraphServer<TContext extends RequestBase>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningSubgraph> {
  const { name, orm, log } = options;
  // Traces only when OTEL_EXPORTER_OTLP_ENDPOINT is set (a no-op when the process already started them).
  await startTracingFromEnv(name);
  const schema = buildSubgraphSchema([
    { typeDefs: options.typeDefs, resolvers: { ...scalarResolvers, ...(options.resolvers as object) } as never },
  ]);

  const requestLog: ApolloServerPlugin<TContext> = {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName, errors }) {
          response.http.headers.set('x-sql-statements', String(contextValue.statements.statements));
          contextValue.log.info(
            {
              operationName,
              ms: Math.round(performance.now() - started),
              sqlStatements: contextValue.statements.statements,
              errors: errors?.length ?? 0,
            },
            'graphql request',
          );
        },
      };
    },
  };

  const metrics = serviceMetrics(name);
  const stopMetrics = registerRuntimeMetrics(metrics, options);
  const apollo = new ApolloServer<TContext>({
    schema,
    formatError: formatErrorFor(log),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // The gateway sends the query text; no automatic persisted queries.
    persistedQueries: false,
    // The process decides how it stops (runSubgraphFromEnv, npm start); Apollo's handlers would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // No field carries a cache hint and the gateway answers no-store whatever a subgraph says; the
      // default cache-control plugin only wrapped every resolver (willResolveField) for nothing.
      ApolloServerPluginCacheControlDisabled(),
      requestLog,
      graphqlMetricsPlugin<TContext>(metrics),
      requestGuards<TContext>({ unavailable: isDatabaseUnavailable }),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', subgraph: name });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', subgraph: name, reason: 'database unreachable' });
    }
  });
  // Figures only (see README, "Running it as a service"): METRICS_TOKEN, when set, guards them.
  app.get('/metrics', metricsHandler(metrics));
  // Only the gateway may call a subgraph: without its secret, `_entities` and every other field
  // would be reachable around the gateway's authentication.
  app.use('/graphql', (req, res, next) => {
    if (!sameSecret(req.header(GATEWAY_SECRET_HEADER), options.gatewaySecret)) {
      res.status(401).json({
        errors: [
          {
            message: `The ${name} subgraph answers only the gateway; send your request to the gateway instead.`,
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
      return;
    }
    const tally: StatementTally = { statements: 0 };
    res.locals.tally = tally;
    countStatements(tally, next);
  });
  app.use('/graphql', serverSpans(name));
  app.use(
    '/graphql',
    ...graphqlBody(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = req.header(REQUEST_ID_HEADER) ?? randomUUID();
        const em = orm.em.fork() as EntityManager;
        const directory = new DataLoader<string, DirectoryMember | null>(async (ids) => {
          const found = new Map((await options.directory(em, ids)).map((entry) => [entry.memberId, entry]));
          return ids.map((id) => found.get(id) ?? null);
        });
        return options.createContext({
          em,
          viewer: await callerOf(req.header(VIEWER_HEADER), directory),
          directory,
          requestId,
          client: req.header(CLIENT_HEADER)?.slice(0, 100) || null,
          log: log.child({ requestId, subgraph: name }),
          statements: res.locals.tally as StatementTally,
          metrics,
        });
      },
    }),
  );

  app.use(notFoundHandler());
  app.use(clientErrorHandler());

  let listening: ListeningServer;
  try {
    listening = await listen(app, { port: options.port ?? 0, host: options.host ?? '127.0.0.1', service: `${name} subgraph`, extra: { subgraph: name } });
  } catch (error) {
    await apollo.stop();
    stopMetrics();
    throw error;
  }
  // Longer than the gateway's keep-alive so the gateway, not the subgraph, closes idle sockets.
  listening.server.keepAliveTimeout = 65_000;
  return {
    name,
    url: listening.url('/graphql'),
    close: async () => {
      await listening.close();
      await apollo.stop();
      stopMetrics();
    },
  };
}

/**
 * Gauges read when /metrics is scraped: the database pools' use and the subgraph's message queue
 * (one statement per scrape, shared by its three gauges). Returns what removes them at close, so a
 * subgraph started again in the same process reports its new database, not the closed one.
 */
function registerRuntimeMetrics(metrics: ServiceMetrics, options: SubgraphServerOptions<any>): () => void {
  const { orm, name } = options;
  metrics.gauge('db_pool_connections', 'Database connections of the pool, by state (in_use, idle, waiting: requests waiting for one)', ['pool', 'state'], (gauge) => {
    const pools: [string, PoolUse][] = [['orm', poolUse(orm)]];
    if (options.messagingPool) pools.push(['messaging', options.messagingPool()]);
    for (const [pool, use] of pools) {
      gauge.set({ pool, state: 'in_use' }, use.inUse);
      gauge.set({ pool, state: 'idle' }, use.idle);
      gauge.set({ pool, state: 'waiting' }, use.waiting);
    }
  });
  metrics.gauge('db_pool_max_connections', 'The most connections the pool opens', ['pool'], (gauge) => {
    gauge.set({ pool: 'orm' }, poolUse(orm).max);
    if (options.messagingPool) gauge.set({ pool: 'messaging' }, options.messagingPool().max);
  });
  const names = ['db_pool_connections', 'db_pool_max_connections'];
  if (options.queueMetrics ?? true) {
    let last: { at: number; depth: Promise<QueueDepth[]> } | undefined;
    const depth = () => {
      if (!last || performance.now() - last.at > 1000) last = { at: performance.now(), depth: queueDepth(orm.em.fork() as EntityManager, name).catch(() => []) };
      return last.depth;
    };
    const perTopic = (metric: string, help: string, value: (row: QueueDepth) => number) =>
      metrics.gauge(metric, help, ['topic'], async (gauge) => {
        gauge.reset();
        for (const row of await depth()) gauge.set({ topic: row.topic }, value(row));
      });
    perTopic('messaging_queue_depth', 'Messages waiting to be applied by this subgraph, by topic', (row) => row.waiting);
    perTopic('messaging_queue_oldest_age_seconds', 'Age of the oldest message waiting for this subgraph, by topic', (row) => row.oldestAgeSeconds);
    perTopic('messaging_queue_failed', 'Messages that used up their attempts (no longer tried), by topic', (row) => row.failed);
    names.push('messaging_queue_depth', 'messaging_queue_oldest_age_seconds', 'messaging_queue_failed');
  }
  return () => names.forEach((metric) => metrics.remove(metric));
}
