import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { seedInsuranceAlliance, shanghaiDayFromNow, type InsuranceCast, type SeededMember } from '@alliance/stack/fixtures';

const report = graphql(`
  mutation PricesReport($observations: [PriceObservationInput!]!, $onDuplicate: DuplicatePolicy) {
    reportPrices(observations: $observations, onDuplicate: $onDuplicate) {
      inserted replaced
      observations { id market { id } crop variety grade day priceCnyPerKg volumeKg source reportedAt }
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

/** The cast of a fresh alliance, with three days of RED A at Shanghai around 1.90 so that medians exist. */
async function castWithHistory(): Promise<InsuranceCast> {
  const cast = await freshCast();
  const answer = await stack.query(report, { observations: [obs({ day: day(-15), priceCnyPerKg: '1.80' }), obs({ day: day(-14) }), obs({ day: day(-13), priceCnyPerKg: '2.00' })] }, await stack.tokenOf(cast.market));
  expect(answer.errors).toBeUndefined();
  return cast;
}

describe('reporting prices', () => {
  it('a partner market reports its own rows, the office any partner market of its alliance by naming it; the rows come back in the order given', async () => {
    const cast = await freshCast();
    const mine = await stack.query(report, { observations: [obs({ day: day(-2) }), obs({ day: day(-1), variety: null, grade: 'B', priceCnyPerKg: '1.6525', volumeKg: '38000.125' })] }, await stack.tokenOf(cast.market));
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.reportPrices).toMatchObject({
      inserted: 2,
      replaced: 0,
      observations: [
        { market: { id: cast.market.member.id }, crop: 'SCALLION', variety: 'RED', grade: 'A', day: day(-2), priceCnyPerKg: '1.9000', volumeKg: '42000.000', source: 'REPORTED' },
        { market: { id: cast.market.member.id }, variety: null, grade: 'B', day: day(-1), priceCnyPerKg: '1.6525', volumeKg: '38000.125' },
      ],
    });
    // A market may name itself.
    expect((await stack.query(report, { observations: [obs({ marketId: cast.market.member.id, day: day(-3) })] }, await stack.tokenOf(cast.market))).errors).toBeUndefined();
    const forOther = await stack.query(report, { observations: [obs({ marketId: cast.otherMarket.member.id, day: day(-2) })] }, await stack.tokenOf(cast.office));
    expect(forOther.errors).toBeUndefined();
    expect(forOther.data!.reportPrices.observations[0]!.market.id).toBe(cast.otherMarket.member.id);
    const stored = await rows(cast.alliance.id);
    expect(stored).toHaveLength(4);
    expect(stored.find((r) => r.market_id === cast.otherMarket.member.id)).toMatchObject({ reported_by: cast.office.member.id, source: 'REPORTED', price: '1.9000' });
  });

  it('is refused for every other role, for a market naming another market, for a market the office cannot name, and for a suspended market; nothing is written', async () => {
    const cast = await freshCast();
    const away = await freshCast();
    for (const who of [cast.insurer, cast.grower, cast.cooperative, cast.brand]) {
      expect((await stack.query(report, { observations: [obs({ marketId: cast.market.member.id })] }, await stack.tokenOf(who))).errors?.[0]?.extensions?.code, who.viewer.kind).toBe('FORBIDDEN');
    }
    expect((await stack.query(report, { observations: [obs()] }, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const naming = await stack.query(report, { observations: [obs(), obs({ marketId: cast.otherMarket.member.id, day: day(-9) })] }, await stack.tokenOf(cast.market));
    expect(naming.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', rows: [{ row: 1, field: 'marketId' }] });
    expect(naming.errors![0]!.message).toBe('A partner market reports its own prices only; row 1 names another market.');
    // The office names a partner market of its own alliance, or its rows are refused one by one.
    const office = await stack.tokenOf(cast.office);
    const refused = await stack.query(
      report,
      {
        observations: [
          obs({ marketId: cast.market.member.id }),
          obs({ marketId: null }),
          obs({ marketId: cast.grower.member.id }),
          obs({ marketId: away.market.member.id }),
          obs({ marketId: 'shanghai' }),
          obs({ marketId: away.office.member.id, day: day(-9) }),
        ],
      },
      office,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rows: [
        { row: 1, field: 'marketId', reason: 'the office names the partner market each row is for (marketId)' },
        { row: 2, field: 'marketId', reason: `member ${cast.grower.member.id} is not a partner market of your alliance` },
        { row: 3, field: 'marketId', reason: `no member ${away.market.member.id} in your alliance` },
        { row: 4, field: 'marketId', reason: '"shanghai" is not a member id' },
        { row: 5, field: 'marketId', reason: `no member ${away.office.member.id} in your alliance` },
      ],
    });
    expect(refused.errors![0]!.message).toMatch(/^5 of 6 rows were refused; nothing was written\. First, row 1: /);
    // Another alliance's office cannot report for this alliance's market.
    expect((await stack.query(report, { observations: [obs({ marketId: cast.market.member.id })] }, await stack.tokenOf(away.office))).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Empty and oversized reports.
    expect((await stack.query(report, { observations: [] }, office)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'observations' });
    const tooMany = Array.from({ length: 5001 }, (_, i) => obs({ marketId: cast.market.member.id, day: day(-1 - (i % 4000)) }));
    expect((await stack.query(report, { observations: tooMany }, office)).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'observations' }, message: expect.stringMatching(/at most 5,000 rows; got 5,001/) });
    // A suspended market reads, but reports nothing.
    const suspended = await stack.query(`mutation($id: ID!) { suspendMember(id: $id, reason: "Unpaid dues") { id status } }`, { id: cast.otherMarket.member.id }, office);
    expect(suspended.errors).toBeUndefined();
    await eventually(async () => {
      const [entry] = await stack.em('insurance').getConnection().execute(`select memberships from insurance.member_directory where member_id = ?`, [cast.otherMarket.member.id]);
      expect(JSON.stringify(entry)).toContain('SUSPENDED');
    });
    expect((await stack.query(report, { observations: [obs()] }, await stack.tokenOf(cast.otherMarket))).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/suspended/) });
    expect(await rows(cast.alliance.id)).toEqual([]);
    expect(await rows(away.alliance.id)).toEqual([]);
  });

  it('refuses implausible rows, each listed with its reason in one error, and leaves the table as it was', async () => {
    const cast = await castWithHistory();
    const before = await rows(cast.alliance.id);
    // 120 rows of WHITE B over 120 past days, three of them bad, and one RED A far above its median
    const bulk = Array.from({ length: 120 }, (_, i) => obs({ variety: 'WHITE', grade: 'B', day: day(-20 - i), priceCnyPerKg: '1.70' }));
    bulk[7] = { ...bulk[7]!, priceCnyPerKg: '0' };
    bulk[30] = { ...bulk[30]!, volumeKg: '12.3456' };
    bulk[64] = { ...bulk[64]!, day: day(1) };
    bulk[100] = obs({ day: day(-5), priceCnyPerKg: '62' });
    const answer = await stack.query(report, { observations: bulk }, await stack.tokenOf(cast.market));
    expect(answer.data).toBeNull();
    expect(answer.errors).toHaveLength(1);
    const error = answer.errors![0]!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^4 of 120 rows were refused; nothing was written\./);
    const from = day(-35);
    const to = day(-6);
    expect(error.extensions!.rows).toEqual([
      { row: 7, field: 'priceCnyPerKg', reason: 'price 0 is not more than 0: a price is more than 0 CNY per kg' },
      { row: 30, field: 'volumeKg', reason: 'volume 12.3456 has more than 3 decimals (kg to 3 decimals)' },
      { row: 64, field: 'day', reason: `day ${day(1)} is in the future (today is ${day(0)}, Asia/Shanghai)` },
      { row: 100, field: 'priceCnyPerKg', reason: `price 62.0000 is more than 5× the median 1.9000 of the 30 days before ${day(-5)} (${from} to ${to}, every market of the series)` },
    ]);
    expect(await rows(cast.alliance.id)).toEqual(before);
    // Without the bad rows the same bulk is written whole; 9.50 is exactly 5× the median and passes.
    const good = bulk.filter((_, i) => ![7, 30, 64, 100].includes(i));
    good.push(obs({ day: day(-5), priceCnyPerKg: '9.50' }));
    const written = await stack.query(report, { observations: good }, await stack.tokenOf(cast.market));
    expect(written.errors).toBeUndefined();
    expect(written.data!.reportPrices).toMatchObject({ inserted: 117, replaced: 0 });
    expect(written.data!.reportPrices.observations).toHaveLength(100);
    expect(await rows(cast.alliance.id)).toHaveLength(before.length + 117);
  });

  it('judges against earlier days of the same request and every market of the series, not other series nor other alliances', async () => {
    const cast = await freshCast();
    const away = await freshCast();
    // The other alliance's prices are far higher: they do not count here.
    await stack.query(report, { observations: [-9, -8, -7].map((d) => obs({ day: day(d), priceCnyPerKg: '40' })) }, await stack.tokenOf(away.market));
    const office = await stack.tokenOf(cast.office);
    const refused = await stack.query(
      report,
      {
        observations: [
          obs({ marketId: cast.market.member.id, day: day(-5), priceCnyPerKg: '12' }),
          obs({ marketId: cast.market.member.id, day: day(-8), priceCnyPerKg: '2.00' }),
          obs({ marketId: cast.otherMarket.member.id, day: day(-8), priceCnyPerKg: '2.20' }),
          obs({ marketId: cast.otherMarket.member.id, day: day(-7), priceCnyPerKg: '2.10' }),
          // WHITE is its own series: no median for it yet
          obs({ marketId: cast.market.member.id, variety: 'WHITE', day: day(-5), priceCnyPerKg: '12' }),
        ],
      },
      office,
    );
    expect(refused.errors?.[0]?.extensions?.rows).toEqual([{ row: 0, field: 'priceCnyPerKg', reason: expect.stringMatching(/^price 12\.0000 is more than 5× the median 2\.1000 of the 30 days before/) }]);
    expect(await rows(cast.alliance.id)).toEqual([]);
  });

  it('a day already reported is refused, or replaced with onDuplicate: REPLACE (counted apart); the same row twice in one request is always refused', async () => {
    const cast = await castWithHistory();
    const token = await stack.tokenOf(cast.market);
    const again = await stack.query(report, { observations: [obs({ day: day(-3) }), obs({ day: day(-14), priceCnyPerKg: '2.10' })] }, token);
    expect(again.errors?.[0]?.extensions?.rows).toEqual([
      { row: 1, field: 'day', reason: `this market already reported SCALLION RED grade A on ${day(-14)} (1.9000 CNY/kg); send onDuplicate: REPLACE to overwrite it` },
    ]);
    expect(again.errors![0]!.message).toMatch(/^1 of 2 rows was refused; nothing was written/);
    expect((await rows(cast.alliance.id)).map((r) => r.day)).toEqual([day(-15), day(-14), day(-13)]);
    const replaced = await stack.query(report, { observations: [obs({ day: day(-3) }), obs({ day: day(-14), priceCnyPerKg: '2.10', volumeKg: '50000' })], onDuplicate: 'REPLACE' }, token);
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data!.reportPrices).toMatchObject({ inserted: 1, replaced: 1, observations: [{ day: day(-3) }, { day: day(-14), priceCnyPerKg: '2.1000', volumeKg: '50000.000' }] });
    const stored = await rows(cast.alliance.id);
    expect(stored).toHaveLength(4);
    expect(stored.find((r) => r.day === day(-14))).toMatchObject({ price: '2.1000', volume: '50000.000' });
    // Another market's row of the same day is no duplicate; the same row twice is, even with REPLACE.
    expect((await stack.query(report, { observations: [obs({ marketId: cast.otherMarket.member.id, day: day(-14) })] }, await stack.tokenOf(cast.office))).errors).toBeUndefined();
    const twice = await stack.query(report, { observations: [obs({ day: day(-2) }), obs({ day: day(-2), priceCnyPerKg: '1.95' })], onDuplicate: 'REPLACE' }, token);
    expect(twice.errors?.[0]?.extensions?.rows).toEqual([
      { row: 0, field: 'day', reason: `the same market, crop, variety, grade and day (${day(-2)}) as row 1: a day is reported once per request` },
      { row: 1, field: 'day', reason: `the same market, crop, variety, grade and day (${day(-2)}) as row 0: a day is reported once per request` },
    ]);
    expect(await rows(cast.alliance.id)).toHaveLength(5);
  });

  it('writes 5,000 rows in one call with a handful of statements, not one per row', async () => {
    const cast = await freshCast();
    const series = [['RED', 'A'], ['RED', 'B'], ['WHITE', 'A'], ['WHITE', 'B']] as const;
    const bulk = Array.from({ length: 5000 }, (_, i) => {
      const [variety, grade] = series[i % 4]!;
      return obs({ variety, grade, day: day(-1 - Math.floor(i / 4)), priceCnyPerKg: (1.6 + ((i * 37) % 140) / 100).toFixed(2) });
    });
    const before = stack.statements('insurance');
    const answer = await stack.query(report, { observations: bulk }, await stack.tokenOf(cast.market));
    const statements = stack.statements('insurance') - before;
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.reportPrices).toMatchObject({ inserted: 5000, replaced: 0 });
    expect(await rows(cast.alliance.id)).toHaveLength(5000);
    // The directory's look-up of the caller, begin, the series' past, the insert, commit (and what a message handler ran meanwhile).
    expect(statements).toBeLessThan(20);
  });
});

describe('concurrent reports', () => {
  it('the same market and day reported at once with REFUSE: one is written, every other is refused cleanly, never two rows', async () => {
    const cast = await freshCast();
    const [market, office] = await Promise.all([stack.tokenOf(cast.market), stack.tokenOf(cast.office)]);
    const row = (price: string) => [obs({ marketId: cast.market.member.id, day: day(-4), priceCnyPerKg: price })];
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => stack.query(report, { observations: row(`1.9${i}`) }, i % 2 ? office : market)));
    const won = answers.filter((a) => !a.errors);
    expect(won).toHaveLength(1);
    for (const lost of answers.filter((a) => a.errors)) {
      expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(lost.errors![0]!.extensions?.code);
      expect(lost.errors![0]!.message).toMatch(/nothing (of this one )?was written/);
    }
    const stored = await rows(cast.alliance.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.price).toBe(won[0]!.data!.reportPrices.observations[0]!.priceCnyPerKg);
  });

  it('with REPLACE, concurrent reports of one day leave one row, inserted once; two markets on the same day both write', async () => {
    const cast = await freshCast();
    const market = await stack.tokenOf(cast.market);
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => stack.query(report, { observations: [obs({ day: day(-4), priceCnyPerKg: `2.0${i}` })], onDuplicate: 'REPLACE' }, market)));
    expect(answers.map((a) => a.errors)).toEqual(Array(6).fill(undefined));
    expect(answers.reduce((n, a) => n + a.data!.reportPrices.inserted, 0)).toBe(1);
    expect(answers.reduce((n, a) => n + a.data!.reportPrices.replaced, 0)).toBe(5);
    expect(await rows(cast.alliance.id)).toHaveLength(1);
    const both = await Promise.all([cast.market, cast.otherMarket].map(async (m) => stack.query(report, { observations: [obs({ day: day(-3) })] }, await stack.tokenOf(m))));
    expect(both.map((a) => a.errors)).toEqual([undefined, undefined]);
    expect((await rows(cast.alliance.id)).filter((r) => r.day === day(-3)).map((r) => r.market_id).sort()).toEqual([cast.market.member.id, cast.otherMarket.member.id].sort());
  });
});
