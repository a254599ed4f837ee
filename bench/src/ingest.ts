/**
 * `npm run bench:ingest`: the telemetry ingest benchmark. On a fresh database whose
 * `coldchain.temperature_reading` already holds `--readings` rows (10 million by default), it sends
 * batches of new readings from one facility operator's sensors and reports readings per second:
 *
 * - via the gateway: the `recordTemperatures` mutation with the operator's token (the real path);
 * - direct to the subgraph: the same request to the coldchain subgraph with the gateway's headers
 *   (HTTP + GraphQL + the domain's sensor lookup, checks and INSERT … json_to_recordset);
 * - the INSERT alone: the cold chain store's own `insertReadings` (sensor ids already resolved);
 * - raw COPY: `COPY … FROM STDIN` of the same shape of rows with pg-copy-streams;
 *
 * each as median, min and max over `--repeats` batches, and how many times faster COPY is.
 *
 *   npm run bench:ingest -- [--readings 10000000] [--batches 1000,10000] [--repeats 5] [--sensors 1000]
 *
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL in a temporary folder (port 54401).
 * Clients and servers share this machine's cores: compare figures from one run, not across machines.
 */
import os from 'node:os';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { encodeViewerHeader, GATEWAY_SECRET_HEADER, signToken, VIEWER_HEADER } from '@alliance/auth';
import { dropDatabase, ensureDatabase, scratchServer } from '@alliance/db';
import type { Viewer } from '@alliance/domain-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { insertReadings } from '@alliance/coldchain/store/telemetry';
import { startStack } from '@alliance/stack';
import { directoryMember } from '@alliance/stack/fixtures';
import { createLogger } from '@alliance/subgraph-kit';
import { saveResults } from './results.ts';

process.env.LOG_LEVEL ??= 'silent';
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

const { values } = parseArgs({
  options: {
    readings: { type: 'string', default: '10000000' },
    batches: { type: 'string', default: '1000,10000' },
    repeats: { type: 'string', default: '5' },
    sensors: { type: 'string', default: '1000' },
  },
});
const count = (s: string, what: string) => {
  const n = Number(s.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${what} wants a positive whole number; got "${s}".`);
  return n;
};
const targetReadings = count(values.readings!, 'readings');
const batchSizes = values.batches!.split(',').map((s) => count(s.trim(), 'batches'));
const repeats = count(values.repeats!, 'repeats');
const sensorCount = count(values.sensors!, 'sensors');
if (batchSizes.some((b) => b > 10_000)) throw new Error('recordTemperatures takes at most 10,000 readings a batch.');

const STEP_MINUTES = 5; // a logger reports every 5 minutes
const FACILITIES = Math.max(1, Math.ceil(sensorCount / 10)); // 10 sensors a cold store
/** The fill's ticks: every sensor has a reading at each, so the table holds ticks × sensors ≥ --readings rows. */
const historyTicks = Math.ceil(targetReadings / sensorCount);
const PATHS = ['via gateway', 'direct to subgraph', 'INSERT … json_to_recordset alone', 'raw COPY'] as const;
type PathName = (typeof PATHS)[number];

const say = (m: string) => console.log(`  … ${m}`);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const RECORD = `mutation Record($readings: [TemperatureReadingInput!]!) {
  recordTemperatures(readings: $readings) { received stored duplicates rejected { index sensorCode reason } }
}`;
async function main() {
  const server = await scratchServer({ purpose: 'bench-ingest', port: 54401, onProgress: say });
  const serverUrl = server.url;
  const stopServer = server.stop;
  let report: Awaited<ReturnType<typeof bench>>;
  try {
    report = await bench(serverUrl);
  } finally {
    await stopServer();
  }
  printReport(report);
  await saveResults('ingest', report);
}

async function bench(serverUrl: string) {
  const database = `bench_ingest_${process.pid}`;
  await dropDatabase(serverUrl, database);
  const url = await ensureDatabase(serverUrl, database);
  const jwtSecret = 'bench-jwt-secret';
  const gatewaySecret = 'bench-gateway-secret';
  const stack = await startStack({ databaseUrl: url, jwtSecret, gatewaySecret, log: createLogger('bench'), gatewayPort: 0, ephemeralPorts: true, only: ['members', 'coldchain'], onProgress: say });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const coldchainEm = () => stack.subgraphs.get('coldchain')!.db.orm.em.fork() as EntityManager;
    // Authorized from the cold chain's member directory, as every caller is.
    const operator: Viewer = await directoryMember(coldchainEm(), ['FACILITY_OPERATOR']);
    // New readings continue each sensor's history every 5 minutes and must not be in the future,
    // so the history ends early enough for every batch of the run (and an hour to spare).
    const newTicks = batchSizes.reduce((s, b) => s + Math.ceil(((repeats + 1) * PATHS.length * b) / sensorCount) + 1, 0);
    const stepMs = STEP_MINUTES * 60_000;
    const historyStart = new Date((Math.floor(Date.now() / stepMs) - historyTicks - newTicks - 12) * stepMs);
    const fill = await fillReadings(client, operator, historyStart);
    const { rows: sensors } = await client.query<{ id: string; code: string }>(
      `select s.id, s.code from coldchain.sensor s join coldchain.facility f on f.id = s.facility_id where f.operator_id = $1 order by s.code`,
      [operator.memberId],
    );

    const coldchain = stack.subgraphs.get('coldchain')!;
    const token = await signToken(operator, jwtSecret);
    const viaHeaders = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const directHeaders = { 'content-type': 'application/json', [GATEWAY_SECRET_HEADER]: gatewaySecret, [VIEWER_HEADER]: encodeViewerHeader(operator) };

    // The next readings of the operator's sensors, in arrival order: reading k is sensor k mod S at
    // tick historyTicks + ⌊k / S⌋, so a batch of 1,000 from 1,000 sensors is one report of each.
    let next = 0;
    const nextBatch = (size: number) => {
      const batch = Array.from({ length: size }, (_, j) => {
        const k = next + j;
        const sensor = sensors[k % sensors.length]!;
        const tick = historyTicks + Math.floor(k / sensors.length);
        return {
          sensor,
          at: new Date(historyStart.getTime() + tick * stepMs).toISOString(),
          celsius: Math.round((0.5 + 0.8 * Math.sin(tick / 30 + (k % 7))) * 100) / 100,
          relativeHumidity: Math.round((92 + ((k * 37) % 60) / 10) * 10) / 10,
        };
      });
      next += size;
      return batch;
    };
    type Batch = ReturnType<typeof nextBatch>;

    const graphql = async (endpoint: string, headers: Record<string, string>, batch: Batch) => {
      const body = JSON.stringify({ query: RECORD, variables: { readings: batch.map((r) => ({ sensorCode: r.sensor.code, at: r.at, celsius: r.celsius, relativeHumidity: r.relativeHumidity })) } });
      const started = performance.now();
      const res = await fetch(endpoint, { method: 'POST', headers, body });
      const answer = (await res.json()) as any;
      const ms = performance.now() - started;
      const report = answer?.data?.recordTemperatures;
      if (res.status !== 200 || answer.errors || report?.stored !== batch.length || report.rejected.length) {
        throw new Error(`recordTemperatures did not store all ${batch.length} readings (HTTP ${res.status}): ${JSON.stringify(answer).slice(0, 500)}`);
      }
      return ms;
    };
    const insertAlone = async (batch: Batch) => {
      const rows = batch.map((r) => ({ sensorId: r.sensor.id, at: r.at, celsius: r.celsius, relativeHumidity: r.relativeHumidity }));
      const em = coldchainEm();
      const started = performance.now();
      const stored = await insertReadings(em, rows);
      const ms = performance.now() - started;
      if (stored !== batch.length) throw new Error(`the INSERT stored ${stored} of ${batch.length} readings`);
      return ms;
    };
    // COPY loads a second, fresh set of rows of the same shape (the next ticks of the same sensors)
    // rather than deleting the mutation's rows and copying them again: a delete would leave dead
    // heap tuples and dead index entries exactly where the COPY then inserts, and the table would not
    // grow as it does for the other paths. So every path appends the next readings of the same
    // sensors at the right edge of each sensor's primary-key range, the paths take turns within each
    // repeat (the table's growth is shared), and each batch commits on its own like the mutation's
    // autocommitted INSERT. COPY gets sensor ids, not codes: it is the floor — no HTTP, GraphQL, JSON,
    // sensor lookup or checks, just the rows into the heap, the primary key, the FK and the check.
    const copy = async (batch: Batch) => {
      const text = batch.map((r) => `${r.sensor.id}\t${r.at}\t${r.celsius}\t${r.relativeHumidity}\n`).join('');
      const started = performance.now();
      const stream = client.query(copyFrom('COPY coldchain.temperature_reading (sensor_id, at, celsius, relative_humidity) FROM STDIN'));
      await pipeline(Readable.from([text]), stream);
      const ms = performance.now() - started;
      if (stream.rowCount !== batch.length) throw new Error(`COPY stored ${stream.rowCount} of ${batch.length} readings`);
      return ms;
    };
    const send: Record<PathName, (batch: Batch) => Promise<number>> = {
      'via gateway': (b) => graphql(stack.gateway.url, viaHeaders, b),
      'direct to subgraph': (b) => graphql(coldchain.url, directHeaders, b),
      'INSERT … json_to_recordset alone': insertAlone,
      'raw COPY': copy,
    };

    const results: { batch: number; paths: Record<PathName, { ms: number[]; readingsPerSecond: number[] }> }[] = [];
    for (const size of batchSizes) {
      console.log(`\n== batches of ${fmt(size)} readings, ${repeats} repeats (+1 warm-up) per path`);
      for (const name of PATHS) await send[name](nextBatch(size)); // warm-up: connections, JIT, plans
      const paths = Object.fromEntries(PATHS.map((p) => [p, { ms: [] as number[], readingsPerSecond: [] as number[] }])) as Record<PathName, { ms: number[]; readingsPerSecond: number[] }>;
      for (let r = 1; r <= repeats; r++) {
        const line: string[] = [];
        for (const name of PATHS) {
          const ms = await send[name](nextBatch(size));
          paths[name].ms.push(ms);
          paths[name].readingsPerSecond.push((size * 1000) / ms);
          line.push(`${name} ${ms.toFixed(0)} ms (${fmt((size * 1000) / ms)}/s)`);
        }
        say(`repeat ${r}/${repeats}: ${line.join(', ')}`);
      }
      results.push({ batch: size, paths });
    }
    const { rows: [after] } = await client.query<{ n: string }>('select count(*) as n from coldchain.temperature_reading');
    const expected = fill.rows + next;
    if (Number(after!.n) !== expected) throw new Error(`the table holds ${after!.n} readings; expected ${expected}`);
    say(`the table now holds ${fmt(expected)} readings, as expected`);
    const { rows: [version] } = await client.query<{ v: string }>('show server_version');
    return {
      readingsInTable: fill.rows,
      sensors: sensorCount,
      facilities: FACILITIES,
      fill,
      repeats,
      results: results.map((x) => ({
        batch: x.batch,
        paths: Object.fromEntries(Object.entries(x.paths).map(([name, p]) => [name, { ...p, ...summary(p.readingsPerSecond) }])),
      })),
      machine: { cpus: os.cpus().length, node: process.version, postgres: version!.v, database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded' },
    };
  } finally {
    await client.end();
    await stack.close();
    await dropDatabase(serverUrl, database);
  }
}

/**
 * Facilities and sensors of one operator, then a reading of every sensor every 5 minutes.
 * Fast because the table's primary key and foreign key are dropped for the load and added back
 * after: with them, each of the 10 million rows is a B-tree insert and a foreign-key trigger that
 * looks its sensor up (and queues an after-trigger event); without them, the rows go straight into
 * the heap and then one sort builds the index and one join validates the foreign key. On the 2-core
 * machine, 5 million rows took 102 s with both keys in place, 58 s without the foreign key and 43 s
 * with both added after (and the gap widens as the index outgrows shared_buffers); 10 million take
 * about 70 s this way. The exact definitions are read from the catalogue first and compared after,
 * so the schema is the migration's.
 */
async function fillReadings(client: pg.Client, operator: Viewer, historyStart: Date) {
  const q = <R extends pg.QueryResultRow = any>(sql: string, params: unknown[] = []) => client.query<R>(sql, params);
  const started = performance.now();
  console.log(`\n== fill: ${fmt(historyTicks * sensorCount)} readings (${fmt(sensorCount)} sensors in ${fmt(FACILITIES)} cold stores of one operator, every ${STEP_MINUTES} minutes from ${historyStart.toISOString()})`);
  await q(`set maintenance_work_mem = '1GB'`);
  await q('select setseed(0.2025)');
  // Readings are partitioned by month (Migration20270103100000): the history's months get theirs, as the keeper would have made them.
  const { rows: [made] } = await q<{ n: number }>(
    `select coldchain.ensure_temperature_reading_partitions($1::timestamptz,
       (extract(year from age(date_trunc('month', now() + interval '1 month'), date_trunc('month', $1::timestamptz))) * 12
        + extract(month from age(date_trunc('month', now() + interval '1 month'), date_trunc('month', $1::timestamptz))) + 1)::int) as n`,
    [historyStart.toISOString()],
  );
  if (made!.n) say(`created ${made!.n} monthly partitions for the history`);
  await q(
    `insert into coldchain.facility (id, code, name, kind, operator_id, alliance_id, township, status, storage_cubic_metres, storage_capacity_kg, created_at)
     select gen_random_uuid(), 'ING-' || lpad(g::text, 4, '0'), 'Ingest bench cold store ' || g, 'COLD_STORE', $1, $3,
            (array['Jinma','Zhongshu','Baishui','Jiucheng','Wujie','Yongning'])[1 + g % 6], 'ACTIVE', 500, 125000, now()
     from generate_series(1, $2::int) g`,
    [operator.memberId, FACILITIES, operator.allianceId],
  );
  await q(
    `insert into coldchain.sensor (id, code, facility_id)
     select gen_random_uuid(), 'ING-T-' || lpad(n::text, 5, '0'), f.id
     from generate_series(1, $1::int) n join coldchain.facility f on f.code = 'ING-' || lpad((1 + (n - 1) % $2::int)::text, 4, '0')`,
    [sensorCount, FACILITIES],
  );

  const table = `'coldchain.temperature_reading'::regclass`;
  const constraintsSql = `select conname as name, contype as type, pg_get_constraintdef(oid) as def from pg_constraint
                          where conrelid = ${table} and contype in ('p', 'u', 'f') order by conname`;
  const indexesSql = `select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as def from pg_index i
                      where indrelid = ${table} and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = ${table}) order by 1`;
  const { rows: constraints } = await q<{ name: string; type: string; def: string }>(constraintsSql);
  const { rows: indexes } = await q<{ name: string; def: string }>(indexesSql);
  const { rows: [existing] } = await q<{ n: number }>('select count(*)::int as n from coldchain.temperature_reading');
  say(`dropping ${[...constraints, ...indexes].map((c) => c.name).join(', ')} for the load`);
  for (const c of constraints.filter((c) => c.type === 'f')) await q(`alter table coldchain.temperature_reading drop constraint ${pg.escapeIdentifier(c.name)}`);
  for (const i of indexes) await q(`drop index ${i.name}`);
  for (const c of constraints.filter((c) => c.type !== 'f')) await q(`alter table coldchain.temperature_reading drop constraint ${pg.escapeIdentifier(c.name)}`);

  // Ten statements, each a stretch of time for every sensor (rows arrive in time order, as in life).
  const chunks = Math.min(10, historyTicks);
  const loadStarted = performance.now();
  for (let i = 0; i < chunks; i++) {
    const from = Math.floor((i * historyTicks) / chunks);
    const to = Math.floor(((i + 1) * historyTicks) / chunks) - 1;
    await q(
      `insert into coldchain.temperature_reading (sensor_id, at, celsius, relative_humidity)
       select s.id, $1::timestamptz + k * interval '${STEP_MINUTES} minutes',
              round((0.5 + 0.8 * sin(k / 30.0 + s.phase) + case when random() < 0.002 then 6 else 0 end)::numeric, 2),
              round((92 + 6 * random())::numeric, 1)
       from generate_series($2::int, $3::int) k
       cross join (select s.id, abs(hashtext(s.code)) % 7 as phase from coldchain.sensor s
                   join coldchain.facility f on f.id = s.facility_id where f.operator_id = $4) s`,
      [historyStart.toISOString(), from, to, operator.memberId],
    );
    const done = (to + 1) * sensorCount;
    const elapsed = performance.now() - loadStarted;
    say(`rows: ${fmt(done)} / ${fmt(historyTicks * sensorCount)} (${seconds(elapsed)}, ${fmt((done * 1000) / elapsed)} rows/s)`);
  }
  const loadMs = performance.now() - loadStarted;

  const restore = async (label: string, sql: string) => {
    const t = performance.now();
    const timer = setInterval(() => say(`still ${label} (${seconds(performance.now() - t)})`), 15_000);
    try {
      await q(sql);
    } finally {
      clearInterval(timer);
    }
    say(`${label}: ${seconds(performance.now() - t)}`);
  };
  const indexStarted = performance.now();
  for (const c of constraints.filter((c) => c.type !== 'f')) await restore(`adding ${c.name} (${c.def})`, `alter table coldchain.temperature_reading add constraint ${pg.escapeIdentifier(c.name)} ${c.def}`);
  for (const i of indexes) await restore(`creating ${i.name}`, i.def);
  for (const c of constraints.filter((c) => c.type === 'f')) await restore(`adding ${c.name} (validates every row)`, `alter table coldchain.temperature_reading add constraint ${pg.escapeIdentifier(c.name)} ${c.def}`);
  const indexMs = performance.now() - indexStarted;
  const same = (a: unknown[], b: unknown[]) => JSON.stringify(a) === JSON.stringify(b);
  if (!same((await q(constraintsSql)).rows, constraints) || !same((await q(indexesSql)).rows, indexes)) {
    throw new Error('temperature_reading\'s keys and indexes differ from the migration\'s after the load');
  }

  // What autovacuum would do after a bulk load, done now so it does not run during the measurement:
  // statistics, hint bits and the visibility map. A checkpoint flushes the load's dirty pages.
  const vacuumStarted = performance.now();
  await restore('vacuum analyze', 'vacuum (analyze) coldchain.temperature_reading');
  await q('analyze coldchain.sensor');
  await q('analyze coldchain.facility');
  await q('checkpoint').catch(() => say('no right to CHECKPOINT here; continuing'));
  const vacuumMs = performance.now() - vacuumStarted;

  // The table is partitioned by month: its size is the sum of its partitions'.
  const { rows: [size] } = await q<{ rows: string; heap: string; indexes: string; total: string; heap_bytes: string; index_bytes: string; total_bytes: string; partitions: number }>(
    `select (select count(*) from coldchain.temperature_reading) as rows,
            pg_size_pretty(sum(pg_relation_size(relid))) as heap, pg_size_pretty(sum(pg_indexes_size(relid))) as indexes,
            pg_size_pretty(sum(pg_total_relation_size(relid))) as total,
            sum(pg_relation_size(relid)) as heap_bytes, sum(pg_indexes_size(relid)) as index_bytes, sum(pg_total_relation_size(relid)) as total_bytes,
            count(*) filter (where isleaf)::int as partitions
     from pg_partition_tree(${table})`,
  );
  const totalMs = performance.now() - started;
  const rows = Number(size!.rows);
  if (rows < targetReadings + existing!.n) throw new Error(`the fill left ${rows} readings; wanted at least ${targetReadings}`);
  console.log(
    `  filled ${fmt(rows)} readings in ${seconds(totalMs)} (rows ${seconds(loadMs)}, keys ${seconds(indexMs)}, vacuum analyze + checkpoint ${seconds(vacuumMs)}); ` +
      `table ${size!.total} in ${size!.partitions} partitions (heap ${size!.heap}, indexes ${size!.indexes})`,
  );
  return {
    rows,
    seconds: totalMs / 1000,
    rowsSeconds: loadMs / 1000,
    keysSeconds: indexMs / 1000,
    vacuumSeconds: vacuumMs / 1000,
    size: { heap: size!.heap, indexes: size!.indexes, total: size!.total, heapBytes: Number(size!.heap_bytes), indexBytes: Number(size!.index_bytes), totalBytes: Number(size!.total_bytes) },
  };
}

function summary(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2, min: s[0]!, max: s[s.length - 1]! };
}

function printReport(report: Awaited<ReturnType<typeof bench>>) {
  const f = report.fill;
  console.log(`\n== Fill: ${fmt(f.rows)} readings in ${f.seconds.toFixed(1)} s (${fmt(f.rows / f.seconds)} rows/s); table ${f.size.total} (heap ${f.size.heap}, indexes ${f.size.indexes})`);
  console.log(`\n== Ingest into a table of ${fmt(report.readingsInTable)} readings (readings/s over ${report.repeats} batches; ms per batch)`);
  console.log('| batch | path | median readings/s | min | max | median ms | COPY ÷ this |');
  console.log('|---:|---|---:|---:|---:|---:|---:|');
  for (const r of report.results) {
    const copyMedian = (r.paths['raw COPY'] as ReturnType<typeof summary>).median;
    for (const [name, p] of Object.entries(r.paths) as [string, { ms: number[] } & ReturnType<typeof summary>][]) {
      const ms = summary(p.ms).median;
      console.log(`| ${fmt(r.batch)} | ${name} | ${fmt(p.median)} | ${fmt(p.min)} | ${fmt(p.max)} | ${ms.toFixed(1)} | ${(copyMedian / p.median).toFixed(1)}× |`);
    }
  }
  for (const r of report.results) {
    const ratio = (r.paths['raw COPY'] as ReturnType<typeof summary>).median / (r.paths['via gateway'] as ReturnType<typeof summary>).median;
    console.log(`\nbatches of ${fmt(r.batch)}: raw COPY is ${ratio.toFixed(1)}× the rate via the gateway`);
  }
}

await main();
