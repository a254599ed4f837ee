import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Decimal } from '@alliance/domain-kit';
import { eventually, graphql, errorCode, startTestStack, type TestStack } from '@alliance/stack/testing';
import {
  boundFloor,
  floorReadyAlliance,
  nextMonth,
  quotedFloor,
  seedAnnouncedBase,
  seedAnnouncedLot,
  seedInsuranceAlliance,
  seedMember,
  type InsuranceCast,
  type SeededMember,
} from '@alliance/stack/fixtures';

const contractById = graphql(`
  query ContractReadsById($id: ID!) { floorContract(id: $id) { id number member { id } status } }
`);
const contractList = graphql(`
  query ContractReadsList($filter: FloorContractFilter, $first: Int, $after: String) {
    floorContracts(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id number member { id } status paidCny } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const fullList = graphql(`
  query ContractReadsFullList($first: Int) {
    floorContracts(first: $first) {
      edges { node {
        id number status paidCny premiumShares { payer amountCny }
        windows { start end expectedPayoutCny settlement { id payoutCny } }
        quote { id status } scheme { id boundCny } costBasis { id version } member { id }
      } }
    }
  }
`);
const memberContracts = graphql(`
  query ContractReadsMember($id: ID!) { member(id: $id) { id floorContracts { id number } } }
`);
const lotFloor = graphql(`
  query ContractReadsLot($id: ID!) { lot(id: $id) { id priceFloor { id number member { id } } } }
`);
const exposureOf = graphql(`
  query ContractReadsExposure($crop: Crop!, $seasonOn: Date) {
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

/** The month after next (Asia/Shanghai). */
function monthAfterNext(): { start: string; end: string } {
  const next = nextMonth();
  const start = new Date(`${next.end}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() + 1);
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

describe('reading contracts', () => {
  let cast: InsuranceCast;
  let away: InsuranceCast;
  let growers: { id: string; number: string }[];
  let cooperatives: { id: string; number: string }[];
  beforeAll(async () => {
    ({ cast } = await floorReadyAlliance(stack));
    away = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    await seedAnnouncedBase(stack, cast.cooperative, { areaMu: '20' });
    growers = [];
    for (let i = 0; i < 3; i++) growers.push(await boundFloor(stack, cast, (await quotedFloor(stack, cast)).id));
    cooperatives = [await boundFloor(stack, cast, (await quotedFloor(stack, cast, { member: cast.cooperative })).id, cast.cooperative)];
  });

  it('shows a contract to its member, the office and the insurer; null to anyone else, other alliances included', async () => {
    const [contract] = growers;
    for (const who of [cast.grower, cast.office, cast.insurer]) {
      expect((await stack.query(contractById, { id: contract!.id }, await stack.tokenOf(who))).data!.floorContract).toMatchObject({ id: contract!.id, number: contract!.number });
    }
    for (const who of [cast.otherGrower, cast.cooperative, cast.market, cast.brand, away.office, away.insurer, away.grower]) {
      const answer = await stack.query(contractById, { id: contract!.id }, await stack.tokenOf(who));
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.floorContract).toBeNull();
    }
    expect(errorCode(await stack.query(contractById, { id: contract!.id }, null))).toBe('UNAUTHENTICATED');
  });

  it('lists every contract for the insurer and the office, its own for a grower or cooperative, none for others, newest first in pages', async () => {
    const all = [...cooperatives, ...[...growers].reverse()].map((c) => c.id);
    const ids = async (who: SeededMember, variables: Record<string, unknown> = {}) =>
      (await stack.query(contractList, variables, await stack.tokenOf(who))).data!.floorContracts.edges.map((e) => e.node.id);
    expect(await ids(cast.insurer)).toEqual(all);
    expect(await ids(cast.office)).toEqual(all);
    expect(await ids(cast.grower)).toEqual([...growers].reverse().map((c) => c.id));
    expect(await ids(cast.cooperative)).toEqual(cooperatives.map((c) => c.id));
    // A grower naming another member sees nothing of it; the office filters by member, crop and status.
    expect(await ids(cast.grower, { filter: { memberId: cast.cooperative.member.id } })).toEqual([]);
    expect(await ids(cast.office, { filter: { memberId: cast.cooperative.member.id } })).toEqual(cooperatives.map((c) => c.id));
    expect(await ids(cast.office, { filter: { crop: 'SAFFLOWER_FLORET' } })).toEqual([]);
    expect(await ids(cast.office, { filter: { status: 'BOUND' } })).toEqual(all);
    expect(await ids(cast.office, { filter: { status: 'SETTLED' } })).toEqual([]);
    for (const who of [cast.otherGrower, cast.market, cast.brand, away.office, away.insurer]) expect(await ids(who)).toEqual([]);

    const page1 = await stack.query(contractList, { first: 3 }, await stack.tokenOf(cast.insurer));
    expect(page1.data!.floorContracts.pageInfo.hasNextPage).toBe(true);
    const page2 = await stack.query(contractList, { first: 3, after: page1.data!.floorContracts.pageInfo.endCursor }, await stack.tokenOf(cast.insurer));
    expect(page2.data!.floorContracts.pageInfo).toMatchObject({ hasNextPage: false });
    expect([...page1.data!.floorContracts.edges, ...page2.data!.floorContracts.edges].map((e) => e.node.id)).toEqual(all);
    for (const bad of [{ after: 'nonsense' }, { first: 0 }, { first: 101 }, { filter: { memberId: 'not-a-member' } }]) {
      expect(errorCode(await stack.query(contractList, bad, await stack.tokenOf(cast.insurer)))).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await stack.query(contractList, {}, null))).toBe('UNAUTHENTICATED');
  });

  it('reads a page of contracts with their windows, quotes, schemes and bases in as many statements for 2 contracts as for 4', async () => {
    const token = await stack.tokenOf(cast.insurer);
    const statements = async (first: number) => {
      const before = stack.statements('insurance');
      const answer = await stack.query(fullList, { first }, token);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.floorContracts.edges).toHaveLength(first);
      return stack.statements('insurance') - before;
    };
    // The counter counts every statement of the subgraph, a message handler's meanwhile too: the fewest of three tries is the query's own.
    const fewest = async (first: number) => Math.min(await statements(first), await statements(first), await statements(first));
    const small = await fewest(2);
    const large = await fewest(4);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(9);
  });

  it('adds its contracts to a member for the member itself, the office and the insurer; null for anyone else', async () => {
    const own = [...growers].reverse().map((c) => c.id);
    for (const who of [cast.grower, cast.office, cast.insurer]) {
      const answer = await stack.query(memberContracts, { id: cast.grower.member.id }, await stack.tokenOf(who));
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.member!.floorContracts!.map((c) => c.id)).toEqual(own);
    }
    for (const who of [cast.otherGrower, cast.cooperative, cast.market, cast.brand]) {
      const answer = await stack.query(memberContracts, { id: cast.grower.member.id }, await stack.tokenOf(who));
      expect(answer.data?.member?.floorContracts ?? null).toBeNull();
    }
  });

  it('gives a lot the floor of its grower (else its cooperative) whose cover holds the harvest day, for the grower, the office, the insurer and the insured cooperative only', async () => {
    const month = nextMonth();
    const covered = await seedAnnouncedLot(stack.em('members'), cast.grower, { harvestDate: month.start, variety: 'RED' });
    const outside = await seedAnnouncedLot(stack.em('members'), cast.grower, { harvestDate: monthAfterNext().start });
    const uncovered = await seedAnnouncedLot(stack.em('members'), cast.otherGrower, { harvestDate: month.end });
    const member = await seedMember(stack.em('members'), cast.alliance, 'GROWER', ['GROWER'], { cooperativeId: cast.cooperative.member.id });
    const ofCooperative = await seedAnnouncedLot(stack.em('members'), member, { harvestDate: month.end });
    await expectLotFacts([covered.id, outside.id, uncovered.id, ofCooperative.id]);
    const floorOf = async (lotId: string, who: SeededMember) => {
      const answer = await stack.query(lotFloor, { id: lotId }, await stack.tokenOf(who));
      return answer.data?.lot?.priceFloor ?? null;
    };
    // The grower's newest contract covers its lot; its cooperative sees its own contracts only.
    for (const who of [cast.grower, cast.office, cast.insurer]) {
      expect(await floorOf(covered.id, who)).toEqual({ id: growers[2]!.id, number: growers[2]!.number, member: { id: cast.grower.member.id } });
    }
    for (const who of [cast.cooperative, cast.otherGrower, cast.market, cast.otherMarket, cast.brand, away.office, away.insurer]) expect(await floorOf(covered.id, who)).toBeNull();
    expect(await floorOf(outside.id, cast.grower)).toBeNull();
    expect(await floorOf(uncovered.id, cast.office)).toBeNull();
    // A grower without a contract of its own is covered by its cooperative's.
    const coop = { id: cooperatives[0]!.id, number: cooperatives[0]!.number, member: { id: cast.cooperative.member.id } };
    for (const who of [cast.office, cast.insurer, cast.cooperative]) expect(await floorOf(ofCooperative.id, who)).toEqual(coop);
    await eventually(async () => expect(await floorOf(ofCooperative.id, member)).toEqual(coop));
    for (const who of [cast.grower, cast.market]) expect(await floorOf(ofCooperative.id, who)).toBeNull();
  });

  async function expectLotFacts(ids: string[]) {
    for (const deadline = Date.now() + 15_000; ; ) {
      const rows = await stack.em('insurance').fork().getConnection().execute<{ n: number }[]>(`select count(*)::int as n from insurance.lot_fact where lot_id = any(?::uuid[])`, [`{${ids.join(',')}}`]);
      if (rows[0]!.n === ids.length) return;
      if (Date.now() > deadline) throw new Error('insurance did not hear of the lots');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
});

describe('exposure', () => {
  it('sums the scheme\'s contracts and each window for the insurer and the office; FORBIDDEN to others', async () => {
    const { cast, scheme } = await floorReadyAlliance(stack);
    const month = nextMonth();
    const later = monthAfterNext();
    const one = await quotedFloor(stack, cast, { insuredKg: '100' });
    const two = await quotedFloor(stack, cast, { insuredKg: '250.5', coverTo: later.end });
    await boundFloor(stack, cast, one.id);
    await boundFloor(stack, cast, two.id);
    // An unbound quote is no exposure.
    await quotedFloor(stack, cast, { insuredKg: '999' });
    const answer = await stack.query(exposureOf, { crop: 'SCALLION' }, await stack.tokenOf(cast.insurer));
    expect(answer.errors).toBeUndefined();
    const sum = (...values: string[]) => values.reduce((s, v) => s.plus(v), new Decimal(0)).toFixed(2);
    const expected = (w: { black76PerKg: string; burnCostPerKg: string }, kg: string) => Decimal.max(w.black76PerKg, w.burnCostPerKg).times(kg).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
    expect(answer.data!.exposure).toEqual({
      crop: 'SCALLION',
      scheme: { id: scheme.id },
      contracts: 2,
      // 100 × 1 window + 250.5 × 2 windows.
      insuredKg: '601.000',
      sumInsuredCny: sum(one.sumInsuredCny, two.sumInsuredCny),
      maximumPayoutCny: sum(one.sumInsuredCny, two.sumInsuredCny),
      premiumCny: sum(one.premiumCny, two.premiumCny),
      byWindow: [
        { start: month.start, end: month.end, contracts: 2, insuredKg: '350.500', sumInsuredCny: '357.51', expectedPayoutCny: sum(expected(one.windows[0]!, '100'), expected(two.windows[0]!, '250.5')), paidCny: null },
        { start: later.start, end: later.end, contracts: 1, insuredKg: '250.500', sumInsuredCny: '255.51', expectedPayoutCny: expected(two.windows[1]!, '250.5'), paidCny: null },
      ],
    });
    expect((await stack.query(exposureOf, { crop: 'SCALLION' }, await stack.tokenOf(cast.office))).data!.exposure!.contracts).toBe(2);
    expect((await stack.query(exposureOf, { crop: 'SCALLION', seasonOn: '2001-06-01' }, await stack.tokenOf(cast.insurer))).data!.exposure).toBeNull();
    expect((await stack.query(exposureOf, { crop: 'SAFFLOWER_FLORET' }, await stack.tokenOf(cast.insurer))).data!.exposure).toBeNull();
    for (const who of [cast.grower, cast.cooperative, cast.market, cast.brand]) expect(errorCode(await stack.query(exposureOf, { crop: 'SCALLION' }, await stack.tokenOf(who)))).toBe('FORBIDDEN');
    expect(errorCode(await stack.query(exposureOf, { crop: 'SCALLION' }, null))).toBe('UNAUTHENTICATED');
    // Another alliance's insurer has its own (none): never this one's.
    const away = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    expect((await stack.query(exposureOf, { crop: 'SCALLION' }, await stack.tokenOf(away.insurer))).data!.exposure).toBeNull();
  });
});
