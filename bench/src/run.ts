/**
 * `npm run bench`: the marketplace benchmark. For each dataset size it builds a fresh database,
 * generates the data, starts the members subgraph and the gateway in this process, then measures
 * the partner market's supply query and reserveSupply through the gateway and straight against
 * the subgraph (throughput, p50/p95/p99), and counts SQL statements per operation at page sizes
 * 10 and 100.
 *
 *   npm run bench -- [--sizes 10000,500000] [--duration 10] [--connections 8]
 *
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL in a temporary folder.
 * Load and server share this machine's cores: compare figures from one run, not across machines.
 */
import { parseArgs } from 'node:util';
import { encodeViewerHeader, GATEWAY_SECRET_HEADER, VIEWER_HEADER } from '@alliance/auth';
import { dropDatabase, ensureDatabase, scratchServer } from '@alliance/db';
import { createLogger } from '@alliance/subgraph-kit';
import { startStack } from '@alliance/stack';
import { signToken } from '@alliance/auth';
import type { Identity } from '@alliance/domain-kit';
import { findDirectoryMembers } from '@alliance/member-directory';
import { announceMembers } from '@alliance/members';
import type { EntityManager } from '@mikro-orm/postgresql';
import { generateColdChainDataset, generateMarketDataset } from './market-dataset.ts';
import { load, type LoadResult } from './load.ts';
import { saveResults } from './results.ts';

process.env.LOG_LEVEL ??= 'silent';
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,500000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '8' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const duration = Number(values.duration);
const connections = Number(values.connections);
const say = (m: string) => console.log(`  … ${m}`);

const SUPPLY_QUERY = `query PartnerSupply($first: Int!, $by: Date!) {
  supply(filter: { crop: SCALLION, varieties: [RED], grades: [A, B], townships: ["Jinma", "Zhongshu"], availableBy: $by }, first: $first) {
    totalCount totalAvailableKg
    edges { node { id grade variety township harvestDate availableKg askingPricePerKg grower { code name } } }
    pageInfo { hasNextPage endCursor }
  }
  supplySummary(filter: { crop: SCALLION, availableBy: $by }, groupBy: [VARIETY, GRADE]) { variety grade availableKg lotCount }
}`;
/** The same page with each lot's freshness from the cold chain: one answer from two subgraphs. */
const JOINED_QUERY = `query PartnerSupplyWithColdChain($first: Int!, $by: Date!) {
  supply(filter: { crop: SCALLION, varieties: [RED], grades: [A, B], townships: ["Jinma", "Zhongshu"], availableBy: $by }, first: $first) {
    totalCount totalAvailableKg
    edges { node { id grade township harvestDate availableKg askingPricePerKg
      coldChain { remainingShelfLifeDays latestTemperature { celsius } excursionCount currentLocation { code township } } } }
  }
}`;
const RESERVE = `mutation Reserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id status totalKg lines { kg lot { id } } } }`;

async function main() {
  const server = await scratchServer({ purpose: 'bench', port: 54400, onProgress: say });
  const serverUrl = server.url;
  const stopServer = server.stop;
  const report: Record<string, unknown>[] = [];
  try {
    for (const lots of sizes) report.push(await benchSize(serverUrl, lots));
  } finally {
    await stopServer();
  }
  printReport(report);
  await saveResults('marketplace', report);
}

/** Waits (at most 30 s) until the cold chain's directory knows every one of these members. */
async function untilKnown(em: EntityManager, memberIds: string[]): Promise<void> {
  for (const deadline = Date.now() + 30_000; ; ) {
    if ((await findDirectoryMembers(em, memberIds)).length === memberIds.length) return;
    if (Date.now() > deadline) throw new Error('The cold chain did not hear of the bench markets within 30 s; is its message worker running?');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function benchSize(serverUrl: string, lots: number) {
  console.log(`\n== ${lots.toLocaleString()} lots`);
  const database = `bench_${lots}_${process.pid}`;
  await dropDatabase(serverUrl, database);
  const url = await ensureDatabase(serverUrl, database);
  const jwtSecret = 'bench-jwt-secret';
  const gatewaySecret = 'bench-gateway-secret';
  const stack = await startStack({ databaseUrl: url, jwtSecret, gatewaySecret, log: createLogger('bench'), gatewayPort: 0, ephemeralPorts: true, only: ['members', 'coldchain'], onProgress: say });
  try {
    const started = Date.now();
    const data = await generateMarketDataset(url, { lots, reservations: Math.round(lots / 5) }, say);
    await generateColdChainDataset(url, data.allianceId, say);
    say(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s; ${data.lotsOnOffer.toLocaleString()} lots on offer`);
    const coldchain = stack.subgraphs.get('coldchain')!;
    const members = stack.subgraphs.get('members')!;
    // The generator writes members' tables directly; the members subgraph announces them, as it does
    // at every start, and the cold chain authorizes the markets once it has heard.
    await members.db.orm.em.fork().transactional((tx) => announceMembers(tx as never, null));
    await untilKnown(coldchain.db.orm.em.fork() as never, data.marketIds);
    const viewer = (id: string): Identity => ({ memberId: id, allianceId: data.allianceId });
    const tokens = await Promise.all(data.marketIds.map((id) => signToken(viewer(id), jwtSecret)));
    const direct = { [GATEWAY_SECRET_HEADER]: gatewaySecret, [VIEWER_HEADER]: encodeViewerHeader(viewer(data.marketIds[0]!)) };
    const via = { authorization: `Bearer ${tokens[0]}` };
    const by = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const supplyBody = (first: number) => () => JSON.stringify({ query: SUPPLY_QUERY, variables: { first, by } });

    // SQL statements per operation, counted by the subgraph's ORM logger.
    const joinedBody = (first: number) => () => JSON.stringify({ query: JOINED_QUERY, variables: { first, by } });
    const statements: Record<string, number> = {};
    for (const [name, body] of [['supply', supplyBody], ['supply + coldChain', joinedBody]] as const) {
      for (const first of [10, 100]) {
        const before = { members: members.db.statements.total, coldchain: coldchain.db.statements.total };
        const res = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...via }, body: body(first)() });
        const answer = (await res.json()) as any;
        if (answer.errors) throw new Error(`${name} query failed: ${JSON.stringify(answer.errors)}`);
        const returned = answer.data.supply.edges.length;
        statements[`${name} page ${first} (returned ${returned}): members`] = members.db.statements.total - before.members;
        if (name !== 'supply') statements[`${name} page ${first} (returned ${returned}): coldchain`] = coldchain.db.statements.total - before.coldchain;
      }
    }
    let key = 0;
    const reserveBody = () =>
      JSON.stringify({
        query: RESERVE,
        variables: { input: { idempotencyKey: `bench-${lots}-${process.pid}-${key++}`, quantityKg: '5', specification: { crop: 'SCALLION', variety: 'RED', grade: 'A', deliverableBy: by } } },
      });
    {
      const before = members.db.statements.total;
      const res = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...via }, body: reserveBody() });
      const body = (await res.json()) as any;
      if (body.errors) throw new Error(`reserveSupply failed: ${JSON.stringify(body.errors)}`);
      statements['reserveSupply (spec, 1 line)'] = members.db.statements.total - before;
    }

    const results: Record<string, LoadResult> = {};
    const run = async (name: string, url: string, headers: Record<string, string>, body: () => string) => {
      say(`${name}: ${duration} s, ${connections} connections`);
      results[name] = await load({ url, headers, body, connections, durationSeconds: duration });
    };
    await run('supply page 50 + summary, via gateway', stack.gateway.url, via, supplyBody(50));
    await run('supply page 50 + summary, direct to subgraph', members.url, direct, supplyBody(50));
    await run('supply page 50 + coldChain, via gateway', stack.gateway.url, via, joinedBody(50));
    await run('reserveSupply, via gateway', stack.gateway.url, via, reserveBody);
    await run('reserveSupply, direct to subgraph', members.url, direct, reserveBody);
    return { lots, lotsOnOffer: data.lotsOnOffer, statements, results };
  } finally {
    await stack.close();
    await dropDatabase(serverUrl, database);
  }
}

function printReport(report: Record<string, any>[]) {
  console.log('\n== Results (ms; throughput in requests/s)');
  console.log('| lots | on offer | operation | req/s | p50 | p95 | p99 | errors |');
  console.log('|---:|---:|---|---:|---:|---:|---:|---:|');
  for (const r of report) {
    for (const [name, x] of Object.entries(r.results as Record<string, LoadResult>)) {
      console.log(`| ${r.lots.toLocaleString()} | ${r.lotsOnOffer.toLocaleString()} | ${name} | ${x.throughput.toFixed(0)} | ${x.p50.toFixed(1)} | ${x.p95.toFixed(1)} | ${x.p99.toFixed(1)} | ${x.errors} |`);
    }
  }
  console.log('\n== SQL statements per operation, per subgraph');
  console.log('| lots | operation | statements |');
  console.log('|---:|---|---:|');
  for (const r of report) for (const [name, n] of Object.entries(r.statements)) console.log(`| ${r.lots.toLocaleString()} | ${name} | ${n} |`);
}

await main();
