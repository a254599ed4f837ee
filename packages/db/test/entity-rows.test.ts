import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// The global test setup (stack/src/testing/global-setup.ts) provides the migrated test database.
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
import { Migration } from '@mikro-orm/migrations';
import { EntitySchema } from '@mikro-orm/postgresql';
import { entityColumns, entityRow, migrateToLatest, openSubgraphDatabase, query, sql, table, type SubgraphDatabase } from '../src/index.ts';

class Shelf {
  id!: number;
  label!: string;
}
class Box {
  id!: number;
  shelf!: Shelf;
  kg!: string;
  packedOn!: string;
  sealedAt!: Date;
  note!: string | null;
}
const ShelfSchema = new EntitySchema<Shelf>({ class: Shelf, tableName: 'shelf', properties: { id: { type: 'number', primary: true }, label: { type: 'text' } } });
const BoxSchema = new EntitySchema<Box>({
  class: Box,
  tableName: 'box',
  properties: {
    id: { type: 'number', primary: true },
    shelf: { kind: 'm:1', entity: 'Shelf' },
    kg: { type: 'decimal', columnType: 'numeric(14,3)' },
    packedOn: { type: 'date', columnType: 'date' },
    sealedAt: { type: 'datetime', columnType: 'timestamptz' },
    note: { type: 'text', nullable: true },
  },
});

class MigrationBoxes extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}.shelf (id int primary key, label text not null)`);
    this.addSql(`create table ${s}.box (id int primary key, shelf_id int not null references ${s}.shelf, kg numeric(14,3) not null, packed_on date not null, sealed_at timestamptz not null, note text)`);
    this.addSql(`insert into ${s}.shelf values (1, 'north'), (2, 'empty')`);
    this.addSql(`insert into ${s}.box values (10, 1, 123456789.125, '2026-11-30', '2026-12-01T03:04:05.678Z', null)`);
  }
}

const schema = `entity_rows_${Date.now()}`;
let db: SubgraphDatabase;
beforeAll(async () => {
  db = await openSubgraphDatabase({ url: inject('databaseUrl'), schema, entities: [ShelfSchema, BoxSchema], migrations: [{ name: 'MigrationBoxes', class: MigrationBoxes }] });
  await migrateToLatest(db.orm);
});
afterAll(async () => {
  await db?.orm.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
  await db?.orm.close();
});

const shelvesWithBoxes = (em: ReturnType<SubgraphDatabase['orm']['em']['fork']>) =>
  query(
    em,
    sql`select ${entityColumns(em, Shelf, 's')}, ${entityColumns(em, Box, 'b')}
        from ${table('shelf')} s left join ${table('box')} b on b.shelf_id = s.id order by s.id`,
  );

describe('entities read by a statement of our own (entityColumns, entityRow, em.map)', () => {
  it('come out as the ORM reads them: exact decimals, dates, instants, references to the entities read with them', async () => {
    const em = db.orm.em.fork();
    const rows = await shelvesWithBoxes(em);
    expect(rows).toHaveLength(2);
    const shelf = em.map(Shelf, entityRow(rows[0]!, 's')!);
    const box = em.map(Box, entityRow(rows[0]!, 'b')!);
    const found = await db.orm.em.fork().findOneOrFail(Box, { id: 10 });
    expect({ kg: box.kg, packedOn: box.packedOn, sealedAt: box.sealedAt, note: box.note }).toEqual({ kg: found.kg, packedOn: found.packedOn, sealedAt: found.sealedAt, note: null });
    expect(box.kg).toBe('123456789.125');
    expect(box.sealedAt.toISOString()).toBe('2026-12-01T03:04:05.678Z');
    expect(box.shelf).toBe(shelf);
    expect(shelf.label).toBe('north');
  });

  it('an alias an outer join found nothing for is null, not an entity of nulls', async () => {
    const em = db.orm.em.fork();
    const rows = await shelvesWithBoxes(em);
    expect(entityRow(rows[1]!, 's')).toEqual({ id: 2, label: 'empty' });
    expect(entityRow(rows[1]!, 'b')).toBeNull();
  });

  it('refreshes an entity the request already holds with what the statement read', async () => {
    const em = db.orm.em.fork();
    const held = await em.findOneOrFail(Shelf, { id: 1 });
    await db.orm.em.fork().getConnection().execute(`update "${schema}".shelf set label = 'north, moved' where id = 1`);
    const rows = await shelvesWithBoxes(em);
    expect(em.map(Shelf, entityRow(rows[0]!, 's')!)).toBe(held);
    expect(held.label).toBe('north, moved');
  });

  it('refuses an alias that is not a plain name', () => {
    expect(() => entityColumns(db.orm.em.fork(), Shelf, 's; drop table box')).toThrow(/not a table alias/);
  });
});
