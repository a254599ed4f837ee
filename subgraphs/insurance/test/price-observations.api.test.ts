import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { seedInsuranceAlliance, shanghaiDayFromNow, type SeededMember } from '@alliance/stack/fixtures';

const report = graphql(`
  mutation ObservationsReport($observations: [PriceObservationInput!]!, $onDuplicate: DuplicatePolicy) {
    reportPrices(observations: $observations, onDuplicate: $onDuplicate) {
      inserted replaced
      observations { id market { id } crop variety grade day priceCnyPerKg volumeKg source reportedAt }
    }
  }
`);
const importCsv = graphql(`
  mutation ObservationsImport($csv: LongText!, $onDuplicate: DuplicatePolicy) {
    importPricesCsv(csv: $csv, onDuplicate: $onDuplicate) { inserted replaced observations { market { id } day priceCnyPerKg source } }
  }
`);
const list = graphql(`
  query ObservationsList($filter: PriceObservationFilter, $first: Int, $after: String) {
    priceObservations(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id market { id } crop variety grade day priceCnyPerKg volumeKg } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'insurance']);
});
afterAll(async () => stack?.close());

const freshCast = () => seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
const day = shanghaiDayFromNow;

type Row = { marketId?: string | null; crop?: 'SCALLION' | 'SAFFLOWER_FLORET'; variety?: 'RED' | 'WHITE' | null; grade?: 'A' | 'B'; day?: string; priceCnyPerKg?: string; volumeKg?: string };
const obs = (over: Row = {}) => ({ crop: 'SCALLION' as const, variety: 'RED' as const, grade: 'A' as const, day: day(-10), priceCnyPerKg: '1.90', volumeKg: '42000', ...over });

async function rows(allianceId: string) {
  return stack
    .em('insurance')
    .getConnection()
    .execute<{ market_id: string; variety: string | null; grade: string; day: string; price: string; volume: string; source: string; reported_by: string }[]>(
      `select market_id, variety, grade, to_char(day, 'YYYY-MM-DD') as day, price_cny_per_kg::text as price, volume_kg::text as volume, source, reported_by
       from insurance.price_observation where alliance_id = ? order by day, market_id, variety, grade`,
      [allianceId],
    );
}

describe('importing a CSV of prices', () => {
  const header = 'market_credit_code,crop,variety,grade,day,price_cny_per_kg,volume_kg';

  it('the office imports by the credit code of the market or its id; rows are IMPORTED, refusals name the CSV line', async () => {
    const cast = await freshCast();
    const office = await stack.tokenOf(cast.office);
    const code = cast.market.member.creditCode!;
    const csv = `${header}\r\n${code},SCALLION,RED,A,${day(-3)},1.85,42000\r\n\r\n${code.toLowerCase()},scallion,,B,${day(-3)},"1.60",38000\r\n`;
    const answer = await stack.query(importCsv, { csv }, office);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.importPricesCsv).toMatchObject({ inserted: 2, replaced: 0, observations: [{ market: { id: cast.market.member.id }, source: 'IMPORTED', priceCnyPerKg: '1.8500' }, { priceCnyPerKg: '1.6000' }] });
    const byId = `market_id,crop,variety,grade,day,price_cny_per_kg,volume_kg\n${cast.otherMarket.member.id},SCALLION,RED,A,${day(-3)},1.95,30000\n`;
    expect((await stack.query(importCsv, { csv: byId }, office)).data?.importPricesCsv.inserted).toBe(1);

    const bad = [
      header,
      `${code},SCALLION,RED,A,${day(-3)},1.85,42000`,
      `NOPE,SCALLION,RED,A,${day(-4)},1.85,42000`,
      `${cast.cooperative.member.creditCode},SCALLION,RED,A,${day(-4)},1.85,42000`,
      `${code},SCALLION,RED,A,${day(-5)},1.85`,
      `${code},LEEK,RED,A,${day(-6)},1.85,100`,
    ].join('\n');
    const refused = await stack.query(importCsv, { csv: bad }, office);
    expect(refused.errors?.[0]?.message).toMatch(/^5 of 5 rows were refused; nothing was written\. First, line 2: /);
    expect(refused.errors?.[0]?.extensions?.rows).toEqual([
      { row: 0, line: 2, field: 'day', reason: expect.stringMatching(/already reported/) },
      { row: 1, line: 3, field: 'market_credit_code', reason: 'no member of your alliance has the unified social credit code "NOPE" (or name it by market_id)' },
      { row: 2, line: 4, field: 'market_credit_code', reason: `member ${cast.cooperative.member.id} is not a partner market of your alliance` },
      { row: 3, line: 5, field: 'csv', reason: 'line 5 has 6 fields, the header 7' },
      { row: 4, line: 6, field: 'crop', reason: 'crop "LEEK" is not one of SCALLION, SAFFLOWER_FLORET, SAFFLOWER_SEED' },
    ]);
    expect(await rows(cast.alliance.id)).toHaveLength(3);
    // REPLACE overwrites from a CSV too.
    const replaced = await stack.query(importCsv, { csv: `${header}\n${code},SCALLION,RED,A,${day(-3)},1.99,42000\n`, onDuplicate: 'REPLACE' }, office);
    expect(replaced.data?.importPricesCsv).toMatchObject({ inserted: 0, replaced: 1 });
  });

  it('is for the office only, refuses a bad header or more than 50,000 rows, and writes nothing', async () => {
    const cast = await freshCast();
    const csv = `${header}\n${cast.market.member.creditCode},SCALLION,RED,A,${day(-3)},1.85,42000\n`;
    for (const who of [cast.market, cast.insurer, cast.grower, cast.brand]) {
      expect((await stack.query(importCsv, { csv }, await stack.tokenOf(who))).errors?.[0]?.extensions?.code, who.viewer.kind).toBe('FORBIDDEN');
    }
    expect((await stack.query(importCsv, { csv }, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const office = await stack.tokenOf(cast.office);
    const header2 = await stack.query(importCsv, { csv: 'market,crop\nx,y\n' }, office);
    expect(header2.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'csv', line: 1 }, message: expect.stringMatching(/does not know: "market"/) });
    const quote = await stack.query(importCsv, { csv: `${header}\n"x,SCALLION\n` }, office);
    expect(quote.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', line: 2 } });
    const line = `${cast.market.member.creditCode},SCALLION,RED,A,${day(-3)},1.85,42000`;
    const huge = `${header}\n${Array.from({ length: 50_001 }, () => line).join('\n')}\n`;
    expect((await stack.query(importCsv, { csv: huge }, office)).errors?.[0]?.message).toMatch(/more than 50,000 rows/);
    expect(await rows(cast.alliance.id)).toEqual([]);
  });
});

describe('reading observations', () => {
  it('newest day first, paginated; all of them for the insurer and the office, its own for a market, none for others', async () => {
    const cast = await freshCast();
    const office = await stack.tokenOf(cast.office);
    const observations = [-5, -4, -3, -2, -1].flatMap((d) => [obs({ marketId: cast.market.member.id, day: day(d) }), obs({ marketId: cast.otherMarket.member.id, day: day(d), crop: 'SAFFLOWER_FLORET', variety: null, priceCnyPerKg: '60' })]);
    expect((await stack.query(report, { observations }, office)).errors).toBeUndefined();
    for (const who of [cast.office, cast.insurer]) {
      const page = await stack.query(list, { first: 4 }, await stack.tokenOf(who));
      expect(page.data!.priceObservations.edges.map((e) => e.node.day)).toEqual([day(-1), day(-1), day(-2), day(-2)]);
      expect(page.data!.priceObservations.pageInfo.hasNextPage).toBe(true);
      const next = await stack.query(list, { first: 4, after: page.data!.priceObservations.pageInfo.endCursor }, await stack.tokenOf(who));
      expect(next.data!.priceObservations.edges.map((e) => e.node.day)).toEqual([day(-3), day(-3), day(-4), day(-4)]);
      const last = await stack.query(list, { first: 4, after: next.data!.priceObservations.pageInfo.endCursor }, await stack.tokenOf(who));
      expect(last.data!.priceObservations.edges).toHaveLength(2);
      expect(last.data!.priceObservations.pageInfo.hasNextPage).toBe(false);
      const ids = [page, next, last].flatMap((p) => p.data!.priceObservations.edges.map((e) => e.node.id));
      expect(new Set(ids).size).toBe(10);
    }
    const filtered = await stack.query(list, { filter: { marketId: cast.otherMarket.member.id, crop: 'SAFFLOWER_FLORET', from: day(-4), to: day(-2) } }, office);
    expect(filtered.data!.priceObservations.edges.map((e) => [e.node.market.id, e.node.day, e.node.priceCnyPerKg])).toEqual([
      [cast.otherMarket.member.id, day(-2), '60.0000'],
      [cast.otherMarket.member.id, day(-3), '60.0000'],
      [cast.otherMarket.member.id, day(-4), '60.0000'],
    ]);
    // A market sees its own only: another market's id finds nothing.
    const own = await stack.query(list, {}, await stack.tokenOf(cast.market));
    expect(own.data!.priceObservations.edges.map((e) => e.node.market.id)).toEqual(Array(5).fill(cast.market.member.id));
    expect((await stack.query(list, { filter: { marketId: cast.otherMarket.member.id } }, await stack.tokenOf(cast.market))).data!.priceObservations.edges).toEqual([]);
    for (const who of [cast.grower, cast.cooperative, cast.brand]) {
      expect((await stack.query(list, {}, await stack.tokenOf(who))).errors?.[0]?.extensions?.code, who.viewer.kind).toBe('FORBIDDEN');
    }
    expect((await stack.query(list, {}, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Another alliance's office and insurer see none of them.
    const away = await freshCast();
    for (const who of [away.office, away.insurer, away.market]) expect((await stack.query(list, {}, await stack.tokenOf(who))).data!.priceObservations.edges).toEqual([]);
    // Bad input.
    expect((await stack.query(list, { after: 'nonsense' }, office)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await stack.query(list, { first: 0 }, office)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await stack.query(list, { filter: { marketId: 'x' } }, office)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.marketId' });
    expect((await stack.query(list, { filter: { from: day(-1), to: day(-2) } }, office)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
  });
});
