import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// The global test setup (stack/src/testing/global-setup.ts) provides the migrated test database.
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
import { Migration } from '@mikro-orm/migrations';
import { EntitySchema } from '@mikro-orm/postgresql';
import { openSubgraphDatabase, withAdvisoryLock, migrateToLatest, type SubgraphDatabase } from '../src/index.ts';

/** Replicas of a subgraph start together: migrations and demo data run in one of them at a time. */
class MigrationSlowTable extends Migration {
  override async up(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`select pg_sleep(0.3)`);
    this.addSql(`create table ${schema}."replica_probe" ("id" int primary key);`);
  }
}

const Probe = new EntitySchema<{ id: number }>({ name: 'ReplicaProbe', tableName: 'replica_probe', properties: { id: { type: 'number', primary: true } } });
const schema = `replicas_${Date.now()}`;
let a: SubgraphDatabase;
let b: SubgraphDatabase;
beforeAll(async () => {
  const open = () => openSubgraphDatabase({ url: inject('databaseUrl'), schema, entities: [Probe], migrations: [{ name: 'MigrationSlowTable', class: MigrationSlowTable }] });
  [a, b] = await Promise.all([open(), open()]);
});
afterAll(async () => {
  await a?.orm.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
  await Promise.all([a?.orm.close(), b?.orm.close()]);
});

describe('withAdvisoryLock', () => {
  it('lets one process at a time in: two holders never overlap', async () => {
    const spans: [number, number][] = [];
    const work = async () => {
      const start = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 200));
      spans.push([start, Date.now()]);
    };
    await Promise.all([withAdvisoryLock(a.orm, 'probe', work), withAdvisoryLock(b.orm, 'probe', work)]);
    const [first, second] = spans.sort((x, y) => x[0] - y[0]);
    expect(second![0]).toBeGreaterThanOrEqual(first![1]);
  });

  it('two replicas migrating at once: one applies the migration, the other finds nothing to do', async () => {
    const applied = await Promise.all([migrateToLatest(a.orm), migrateToLatest(b.orm)]);
    expect(applied.map((list) => list.length).sort()).toEqual([0, 1]);
    expect(await a.orm.em.getConnection().execute(`select count(*)::int as n from "${schema}"."replica_probe"`)).toEqual([{ n: 0 }]);
  });
});

describe('a subgraph session', () => {
  it('runs without JIT: short statements are not compiled on every request', async () => {
    // Every connection of the pool, not only the first: several at once.
    const settings = await Promise.all(Array.from({ length: 4 }, () => a.orm.em.fork().getConnection().execute<{ jit: string }[]>(`select current_setting('jit') as jit, pg_sleep(0.05)`)));
    expect(settings.map((rows) => rows[0]!.jit)).toEqual(['off', 'off', 'off', 'off']);
  });
});
