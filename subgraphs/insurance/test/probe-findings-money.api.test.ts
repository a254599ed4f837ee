import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Decimal, lastOfMonth } from '@alliance/domain-kit';
import { graphql, errorCode, startTestStack, type TestStack } from '@alliance/stack/testing';
import {
  boundFloor,
  floorReadyAlliance,
  nextMonth,
  openedScheme,
  publishedCostBasis,
  quotedFloor,
  scallionHistory,
  seedAnnouncedBase,
  seededObservations,
  seedInsuranceAlliance,
  type SeededMember,
} from '@alliance/stack/fixtures';

/**
 * The probe's money and other-alliance findings (see probe-findings.api.test.ts): premium shares,
 * sums insured and exposure checked against the tables, and what another alliance's office and
 * insurer can do to this one's quotes, contracts, schemes and prices (nothing, and nothing written).
 */

const quoteFloor = graphql(`
  mutation ProbeMoneyQuote($input: QuoteFloorInput!) {
    quoteFloor(input: $input) { id insuredKg floorPerKg sumInsuredCny premiumCny windows { start } premiumShares { payer share amountCny } }
  }
`);
const contractOf = graphql(`
  query ProbeMoneyContract($id: ID!) { floorContract(id: $id) { id insuredKg floorPerKg sumInsuredCny premiumCny premiumShares { payer amountCny } windows { start } } }
`);
const exposureOf = graphql(`
  query ProbeMoneyExposure { exposure(crop: SCALLION) { contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny byWindow { start end contracts insuredKg sumInsuredCny expectedPayoutCny } } }
`);
const bindFloor = graphql(`
  mutation ProbeMoneyBind($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id } }
`);
const settleFloor = graphql(`
  mutation ProbeMoneySettle($contractId: ID!, $window: WindowInput!) { settleFloor(contractId: $contractId, window: $window) { id } }
`);
const updateScheme = graphql(`
  mutation ProbeMoneyUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id } }
`);
const reportPrices = graphql(`
  mutation ProbeMoneyReport($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }
`);
const importCsv = graphql(`
  mutation ProbeMoneyImport($csv: LongText!) { importPricesCsv(csv: $csv) { inserted } }
`);
const contractsOf = graphql(`
  query ProbeMoneyContracts($memberId: ID) { floorContracts(filter: { memberId: $memberId }) { edges { node { id } } } }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'insurance']);
});
afterAll(async () => stack?.close());

describe('money', () => {
  it('splits every premium into shares adding up to it to the fen, sums insured K × kg × windows, and exposure is the sum of the contracts in the tables', async () => {
    const cast = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    await publishedCostBasis(stack, cast);
    const thirds = [
      { payer: 'FARMER', share: '0.3333' },
      { payer: 'COUNTY_GOVERNMENT', share: '0.3333' },
      { payer: 'PROVINCIAL_GOVERNMENT', share: '0.3334' },
    ];
    await openedScheme(stack, cast, { subsidyShares: thirds });
    await seedAnnouncedBase(stack, cast.grower, { areaMu: '100' });
    await seededObservations(stack, cast, scallionHistory());
    const month = nextMonth();
    const quarterEnd = lastOfMonth(month.start, 2);
    const contracts: string[] = [];
    for (const [insuredKg, coverTo, coverage] of [['1234.567', month.end, '0.85'], ['7.001', quarterEnd, '0.7777'], ['333.333', quarterEnd, '1']] as const) {
      const answer = await stack.query(quoteFloor, { input: { crop: 'SCALLION', insuredKg, coverage, coverFrom: month.start, coverTo } }, await stack.tokenOf(cast.grower));
      expect(answer.errors).toBeUndefined();
      const quote = answer.data!.quoteFloor;
      const shares = quote.premiumShares.reduce((sum, s) => sum.plus(s.amountCny), new Decimal(0));
      expect(shares.toFixed(2)).toBe(quote.premiumCny);
      expect(quote.premiumShares.map((s) => s.amountCny).every((a) => /^\d+\.\d{2}$/.test(a))).toBe(true);
      const k = new Decimal(quote.floorPerKg);
      expect(quote.sumInsuredCny).toBe(k.times(insuredKg).times(quote.windows.length).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
      contracts.push((await boundFloor(stack, cast, quote.id)).id);
    }
    for (const id of contracts) {
      const { floorContract: c } = (await stack.query(contractOf, { id }, await stack.tokenOf(cast.grower))).data!;
      expect(c!.premiumShares.reduce((sum, s) => sum.plus(s.amountCny), new Decimal(0)).toFixed(2)).toBe(c!.premiumCny);
    }
    const exposure = (await stack.query(exposureOf, {}, await stack.tokenOf(cast.insurer))).data!.exposure!;
    const [totals] = await stack.sql<{ n: number; kg: string; sum: string; premium: string }>('insurance', 
      `select count(*)::int as n, sum(c.insured_kg * (select count(*) from insurance.contract_window w where w.contract_id = c.id))::text as kg,
              sum(c.sum_insured_cny)::text as sum, sum(c.premium_cny)::text as premium
       from insurance.floor_contract c where c.alliance_id = ?`,
      [cast.alliance.id],
    );
    expect(exposure.contracts).toBe(3);
    expect(exposure.insuredKg).toBe(new Decimal(totals!.kg).toFixed(3));
    expect(exposure.sumInsuredCny).toBe(new Decimal(totals!.sum).toFixed(2));
    expect(exposure.maximumPayoutCny).toBe(exposure.sumInsuredCny);
    expect(exposure.premiumCny).toBe(new Decimal(totals!.premium).toFixed(2));
    const windows = await stack.sql<{ start: string; n: number; kg: string; expected: string }>('insurance', 
      `select to_char(w.window_start, 'YYYY-MM-DD') as start, count(*)::int as n, sum(c.insured_kg)::text as kg, sum(w.expected_payout_cny)::text as expected
       from insurance.contract_window w join insurance.floor_contract c on c.id = w.contract_id where c.alliance_id = ? group by w.window_start order by w.window_start`,
      [cast.alliance.id],
    );
    expect(exposure.byWindow.map((w) => ({ start: w.start, n: w.contracts, kg: w.insuredKg, expected: w.expectedPayoutCny }))).toEqual(
      windows.map((w) => ({ start: w.start, n: w.n, kg: new Decimal(w.kg).toFixed(3), expected: new Decimal(w.expected).toFixed(2) })),
    );
  });
});

describe('another alliance', () => {
  it('cannot bind, settle, quote for, change, report into or list anything of this alliance, and writes nothing in it', async () => {
    const { cast, scheme } = await floorReadyAlliance(stack);
    const away = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    const quote = await quotedFloor(stack, cast);
    const contract = await boundFloor(stack, cast, (await quotedFloor(stack, cast, { insuredKg: '10' })).id);
    const snapshot = async () =>
      (
        await stack.sql('insurance', 
          `select (select count(*) from insurance.floor_contract where alliance_id = ?)::int as contracts,
                  (select count(*) from insurance.floor_quote where alliance_id = ?)::int as quotes,
                  (select count(*) from insurance.price_observation where alliance_id = ?)::int as observations,
                  (select count(*) from insurance.floor_settlement where alliance_id = ?)::int as settlements,
                  (select bound_cny::text || '/' || capacity_cny::text || '/' || loading::text from insurance.floor_scheme where id = ?) as scheme`,
          [cast.alliance.id, cast.alliance.id, cast.alliance.id, cast.alliance.id, scheme.id],
        )
      )[0];
    const before = await snapshot();
    for (const stranger of [away.office, away.insurer]) {
      const token = await stack.tokenOf(stranger);
      expect(errorCode(await stack.query(bindFloor, { quoteId: quote.id, idempotencyKey: randomUUID() }, token))).toBe('NOT_FOUND');
      expect(errorCode(await stack.query(settleFloor, { contractId: contract.id, window: nextMonth() }, token))).toBe('NOT_FOUND');
      expect(errorCode(await stack.query(updateScheme, { id: scheme.id, input: { capacityCny: '1', loading: '4' } }, token))).toMatch(/NOT_FOUND|FORBIDDEN/);
      const forGrower = await stack.query(quoteFloor, { input: { memberId: cast.grower.member.id, crop: 'SCALLION', insuredKg: '10', coverage: '0.85', coverFrom: nextMonth().start, coverTo: nextMonth().end } }, token);
      expect(errorCode(forGrower)).toMatch(/NOT_FOUND|BAD_USER_INPUT/);
      expect((await stack.query(contractsOf, { memberId: cast.grower.member.id }, token)).data!.floorContracts.edges).toEqual([]);
    }
    const officeToken = await stack.tokenOf(away.office);
    const row = { marketId: cast.market.member.id, crop: 'SCALLION' as const, grade: 'C' as const, day: '2024-01-02', priceCnyPerKg: '0.01', volumeKg: '1' };
    expect(errorCode(await stack.query(reportPrices, { observations: [row] }, officeToken))).toBe('BAD_USER_INPUT');
    const csv = `market_id,crop,variety,grade,day,price_cny_per_kg,volume_kg\n${cast.market.member.id},SCALLION,,C,2024-01-02,0.01,1\n`;
    expect(errorCode(await stack.query(importCsv, { csv }, officeToken))).toBe('BAD_USER_INPUT');
    // Not even away's own grower may bind this alliance's quote.
    expect(errorCode(await stack.query(bindFloor, { quoteId: quote.id, idempotencyKey: randomUUID() }, await stack.tokenOf(away.grower)))).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  it('lets no other member of the alliance bind a grower\'s quote: not the other grower, its cooperative, a market or the brand office', async () => {
    const { cast } = await floorReadyAlliance(stack);
    const quote = await quotedFloor(stack, cast);
    for (const member of [cast.otherGrower, cast.cooperative, cast.market, cast.brand]) {
      expect(errorCode(await stack.query(bindFloor, { quoteId: quote.id, idempotencyKey: randomUUID() }, await stack.tokenOf(member)))).toBe('NOT_FOUND');
    }
    expect(await stack.sql('insurance', `select id from insurance.floor_contract where quote_id = ?`, [quote.id])).toEqual([]);
  });
});

describe('a bound contract\'s terms', () => {
  it('cannot have its settlement rule changed under its bound contracts: minObservationDays is fixed once a contract is bound', async () => {
    const { cast, scheme } = await floorReadyAlliance(stack);
    const insurer = await stack.tokenOf(cast.insurer);
    // Before any contract, the insurer may still set it.
    expect((await stack.query(updateScheme, { id: scheme.id, input: { minObservationDays: 6 } }, insurer)).errors).toBeUndefined();
    await boundFloor(stack, cast, (await quotedFloor(stack, cast)).id);
    // Raised to 31 after the bind, no month but the longest could ever be settled (and February never).
    const raised = await stack.query(updateScheme, { id: scheme.id, input: { minObservationDays: 31 } }, insurer);
    expect(errorCode(raised)).toBe('CONFLICT');
    expect(raised.errors![0]!.extensions!.field).toBe('minObservationDays');
    expect(errorCode(await stack.query(updateScheme, { id: scheme.id, input: { minObservationDays: 1, loading: '0.3' } }, insurer))).toBe('CONFLICT');
    expect(await stack.sql('insurance', `select min_observation_days, loading::text from insurance.floor_scheme where id = ?`, [scheme.id])).toEqual([{ min_observation_days: 6, loading: '0.2500' }]);
    // The same value, and other terms, still change.
    expect((await stack.query(updateScheme, { id: scheme.id, input: { minObservationDays: 6, loading: '0.3' } }, insurer)).errors).toBeUndefined();
  });
});
