import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCode, eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { daysAgo, seedAllianceWithCast, seedLot, seedMember } from '@alliance/stack/fixtures';
import { publish, taskName } from '@alliance/messaging';
import { sql } from '@alliance/db';
import { predictedShelfLifeOnArrivalDays } from '../src/domain/freshness.ts';
import { predictedDaysOnArrivalSql, recordLotFreshness } from '../src/store/freshness.ts';
import { query } from '@alliance/db';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members']);
});
afterAll(async () => stack?.close());

const SET_ROUTE = graphql(`
  mutation FreshnessSetRoute($input: MarketRouteInput!) { setMarketRoute(input: $input) { market { id } transitHours truckTempC } }
`);
const ROUTES = graphql(`
  query FreshnessRoutes { marketRoutes { market { id } transitHours truckTempC } }
`);
const SUPPLY = graphql(`
  query FreshnessSupply($min: Float, $destination: ID) {
    supply(filter: { crop: SCALLION, minShelfLifeOnArrivalDays: $min, destinationMarketId: $destination }) {
      totalCount edges { node { id } predictedShelfLifeOnArrivalDays }
    }
    supplySummary(filter: { crop: SCALLION, minShelfLifeOnArrivalDays: $min, destinationMarketId: $destination }, groupBy: []) { lotCount }
  }
`);
const RESERVE = graphql(`
  mutation FreshnessReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg lines { kg lot { id } } } }
`);

/** Scallion's profile (28 days at 0 °C, Q10 2.5), the lot at `tempC`, its life running out in `hours` there. */
function freshness(lotId: string, hours: number, tempC = 2, asOf = new Date()) {
  return {
    lotId,
    expiresAt: new Date(Date.now() + hours * 3_600_000).toISOString(),
    currentTempC: tempC,
    referenceDays: 28,
    referenceTempC: 0,
    q10: 2.5,
    asOf: asOf.toISOString(),
  };
}

async function cast() {
  const c = await seedAllianceWithCast(stack.em('members'));
  const tokens = { office: await stack.token(c.office.viewer), grower: await stack.token(c.grower.viewer), market: await stack.token(c.market.viewer) };
  return { ...c, tokens };
}

/** 40 h from the alliance to the market at 2 °C: a lot kept at 2 °C loses 40/SL(2 °C) ≈ 7 % of its life (≈ 2 days) on the way. */
async function route(c: Awaited<ReturnType<typeof cast>>, marketId = c.market.member.id, transitHours = 40) {
  const answer = await stack.query(SET_ROUTE, { input: { marketId, transitHours, truckTempC: 2 } }, c.tokens.office);
  expect(answer.errors).toBeUndefined();
}

describe('market routes', () => {
  it('are set by the office only, for its partner markets, and read by the office and by each market (its own)', async () => {
    const c = await cast();
    const other = await seedMember(stack.em('members'), c.alliance, 'PARTNER_MARKET', ['PARTNER_MARKET'], { township: 'Shenzhen' });
    const byMarket = await stack.query(SET_ROUTE, { input: { marketId: c.market.member.id, transitHours: 40, truckTempC: 2 } }, c.tokens.market);
    expect(errorCode(byMarket)).toBe('FORBIDDEN');
    const byGrower = await stack.query(SET_ROUTE, { input: { marketId: c.market.member.id, transitHours: 40, truckTempC: 2 } }, c.tokens.grower);
    expect(errorCode(byGrower)).toBe('FORBIDDEN');
    const toGrower = await stack.query(SET_ROUTE, { input: { marketId: c.grower.member.id, transitHours: 40, truckTempC: 2 } }, c.tokens.office);
    expect(errorCode(toGrower)).toBe('NOT_FOUND');
    const foreign = await seedAllianceWithCast(stack.em('members'));
    const toForeign = await stack.query(SET_ROUTE, { input: { marketId: foreign.market.member.id, transitHours: 40, truckTempC: 2 } }, c.tokens.office);
    expect(errorCode(toForeign)).toBe('NOT_FOUND');
    for (const [transitHours, truckTempC] of [[0, 2], [-3, 2], [40, 60]]) {
      const bad = await stack.query(SET_ROUTE, { input: { marketId: c.market.member.id, transitHours: transitHours!, truckTempC: truckTempC! } }, c.tokens.office);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    }
    await route(c, c.market.member.id, 30);
    await route(c); // replaces it
    await route(c, other.member.id, 30);
    const office = await stack.query(ROUTES, {}, c.tokens.office);
    expect(office.data!.marketRoutes).toHaveLength(2);
    expect(office.data!.marketRoutes).toContainEqual({ market: { id: c.market.member.id }, transitHours: 40, truckTempC: 2 });
    const market = await stack.query(ROUTES, {}, c.tokens.market);
    expect(market.data!.marketRoutes).toEqual([{ market: { id: c.market.member.id }, transitHours: 40, truckTempC: 2 }]);
    expect(errorCode(await stack.query(ROUTES, {}, c.tokens.grower))).toBe('FORBIDDEN');
    const rows = await stack.sql('members', 'select count(*)::int as n from members.market_route where alliance_id = ?', [c.alliance.id]);
    expect(rows[0]!.n).toBe(2);
  });
});

describe('lot freshness from the cold chain', () => {
  it('is kept from lots.freshness, the newest figures winning whatever order they arrive in', async () => {
    const c = await cast();
    const lot = await seedLot(stack.em('members'), c.grower);
    const newer = freshness(lot.id, 200, 3, new Date(Date.now() - 60_000));
    const older = freshness(lot.id, 500, 1, new Date(Date.now() - 3_600_000));
    await stack.em('members').transactional((em) => publish(em, 'coldchain', 'lots.freshness', lot.id, { lots: [newer] }));
    await stack.em('members').transactional((em) => publish(em, 'coldchain', 'lots.freshness', lot.id, { lots: [older] }));
    await eventually(async () => {
      const rows = await stack.sql('members', 'select current_temp_c, as_of from members.lot_freshness where lot_id = ?', [lot.id]);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.current_temp_c).toBe(3);
      // Both applied: the older one was received and left the newer in place.
      const pending = await stack.sql('members', `select count(*)::int as n from graphile_worker.jobs where task_identifier = ?`, [taskName('members', 'lots.freshness')]);
      expect(pending[0]!.n).toBe(0);
    });
  });

  it('predicts in SQL what the domain predicts', async () => {
    const now = new Date('2026-12-02T08:00:00Z');
    const cases = [
      { f: { expiresAt: new Date('2026-12-12T08:00:00Z'), currentTempC: 2, referenceDays: 28, referenceTempC: 0, q10: 2.5 }, r: { transitHours: 40, truckTempC: 2 } },
      { f: { expiresAt: new Date('2026-12-05T20:30:00Z'), currentTempC: 6.5, referenceDays: 28, referenceTempC: 0, q10: 2.5 }, r: { transitHours: 30, truckTempC: 4 } },
      { f: { expiresAt: new Date('2026-12-20T00:00:00Z'), currentTempC: -0.5, referenceDays: 14, referenceTempC: 5, q10: 3 }, r: { transitHours: 72.25, truckTempC: 8 } },
      { f: { expiresAt: new Date('2026-12-02T10:00:00Z'), currentTempC: 2, referenceDays: 28, referenceTempC: 0, q10: 2.5 }, r: { transitHours: 40, truckTempC: 2 } },
      { f: { expiresAt: new Date('2026-12-01T00:00:00Z'), currentTempC: 2, referenceDays: 28, referenceTempC: 0, q10: 2.5 }, r: { transitHours: 1, truckTempC: 2 } },
      { f: { expiresAt: null, currentTempC: 2, referenceDays: 28, referenceTempC: 0, q10: 2.5 }, r: { transitHours: 40, truckTempC: 2 } },
      { f: { expiresAt: new Date('2026-12-12T08:00:00Z'), currentTempC: null, referenceDays: 28, referenceTempC: 0, q10: 2.5 }, r: { transitHours: 40, truckTempC: 2 } },
    ];
    const rows = cases.map(({ f, r }, n) => ({
      n,
      expires_at: f.expiresAt?.toISOString() ?? null,
      current_temp_c: f.currentTempC,
      reference_days: f.referenceDays,
      reference_temp_c: f.referenceTempC,
      q10: f.q10,
      transit_hours: r.transitHours,
      truck_temp_c: r.truckTempC,
    }));
    const found = await query<{ days: number | null }>(
      stack.em('members'),
      sql`select ${predictedDaysOnArrivalSql('f', 'r', sql`${now.toISOString()}::timestamptz`)} as days
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
            as f(n int, expires_at timestamptz, current_temp_c float8, reference_days float8, reference_temp_c float8, q10 float8,
                 transit_hours numeric, truck_temp_c numeric),
          lateral (select f.transit_hours, f.truck_temp_c) r
          order by n`,
    );
    const expected = cases.map(({ f, r }) => predictedShelfLifeOnArrivalDays(f, r, now));
    expect(expected.filter((d) => d !== null && d > 0)).toHaveLength(3);
    expect(expected.slice(3)).toEqual([0, 0, null, null]);
    found.forEach((row, i) => {
      if (expected[i] === null) expect(row.days).toBeNull();
      else expect(row.days).toBeCloseTo(expected[i]!, 9);
    });
  });
});

describe('supply with shelf life on arrival', () => {
  it('leaves out a lot that would arrive with too little life, and one whose freshness is unknown, and shows the prediction', async () => {
    const c = await cast();
    const em = stack.em('members');
    const fresh = await seedLot(em, c.grower, { harvestDate: daysAgo(3) });
    const stale = await seedLot(em, c.grower, { harvestDate: daysAgo(2) });
    const unknown = await seedLot(em, c.grower, { harvestDate: daysAgo(1) });
    const noCountdown = await seedLot(em, c.grower, { harvestDate: daysAgo(1) });
    await recordLotFreshness(em, [freshness(fresh.id, 240), freshness(stale.id, 96), { ...freshness(noCountdown.id, 0), expiresAt: null }]);
    await route(c);

    const all = await stack.query(SUPPLY, {}, c.tokens.market);
    expect(all.errors).toBeUndefined();
    const predicted = new Map(all.data!.supply.edges.map((e) => [e.node.id, e.predictedShelfLifeOnArrivalDays]));
    // 240 h of the 559.5 h a lot lasts at 2 °C, less 40 h on the truck at 2 °C: (240 − 40)/559.5 × 28 ≈ 10.0 days; 96 h: ≈ 2.8.
    expect(predicted.get(fresh.id)).toBeCloseTo(10.01, 1);
    expect(predicted.get(stale.id)).toBeCloseTo(2.8, 1);
    expect(predicted.get(unknown.id)).toBeNull();
    expect(predicted.get(noCountdown.id)).toBeNull();
    expect(all.data!.supply.totalCount).toBe(4);

    const atLeast5 = await stack.query(SUPPLY, { min: 5 }, c.tokens.market);
    expect(atLeast5.errors).toBeUndefined();
    expect(atLeast5.data!.supply.edges.map((e) => e.node.id)).toEqual([fresh.id]);
    expect(atLeast5.data!.supply.totalCount).toBe(1);
    expect(atLeast5.data!.supplySummary).toEqual([{ lotCount: 1 }]);
    const atLeast2 = await stack.query(SUPPLY, { min: 2 }, c.tokens.market);
    expect(atLeast2.data!.supply.edges.map((e) => e.node.id)).toEqual([fresh.id, stale.id]);

    // The office names the market; a market asks for its own only.
    const officeNoDestination = await stack.query(SUPPLY, { min: 5 }, c.tokens.office);
    expect(errorCode(officeNoDestination)).toBe('BAD_USER_INPUT');
    expect(officeNoDestination.errors![0]!.message).toMatch(/destinationMarketId/);
    const office = await stack.query(SUPPLY, { min: 5, destination: c.market.member.id }, c.tokens.office);
    expect(office.data!.supply.edges.map((e) => e.node.id)).toEqual([fresh.id]);
    const officeBrowsing = await stack.query(SUPPLY, {}, c.tokens.office);
    expect(officeBrowsing.data!.supply.edges.every((e) => e.predictedShelfLifeOnArrivalDays === null)).toBe(true);
    const other = await seedMember(em, c.alliance, 'PARTNER_MARKET', ['PARTNER_MARKET'], { township: 'Shenzhen' });
    const forOther = await stack.query(SUPPLY, { min: 5, destination: other.member.id }, c.tokens.market);
    expect(errorCode(forOther)).toBe('FORBIDDEN');

    // A market without a route: browsing works without predictions; a minimum says who sets the route.
    const otherToken = await stack.token(other.viewer);
    const browsing = await stack.query(SUPPLY, {}, otherToken);
    expect(browsing.errors).toBeUndefined();
    expect(browsing.data!.supply.edges.every((e) => e.predictedShelfLifeOnArrivalDays === null)).toBe(true);
    const noRoute = await stack.query(SUPPLY, { min: 5 }, otherToken);
    expect(errorCode(noRoute)).toBe('BAD_USER_INPUT');
    expect(noRoute.errors![0]!.message).toMatch(/setMarketRoute/);
    const negative = await stack.query(SUPPLY, { min: -1 }, c.tokens.market);
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
  });

  it('predicts within the one statement of the supply page', async () => {
    const c = await cast();
    const em = stack.em('members');
    const lots = [];
    for (let i = 0; i < 30; i++) lots.push(await seedLot(em, c.grower, { harvestDate: daysAgo(1 + (i % 5)) }));
    await recordLotFreshness(em, lots.map((l, i) => freshness(l.id, 100 + 10 * i)));
    await route(c);
    const count = async (variables: { min?: number }) => {
      const tries: number[] = [];
      for (let i = 0; i < 3; i++) {
        const before = stack.statements('members');
        const answer = await stack.query(SUPPLY, variables, c.tokens.market);
        expect(answer.errors).toBeUndefined();
        tries.push(stack.statements('members') - before);
      }
      return Math.min(...tries);
    };
    // The caller's standing and one statement for page, totals, summary and predictions.
    expect(await count({ min: 5 })).toBe(await count({}));
    expect(await count({ min: 5 })).toBeLessThanOrEqual(2);
  });
});

describe('reserveSupply by specification with shelf life on arrival', () => {
  const spec = (min?: number) => ({ crop: 'SCALLION' as const, variety: 'RED' as const, grade: 'A' as const, deliverableBy: daysAgo(0), ...(min === undefined ? {} : { minShelfLifeOnArrivalDays: min }) });

  it('takes only qualifying lots, the soonest to expire on arrival first, ties oldest harvest first', async () => {
    const c = await cast();
    const em = stack.em('members');
    const longest = await seedLot(em, c.grower, { harvestDate: daysAgo(9), quantityKg: '100' }); // the oldest harvest, but the most life left
    const tooShort = await seedLot(em, c.grower, { harvestDate: daysAgo(8), quantityKg: '100' });
    const tieNewer = await seedLot(em, c.grower, { harvestDate: daysAgo(4), quantityKg: '100' });
    const tieOlder = await seedLot(em, c.grower, { harvestDate: daysAgo(6), quantityKg: '100' });
    const unknown = await seedLot(em, c.grower, { harvestDate: daysAgo(10), quantityKg: '100' });
    const tie = freshness(tieNewer.id, 200);
    await recordLotFreshness(em, [freshness(longest.id, 400), freshness(tooShort.id, 96), tie, { ...tie, lotId: tieOlder.id }]);
    await route(c);

    // Lines read back in harvest order: compare what each lot gave.
    const given = (answer: { data?: { reserveSupply: { lines: { kg: string; lot: { id: string } }[] } } | null }) =>
      Object.fromEntries(answer.data!.reserveSupply.lines.map((l) => [l.lot.id, l.kg]));
    const answer = await stack.query(RESERVE, { input: { idempotencyKey: 'fefo', quantityKg: '150', specification: spec(5) } }, c.tokens.market);
    expect(answer.errors).toBeUndefined();
    // The two lots arriving with the least life go first, before the older harvest that keeps longer;
    // between the two, predicted alike, the older harvest first.
    expect(given(answer)).toEqual({ [tieOlder.id]: '100.000', [tieNewer.id]: '50.000' });
    // What is left that qualifies: 150 kg (the lot arriving with too little life and the unknown one do not count).
    const short = await stack.query(RESERVE, { input: { idempotencyKey: 'fefo-2', quantityKg: '160', specification: spec(5) } }, c.tokens.market);
    expect(errorCode(short)).toBe('CONFLICT');
    expect(short.errors![0]!.message).toMatch(/Only 150\.000 kg/);
    const next = await stack.query(RESERVE, { input: { idempotencyKey: 'fefo-3', quantityKg: '100', specification: spec(5) } }, c.tokens.market);
    expect(given(next)).toEqual({ [tieNewer.id]: '50.000', [longest.id]: '50.000' });
    // Without a minimum: the old order, oldest harvest first, every lot.
    const plain = await stack.query(RESERVE, { input: { idempotencyKey: 'plain', quantityKg: '150', specification: spec() } }, c.tokens.market);
    expect(given(plain)).toEqual({ [unknown.id]: '100.000', [longest.id]: '50.000' });
    // A retry with another minimum is another request.
    const changed = await stack.query(RESERVE, { input: { idempotencyKey: 'fefo', quantityKg: '150', specification: spec(1) } }, c.tokens.market);
    expect(errorCode(changed)).toBe('CONFLICT');
    const retry = await stack.query(RESERVE, { input: { idempotencyKey: 'fefo', quantityKg: '150', specification: spec(5) } }, c.tokens.market);
    expect(retry.data!.reserveSupply.id).toBe(answer.data!.reserveSupply.id);
  });

  it('needs a route to the market and refuses another market as the destination', async () => {
    const c = await cast();
    await seedLot(stack.em('members'), c.grower);
    const noRoute = await stack.query(RESERVE, { input: { idempotencyKey: 'r', quantityKg: '10', specification: spec(1) } }, c.tokens.market);
    expect(errorCode(noRoute)).toBe('BAD_USER_INPUT');
    expect(noRoute.errors![0]!.message).toMatch(/setMarketRoute/);
    const other = await seedMember(stack.em('members'), c.alliance, 'PARTNER_MARKET', ['PARTNER_MARKET']);
    const elsewhere = await stack.query(
      RESERVE,
      { input: { idempotencyKey: 'r2', quantityKg: '10', specification: { ...spec(1), destinationMarketId: other.member.id } } },
      c.tokens.market,
    );
    expect(errorCode(elsewhere)).toBe('FORBIDDEN');
    const rows = await stack.sql('members', 'select count(*)::int as n from members.reservation where market_id = ?', [c.market.member.id]);
    expect(rows[0]!.n).toBe(0);
  });

  it('never oversells under concurrent reservations, with and without a minimum, and never deadlocks', async () => {
    const c = await cast();
    const em = stack.em('members');
    const lots = [];
    for (let i = 0; i < 5; i++) lots.push(await seedLot(em, c.grower, { harvestDate: daysAgo(2 + i), quantityKg: '100' }));
    // Freshness the other way round from harvest: FEFO order crosses the locking order.
    await recordLotFreshness(em, lots.map((l, i) => freshness(l.id, 400 - 40 * i)));
    await route(c);
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        stack.query(RESERVE, { input: { idempotencyKey: `race-${i}`, quantityKg: '50', specification: spec(i % 4 === 3 ? undefined : 5) } }, c.tokens.market),
      ),
    );
    for (const a of answers) if (a.errors) expect(errorCode(a)).toBe('CONFLICT');
    // 500 kg for 16 requests of 50: exactly 10 win, none is refused while kg are left.
    expect(answers.filter((a) => a.data?.reserveSupply)).toHaveLength(10);
    const held = await stack.sql('members', `select id, held_kg::text as held from members.lot where id = any(string_to_array(?, ',')::uuid[]) order by id`, [lots.map((l) => l.id).join(',')]);
    expect(held.map((r) => r.held)).toEqual(held.map(() => '100.000'));
  });
});
