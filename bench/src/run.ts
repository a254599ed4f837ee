/**
 * `npm run bench`: the marketplace benchmark. For each dataset size it builds a fresh database,
 * starts the members and coldchain subgraphs and the gateway each in its own process (their real
 * entry points, configured as docker compose configures them), generates the data, and measures
 * from this process — the load generator — each operation beside its floor, in the same run:
 *
 * - the partner market's supply page + summary, via the gateway and direct to the subgraph, against
 *   the one SQL statement that returns the same rows;
 * - the same page joined with each lot's cold chain, via the gateway, against one SQL statement
 *   computing the same aggregates from the raw readings, and against the supply page alone; with
 *   the coldchain process's memory (RSS) under that load;
 * - reserveSupply on one hot lot from every connection, via the gateway and direct, against the
 *   same statement raw (the reserve_on_lot function) and against a bare conditional UPDATE;
 * - ingest of readings in batches of 10,000 via the gateway against a raw COPY of the same rows;
 *
 * then the targets of issue 11 with the measured ratio, met or not, and the SQL statements per
 * operation at page sizes 10 and 100 (counted by each subgraph, read from its request log).
 *
 *   npm run bench -- [--sizes 10000,1000000] [--duration 10] [--connections 8] [--ingest-repeats 5] [--reading-minutes 60|5]
 *
 * `npm run bench:gateways` (`--gateways [--rounds 3]`) measures only the supply page, through our
 * gateway and Hive Gateway with its JS and its Rust planner, each its own process on the same
 * supergraph file and environment, after checking all three answer the same page; the order
 * turns every round, and each gateway's figure is the median of its rounds.
 *
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL in a temporary folder (port 54400).
 * Load, services and database share this machine's cores: compare figures from one run, not
 * across machines.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { encodeViewerHeader, GATEWAY_SECRET_HEADER, signToken, VIEWER_HEADER } from '@alliance/auth';
import { dropDatabase, ensureDatabase, scratchServer, SESSION_OPTIONS } from '@alliance/db';
import { PARTNER_SUPPLY_QUERY } from '@alliance/stack';
import type { Identity } from '@alliance/domain-kit';
import { count, say } from './bench-kit.ts';
import { bareConditionalUpdate, JOINED_FLOOR, reserveInRawTransaction, SUPPLY_FLOOR } from './floors.ts';
import { generateColdChainDataset, generateMarketDataset, type Dataset } from './market-dataset.ts';
import { load, loadLoop, type LoadResult } from './load.ts';
import { saveResults } from './results.ts';
import { startService, stopAll, stopAllOnExit, type Service } from './services.ts';
import { COLDCHAIN_NODE_OPTIONS, SUBGRAPH_NODE_OPTIONS } from '@alliance/subgraph-kit';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '8' },
    'ingest-repeats': { type: 'string', default: '5' },
    /** The cold stores' logger interval: 60 (hourly) or 5 (5-minute readings, 12× the rows). */
    'reading-minutes': { type: 'string', default: '60' },
    /**
     * Only the supply page, through our gateway and Hive Gateway (JS and Rust planners) on the same
     * supergraph and environment, in alternating rounds (`npm run bench:gateways`).
     */
    gateways: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    /** Leave each size's database behind (its URL is printed) to look into its plans afterwards. */
    'keep-database': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes!.split(',').map((s) => count(s.trim(), 'sizes'));
const duration = count(values.duration!, 'duration');
const connections = count(values.connections!, 'connections');
const ingestRepeats = count(values['ingest-repeats']!, 'ingest-repeats');
const readingMinutes = count(values['reading-minutes']!, 'reading-minutes');
const gatewaysOnly = values.gateways!;
const rounds = count(values.rounds!, 'rounds');
const INGEST_BATCH = 10_000;
const JWT_SECRET = 'bench-jwt-secret';
const GATEWAY_SECRET = 'bench-gateway-secret';

/** The same page with each lot's freshness from the cold chain: one answer from two subgraphs. */
const JOINED_QUERY = `query PartnerSupplyWithColdChain($first: Int!, $by: Date!) {
  supply(filter: { crop: SCALLION, varieties: [RED], grades: [A, B], townships: ["Jinma", "Zhongshu"], availableBy: $by }, first: $first) {
    totalCount totalAvailableKg
    edges { node { id grade township harvestDate availableKg askingPricePerKg
      coldChain { remainingShelfLifeDays latestTemperature { celsius } excursionCount currentLocation { code township } } } }
  }
}`;
const RESERVE = `mutation Reserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id status totalKg lines { kg lot { id } } } }`;
const RECORD = `mutation Record($readings: [TemperatureReadingInput!]!) {
  recordTemperatures(readings: $readings) { received stored duplicates rejected { index sensorCode reason } }
}`;

/** The operations of one size, each with its floor(s). */
const OPS = {
  supplyVia: 'supply page 50 + summary, via gateway',
  supplyDirect: 'supply page 50 + summary, direct to subgraph',
  supplyFloor: 'supply floor: one SQL statement, same rows',
  joinedVia: 'supply page 50 + coldChain, via gateway',
  joinedFloor: 'joined floor: one SQL statement, same aggregates',
  hotVia: 'reserveSupply on one hot lot, via gateway',
  hotDirect: 'reserveSupply on one hot lot, direct to subgraph',
  hotRaw: 'hot lot floor: the same statement (reserve_on_lot), raw',
  hotBare: 'hot lot floor: a bare conditional UPDATE',
} as const;

interface SizeReport {
  kind: 'marketplace';
  lots: number;
  lotsOnOffer: number;
  results: Record<string, LoadResult>;
  coldchainRssMb: { idle: number; peakUnderJoinedLoad: number };
  ingest: { batch: number; repeats: number; viaGatewayPerSecond: number[]; copyPerSecond: number[]; viaMedian: number; copyMedian: number };
  statements: Record<string, number>;
  targets: Target[];
}

/** `--gateways`: the supply page through each gateway, round by round, beside direct and its floor. */
interface GatewaysReport {
  kind: 'gateways';
  lots: number;
  lotsOnOffer: number;
  perRound: Record<string, LoadResult[]>;
  direct: LoadResult;
  floor: LoadResult;
}

interface Target {
  name: string;
  measured: string;
  target: string;
  met: boolean;
}

async function main() {
  stopAllOnExit();
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const server = await scratchServer({ purpose: 'bench', port: 54400, onProgress: say });
  const report: (SizeReport | GatewaysReport)[] = [];
  try {
    for (const lots of sizes) report.push(await benchSize(server.url, lots));
  } finally {
    await stopAll();
    await server.stop();
  }
  if (gatewaysOnly) {
    printGateways(report.filter((r): r is GatewaysReport => r.kind === 'gateways'));
    await saveResults('gateways', report);
  } else {
    printReport(report.filter((r): r is SizeReport => r.kind === 'marketplace'));
    await saveResults('marketplace', report);
  }
}

async function benchSize(serverUrl: string, lots: number): Promise<SizeReport | GatewaysReport> {
  console.log(`\n== ${lots.toLocaleString()} lots, ${connections} connections, ${duration} s per operation`);
  const database = `bench_${lots}_${process.pid}`;
  await dropDatabase(serverUrl, database);
  const url = await ensureDatabase(serverUrl, database);
  // The fold keeper every 2 s: the generated readings are written by SQL, and the measures start once they are folded.
  const subgraphEnv = { DATABASE_URL: url, GATEWAY_SECRET, LOG_LEVEL: 'info', SEED_DEMO: 'false', READING_FOLDS_INTERVAL_MS: '2000', NODE_OPTIONS: SUBGRAPH_NODE_OPTIONS };
  const services: Service[] = [];
  // The floors run with the subgraphs' session settings (no JIT): the same SQL at its best.
  const pool = new pg.Pool({ connectionString: url, max: connections, options: SESSION_OPTIONS });
  // An idle client cut off by the server (the database dropped at the end, a restart) is no reason
  // to crash the run: pg emits it on the pool, where it is said and the client discarded.
  pool.on('error', (error) => say(`an idle database client was closed: ${error.message}`));
  try {
    // Each subgraph migrates its schema as it starts; the data is generated into those tables.
    const start = (name: string) =>
      startService({ name, entry: `subgraphs/${name}/src/main.ts`, env: { ...subgraphEnv, ...(name === 'coldchain' ? { NODE_OPTIONS: COLDCHAIN_NODE_OPTIONS } : {}) }, onProgress: say });
    let members = await start('members');
    const coldchain = await start('coldchain');
    services.push(coldchain);
    const started = Date.now();
    const data = await generateMarketDataset(url, { lots, reservations: Math.round(lots / 5) }, say);
    await generateColdChainDataset(url, data, say, { readingMinutes });
    say(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s; ${data.lotsOnOffer.toLocaleString()} lots on offer`);
    // The members subgraph announces its members and lots at every start; started again, it tells the
    // cold chain of the generated ones, as it would after a restore.
    await members.stop();
    members = await start('members');
    services.push(members);
    // Every gateway measured here gets this environment, as docker compose gives it.
    const gatewayEnv = {
      SUBGRAPH_URL_MEMBERS: members.url,
      SUBGRAPH_URL_COLDCHAIN: coldchain.url,
      // Not started: a closed port, so no other stack on this machine answers for them.
      SUBGRAPH_URL_BRANDING: 'http://127.0.0.1:9/graphql',
      SUBGRAPH_URL_INSURANCE: 'http://127.0.0.1:9/graphql',
      JWT_SECRET,
      GATEWAY_SECRET,
      INTROSPECTION: 'false',
      LOG_LEVEL: 'warn',
      SUBGRAPH_TIMEOUT_MS: '10000',
    };
    const gateway = await startService({
      name: 'gateway',
      entry: 'gateway/src/main.ts',
      env: gatewayEnv,
      onProgress: say,
      // Degraded (branding and insurance are not running) is ready when these two answer.
      ready: async (res) => {
        const body = (await res.json()) as { subgraphs?: Record<string, string> };
        return body.subgraphs?.members === 'ok' && body.subgraphs?.coldchain === 'ok';
      },
    });
    services.push(gateway);
    await untilColdChainKnows(pool, data);
    await untilReadingsFolded(pool);

    const viewer = (id: string): Identity => ({ memberId: id, allianceId: data.allianceId });
    const market = data.marketIds[0]!;
    const via = { authorization: `Bearer ${await signToken(viewer(market), JWT_SECRET)}` };
    const direct = { [GATEWAY_SECRET_HEADER]: GATEWAY_SECRET, [VIEWER_HEADER]: encodeViewerHeader(viewer(market)) };
    const by = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const supplyBody = (first: number) => () => JSON.stringify({ query: PARTNER_SUPPLY_QUERY, variables: { first, by } });
    const joinedBody = (first: number) => () => JSON.stringify({ query: JOINED_QUERY, variables: { first, by } });
    let key = 0;
    const hotBody = () =>
      JSON.stringify({ query: RESERVE, variables: { input: { idempotencyKey: `bench-hot-${process.pid}-${key++}`, quantityKg: '1', lotId: data.hotLotId } } });

    const post = async (endpoint: string, headers: Record<string, string>, body: string) => {
      const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const answer = (await res.json()) as any;
      if (res.status !== 200 || answer.errors) throw new Error(`HTTP ${res.status}: ${JSON.stringify(answer.errors ?? answer).slice(0, 600)}`);
      return answer.data;
    };
    // The floors must answer what the operations answer: same lots on the page, same totals.
    const checked = await post(gateway.url, via, supplyBody(50)());
    const { rows: [floorRow] } = await pool.query(SUPPLY_FLOOR, [data.allianceId, by, 50]);
    const floorIds = (floorRow.page ?? []).slice(0, 50).map((r: { id: string }) => r.id);
    const pageIds = checked.supply.edges.map((e: any) => e.node.id);
    if (JSON.stringify(floorIds) !== JSON.stringify(pageIds) || floorRow.totals.lots !== checked.supply.totalCount) {
      throw new Error(`The supply floor does not return the page's rows (${floorIds.length} vs ${pageIds.length} lots; totals ${floorRow.totals.lots} vs ${checked.supply.totalCount})`);
    }
    if (floorRow.summary.length !== checked.supplySummary.length) throw new Error('The supply floor\'s summary has other groups than supplySummary');
    say(`floors checked: the supply statement returns the page's ${pageIds.length} lots, ${checked.supply.totalCount} in total, ${floorRow.summary.length} summary groups`);

    const results: Record<string, LoadResult> = {};
    const http = async (name: string, endpoint: string, headers: Record<string, string>, body: () => string) => {
      say(`${name}: ${duration} s`);
      results[name] = await load({ url: endpoint, headers, body, connections, durationSeconds: duration });
      say(`  ${results[name].throughput.toFixed(0)}/s, p50 ${results[name].p50.toFixed(1)} ms, ${results[name].errors} errors`);
      return results[name];
    };
    const floor = async (name: string, once: (c: pg.PoolClient, n: number) => Promise<void>) => {
      say(`${name}: ${duration} s`);
      const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
      try {
        results[name] = await loadLoop({ connections, durationSeconds: duration, once: (w, n) => once(clients[w]!, n) });
      } finally {
        for (const c of clients) c.release();
      }
      const r = results[name];
      say(`  ${r.throughput.toFixed(0)}/s, p50 ${r.p50.toFixed(1)} ms, ${r.errors} errors${r.firstError ? ` (first: ${r.firstError})` : ''}`);
    };

    if (gatewaysOnly) {
      // Hive Gateway on the same supergraph file and environment, once per query planner.
      const endpoints: { name: string; url: string }[] = [{ name: 'ours (@apollo/gateway)', url: gateway.url }];
      for (const planner of ['js', 'rust'] as const) {
        const hive = await startService({ name: `hive-gateway-${planner}`, entry: 'gateways/hive/src/main.ts', env: { ...gatewayEnv, HIVE_PLANNER: planner }, onProgress: say });
        services.push(hive);
        const answer = await post(hive.url, via, supplyBody(50)());
        if (JSON.stringify(answer) !== JSON.stringify(checked)) throw new Error(`Hive Gateway (${planner} planner) answers the supply page otherwise than ours: ${JSON.stringify(answer).slice(0, 400)}`);
        endpoints.push({ name: `Hive Gateway, ${planner === 'js' ? 'JS planner' : 'Rust planner (router-runtime)'}`, url: hive.url });
      }
      say(`the ${endpoints.length} gateways give the same supply page; ${rounds} rounds of ${duration} s each, the order turning every round`);
      const perRound: Record<string, LoadResult[]> = Object.fromEntries(endpoints.map((e) => [e.name, []]));
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < endpoints.length; i++) {
          const e = endpoints[(i + round) % endpoints.length]!;
          perRound[e.name]!.push(await http(`round ${round + 1}/${rounds}: supply page 50 + summary via ${e.name}`, e.url, via, supplyBody(50)));
        }
      }
      await http(OPS.supplyDirect, members.url, direct, supplyBody(50));
      await floor(OPS.supplyFloor, async (c) => void (await c.query(SUPPLY_FLOOR, [data.allianceId, by, 50])));
      return { kind: 'gateways', lots, lotsOnOffer: data.lotsOnOffer, perRound, direct: results[OPS.supplyDirect]!, floor: results[OPS.supplyFloor]! };
    }

    // SQL statements per operation, as each subgraph counts them for the requests it answers.
    const statements: Record<string, number> = {};
    const counted = async (name: string, body: string, of: Service[]) => {
      const before = of.map((s) => s.statements.length);
      const data = await post(gateway.url, via, body);
      // The log lines follow the answer, later when a service is busy (at 100,000 lots the coldchain is
      // still announcing the lots' freshness after start): wait for each service's line, up to 10 s.
      for (const until = Date.now() + 10_000; Date.now() < until && of.some((s, i) => s.statements.length <= before[i]!); ) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 200));
      of.forEach((s, i) => (statements[`${name}: ${s.name}`] = s.statements.slice(before[i]).reduce((a, b) => a + b, 0)));
      return data;
    };
    for (const first of [10, 100]) {
      const a = await counted(`supply page ${first}`, supplyBody(first)(), [members]);
      const b = await counted(`supply + coldChain page ${first} (returned ${a.supply.edges.length})`, joinedBody(first)(), [members, coldchain]);
      void b;
    }
    await counted('reserveSupply on one lot', hotBody(), [members]);

    await http(OPS.supplyVia, gateway.url, via, supplyBody(50));
    await http(OPS.supplyDirect, members.url, direct, supplyBody(50));
    await floor(OPS.supplyFloor, async (c) => void (await c.query(SUPPLY_FLOOR, [data.allianceId, by, 50])));

    const idle = await coldchain.rssMb();
    let peak = idle;
    const sampler = setInterval(() => void coldchain.rssMb().then((mb) => (peak = Math.max(peak, mb)), () => {}), 200);
    try {
      await http(OPS.joinedVia, gateway.url, via, joinedBody(50));
      coldchain.heapSnapshot();
    } finally {
      clearInterval(sampler);
    }
    say(`  coldchain RSS: ${idle.toFixed(0)} MB idle, ${peak.toFixed(0)} MB at most under the joined load`);
    await floor(OPS.joinedFloor, async (c) => void (await c.query(JOINED_FLOOR, [data.allianceId, by, 50])));

    await http(OPS.hotVia, gateway.url, via, hotBody);
    await http(OPS.hotDirect, members.url, direct, hotBody);
    await floor(OPS.hotRaw, (c, n) => reserveInRawTransaction(c, { lotId: data.hotLotId, marketId: market, allianceId: data.allianceId, key: `bench-raw-${process.pid}-${n}`, kg: '1' }));
    await floor(OPS.hotBare, (c) => bareConditionalUpdate(c, data.hotLotId, '1'));
    const oversold = await pool.query(`select held_kg + confirmed_kg + shipped_kg <= quantity_kg as ok from members.lot where id = $1`, [data.hotLotId]);
    if (!oversold.rows[0].ok) throw new Error('the hot lot is oversold');

    const ingest = await ingestSideBySide(pool, gateway, data);
    const statementsOf = statements;
    const report: SizeReport = {
      kind: 'marketplace',
      lots,
      lotsOnOffer: data.lotsOnOffer,
      results,
      coldchainRssMb: { idle, peakUnderJoinedLoad: peak },
      ingest,
      statements: statementsOf,
      targets: [],
    };
    report.targets = targetsOf(report);
    return report;
  } finally {
    for (const s of services.reverse()) await s.stop();
    await stopAll();
    await pool.end();
    if (values['keep-database']) say(`database kept for a look: ${url}`);
    else await dropDatabase(serverUrl, database);
  }
}

/**
 * Waits until the cold chain's directory knows the markets and the operator, and it knows every
 * lot's crop and harvest day, saying how far it got every 10 s; gives up when nothing moved for
 * 2 minutes. At 1,000,000 lots the members subgraph reads and queues them in one transaction at
 * start (nothing arrives until it commits, 30 s and more) and the cold chain takes about a minute
 * to apply them, longer on a busy machine.
 */
async function untilColdChainKnows(pool: pg.Pool, data: Dataset): Promise<void> {
  const ids = [...data.marketIds, data.operatorId];
  const { rows: [{ n: lots }] } = await pool.query(`select count(*)::int as n from members.lot where alliance_id = $1`, [data.allianceId]);
  let last = { members: -1, lots: -1, at: Date.now() };
  for (let said = Date.now(); ; ) {
    const { rows: [x] } = await pool.query(
      `select (select count(*)::int from coldchain.member_directory where member_id = any($1::uuid[])) as members,
              (select count(*)::int from coldchain.lot_alliance where alliance_id = $2 and harvest_date is not null) as lots`,
      [ids, data.allianceId],
    );
    if (x.members === ids.length && x.lots === lots) return say(`the cold chain knows the ${ids.length} members and ${lots.toLocaleString()} lots`);
    if (x.members !== last.members || x.lots !== last.lots) last = { members: x.members, lots: x.lots, at: Date.now() };
    else if (Date.now() - last.at > 120_000) {
      throw new Error(`The cold chain heard of ${x.members}/${ids.length} bench members and ${x.lots}/${lots} lots, and nothing more for 2 minutes; is its message worker running? (its log lines above say why)`);
    }
    if (Date.now() - said > 10_000) {
      said = Date.now();
      say(`the cold chain has heard of ${x.lots.toLocaleString()} of ${lots.toLocaleString()} lots`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Waits for the cold chain's fold keeper to fold the generated readings (written by SQL, so marked dirty), saying how far it got. */
async function untilReadingsFolded(pool: pg.Pool): Promise<void> {
  const started = Date.now();
  for (let said = 0; ; ) {
    const { rows: [x] } = await pool.query(`select (select count(*)::int from coldchain.reading_fold_dirty) as dirty, (select count(*)::int from coldchain.reading_fold) as folds`);
    if (x.dirty === 0) return say(`readings folded: ${x.folds.toLocaleString()} hour and day folds in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (Date.now() - said > 5_000) {
      say(`folding readings: ${x.folds.toLocaleString()} folds made, ${x.dirty.toLocaleString()} hours and days to go`);
      said = Date.now();
    }
    if (Date.now() - started > 600_000) throw new Error(`The cold chain's fold keeper left ${x.dirty} hours and days unfolded after 10 minutes; see the coldchain log above.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Readings of a 5-minute logger in each of the 60 cold stores holding the lots (new sensors, so the
 * readings arrive in order), in batches of 10,000: through the gateway as the operator, then the
 * next 10,000 by a raw COPY (sensor ids resolved, one batch a transaction), taking turns.
 */
async function ingestSideBySide(pool: pg.Pool, gateway: Service, data: Dataset) {
  const { rows: sensors } = await pool.query<{ id: string; code: string }>(
    `insert into coldchain.sensor (id, code, facility_id)
     select gen_random_uuid(), 'BT5-' || f.code, f.id from coldchain.facility f where f.code like 'BCS-%' order by f.code returning id, code`,
  );
  const token = await signToken({ memberId: data.operatorId, allianceId: data.allianceId }, JWT_SECRET);
  const stepMs = 5 * 60_000;
  const ticks = Math.ceil(((ingestRepeats + 1) * 2 * INGEST_BATCH) / sensors.length) + 2;
  const startAt = (Math.floor(Date.now() / stepMs) - ticks - 2) * stepMs;
  let next = 0;
  const nextBatch = () => {
    const batch = Array.from({ length: INGEST_BATCH }, (_, j) => {
      const k = next + j;
      const tick = Math.floor(k / sensors.length);
      return { sensor: sensors[k % sensors.length]!, at: new Date(startAt + tick * stepMs).toISOString(), celsius: Math.round((0.5 + 0.8 * Math.sin(tick / 30 + (k % 7))) * 100) / 100 };
    });
    next += INGEST_BATCH;
    return batch;
  };
  const viaGateway = async (batch: ReturnType<typeof nextBatch>) => {
    const body = JSON.stringify({ query: RECORD, variables: { readings: batch.map((r) => ({ sensorCode: r.sensor.code, at: r.at, celsius: r.celsius })) } });
    const t = performance.now();
    const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const answer = (await res.json()) as any;
    const ms = performance.now() - t;
    if (answer.errors || answer.data?.recordTemperatures?.stored !== batch.length) throw new Error(`recordTemperatures did not store the batch: ${JSON.stringify(answer).slice(0, 500)}`);
    return ms;
  };
  const client = await pool.connect();
  const copy = async (batch: ReturnType<typeof nextBatch>) => {
    const text = batch.map((r) => `${r.sensor.id}\t${r.at}\t${r.celsius}\n`).join('');
    const t = performance.now();
    const stream = client.query(copyFrom('COPY coldchain.temperature_reading (sensor_id, at, celsius) FROM STDIN'));
    await pipeline(Readable.from([text]), stream);
    const ms = performance.now() - t;
    if (stream.rowCount !== batch.length) throw new Error(`COPY stored ${stream.rowCount} of ${batch.length} readings`);
    return ms;
  };
  const viaGatewayPerSecond: number[] = [];
  const copyPerSecond: number[] = [];
  try {
    say(`ingest: batches of ${INGEST_BATCH.toLocaleString()} readings from ${sensors.length} loggers, via gateway and raw COPY taking turns, ${ingestRepeats} repeats (+1 warm-up)`);
    await viaGateway(nextBatch());
    await copy(nextBatch());
    for (let r = 1; r <= ingestRepeats; r++) {
      const v = (INGEST_BATCH * 1000) / (await viaGateway(nextBatch()));
      const c = (INGEST_BATCH * 1000) / (await copy(nextBatch()));
      viaGatewayPerSecond.push(v);
      copyPerSecond.push(c);
      say(`  repeat ${r}/${ingestRepeats}: via gateway ${Math.round(v).toLocaleString()}/s, raw COPY ${Math.round(c).toLocaleString()}/s`);
    }
  } finally {
    client.release();
  }
  return { batch: INGEST_BATCH, repeats: ingestRepeats, viaGatewayPerSecond, copyPerSecond, viaMedian: median(viaGatewayPerSecond), copyMedian: median(copyPerSecond) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The targets of issue 11 ("Fast because it is folded once"), with what this run measured. */
function targetsOf(r: SizeReport): Target[] {
  const x = r.results;
  const ratio = (a: number, b: number) => a / b;
  const joined = ratio(x[OPS.joinedVia]!.p50, x[OPS.supplyVia]!.p50);
  const supply = ratio(x[OPS.supplyVia]!.p50, x[OPS.supplyFloor]!.p50);
  const hot = x[OPS.hotVia]!.throughput;
  const rss = r.coldchainRssMb.peakUnderJoinedLoad;
  const ingest = r.ingest.viaMedian / r.ingest.copyMedian;
  return [
    { name: 'joined page p50 ÷ supply page p50 (via gateway)', measured: `${joined.toFixed(2)}×`, target: '≤ 1.3×', met: joined <= 1.3 },
    { name: 'supply page p50 via gateway ÷ its one-statement SQL floor', measured: `${supply.toFixed(2)}×`, target: '≤ 1.5×', met: supply <= 1.5 },
    { name: 'one hot lot: reservations/s via gateway', measured: `${hot.toFixed(0)}/s`, target: '≥ 500/s', met: hot >= 500 },
    { name: 'coldchain RSS under the joined load', measured: `${rss.toFixed(0)} MB`, target: '≤ 300 MB', met: rss <= 300 },
    { name: 'ingest via gateway ÷ raw COPY (batches of 10,000)', measured: `${(ingest * 100).toFixed(0)} %`, target: '≥ 50 %', met: ingest >= 0.5 },
  ];
}

function printGateways(report: GatewaysReport[]) {
  const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
  console.log(`\n== One supergraph, three gateways: the supply page 50 + summary, ${connections} connections, ${rounds} rounds of ${duration} s (median of the rounds' p50)`);
  console.log('| lots | served by | req/s | p50 | p95 | p50 ÷ ours | p50 per round |');
  console.log('|---:|---|---:|---:|---:|---:|---|');
  for (const r of report) {
    const rows = Object.entries(r.perRound).map(([name, xs]) => ({ name, xs, p50: median(xs.map((x) => x.p50)), p95: median(xs.map((x) => x.p95)), rps: median(xs.map((x) => x.throughput)), errors: xs.reduce((a, x) => a + x.errors, 0) }));
    const ours = rows[0]!.p50;
    for (const x of rows) {
      console.log(`| ${r.lots.toLocaleString()} | ${x.name}${x.errors ? ` (${x.errors} errors)` : ''} | ${f(x.rps, 0)} | ${f(x.p50)} | ${f(x.p95)} | ${f(x.p50 / ours, 2)}× | ${x.xs.map((y) => f(y.p50)).join(', ')} |`);
    }
    console.log(`| ${r.lots.toLocaleString()} | direct to the members subgraph (no gateway) | ${f(r.direct.throughput, 0)} | ${f(r.direct.p50)} | ${f(r.direct.p95)} | ${f(r.direct.p50 / ours, 2)}× | |`);
    console.log(`| ${r.lots.toLocaleString()} | floor: one SQL statement, same rows | ${f(r.floor.throughput, 0)} | ${f(r.floor.p50)} | ${f(r.floor.p95)} | ${f(r.floor.p50 / ours, 2)}× | |`);
  }
}

function printReport(report: SizeReport[]) {
  const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
  console.log('\n== Results (ms; throughput in requests/s; each floor measured in the same run, beside its operation)');
  console.log('| lots | on offer | operation | req/s | p50 | p95 | p99 | errors |');
  console.log('|---:|---:|---|---:|---:|---:|---:|---:|');
  for (const r of report) {
    for (const [name, x] of Object.entries(r.results)) {
      console.log(`| ${r.lots.toLocaleString()} | ${r.lotsOnOffer.toLocaleString()} | ${name} | ${f(x.throughput, 0)} | ${f(x.p50)} | ${f(x.p95)} | ${f(x.p99)} | ${x.errors} |`);
    }
  }
  console.log('\n== Beside each floor');
  console.log('| lots | operation | ÷ floor |');
  console.log('|---:|---|---|');
  for (const r of report) {
    const x = r.results;
    const p = (a: string, b: string) => `${f(x[a]!.p50 / x[b]!.p50, 2)}× p50`;
    const t = (a: string, b: string) => `${f((100 * x[a]!.throughput) / x[b]!.throughput, 0)} % of its req/s`;
    const rows: [string, string][] = [
      ['supply page via gateway ÷ one SQL statement', p(OPS.supplyVia, OPS.supplyFloor)],
      ['supply page direct ÷ one SQL statement', p(OPS.supplyDirect, OPS.supplyFloor)],
      ['joined page via gateway ÷ one SQL statement', p(OPS.joinedVia, OPS.joinedFloor)],
      ['joined page ÷ supply page alone (via gateway)', p(OPS.joinedVia, OPS.supplyVia)],
      ['hot lot via gateway vs raw transaction', t(OPS.hotVia, OPS.hotRaw)],
      ['hot lot via gateway vs bare UPDATE', t(OPS.hotVia, OPS.hotBare)],
      ['ingest via gateway vs raw COPY', `${f(r.ingest.viaMedian, 0)} vs ${f(r.ingest.copyMedian, 0)} readings/s (${f((100 * r.ingest.viaMedian) / r.ingest.copyMedian, 0)} %)`],
      ['coldchain RSS (idle → peak under the joined load)', `${f(r.coldchainRssMb.idle, 0)} → ${f(r.coldchainRssMb.peakUnderJoinedLoad, 0)} MB`],
    ];
    for (const [name, v] of rows) console.log(`| ${r.lots.toLocaleString()} | ${name} | ${v} |`);
  }
  console.log('\n== Targets (issue 11)');
  console.log('| lots | target | measured | wanted | |');
  console.log('|---:|---|---:|---|---|');
  for (const r of report) for (const t of r.targets) console.log(`| ${r.lots.toLocaleString()} | ${t.name} | ${t.measured} | ${t.target} | ${t.met ? 'met' : 'NOT MET'} |`);
  console.log('\n== SQL statements per operation, per subgraph');
  console.log('| lots | operation | statements |');
  console.log('|---:|---|---:|');
  for (const r of report) for (const [name, n] of Object.entries(r.statements)) console.log(`| ${r.lots.toLocaleString()} | ${name} | ${n} |`);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
  await stopAll();
}
// Everything is closed by now; a handle still open would keep the process waiting. Say which, and go.
const left = process.getActiveResourcesInfo().filter((r) => r !== 'TTYWrap');
if (left.length) console.log(`(exiting with open handles: ${left.join(', ')})`);
process.exit();
