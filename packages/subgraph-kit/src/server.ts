import { randomUUID, timingSafeEqual } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express from 'express';
import { GraphQLError, type DocumentNode } from 'graphql';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { CLIENT_HEADER, decodeViewerHeader, GATEWAY_SECRET_HEADER, REQUEST_ID_HEADER, VIEWER_HEADER } from '@alliance/auth';
import { countStatements, type StatementTally } from '@alliance/db';
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
      requestLog,
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
    },
  };
}
