/**
 * `npm run bench:insurance`: the insurance benchmark (issue 10). On a fresh database it builds,
 * through the real API (the gateway), an alliance with its insurer, office, a grower with a base
 * and two partner markets, a cost basis and a floor scheme, and five seasons and more of daily
 * scallion prices at both markets (the demo's history, imported by the office with importPricesCsv),
 * then measures, each next to its floor in the same run:
 *
 * - quoting: `quoteFloor` through the gateway (six monthly windows: σ from the past 365 days of the
 *   daily index, each window's five past seasons for F and the burn cost), and `priceIndex` by DAY
 *   over the five seasons, against the same daily index (VWAP per day over the five seasons)
 *   computed by one SQL statement;
 * - settling: `settleWindow` of 10,000 contracts of one closed month through the gateway, against
 *   one `insert … select` computing the same payouts (the window's index per series and every
 *   contract's payout, rounded as settleWindow rounds them) into a scratch table, and compared with
 *   them contract by contract.
 *
 * A quote covers only windows still to come, so no contract bound through bindFloor has a closed
 * window: the contracts to settle are copies, written by set-based SQL, of one contract bound
 * through quoteFloor and bindFloor, moved to the past month with floors spread over 1.80–3.29
 * CNY/kg (some pay, some do not) and five series (every variety and grade, red and white A and B).
 *
 *   npm run bench:insurance -- [--quotes 30] [--contracts 10000] [--runs 3]
 *
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL in a temporary folder (port 54403).
 * Clients and servers share this machine's cores: compare figures from one run, not across machines.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { addDays, firstOfMonth, lastOfMonth, shanghaiDay } from '@alliance/domain-kit';
import { demoScallionPrices } from '@alliance/insurance/seeds/demo-prices';
import { startStack } from '@alliance/stack';
import { openedScheme, publishedCostBasis, seedAnnouncedBase, seedInsuranceAlliance } from '@alliance/stack/fixtures';
import { createLogger } from '@alliance/subgraph-kit';
import { benchClient, benchOnScratchDatabase, count, machine, say, summary, type Summary } from './bench-kit.ts';
import { cloneContracts, DAILY_INDEX, FLOOR_SETTLEMENT, FLOOR_TABLE, samePayouts } from './insurance-sql.ts';

process.env.LOG_LEVEL ??= 'silent';
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

const { values } = parseArgs({ options: { quotes: { type: 'string', default: '30' }, contracts: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } } });
const quotes = count(values.quotes!, 'quotes');
const contracts = count(values.contracts!, 'contracts');
const runs = count(values.runs!, 'runs');
if (runs > 12) throw new Error('--runs is at most 12: each run settles a month of its own, the last 12 months.');

const today = shanghaiDay();

const QUOTE = `mutation BenchQuote($input: QuoteFloorInput!) { quoteFloor(input: $input) { id premiumCny windows { start } } }`;
const INDEX = `query BenchIndex($from: Date!, $to: Date!) { priceIndex(crop: SCALLION, from: $from, to: $to, interval: DAY) { points { periodStart priceCnyPerKg } } }`;
const SETTLE = `mutation BenchSettle($window: WindowInput!) { settleWindow(crop: SCALLION, window: $window) { settled alreadySettled payoutCny totalPayoutCny } }`;

async function bench(url: string) {
  const loadAtStart = os.loadavg();
  const jwtSecret = 'bench-jwt-secret';
  const stack = await startStack({ databaseUrl: url, jwtSecret, gatewaySecret: 'bench-gateway-secret', log: createLogger('bench'), gatewayPort: 0, ephemeralPorts: true, only: ['members', 'insurance'], onProgress: say });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const api = benchClient(stack, jwtSecret);
    const insurance = stack.subgraphs.get('insurance')!.db.statements;

    // ---- Setup through the API: the cast, a base, a cost basis, a scheme, the price history.
    say('seeding an alliance with its insurer, office, grower and two partner markets (members), waiting for insurance to hear of them');
    const cast = await seedInsuranceAlliance(api.em('members'), api.em('insurance'));
    await seedAnnouncedBase(api, cast.grower, { areaMu: '1000' });
    // One season holding the past months settled here and the six quoted: within a scheme's two years.
    const season = { seasonFrom: firstOfMonth(today, -runs), seasonTo: lastOfMonth(firstOfMonth(today, 6)) };
    const basis = await publishedCostBasis(api, cast, season);
    await openedScheme(api, cast, { ...season, capacityCny: '10000000000' });
    const history = demoScallionPrices({ shanghaiMarketId: cast.market.member.id, dayaBayMarketId: cast.otherMarket.member.id }, today);
    const csv = ['market_id,crop,variety,grade,day,price_cny_per_kg,volume_kg', ...history.map((r) => [r.marketId, r.crop, r.variety ?? '', r.grade, r.day, r.priceCnyPerKg, r.volumeKg].join(','))].join('\n');
    say(`importing ${history.length.toLocaleString('en-US')} daily prices (${history[0]!.day} – ${history[history.length - 1]!.day}) as the office (importPricesCsv)`);
    const imported = await api.ok('importPricesCsv', `mutation BenchImport($csv: LongText!) { importPricesCsv(csv: $csv) { inserted } }`, { csv }, cast.office);
    say(`imported ${imported.importPricesCsv.inserted.toLocaleString('en-US')} rows; cost basis ${basis.marginalCostPerKg} CNY/kg`);

    // ---- Quoting.
    const coverFrom = firstOfMonth(today, 1);
    const input = { memberId: cast.grower.member.id, crop: 'SCALLION', insuredKg: '1000', coverage: '0.90', coverFrom, coverTo: lastOfMonth(firstOfMonth(today, 6)), windowLength: 'MONTH' };
    const fiveSeasons = { from: `${Number(today.slice(0, 4)) - 5}-01-01`, to: addDays(today, -1) };
    const timed = async <T>(work: () => Promise<T>) => {
      const before = insurance.total;
      const started = performance.now();
      const result = await work();
      return { ms: performance.now() - started, statements: insurance.total - before, result };
    };
    const quoteRuns: { ms: number; statements: number }[] = [];
    const indexRuns: { ms: number; statements: number }[] = [];
    const floorIndexRuns: number[] = [];
    let template: { id: string } | undefined;
    await api.ok('quoteFloor', QUOTE, { input }, cast.insurer); // warm-up
    say(`quoting: ${quotes} quotes of 1,000 kg a month, ${input.coverFrom} – ${input.coverTo} (6 windows × 5 past seasons), each next to priceIndex by DAY and the one-statement daily index`);
    for (let i = 1; i <= quotes; i++) {
      const quote = await timed(() => api.ok('quoteFloor', QUOTE, { input }, cast.insurer));
      quoteRuns.push(quote);
      template ??= quote.result.quoteFloor;
      indexRuns.push(await timed(async () => {
        const answer = await api.ok('priceIndex', INDEX, fiveSeasons, cast.insurer);
        if (answer.priceIndex.points.length < 1800) throw new Error(`priceIndex answered ${answer.priceIndex.points.length} days over five seasons; expected over 1,800`);
      }));
      const started = performance.now();
      const { rowCount } = await client.query({ name: 'bench_daily_index', text: DAILY_INDEX, values: [cast.alliance.id, fiveSeasons.from, fiveSeasons.to] });
      floorIndexRuns.push(performance.now() - started);
      if (rowCount! < 1800) throw new Error(`the one-statement index has ${rowCount} days over five seasons; expected over 1,800`);
      if (i % 10 === 0 || i === quotes) say(`  quote ${i}/${quotes}: ${quote.ms.toFixed(0)} ms, ${quote.statements} statements in insurance`);
    }

    // ---- Settling: copies of one bound contract on past months, settled window by window.
    const key = `bench-${process.pid}`;
    const bound = await api.ok('bindFloor', `mutation BenchBind($id: ID!, $key: String!) { bindFloor(quoteId: $id, idempotencyKey: $key) { id number } }`, { id: template!.id, key }, cast.insurer);
    say(`bound ${bound.bindFloor.number} through bindFloor; copying it ${contracts.toLocaleString('en-US')} times onto each of ${runs} past months (set-based SQL: a quote covers only windows to come)`);
    await client.query(FLOOR_TABLE);
    const settleRuns: (Summary & { ms: number; statements: number; window: string; settled: number; payoutCny: string; floorMs: number; same: number; repeatMs: number })[] = [];
    for (let r = 1; r <= runs; r++) {
      const window = { start: firstOfMonth(today, -r), end: lastOfMonth(firstOfMonth(today, -r)) };
      const copyStarted = performance.now();
      const copied = await cloneContracts(client, { contractId: bound.bindFloor.id, count: contracts, window, run: r });
      const copyMs = performance.now() - copyStarted;
      // The floor once to warm the cache and its plan (its rows deleted), then measured; settleWindow after it.
      await client.query(FLOOR_SETTLEMENT, [cast.alliance.id, window.start, window.end]);
      await client.query('delete from insurance.bench_floor_settlement where window_start = $1::date', [window.start]);
      const started = performance.now();
      const floor = await client.query(FLOOR_SETTLEMENT, [cast.alliance.id, window.start, window.end]);
      const floorMs = performance.now() - started;
      say(`run ${r}/${runs}: ${copied.toLocaleString('en-US')} contracts copied onto ${window.start} – ${window.end} in ${copyMs.toFixed(0)} ms; one insert … select ${floorMs.toFixed(0)} ms; settleWindow through the gateway…`);
      const settle = await timed(() => api.ok('settleWindow', SETTLE, { window }, cast.insurer));
      const answer = settle.result.settleWindow;
      if (answer.settled !== contracts) throw new Error(`settleWindow settled ${answer.settled} of ${contracts} contracts: ${JSON.stringify(answer)}`);
      const repeat = await timed(() => api.ok('settleWindow', SETTLE, { window }, cast.insurer));
      if (repeat.result.settleWindow.settled !== 0) throw new Error('settleWindow settled a window a second time');
      const same = await samePayouts(client, window.start);
      if (floor.rowCount !== contracts || same !== contracts) throw new Error(`the floor wrote ${floor.rowCount} payouts, ${same} the same as settleWindow's, of ${contracts}`);
      say(`  settleWindow ${settle.ms.toFixed(0)} ms, ${settle.statements} statements, ${answer.payoutCny} CNY paid; again ${repeat.ms.toFixed(0)} ms (settled 0); ${same.toLocaleString('en-US')} of the floor's payouts the same`);
      settleRuns.push({ ...summary([settle.ms]), ms: settle.ms, statements: settle.statements, window: window.start.slice(0, 7), settled: answer.settled, payoutCny: answer.payoutCny, floorMs, same, repeatMs: repeat.ms });
    }
    return {
      quotes: { count: quotes, windows: 6, pastSeasons: 5, quote: summary(quoteRuns.map((q) => q.ms)), quoteStatements: summary(quoteRuns.map((q) => q.statements)), index: summary(indexRuns.map((q) => q.ms)), indexStatements: summary(indexRuns.map((q) => q.statements)), floor: summary(floorIndexRuns), observations: history.length },
      settling: { contracts, runs: settleRuns, settle: summary(settleRuns.map((s) => s.ms)), repeat: summary(settleRuns.map((s) => s.repeatMs)), floor: summary(settleRuns.map((s) => s.floorMs)) },
      machine: { ...(await machine(client)), loadAtStart, loadAtEnd: os.loadavg() },
    };
  } finally {
    await client.end();
    await stack.close();
  }
}

function printReport(report: Awaited<ReturnType<typeof bench>>) {
  const m = report.machine;
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
  console.log(`\n== Machine: ${m.cpus} cores (${m.cpu}), Node ${m.node}, PostgreSQL ${m.postgres} (${m.database}); load average (1, 5, 15 min) ${load(m.loadAtStart)} at start, ${load(m.loadAtEnd)} at the end`);
  const q = report.quotes;
  console.log(`\n== Quoting over five seasons of daily index (${q.observations.toLocaleString('en-US')} observations; ${q.count} runs, ms)`);
  console.log('| operation | median ms | min | max | SQL statements (insurance) |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(`| quoteFloor, ${q.windows} windows × ${q.pastSeasons} past seasons, via gateway | ${q.quote.median.toFixed(1)} | ${q.quote.min.toFixed(1)} | ${q.quote.max.toFixed(1)} | ${q.quoteStatements.median} |`);
  console.log(`| priceIndex by DAY over the five seasons, via gateway | ${q.index.median.toFixed(1)} | ${q.index.min.toFixed(1)} | ${q.index.max.toFixed(1)} | ${q.indexStatements.median} |`);
  console.log(`| the same daily index, one SQL statement (floor) | ${q.floor.median.toFixed(1)} | ${q.floor.min.toFixed(1)} | ${q.floor.max.toFixed(1)} | 1 |`);
  const s = report.settling;
  console.log(`\n== Settling ${s.contracts.toLocaleString('en-US')} contracts of one month (contracts copied by set-based SQL from one bound through bindFloor; ${s.runs.length} months, ms)`);
  console.log('| month | settleWindow via gateway | statements | paid CNY | settleWindow again (nothing to settle) | one insert … select (floor) | same payouts |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of s.runs) console.log(`| ${r.window} | ${r.ms.toFixed(0)} | ${r.statements} | ${r.payoutCny} | ${r.repeatMs.toFixed(0)} | ${r.floorMs.toFixed(0)} | ${r.same.toLocaleString('en-US')} |`);
  console.log(`settleWindow: median ${s.settle.median.toFixed(0)} ms, ${(s.settle.median / s.floor.median).toFixed(1)}× the one-statement floor (median ${s.floor.median.toFixed(0)} ms),`);
  console.log("which writes the payouts only; settleWindow also keeps the window's index with a copy of every observation it used and each per-mu indemnity.");
}

await benchOnScratchDatabase('insurance', 54403, bench, printReport);
