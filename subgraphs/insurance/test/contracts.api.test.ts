import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Decimal, shanghaiDay } from '@alliance/domain-kit';
import { eventually, graphql, errorCode, startTestStack, type TestStack } from '@alliance/stack/testing';
import { boundFloor, floorReadyAlliance, nextMonth, quotedFloor, seedInsuranceAlliance, type InsuranceCast, type SeededMember } from '@alliance/stack/fixtures';

const bind = graphql(`
  mutation ContractsBind($quoteId: ID!, $idempotencyKey: String!) {
    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) {
      id number member { id } crop variety grade insuredKg coverage floorPerKg sumInsuredCny premiumCny coverFrom coverTo windowLength status paidCny boundAt
      premiumShares { payer share amountCny }
      costBasis { id } scheme { id boundCny remainingCapacityCny } quote { id status contract { id } }
      windows { start end expectedPayoutCny settlement { id } }
    }
  }
`);
const contractById = graphql(`
  query ContractsById($id: ID!) { floorContract(id: $id) { id number status } }
`);
const contractList = graphql(`
  query ContractsList($filter: FloorContractFilter, $first: Int, $after: String) {
    floorContracts(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id number member { id } status paidCny windows { start expectedPayoutCny settlement { id } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const updateScheme = graphql(`
  mutation ContractsUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id capacityCny boundCny } }
`);
const exposureOf = graphql(`
  query ContractsExposure($crop: Crop!, $seasonOn: Date) {
    exposure(crop: $crop, seasonOn: $seasonOn) {
      crop scheme { id } contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny
      byWindow { start end contracts insuredKg sumInsuredCny expectedPayoutCny paidCny }
    }
  }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'insurance']);
});
afterAll(async () => stack?.close());

async function contractRows(allianceId: string) {
  return stack.sql<{ id: string; number: string; quote_id: string; sequence: number }>('insurance', `select id, number, quote_id, sequence from insurance.floor_contract where alliance_id = ? order by sequence`, [allianceId]);
}

async function boundOf(schemeId: string): Promise<string> {
  return (await stack.sql<{ bound: string }>('insurance', `select bound_cny::text as bound from insurance.floor_scheme where id = ?`, [schemeId]))[0]!.bound;
}

const year = Number(shanghaiDay(new Date()).slice(0, 4));

describe('bindFloor', () => {
  it('binds a quote into a numbered contract with the quote\'s terms and each window\'s expected payout', async () => {
    const { cast, basis, scheme } = await floorReadyAlliance(stack);
    const quote = await quotedFloor(stack, cast, { insuredKg: '1234.5' });
    const answer = await stack.query(bind, { quoteId: quote.id, idempotencyKey: randomUUID() }, await stack.tokenOf(cast.grower));
    expect(answer.errors).toBeUndefined();
    const contract = answer.data!.bindFloor;
    const month = nextMonth();
    expect(contract).toMatchObject({
      number: `${cast.alliance.code}-PF-${year}-0001`,
      member: { id: cast.grower.member.id },
      crop: 'SCALLION',
      variety: null,
      grade: null,
      insuredKg: '1234.500',
      coverage: '0.8500',
      floorPerKg: '1.02',
      sumInsuredCny: quote.sumInsuredCny,
      premiumCny: quote.premiumCny,
      coverFrom: month.start,
      coverTo: month.end,
      windowLength: 'MONTH',
      status: 'BOUND',
      paidCny: '0.00',
      costBasis: { id: basis.id },
      // The grower sees the scheme's terms, not the insurer's book (capacity and what is bound).
      scheme: { id: scheme.id, boundCny: null, remainingCapacityCny: null },
      quote: { id: quote.id, status: 'BOUND', contract: { id: contract.id } },
    });
    // 1.02 × 1,234.5 kg = 1,259.19 CNY.
    expect(quote.sumInsuredCny).toBe('1259.19');
    expect(new Decimal(contract.premiumShares.reduce((s, p) => s.plus(p.amountCny), new Decimal(0))).toFixed(2)).toBe(quote.premiumCny);
    expect(contract.windows).toEqual(
      quote.windows.map((w) => ({
        start: w.start,
        end: w.end,
        expectedPayoutCny: Decimal.max(w.black76PerKg, w.burnCostPerKg).times('1234.5').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
        settlement: null,
      })),
    );
    expect(await boundOf(scheme.id)).toBe('1259.19');
    // The next bind of the alliance takes the next number.
    const second = await boundFloor(stack, cast, (await quotedFloor(stack, cast)).id);
    expect(second.number).toBe(`${cast.alliance.code}-PF-${year}-0002`);
  });

  it('returns the same contract to a retry under the same key, and refuses another quote under it or the quote under another key', async () => {
    const { cast, scheme } = await floorReadyAlliance(stack);
    const grower = await stack.tokenOf(cast.grower);
    const quote = await quotedFloor(stack, cast);
    const key = randomUUID();
    const first = await stack.query(bind, { quoteId: quote.id, idempotencyKey: key }, grower);
    const again = await stack.query(bind, { quoteId: quote.id, idempotencyKey: ` ${key} ` }, grower);
    expect(again.errors).toBeUndefined();
    expect(again.data!.bindFloor.id).toBe(first.data!.bindFloor.id);
    // The office retrying the grower's bind with the grower's key gets it too.
    expect((await stack.query(bind, { quoteId: quote.id, idempotencyKey: key }, await stack.tokenOf(cast.office))).data!.bindFloor.id).toBe(first.data!.bindFloor.id);

    const other = await quotedFloor(stack, cast);
    const reused = await stack.query(bind, { quoteId: other.id, idempotencyKey: key }, grower);
    expect(errorCode(reused)).toBe('CONFLICT');
    expect(reused.errors![0]!.message).toContain(first.data!.bindFloor.number);
    const twice = await stack.query(bind, { quoteId: quote.id, idempotencyKey: randomUUID() }, grower);
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors![0]!.message).toBe(`Quote ${quote.id} is already bound as contract ${first.data!.bindFloor.number}, under another idempotency key.`);
    expect((await contractRows(cast.alliance.id)).map((r) => r.quote_id)).toEqual([quote.id]);
    expect(await boundOf(scheme.id)).toBe(quote.sumInsuredCny);
  });

  it('is for the insured member, the office and the insurer of the quote\'s alliance; anyone else is told there is no such quote', async () => {
    const { cast } = await floorReadyAlliance(stack);
    const away = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    const quotes = await Promise.all([0, 1, 2].map(() => quotedFloor(stack, cast)));
    for (const who of [cast.otherGrower, cast.cooperative, cast.market, cast.brand, away.office, away.insurer, away.grower]) {
      const answer = await stack.query(bind, { quoteId: quotes[0]!.id, idempotencyKey: randomUUID() }, await stack.tokenOf(who));
      expect(errorCode(answer)).toBe('NOT_FOUND');
      expect(answer.errors![0]!.message).toBe(`No floor quote ${quotes[0]!.id} in your alliance.`);
    }
    expect(errorCode(await stack.query(bind, { quoteId: quotes[0]!.id, idempotencyKey: randomUUID() }, null))).toBe('UNAUTHENTICATED');
    expect(await contractRows(cast.alliance.id)).toEqual([]);
    for (const [i, who] of [cast.grower, cast.office, cast.insurer].entries()) {
      const answer = await stack.query(bind, { quoteId: quotes[i]!.id, idempotencyKey: randomUUID() }, await stack.tokenOf(who));
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.bindFloor.member.id).toBe(cast.grower.member.id);
    }
    expect((await contractRows(cast.alliance.id)).map((r) => r.sequence)).toEqual([1, 2, 3]);
  });

  it('refuses a short or long key, an unknown or malformed quote, an expired quote, and a suspended member, writing nothing', async () => {
    const { cast, scheme } = await floorReadyAlliance(stack);
    const grower = await stack.tokenOf(cast.grower);
    const quote = await quotedFloor(stack, cast);
    for (const key of ['short', '', 'x'.repeat(101)]) {
      const answer = await stack.query(bind, { quoteId: quote.id, idempotencyKey: key }, grower);
      expect(errorCode(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.extensions!.field).toBe('idempotencyKey');
    }
    expect(errorCode(await stack.query(bind, { quoteId: randomUUID(), idempotencyKey: randomUUID() }, grower))).toBe('NOT_FOUND');
    expect(errorCode(await stack.query(bind, { quoteId: 'not-a-quote', idempotencyKey: randomUUID() }, grower))).toBe('BAD_USER_INPUT');

    const expired = await quotedFloor(stack, cast);
    await stack.sql('insurance', `update insurance.floor_quote set valid_until = now() - interval '1 minute' where id = ?`, [expired.id]);
    const late = await stack.query(bind, { quoteId: expired.id, idempotencyKey: randomUUID() }, grower);
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
    expect(late.errors![0]!.message).toMatch(/expired at .*ask for a new quote/);

    const suspend = await stack.query(`mutation($id: ID!) { suspendMember(id: $id, reason: "Unpaid dues") { id status } }`, { id: cast.grower.member.id }, await stack.tokenOf(cast.office));
    expect(suspend.errors).toBeUndefined();
    await eventually(async () => {
      const rows = await stack.sql('insurance', `select memberships from insurance.member_directory where member_id = ?`, [cast.grower.member.id]);
      expect(JSON.stringify(rows[0])).toContain('SUSPENDED');
    });
    expect(errorCode(await stack.query(bind, { quoteId: quote.id, idempotencyKey: randomUUID() }, grower))).toBe('FORBIDDEN');
    const forSuspended = await stack.query(bind, { quoteId: quote.id, idempotencyKey: randomUUID() }, await stack.tokenOf(cast.office));
    expect(errorCode(forSuspended)).toBe('FORBIDDEN');
    expect(forSuspended.errors![0]!.message).toMatch(/member is suspended/);

    expect(await contractRows(cast.alliance.id)).toEqual([]);
    expect(await boundOf(scheme.id)).toBe('0.00');
    expect(await stack.sql('insurance', `select * from insurance.contract_counter where alliance_id = ?`, [cast.alliance.id])).toEqual([]);
  });

  it('refuses binding beyond the scheme\'s capacity with what remains, and beyond what the member\'s bases grow', async () => {
    const { cast, scheme } = await floorReadyAlliance(stack);
    const grower = await stack.tokenOf(cast.grower);
    const first = await quotedFloor(stack, cast, { insuredKg: '4500' });
    const second = await quotedFloor(stack, cast, { insuredKg: '4500' });
    const third = await quotedFloor(stack, cast, { insuredKg: '100' });
    // 1.02 × 4,500 = 4,590 each; the insurer lowers the capacity to 5,000 after quoting.
    expect((await stack.query(updateScheme, { id: scheme.id, input: { capacityCny: '5000' } }, await stack.tokenOf(cast.insurer))).errors).toBeUndefined();
    expect((await stack.query(bind, { quoteId: first.id, idempotencyKey: randomUUID() }, grower)).errors).toBeUndefined();
    const over = await stack.query(bind, { quoteId: second.id, idempotencyKey: randomUUID() }, grower);
    expect(errorCode(over)).toBe('CONFLICT');
    expect(over.errors![0]!.message).toBe("Binding this quote (sum insured 4590.00 CNY) would exceed the scheme's capacity: 410.00 CNY of 5000.00 CNY remain.");
    expect(over.errors![0]!.extensions!.remainingCapacityCny).toBe('410.00');
    expect(await boundOf(scheme.id)).toBe('4590.00');

    // Capacity back up: now what the bases grow refuses it. Each of the 10 mu grows 20,000 kg over the
    // two-year season, 767–849 kg in a month: 4,500 kg are insured already, 4,500 more do not fit.
    expect((await stack.query(updateScheme, { id: scheme.id, input: { capacityCny: '1000000' } }, await stack.tokenOf(cast.insurer))).errors).toBeUndefined();
    const grown = await stack.query(bind, { quoteId: second.id, idempotencyKey: randomUUID() }, grower);
    expect(errorCode(grown)).toBe('CONFLICT');
    expect(grown.errors![0]!.message).toMatch(/^The member's bases \(10\.00 mu × \d+\.\d{3} kg per mu a window = \d+\.\d{3} kg\) less the 4500\.000 kg already insured in overlapping covers leave \d+\.\d{3} kg a window; this quote insures 4500\.000 kg\.$/);
    expect(await boundOf(scheme.id)).toBe('4590.00');
    // A small one still fits, and takes the next number: the refusals gave theirs back.
    expect((await boundFloor(stack, cast, third.id)).number).toBe(`${cast.alliance.code}-PF-${year}-0002`);
  });
});

describe('binding concurrently', () => {
  it('never binds beyond capacity: what is bound is the sum of the contracts, the rest CONFLICT, numbers gapless', async () => {
    const { cast, scheme } = await floorReadyAlliance(stack, { capacityCny: '500' });
    // 102.00 CNY each: four fit in 500.
    const quotes = await Promise.all(Array.from({ length: 8 }, () => quotedFloor(stack, cast)));
    const grower = await stack.tokenOf(cast.grower);
    const answers = await Promise.all(quotes.map((q) => stack.query(bind, { quoteId: q.id, idempotencyKey: randomUUID() }, grower)));
    const bound = answers.filter((a) => !a.errors);
    expect(bound).toHaveLength(4);
    for (const refused of answers.filter((a) => a.errors)) {
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(refused.errors![0]!.message).toMatch(/would exceed the scheme's capacity: 92\.00 CNY of 500\.00 CNY remain\.$/);
    }
    const rows = await contractRows(cast.alliance.id);
    expect(rows.map((r) => r.sequence)).toEqual([1, 2, 3, 4]);
    const [sum] = await stack.sql<{ s: string }>('insurance', `select sum(sum_insured_cny)::text as s from insurance.floor_contract where scheme_id = ?`, [scheme.id]);
    expect(await boundOf(scheme.id)).toBe(sum!.s);
    expect(sum!.s).toBe('408.00');
  });

  it('binds one contract for the same quote and key sent at once, and one for the same quote under different keys', async () => {
    const { cast, scheme } = await floorReadyAlliance(stack);
    const grower = await stack.tokenOf(cast.grower);
    const quote = await quotedFloor(stack, cast);
    const key = randomUUID();
    const same = await Promise.all(Array.from({ length: 8 }, () => stack.query(bind, { quoteId: quote.id, idempotencyKey: key }, grower)));
    expect(same.map((a) => a.errors)).toEqual(same.map(() => undefined));
    expect(new Set(same.map((a) => a.data!.bindFloor.id)).size).toBe(1);

    const other = await quotedFloor(stack, cast);
    const keys = await Promise.all(Array.from({ length: 6 }, () => stack.query(bind, { quoteId: other.id, idempotencyKey: randomUUID() }, grower)));
    const won = keys.filter((a) => !a.errors);
    expect(won).toHaveLength(1);
    for (const lost of keys.filter((a) => a.errors)) {
      expect(errorCode(lost)).toBe('CONFLICT');
      expect(lost.errors![0]!.message).toContain(won[0]!.data!.bindFloor.number);
    }
    const rows = await contractRows(cast.alliance.id);
    expect(rows.map((r) => r.quote_id).sort()).toEqual([quote.id, other.id].sort());
    expect(rows.map((r) => r.sequence)).toEqual([1, 2]);
    expect(await boundOf(scheme.id)).toBe('204.00');
  });
});
