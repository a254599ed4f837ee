import type { EntitySchema, MigrationObject } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DocumentNode } from 'graphql';
import type { DirectoryMember } from '@alliance/domain-kit';
import { migrateToLatest, openSubgraphDatabase, type SubgraphDatabase } from '@alliance/db';
import { prepareMessaging, startConsumer, type Handlers } from '@alliance/messaging';
import type { Logger } from './logger.ts';
import { startSubgraphServer, type RequestBase, type RunningSubgraph } from './server.ts';

/**
 * Everything the platform needs to know about a subgraph. A new subgraph is its own schema,
 * entities, migrations, domain and resolvers, plus one of these.
 */
export interface SubgraphModule<TContext extends RequestBase = RequestBase, TSettings = any> {
  name: string;
  /** Port in the default local layout (gateway 4000, subgraphs 4001…). */
  defaultPort: number;
  sdl: string;
  typeDefs: DocumentNode;
  resolvers: object;
  entities: EntitySchema<any, any>[];
  migrations: MigrationObject[];
  /** Folder of the subgraph's migration sources, for creating new ones. */
  migrationsPath: string;
  /**
   * Parses the subgraph's own settings from the environment once, at start (`parseEnvironment`);
   * they are handed to the request context, the background work and the demo seeder.
   */
  settings?(env: Record<string, string | undefined>): TSettings;
  createContext(base: RequestBase, settings: TSettings): TContext;
  /**
   * Where the subgraph reads members' standing and roles at the time of a request: the members
   * subgraph from its own tables, every other one from its replica (`@alliance/member-directory`).
   * The kit resolves each request's caller from it before any resolver runs.
   */
  directory: MemberDirectorySource;
  /** Messages from other subgraphs this one applies (see `@alliance/messaging`'s contract). */
  messageHandlers?: Handlers;
  /** Periodic work of the subgraph (sweepers); returns a function that stops it. */
  background?(em: () => EntityManager, log: Logger, settings: TSettings): () => Promise<void>;
  /**
   * Loads the demo data into an empty database; returns false when data is already there. Facts
   * about other subgraphs' demo records (members, lots) come from the stack that seeds them.
   */
  seedDemo?(em: EntityManager, log: Logger, facts: DemoFacts, settings: TSettings): Promise<boolean>;
  /** The facts about this subgraph's demo records that others' demo data may refer to (members only, today). */
  demoFacts?(em: EntityManager): Promise<Partial<DemoFacts>>;
}

/** Reads directory entries of many members in one statement; a member it does not know is absent. */
export type MemberDirectorySource = (em: EntityManager, memberIds: readonly string[]) => Promise<DirectoryMember[]>;

/** What the demo data of one subgraph may refer to in another's: ids by business key. */
export interface DemoFacts {
  members: { id: string; code: string; kind: string; township: string; status: string; allianceId: string; allianceIds: string[] }[];
  lots: { id: string; crop: string; harvestDate: string; township: string; quantityKg: string; memberCode: string }[];
}

export interface SubgraphRuntimeOptions {
  databaseUrl: string;
  gatewaySecret: string;
  log: Logger;
  port?: number;
  host?: string;
  poolSize?: number;
  migrate?: boolean;
  /** Run the module's background work and message handlers (default true). */
  background?: boolean;
}

export interface RunningSubgraphWithDatabase extends RunningSubgraph {
  db: SubgraphDatabase;
  /** The subgraph's settings, as parsed at start. */
  settings: unknown;
}

export async function openModuleDatabase(module: SubgraphModule<any>, databaseUrl: string, poolSize?: number) {
  return openSubgraphDatabase({
    url: databaseUrl,
    schema: module.name,
    entities: module.entities,
    migrations: module.migrations,
    migrationsPath: module.migrationsPath,
    poolSize,
    echoSql: process.env.DEBUG_SQL === '1',
  });
}

/** Opens the subgraph's database (migrating it unless told not to) and serves it. */
export async function runSubgraph(module: SubgraphModule<any>, options: SubgraphRuntimeOptions): Promise<RunningSubgraphWithDatabase> {
  const settings = module.settings?.(process.env);
  const db = await openModuleDatabase(module, options.databaseUrl, options.poolSize);
  try {
    if (options.migrate ?? true) {
      const applied = await migrateToLatest(db.orm);
      if (applied.length) options.log.info({ subgraph: module.name, applied }, 'migrations applied');
      await prepareMessaging(options.databaseUrl, options.log);
    }
    const log = options.log.child({ subgraph: module.name });
    const background = options.background ?? true;
    // Messages first: a subgraph that serves requests can already apply what others publish.
    const consumer =
      background && module.messageHandlers
        ? await startConsumer({ connectionString: options.databaseUrl, orm: db.orm, subgraph: module.name, handlers: module.messageHandlers, log })
        : undefined;
    let server: RunningSubgraph;
    try {
      server = await startSubgraphServer({
        name: module.name,
        typeDefs: module.typeDefs,
        resolvers: module.resolvers,
        orm: db.orm,
        createContext: (base) => module.createContext(base, settings),
        directory: module.directory,
        gatewaySecret: options.gatewaySecret,
        log,
        port: options.port,
        host: options.host,
        messagingPool: consumer?.poolUse,
        queueMetrics: Boolean(module.messageHandlers),
      });
    } catch (error) {
      await consumer?.stop();
      throw error;
    }
    const stopBackground = background ? module.background?.(() => db.orm.em.fork() as EntityManager, log, settings) : undefined;
    return {
      ...server,
      db,
      settings,
      close: async () => {
        await consumer?.stop();
        await stopBackground?.();
        await server.close();
        await db.orm.close();
      },
    };
  } catch (error) {
    await db.orm.close();
    throw error;
  }
}
