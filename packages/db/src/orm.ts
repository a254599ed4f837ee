import { MikroORM, type EntitySchema, type MigrationObject } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { StatementCounter, statementCountingLogger } from './sql-statements.ts';

export interface SubgraphDatabaseOptions {
  /** PostgreSQL connection URL of the database that holds every subgraph's schema. */
  url: string;
  /** The subgraph's own PostgreSQL schema; it never touches another. */
  schema: string;
  entities: EntitySchema<any, any>[];
  /** Committed migrations, listed explicitly so they run the same under tsx and in a bundle. */
  migrations: MigrationObject[];
  /** Folder where `createMigration` writes new migration files. */
  migrationsPath?: string;
  poolSize?: number;
  /** Echo every SQL statement to the console (DEBUG_SQL=1). */
  echoSql?: boolean;
}

export interface SubgraphDatabase {
  orm: MikroORM;
  statements: StatementCounter;
}

/** Settings of every session a subgraph opens (libpq `options`). */
export const SESSION_OPTIONS = '-c jit=off';

export async function openSubgraphDatabase(options: SubgraphDatabaseOptions): Promise<SubgraphDatabase> {
  const statements = new StatementCounter();
  const orm = await MikroORM.init({
    clientUrl: options.url,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolSize ?? 10 },
    // JIT off: the supply page's statement is estimated above jit_above_cost once the lot table holds
    // 100,000 lots (most of them long sold), and PostgreSQL then compiles it on every request, about
    // 15 ms of a 35 ms statement (EXPLAIN ANALYZE in README "Performance"). Requests here are short.
    driverOptions: { connection: { options: SESSION_OPTIONS } },
    // Times are stored as timestamptz and read back as UTC instants.
    timezone: 'Z',
    forceUtcTimezone: true,
    debug: ['query'],
    loggerFactory: statementCountingLogger(statements, options.echoSql ?? false, options.schema),
    discovery: { warnWhenNoEntities: true },
    // Partitions (`<table>_pYYYYMM`, `<table>_default`) are made by a database function, not by
    // entities: a generated migration must not see them as tables to drop.
    schemaGenerator: { skipTables: [/_p\d{6}$/, /_default$/] },
    allowGlobalContext: false,
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: options.migrations,
      path: options.migrationsPath,
      pathTs: options.migrationsPath,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
  });
  return { orm, statements };
}

/** Applies pending committed migrations inside the subgraph's own schema. */
export async function migrateToLatest(orm: MikroORM): Promise<string[]> {
  const schema = orm.config.get('schema');
  // Replicas of one subgraph start together: one migrates, the others wait and find nothing to do.
  return withAdvisoryLock(orm, `migrate:${schema}`, async () => {
    await orm.em.getConnection().execute(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  });
}

/**
 * Runs `work` while this process holds a PostgreSQL advisory lock named `key` (held by one pooled
 * connection in an open transaction, released when it ends): start-up work that replicas of a
 * subgraph must not do twice at once (migrations, demo data).
 */
export async function withAdvisoryLock<T>(orm: MikroORM, key: string, work: () => Promise<T>): Promise<T> {
  const knex = orm.em.getKnex();
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const acquired = new Promise<void>((resolve) => (locked = resolve));
  const holder = knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [key]);
    locked();
    await done;
  });
  await Promise.race([acquired, holder]);
  try {
    return await work();
  } finally {
    release();
    await holder;
  }
}

/** Connections of the ORM's pool: in use, idle, requests waiting for one, and the most it opens. */
export interface PoolUse {
  inUse: number;
  idle: number;
  waiting: number;
  max: number;
}

/** What the ORM's connection pool (knex's tarn pool) holds now; zeros before it has one. */
export function poolUse(orm: MikroORM): PoolUse {
  const pool = (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
  if (!pool) return { inUse: 0, idle: 0, waiting: 0, max: 0 };
  return { inUse: pool.numUsed(), idle: pool.numFree(), waiting: pool.numPendingAcquires(), max: pool.max };
}

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}
