import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { directoryMember, seedFacility } from '@alliance/stack/fixtures';
import type { EntityManager } from '@mikro-orm/postgresql';
import { dropDatabase, ensureDatabase } from '@alliance/db';
import { openModuleDatabase } from '@alliance/subgraph-kit';
import { coldchainSubgraph, ensureReadingPartitions, keepReadingPartitions, readingPartitions } from '@alliance/coldchain';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
});
afterAll(async () => stack?.close());

const RECORD = graphql(`
  mutation ColdchainRecordPartitionedReadings($readings: [TemperatureReadingInput!]!) {
    recordTemperatures(readings: $readings) { received stored duplicates rejected { index reason } }
  }
`);

const monthName = (d: Date) => `temperature_reading_p${d.toISOString().slice(0, 7).replace('-', '')}`;
const addMonths = (d: Date, n: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));

/** Which table of the partitioned readings holds each of the sensor's readings. */
async function homes(sensorId: string): Promise<string[]> {
  const rows = await stack.em('coldchain').execute<{ home: string }[]>(
    `select tableoid::regclass::text as home from coldchain.temperature_reading where sensor_id = ? order by at`,
    [sensorId],
  );
  return rows.map((r) => r.home.replace(/^"?coldchain"?\./, ''));
}

describe('temperature readings are partitioned by month', () => {
  it('has a range-partitioned table with a default partition and this month through the months ahead', async () => {
    const [kind] = await stack.em('coldchain').execute<{ strategy: string }[]>(
      `select partstrat as strategy from pg_partitioned_table where partrelid = 'coldchain.temperature_reading'::regclass`,
    );
    expect(kind).toEqual({ strategy: 'r' });
    // The keeper's round at start, and again here: nothing more to create for the coming months.
    expect(await keepReadingPartitions(stack.em('coldchain').fork(), 3)).toBe(0);
    const names = (await readingPartitions(stack.em('coldchain'))).map((p) => p.name);
    expect(names).toContain('temperature_reading_default');
    const now = new Date();
    for (let i = -1; i <= 3; i++) expect(names).toContain(monthName(addMonths(now, i)));
    const thisMonth = (await readingPartitions(stack.em('coldchain'))).find((p) => p.name === monthName(now))!;
    expect(thisMonth.from).toEqual(addMonths(now, 0));
    expect(thisMonth.to).toEqual(addMonths(now, 1));
  });

  it('keeps a reading of a month without a partition in the default, moves it when its month is made, and still refuses it twice', async () => {
    const operator = await directoryMember(stack.em('coldchain'), ['FACILITY_OPERATOR']);
    const { sensor } = await seedFacility(stack.em('coldchain'), operator);
    const token = await stack.token(operator);
    // A logger's memory read out years late: May 2003 has no partition.
    const old = [{ sensorCode: sensor.code, at: '2003-05-10T06:00:00.000Z', celsius: 1.5 }, { sensorCode: sensor.code, at: '2003-05-31T23:55:00.000Z', celsius: 1.75 }];
    const recent = { sensorCode: sensor.code, at: new Date(Date.now() - 3_600_000).toISOString(), celsius: 2.25 };
    const first = await stack.query(RECORD, { readings: [...old, recent] }, token);
    expect(first.data!.recordTemperatures).toEqual({ received: 3, stored: 3, duplicates: 0, rejected: [] });
    expect(await homes(sensor.id)).toEqual(['temperature_reading_default', 'temperature_reading_default', monthName(new Date(recent.at))]);

    expect(await ensureReadingPartitions(stack.em('coldchain').fork(), new Date('2003-05-01T00:00:00Z'), 1)).toBe(1);
    expect(await homes(sensor.id)).toEqual(['temperature_reading_p200305', 'temperature_reading_p200305', monthName(new Date(recent.at))]);
    const may = (await readingPartitions(stack.em('coldchain'))).find((p) => p.name === 'temperature_reading_p200305')!;
    expect(may).toEqual({ name: 'temperature_reading_p200305', from: new Date('2003-05-01T00:00:00Z'), to: new Date('2003-06-01T00:00:00Z') });

    // The primary key holds in every partition: the same upload again stores nothing.
    const again = await stack.query(RECORD, { readings: [...old, recent] }, token);
    expect(again.data!.recordTemperatures).toEqual({ received: 3, stored: 0, duplicates: 3, rejected: [] });
    const [stored] = await stack.em('coldchain').execute(`select count(*)::int as n, sum(celsius)::text as total from coldchain.temperature_reading where sensor_id = ?`, [sensor.id]);
    expect(stored).toEqual({ n: 3, total: '5.50' });
  });

  it('creates each month once when replicas make the same months at the same time', async () => {
    const from = new Date('2004-01-15T00:00:00Z');
    const created = await Promise.all(Array.from({ length: 4 }, () => ensureReadingPartitions(stack.em('coldchain').fork(), from, 6)));
    expect(created.reduce((a, b) => a + b, 0)).toBe(6);
    const names = (await readingPartitions(stack.em('coldchain'))).map((p) => p.name);
    expect(names.filter((n) => n.startsWith('temperature_reading_p2004'))).toEqual(['01', '02', '03', '04', '05', '06'].map((m) => `temperature_reading_p2004${m}`));
  });

  it('refuses a number of months it would not mean', async () => {
    await expect(ensureReadingPartitions(stack.em('coldchain').fork(), new Date(), 0)).rejects.toThrow(/months must be between 1 and 1200/);
  });
});

describe('the migration to monthly partitions', () => {
  it('moves the readings a deployment already stored into their months, keys and checks included', async () => {
    const url = new URL(inject('databaseUrl'));
    const database = `${url.pathname.slice(1)}_partitions`;
    const serverUrl = new URL(url);
    serverUrl.pathname = '/postgres';
    const scratch = await ensureDatabase(serverUrl.toString(), database);
    const db = await openModuleDatabase(coldchainSubgraph, scratch, 2);
    try {
      await db.orm.em.getConnection().execute('create schema if not exists "coldchain"');
      const PARTITIONING = 'Migration20270103100000';
      await db.orm.getMigrator().up({ migrations: coldchainSubgraph.migrations.map((m) => m.name).filter((name) => name !== PARTITIONING) });
      const em = db.orm.em.fork() as EntityManager;
      const operator = await directoryMember(em, ['FACILITY_OPERATOR']);
      const { sensor } = await seedFacility(em, operator);
      // Before: one plain table. Readings of a year ago, of last month and of now.
      const times = [new Date(Date.now() - 365 * 86_400_000), new Date(Date.now() - 31 * 86_400_000), new Date(Date.now() - 60_000)];
      for (const [i, at] of times.entries()) {
        await em.getConnection().execute(`insert into coldchain.temperature_reading (sensor_id, at, celsius) values (?, ?, ?)`, [sensor.id, at.toISOString(), 1 + i]);
      }
      await db.orm.getMigrator().up();
      const rows = await em.getConnection().execute<{ home: string; celsius: string }[]>(
        `select tableoid::regclass::text as home, celsius::text as celsius from coldchain.temperature_reading where sensor_id = ? order by at`,
        [sensor.id],
      );
      expect(rows).toEqual(times.map((at, i) => ({ home: `coldchain.${monthName(at)}`, celsius: `${1 + i}.00` })));
      // Every month from the oldest reading through three ahead has its partition.
      const names = (await readingPartitions(em)).map((p) => p.name);
      for (let m = addMonths(times[0]!, 0); m < addMonths(new Date(), 4); m = addMonths(m, 1)) expect(names).toContain(monthName(m));
      // The checks and the key came along: an implausible reading and a repeated one are refused.
      await expect(em.getConnection().execute(`insert into coldchain.temperature_reading (sensor_id, at, celsius) values (?, now(), 99)`, [sensor.id])).rejects.toThrow(/reading_plausible/);
      await expect(em.getConnection().execute(`insert into coldchain.temperature_reading (sensor_id, at, celsius) values (?, ?, 1)`, [sensor.id, times[2]!.toISOString()])).rejects.toThrow(/temperature_reading_p\d{6}_pkey|duplicate key/);
      await expect(em.getConnection().execute(`insert into coldchain.temperature_reading (sensor_id, at, celsius) values (gen_random_uuid(), now(), 1)`)).rejects.toThrow(/foreign key/);
      // And back down: one plain table with the same rows.
      await db.orm.getMigrator().down({ migrations: [PARTITIONING] });
      const [plain] = await em.getConnection().execute(`select relkind, (select count(*)::int from coldchain.temperature_reading) as n from pg_class where oid = 'coldchain.temperature_reading'::regclass`);
      expect(plain).toEqual({ relkind: 'r', n: 3 });
    } finally {
      await db.orm.close();
      await dropDatabase(serverUrl.toString(), database);
    }
  });
});
