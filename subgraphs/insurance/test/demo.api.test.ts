import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { signToken } from '@alliance/auth';
import { dropDatabase, ensureDatabase } from '@alliance/db';
import { identityOfMember } from '@alliance/members';
import { startStack, type RunningStack } from '@alliance/stack';
import { eventually, graphql, postGraphQL } from '@alliance/stack/testing';
import { createLogger } from '@alliance/subgraph-kit';
import { DEMO_GLUT_SEASONS_AGO } from '../src/seeds/demo-prices.ts';

/**
 * The insurance demo as `npm start` loads and plays it, in a database of its own: the seeder's
 * cost bases, schemes and price history, and the insurer's day through the gateway.
 */
const costBases = graphql(`
  query DemoCostBases { costBases(crop: SCALLION, current: false) { version current seasonFrom seasonTo marginalCostPerKg expectedYieldKgPerMu lines { line cnyPerKg } } }
`);
const schemes = graphql(`
  query DemoSchemes { floorSchemes { crop seasonFrom seasonTo capacityCny boundCny loading pastSeasons subsidyShares { payer share } } }
`);
const monthlyIndex = graphql(`
  query DemoMonthlyIndex($crop: Crop!, $grade: Grade, $from: Date!, $to: Date!) {
    priceIndex(crop: $crop, grade: $grade, from: $from, to: $to, interval: MONTH) { points { periodStart priceCnyPerKg observationDays } }
  }
`);
const contracts = graphql(`
  query DemoContracts { floorContracts(first: 20) { edges { node { number status paidCny coverFrom coverTo member { id } windows { start settlement { id } } } } } }
`);
const growerView = graphql(`
  query DemoGrowerView { viewer { id floorContracts { number coverFrom coverTo floorPerKg } lots(first: 50) { id harvestDate forward priceFloor { number } } } }
`);
const lotFloor = graphql(`
  query DemoLotFloor($id: ID!) { lot(id: $id) { id priceFloor { number } } }
`);
const exposure = graphql(`
  query DemoExposure($on: Date) { exposure(crop: SCALLION, seasonOn: $on) { contracts sumInsuredCny premiumCny byWindow { start paidCny } } }
`);

const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
const yesterday = new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
const database = `insurance_demo_${process.pid}_${Date.now()}`;
const jwtSecret = 'insurance-demo-test-secret';
let serverUrl: string;
let stack: RunningStack;

beforeAll(async () => {
  const url = new URL(inject('databaseUrl'));
  url.pathname = '/postgres';
  serverUrl = url.toString();
  const databaseUrl = await ensureDatabase(serverUrl, database);
  stack = await startStack({ databaseUrl, jwtSecret, gatewaySecret: 'insurance-demo-gateway', log: createLogger('test'), gatewayPort: 0, ephemeralPorts: true, seedDemo: true });
}, 300_000);
afterAll(async () => {
  await stack?.close();
  if (serverUrl) await dropDatabase(serverUrl, database);
});

async function as(code: string, alliance?: string) {
  const token = await signToken(await identityOfMember(stack.membersEm(), code, alliance), jwtSecret);
  return <T, V extends Record<string, unknown>>(doc: TypedDocumentNode<T, V>, variables?: V) => postGraphQL(stack.gateway.url, doc, variables, { authorization: `Bearer ${token}` });
}

describe('the insurance demo', () => {
  it("has this season's scallion cost basis in two versions, the first superseded, each near the 1.1–1.5 CNY/kg growers name", async () => {
    const insurer = await as('INS-PRICE', 'LUXI');
    const { data, errors } = await insurer(costBases);
    expect(errors).toBeUndefined();
    const thisSeason = data!.costBases.filter((b) => b.seasonFrom === `${year}-01-01`).sort((a, b) => a.version - b.version);
    expect(thisSeason.map((b) => [b.version, b.current])).toEqual([[1, false], [2, true]]);
    for (const b of thisSeason) {
      expect(Number(b.marginalCostPerKg)).toBeGreaterThanOrEqual(1.1);
      expect(Number(b.marginalCostPerKg)).toBeLessThanOrEqual(1.5);
      expect(b.lines.reduce((sum, l) => sum + Number(l.cnyPerKg), 0)).toBeCloseTo(Number(b.marginalCostPerKg), 6);
    }
    expect(thisSeason[1]!.marginalCostPerKg).not.toBe(thisSeason[0]!.marginalCostPerKg);
    expect(data!.costBases.some((b) => b.seasonFrom === `${year + 1}-01-01` && b.current)).toBe(true);
  });

  it('has floor schemes of this season and the next, with their capacity and the default terms', async () => {
    const insurer = await as('INS-PRICE', 'LUXI');
    const { data } = await insurer(schemes);
    const scallion = data!.floorSchemes.filter((s) => s.crop === 'SCALLION').map((s) => s.seasonFrom).sort();
    expect(scallion).toEqual([`${year}-01-01`, `${year + 1}-01-01`]);
    for (const s of data!.floorSchemes) {
      expect(Number(s.capacityCny)).toBeGreaterThan(0);
      expect([Number(s.loading), s.pastSeasons]).toEqual([0.25, 5]);
      expect(s.subsidyShares).toEqual([{ payer: 'FARMER', share: '0.2' }, { payer: 'GOVERNMENT', share: '0.8' }]);
    }
  });

  it('has five seasons of daily scallion prices to yesterday, with the glut season below the cost of a kg', async () => {
    const grower = await as('LX-G0001');
    const { data, errors } = await grower(monthlyIndex, { crop: 'SCALLION', from: `${year - 5}-01-01`, to: yesterday });
    expect(errors).toBeUndefined();
    const points = data!.priceIndex.points;
    expect(points[0]!.periodStart).toBe(`${year - 5}-01-01`);
    expect(points[points.length - 1]!.periodStart).toBe(`${yesterday.slice(0, 7)}-01`);
    // Every day of a full month has prices.
    expect(points.slice(0, -1).every((p) => p.observationDays >= 28)).toBe(true);
    const glut = `${year - DEMO_GLUT_SEASONS_AGO}-04-01`;
    const belowCost = points.filter((p) => Number(p.priceCnyPerKg) < 1.3).map((p) => p.periodStart.slice(0, 4));
    expect(Number(points.find((p) => p.periodStart === glut)!.priceCnyPerKg)).toBeLessThan(1.0);
    expect(new Set(belowCost)).toEqual(new Set([glut.slice(0, 4)]));
  });

  it("has Yili's florets falling from over 100 CNY/kg in 2006 to about 43 at the end of 2008, for the cluster's members only", async () => {
    const yili = await as('YL-OFFICE');
    const { data } = await yili(monthlyIndex, { crop: 'SAFFLOWER_FLORET', grade: 'A', from: '2006-01-01', to: '2008-12-31' });
    const points = data!.priceIndex.points;
    expect(points).toHaveLength(36);
    expect(Number(points[0]!.priceCnyPerKg)).toBeGreaterThan(100);
    expect(Number(points[35]!.priceCnyPerKg)).toBeGreaterThan(40);
    expect(Number(points[35]!.priceCnyPerKg)).toBeLessThan(46);
    // Luxi's members read their own alliance's index: no florets there.
    const luxi = await as('LX-OFFICE');
    expect((await luxi(monthlyIndex, { crop: 'SAFFLOWER_FLORET', grade: 'A', from: '2006-01-01', to: '2008-12-31' })).data!.priceIndex.points).toEqual([]);
  });

  it("binds the insurer's and the grower's contracts once each (a retried key made no second one), none settled yet", async () => {
    const insurer = await as('INS-PRICE', 'LUXI');
    const { data } = await insurer(contracts);
    const nodes = data!.floorContracts.edges.map((e) => e.node);
    expect(nodes.map((c) => c.number).sort()).toEqual([`LUXI-PF-${year}-0001`, `LUXI-PF-${year}-0002`, `LUXI-PF-${year}-0003`]);
    expect(nodes.every((c) => c.status === 'BOUND' && c.paidCny === '0.00' && c.windows.every((w) => w.settlement === null))).toBe(true);
    const { data: risk } = await insurer(exposure, { on: nodes[0]!.coverFrom });
    expect(risk!.exposure!.contracts).toBe(3);
    expect(Number(risk!.exposure!.premiumCny)).toBeGreaterThan(0);
  });

  it("shows the grower its floor contracts and the floor on its forward lot; a market sees the lot without it", async () => {
    const grower = await as('LX-G0001');
    const view = await eventually(async () => {
      const { data } = await grower(growerView);
      const covered = data!.viewer!.lots.filter((l) => l.priceFloor);
      expect(covered.length).toBeGreaterThan(0);
      return data!.viewer!;
    });
    expect(view.floorContracts!.map((c) => c.number).sort()).toEqual([`LUXI-PF-${year}-0001`, `LUXI-PF-${year}-0003`]);
    const lot = view.lots.find((l) => l.forward && l.priceFloor)!;
    expect(view.floorContracts!.some((c) => c.coverFrom <= lot.harvestDate && lot.harvestDate <= c.coverTo)).toBe(true);
    const market = await as('SH-VEG');
    const { data } = await market(lotFloor, { id: lot.id });
    expect(data!.lot).not.toBeNull();
    expect(data!.lot!.priceFloor).toBeNull();
  });
});

describe('the demo days played before the insurer\'s, through the same callers', () => {
  it('left the markets\' two shipments and the brand office\'s licences and label batches', async () => {
    const office = await as('LX-OFFICE');
    const shipments = await office(graphql(`query DemoEarlierShipments { shipments(first: 10) { id status } }`));
    expect(shipments.errors).toBeUndefined();
    expect(shipments.data!.shipments.length).toBeGreaterThanOrEqual(2);
    const brand = await as('LX-BRAND');
    const licences = await brand(graphql(`query DemoEarlierLicences { licences(first: 10) { edges { node { number usedKg } } } }`));
    expect(licences.errors).toBeUndefined();
    expect(licences.data!.licences.edges.length).toBeGreaterThan(0);
    expect(licences.data!.licences.edges.some((e) => Number(e.node.usedKg) > 0)).toBe(true);
  });
});
