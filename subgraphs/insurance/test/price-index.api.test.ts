import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { shanghaiDay } from '@alliance/domain-kit';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { seedInsuranceAlliance, type InsuranceCast, type SeededMember } from '@alliance/stack/fixtures';
import { DEMO_GLUT_SEASONS_AGO, demoSafflowerFloretPrices, demoScallionPrices, type DemoPriceRow } from '../src/seeds/demo-prices.ts';

const index = graphql(`
  query PriceIndexOf($crop: Crop!, $variety: Variety, $grade: Grade, $from: Date!, $to: Date!, $interval: PriceInterval!) {
    priceIndex(crop: $crop, variety: $variety, grade: $grade, from: $from, to: $to, interval: $interval) {
      crop variety grade from to interval
      points { periodStart periodEnd priceCnyPerKg observationCount volumeKg observationDays }
    }
  }
`);
const report = graphql(`
  mutation PriceIndexReport($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }
`);
const importCsv = graphql(`
  mutation PriceIndexImport($csv: LongText!) { importPricesCsv(csv: $csv) { inserted replaced } }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'insurance']);
});
afterAll(async () => stack?.close());

const freshCast = () => seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));

type Variety = 'RED' | 'WHITE' | null;
const at = (market: SeededMember, crop: 'SCALLION' | 'SAFFLOWER_SEED', variety: Variety, grade: 'A' | 'B', day: string, priceCnyPerKg: string, volumeKg: string) => ({
  marketId: market.member.id,
  crop,
  variety,
  grade,
  day,
  priceCnyPerKg,
  volumeKg,
});

/** A fresh alliance with a few observations whose index is worked out by hand below. */
async function castWithPrices(): Promise<InsuranceCast> {
  const cast = await freshCast();
  const { market: m, otherMarket: o } = cast;
  const observations = [
    at(m, 'SCALLION', 'RED', 'A', '2025-03-03', '1.90', '1000'),
    at(o, 'SCALLION', 'RED', 'A', '2025-03-03', '2.20', '3000'),
    at(m, 'SCALLION', 'RED', 'A', '2025-03-04', '1.00', '1'),
    at(o, 'SCALLION', 'RED', 'A', '2025-03-04', '2.00', '2'),
    at(m, 'SCALLION', 'RED', 'B', '2025-03-09', '1.50', '1000'),
    at(m, 'SCALLION', 'RED', 'A', '2025-03-10', '2.00', '500'),
    at(m, 'SCALLION', 'WHITE', 'A', '2025-04-01', '3.00', '100'),
    at(m, 'SAFFLOWER_SEED', null, 'A', '2025-05-05', '1.0001', '1'),
    at(o, 'SAFFLOWER_SEED', null, 'A', '2025-05-05', '1.0000', '1'),
  ];
  const answer = await stack.query(report, { observations }, await stack.tokenOf(cast.office));
  expect(answer.errors).toBeUndefined();
  return cast;
}

describe('the price index', () => {
  it('is the volume-weighted average per day, ISO week and month, to 4 decimals half up, with counts and volume; periods clipped to the range', async () => {
    const cast = await castWithPrices();
    const token = await stack.tokenOf(cast.grower);
    const ask = async (vars: { crop?: 'SCALLION' | 'SAFFLOWER_SEED'; variety?: Variety; grade?: 'A' | 'B' | null; from: string; to: string; interval: 'DAY' | 'WEEK' | 'MONTH' }) => {
      const answer = await stack.query(index, { crop: 'SCALLION', ...vars }, token);
      expect(answer.errors).toBeUndefined();
      return answer.data!.priceIndex;
    };
    // RED A by day: (1.90 × 1000 + 2.20 × 3000) ÷ 4000 = 2.125; (1 × 1 + 2 × 2) ÷ 3 = 1.6666… → 1.6667
    expect(await ask({ variety: 'RED', grade: 'A', from: '2025-03-01', to: '2025-03-31', interval: 'DAY' })).toEqual({
      crop: 'SCALLION',
      variety: 'RED',
      grade: 'A',
      from: '2025-03-01',
      to: '2025-03-31',
      interval: 'DAY',
      points: [
        { periodStart: '2025-03-03', periodEnd: '2025-03-03', priceCnyPerKg: '2.1250', observationCount: 2, volumeKg: '4000.000', observationDays: 1 },
        { periodStart: '2025-03-04', periodEnd: '2025-03-04', priceCnyPerKg: '1.6667', observationCount: 2, volumeKg: '3.000', observationDays: 1 },
        { periodStart: '2025-03-10', periodEnd: '2025-03-10', priceCnyPerKg: '2.0000', observationCount: 1, volumeKg: '500.000', observationDays: 1 },
      ],
    });
    // RED A by week: Mon 3 – Sun 9 March: 8,505 ÷ 4,003 = 2.12465… → 2.1247; the week before (clipped to 1–2 March) has none
    expect((await ask({ variety: 'RED', grade: 'A', from: '2025-03-01', to: '2025-03-12', interval: 'WEEK' })).points).toEqual([
      { periodStart: '2025-03-03', periodEnd: '2025-03-09', priceCnyPerKg: '2.1247', observationCount: 4, volumeKg: '4003.000', observationDays: 2 },
      { periodStart: '2025-03-10', periodEnd: '2025-03-12', priceCnyPerKg: '2.0000', observationCount: 1, volumeKg: '500.000', observationDays: 1 },
    ]);
    // Every grade of RED in that week: (8,505 + 1,500) ÷ 5,003 = 1.99980… → 1.9998
    expect((await ask({ variety: 'RED', from: '2025-03-03', to: '2025-03-09', interval: 'WEEK' })).points).toEqual([
      { periodStart: '2025-03-03', periodEnd: '2025-03-09', priceCnyPerKg: '1.9998', observationCount: 5, volumeKg: '5003.000', observationDays: 3 },
    ]);
    // Every variety and grade by month, clipped to 4 March – 15 April: March without 3 March is (5 + 1,500 + 1,000) ÷ 1,503 = 1.66666… → 1.6667
    expect(await ask({ from: '2025-03-04', to: '2025-04-15', interval: 'MONTH' })).toMatchObject({
      variety: null,
      grade: null,
      points: [
        { periodStart: '2025-03-04', periodEnd: '2025-03-31', priceCnyPerKg: '1.6667', observationCount: 4, volumeKg: '1503.000', observationDays: 3 },
        { periodStart: '2025-04-01', periodEnd: '2025-04-15', priceCnyPerKg: '3.0000', observationCount: 1, volumeKg: '100.000', observationDays: 1 },
      ],
    });
    // Exactly half a ten-thousandth rounds up: (1.0001 + 1.0000) ÷ 2 = 1.00005 → 1.0001
    expect((await ask({ crop: 'SAFFLOWER_SEED', from: '2025-05-01', to: '2025-05-31', interval: 'DAY' })).points).toEqual([
      { periodStart: '2025-05-05', periodEnd: '2025-05-05', priceCnyPerKg: '1.0001', observationCount: 2, volumeKg: '2.000', observationDays: 1 },
    ]);
    expect((await ask({ variety: 'WHITE', grade: 'B', from: '2025-01-01', to: '2025-12-31', interval: 'MONTH' })).points).toEqual([]);
  });

  it('is read by every member of the alliance, whatever its role or standing; outsiders see nothing of it', async () => {
    const cast = await castWithPrices();
    const vars = { crop: 'SCALLION' as const, from: '2025-03-01', to: '2025-04-30', interval: 'MONTH' as const };
    const expected = (await stack.query(index, vars, await stack.tokenOf(cast.office))).data!.priceIndex;
    expect(expected.points).toHaveLength(2);
    for (const who of [cast.insurer, cast.cooperative, cast.grower, cast.otherGrower, cast.market, cast.otherMarket, cast.brand]) {
      expect((await stack.query(index, vars, await stack.tokenOf(who))).data?.priceIndex, who.viewer.kind).toEqual(expected);
    }
    // A suspended grower still reads the market.
    expect((await stack.query(`mutation($id: ID!) { suspendMember(id: $id, reason: "Unpaid dues") { id } }`, { id: cast.otherGrower.member.id }, await stack.tokenOf(cast.office))).errors).toBeUndefined();
    await eventually(async () => {
      const [entry] = await stack.em('insurance').getConnection().execute(`select memberships from insurance.member_directory where member_id = ?`, [cast.otherGrower.member.id]);
      expect(JSON.stringify(entry)).toContain('SUSPENDED');
    });
    expect((await stack.query(index, vars, await stack.tokenOf(cast.otherGrower))).data?.priceIndex).toEqual(expected);
    expect((await stack.query(index, vars, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Another alliance reads its own index, which holds none of these prices; a token acting in an alliance its member is not of is FORBIDDEN.
    const away = await freshCast();
    for (const who of [away.office, away.insurer, away.grower]) expect((await stack.query(index, vars, await stack.tokenOf(who))).data!.priceIndex.points).toEqual([]);
    const posing = await stack.token({ ...away.office.viewer, allianceId: cast.alliance.id });
    expect((await stack.query(index, vars, posing)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses from after to and more than 3,700 periods; 3,700 days answer', async () => {
    const cast = await freshCast();
    const token = await stack.tokenOf(cast.grower);
    const ask = (from: string, to: string, interval: 'DAY' | 'WEEK' | 'MONTH') => stack.query(index, { crop: 'SCALLION', from, to, interval }, token);
    expect((await ask('2025-03-02', '2025-03-01', 'DAY')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    // 2016-01-01 … 2026-02-16 is 3,700 days, one more is too many
    expect((await ask('2016-01-01', '2026-02-16', 'DAY')).errors).toBeUndefined();
    const tooMany = await ask('2016-01-01', '2026-02-17', 'DAY');
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'to' }, message: expect.stringMatching(/3,701 days; one index answers at most 3,700 periods/) });
    expect((await ask('1950-01-01', '2026-02-17', 'WEEK')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await ask('1950-01-01', '2026-02-17', 'MONTH')).errors).toBeUndefined();
    expect((await ask('2025-02-30', '2025-03-01', 'DAY')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers each call with one statement (besides the caller\'s directory look-up), whatever the number of periods', async () => {
    const cast = await castWithPrices();
    const token = await stack.tokenOf(cast.grower);
    const statementsOf = async (interval: 'DAY' | 'MONTH') => {
      const counts: number[] = [];
      // The fewest of three: a message handler's statements meanwhile count too.
      for (let i = 0; i < 3; i++) {
        const before = stack.statements('insurance');
        const answer = await stack.query(index, { crop: 'SCALLION', from: '2016-01-01', to: '2026-02-16', interval }, token);
        counts.push(stack.statements('insurance') - before);
        expect(answer.errors).toBeUndefined();
      }
      return Math.min(...counts);
    };
    expect(await statementsOf('DAY')).toBeLessThanOrEqual(2);
    expect(await statementsOf('MONTH')).toBeLessThanOrEqual(2);
  });
});

describe('the demo history through the index', () => {
  const csvOf = (header: string, rows: readonly DemoPriceRow[], market: (r: DemoPriceRow) => string) =>
    [header, ...rows.map((r) => [market(r), r.crop, r.variety ?? '', r.grade, r.day, r.priceCnyPerKg, r.volumeKg].join(','))].join('\n');

  it('five seasons of Shanghai and Daya Bay scallion imported as CSV show the seasons and the glut year; Yili florets slide from over 100 to 43', async () => {
    const cast = await freshCast();
    const office = await stack.tokenOf(cast.office);
    const today = shanghaiDay();
    const scallion = demoScallionPrices({ shanghaiMarketId: cast.market.member.id, dayaBayMarketId: cast.otherMarket.member.id }, today);
    const codes = new Map([
      [cast.market.member.id, cast.market.member.creditCode!],
      [cast.otherMarket.member.id, cast.otherMarket.member.creditCode!],
    ]);
    const imported = await stack.query(importCsv, { csv: csvOf('market_credit_code,crop,variety,grade,day,price_cny_per_kg,volume_kg', scallion, (r) => codes.get(r.marketId)!) }, office);
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importPricesCsv).toEqual({ inserted: scallion.length, replaced: 0 });
    const florets = demoSafflowerFloretPrices(cast.market.member.id);
    const floretCsv = csvOf('market_id,crop,variety,grade,day,price_cny_per_kg,volume_kg', florets, (r) => r.marketId);
    expect((await stack.query(importCsv, { csv: floretCsv }, office)).data?.importPricesCsv.inserted).toBe(florets.length);

    const grower = await stack.tokenOf(cast.grower);
    const year = Number(today.slice(0, 4));
    const monthly = await stack.query(index, { crop: 'SCALLION', variety: 'RED', grade: 'A', from: `${year - 5}-01-01`, to: today, interval: 'MONTH' }, grower);
    expect(monthly.errors).toBeUndefined();
    const month = new Map(monthly.data!.priceIndex.points.map((p) => [p.periodStart.slice(0, 7), Number(p.priceCnyPerKg)]));
    const glut = year - DEMO_GLUT_SEASONS_AGO;
    for (const m of ['03', '04', '05']) expect(month.get(`${glut}-${m}`)).toBeLessThan(0.9);
    for (const season of [year - 5, year - 4, year - 2, year - 1]) {
      expect(month.get(`${season}-04`)).toBeGreaterThan(1.5);
      expect(month.get(`${season}-04`)! + 0.5).toBeLessThan(month.get(`${season}-09`)!);
    }
    // Every day of the span answers in one call: two markets, two grades each day.
    const daily = await stack.query(index, { crop: 'SCALLION', variety: 'WHITE', from: `${year - 5}-01-01`, to: today, interval: 'DAY' }, grower);
    expect(daily.data!.priceIndex.points.length).toBe(new Set(scallion.map((r) => r.day)).size);
    expect(daily.data!.priceIndex.points.every((p) => p.observationCount === 4)).toBe(true);

    const floretIndex = await stack.query(index, { crop: 'SAFFLOWER_FLORET', grade: 'A', from: '2006-01-01', to: '2008-12-31', interval: 'MONTH' }, grower);
    const points = floretIndex.data!.priceIndex.points;
    expect(points).toHaveLength(36);
    expect(points.filter((p) => p.periodStart.startsWith('2006')).every((p) => Number(p.priceCnyPerKg) > 100)).toBe(true);
    expect(Number(points.at(-1)!.priceCnyPerKg)).toBeGreaterThan(41);
    expect(Number(points.at(-1)!.priceCnyPerKg)).toBeLessThan(45);
  });
});
