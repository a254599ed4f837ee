import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Decimal } from '@alliance/domain-kit';
import { graphql, errorCode, startTestStack, type TestStack } from '@alliance/stack/testing';
import {
  boundFloor,
  floorReadyAlliance,
  quotedFloor,
  seededObservations,
  seedInsuranceAlliance,
  type FixtureObservation,
  type InsuranceCast,
  type SeededMember,
} from '@alliance/stack/fixtures';
import { settlementIndemnityPerMuCny, settlementPayoutCny } from '../src/domain/settlement-rules.ts';

const settleFloor = graphql(`
  mutation SettlementSettleFloor($contractId: ID!, $window: WindowInput!) {
    settleFloor(contractId: $contractId, window: $window) {
      id windowStart windowEnd indexPerKg floorPerKg insuredKg payoutCny indemnityPerMuCny observationDays observationCount volumeKg settledAt
      contract { id status paidCny windows { start settlement { id payoutCny } } }
      statement { market { id name } day variety grade priceCnyPerKg volumeKg }
    }
  }
`);
const settleWindow = graphql(`
  mutation SettlementSettleWindow($crop: Crop!, $window: WindowInput!) {
    settleWindow(crop: $crop, window: $window) { crop windowStart windowEnd indexPerKg settled alreadySettled payoutCny totalPayoutCny }
  }
`);
const settlementById = graphql(`
  query SettlementById($id: ID!) { floorSettlement(id: $id) { id payoutCny contract { id } statement { day } } }
`);
const exposureOf = graphql(`
  query SettlementExposure { exposure(crop: SCALLION) { byWindow { start contracts expectedPayoutCny paidCny } } }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'insurance']);
});
afterAll(async () => stack?.close());

/** A calendar month `back` months before this one: outside the fixtures' 400 days of history from 14 on. */
function pastMonth(back: number): { start: string; end: string } {
  const now = new Date(Date.now() + 8 * 3_600_000);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}
const WINDOW = pastMonth(26);
const day = (n: number) => `${WINDOW.start.slice(0, 8)}${String(n).padStart(2, '0')}`;

/**
 * Contracts are bound on next month through real quotes; for their window to have closed, the
 * test moves the contracts' cover and window (not yet settled) to a month long past, in the table.
 */
async function movedTo(contractIds: string[], w = WINDOW): Promise<void> {
  const ids = `{${contractIds.join(',')}}`;
  await stack.sql('insurance', `update insurance.contract_window set window_start = ?, window_end = ? where contract_id = any(?::uuid[])`, [w.start, w.end, ids]);
  await stack.sql('insurance', `update insurance.floor_contract set cover_from = ?, cover_to = ? where id = any(?::uuid[])`, [w.start, w.end, ids]);
}

async function contractsOf(cast: InsuranceCast, specs: { insuredKg: string; grade?: string | null; member?: SeededMember }[]): Promise<string[]> {
  const ids: string[] = [];
  for (const spec of specs) {
    const member = spec.member ?? cast.grower;
    ids.push((await boundFloor(stack, cast, (await quotedFloor(stack, cast, { insuredKg: spec.insuredKg, grade: spec.grade ?? null, member })).id, member)).id);
  }
  await movedTo(ids);
  return ids;
}

const Exact = Decimal.clone({ precision: 80 });

/** Σ price × volume and Σ volume of the rows (of a grade, or all). */
function sums(rows: readonly FixtureObservation[], grade: string | null = null) {
  const inside = rows.filter((r) => grade === null || (r.grade ?? 'A') === grade);
  return {
    value: inside.reduce((s, r) => s.plus(new Exact(r.priceCnyPerKg).times(r.volumeKg)), new Exact(0)),
    volume: inside.reduce((s, r) => s.plus(r.volumeKg), new Exact(0)),
    days: new Set(inside.map((r) => r.day)).size,
  };
}

async function settlementRows(contractIds: string[]) {
  return stack.sql<{ contract_id: string; payout_cny: string; indemnity_per_mu_cny: string; floor_per_kg: string; insured_kg: string; value_cny: string; volume_kg: string; yield: string }>('insurance', 
    `select s.contract_id, s.payout_cny::text, s.indemnity_per_mu_cny::text, s.floor_per_kg::text, s.insured_kg::text, wi.value_cny::text, wi.volume_kg::text,
            c.expected_yield_kg_per_mu::text as yield
     from insurance.floor_settlement s join insurance.window_index wi on wi.id = s.window_index_id join insurance.floor_contract c on c.id = s.contract_id
     where s.contract_id = any(?::uuid[]) order by s.contract_id`,
    [`{${contractIds.join(',')}}`],
  );
}

async function writtenFor(cast: InsuranceCast): Promise<{ indexes: number; copied: number; settlements: number }> {
  const [row] = await stack.sql<{ indexes: number; copied: number; settlements: number }>('insurance', 
    `select (select count(*) from insurance.window_index where alliance_id = ?)::int as indexes,
            (select count(*) from insurance.window_index_observation o join insurance.window_index w on w.id = o.window_index_id where w.alliance_id = ?)::int as copied,
            (select count(*) from insurance.floor_settlement where alliance_id = ?)::int as settlements`,
    [cast.alliance.id, cast.alliance.id, cast.alliance.id],
  );
  return row!;
}

/** Six days at both markets below the floor K = 1.02, with volumes that make the index a repeating decimal. */
const SIX_DAYS: FixtureObservation[] = [1, 2, 3, 4, 5, 6].flatMap((n) => [
  { market: 'market' as const, day: day(n), priceCnyPerKg: (0.8 + n * 0.0137).toFixed(4), volumeKg: (333.333 + n).toFixed(3) },
  { market: 'otherMarket' as const, day: day(n), priceCnyPerKg: (0.9 - n * 0.0071).toFixed(4), volumeKg: (700 + n * 0.007).toFixed(3) },
]);

describe('settleFloor', () => {
  it('pays max(0, K − index) × insured kg against the window\'s index, once, with the observations it used', async () => {
    const { cast } = await floorReadyAlliance(stack);
    const [contractId] = await contractsOf(cast, [{ insuredKg: '1234.567' }]);
    await seededObservations(stack, cast, SIX_DAYS);
    const answer = await stack.query(settleFloor, { contractId: contractId!, window: WINDOW }, await stack.tokenOf(cast.insurer));
    expect(answer.errors).toBeUndefined();
    const s = answer.data!.settleFloor;
    const { value, volume } = sums(SIX_DAYS);
    const exact = Exact.max(0, new Exact('1.02').minus(value.dividedBy(volume))).times('1234.567');
    expect(s).toMatchObject({
      windowStart: WINDOW.start,
      windowEnd: WINDOW.end,
      indexPerKg: value.dividedBy(volume).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed(6),
      floorPerKg: '1.02',
      insuredKg: '1234.567',
      payoutCny: exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
      observationDays: 6,
      observationCount: 12,
      volumeKg: volume.toFixed(3),
      contract: { id: contractId, status: 'SETTLED', paidCny: exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2), windows: [{ start: WINDOW.start, settlement: { id: s.id } }] },
    });
    expect(new Decimal(s.payoutCny).gt(0)).toBe(true);
    expect(s.statement).toHaveLength(12);
    expect(s.statement[0]).toMatchObject({ day: day(1), variety: null, grade: 'A' });
    expect(new Set(s.statement.map((l) => l.market.id))).toEqual(new Set([cast.market.member.id, cast.otherMarket.member.id]));
    expect(s.statement.map((l) => l.market.name).every((n) => typeof n === 'string' && n.length > 0)).toBe(true);

    // Again: the same settlement; a late observation changes nothing, the index was kept as it was.
    await seededObservations(stack, cast, [{ market: 'market', day: day(7), priceCnyPerKg: '0.1000', volumeKg: '99999.000' }]);
    const again = await stack.query(settleFloor, { contractId: contractId!, window: WINDOW }, await stack.tokenOf(cast.office));
    expect(again.data!.settleFloor).toMatchObject({ id: s.id, payoutCny: s.payoutCny, observationCount: 12 });
    expect(await writtenFor(cast)).toEqual({ indexes: 1, copied: 12, settlements: 1 });

    // Read back by the insured member, the office and the insurer; null for anyone else.
    for (const who of [cast.grower, cast.office, cast.insurer]) expect((await stack.query(settlementById, { id: s.id }, await stack.tokenOf(who))).data!.floorSettlement).toMatchObject({ id: s.id, contract: { id: contractId } });
    const away = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    for (const who of [cast.otherGrower, cast.market, cast.cooperative, away.insurer, away.office]) expect((await stack.query(settlementById, { id: s.id }, await stack.tokenOf(who))).data!.floorSettlement).toBeNull();
    // Exposure shows what the window paid.
    const exposure = await stack.query(exposureOf, {}, await stack.tokenOf(cast.insurer));
    expect(exposure.data!.exposure!.byWindow).toContainEqual(expect.objectContaining({ start: WINDOW.start, contracts: 1, paidCny: s.payoutCny }));
  });

  it('computes in SQL exactly what the domain computes, on awkward figures (one rounding, half up)', async () => {
    const { cast } = await floorReadyAlliance(stack);
    const ids = await contractsOf(cast, [{ insuredKg: '1.5' }, { insuredKg: '0.333' }, { insuredKg: '777.777' }, { insuredKg: '3.003' }]);
    // Σ volume 3, Σ price × volume 3.05: the index is 1.01666…; (1.02 − 1.01666…) × 1.5 = 0.005 exactly, paid as 0.01.
    const rows: FixtureObservation[] = [
      { market: 'market', day: day(1), priceCnyPerKg: '1.0000', volumeKg: '0.700' },
      { market: 'market', day: day(2), priceCnyPerKg: '1.1000', volumeKg: '0.500' },
      { market: 'market', day: day(3), priceCnyPerKg: '1.0000', volumeKg: '0.600' },
      { market: 'otherMarket', day: day(4), priceCnyPerKg: '1.0000', volumeKg: '0.600' },
      { market: 'otherMarket', day: day(5), priceCnyPerKg: '1.0000', volumeKg: '0.600' },
    ];
    await seededObservations(stack, cast, rows);
    const answer = await stack.query(settleWindow, { crop: 'SCALLION', window: WINDOW }, await stack.tokenOf(cast.office));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.settleWindow).toMatchObject({ settled: 4, alreadySettled: 0, indexPerKg: '1.016667' });
    const written = await settlementRows(ids);
    expect(written).toHaveLength(4);
    for (const r of written) {
      expect(r.value_cny).toBe('3.0500000');
      expect(r.payout_cny).toBe(settlementPayoutCny(r.floor_per_kg, { valueCny: r.value_cny, volumeKg: r.volume_kg }, r.insured_kg).toFixed(2));
      expect(r.indemnity_per_mu_cny).toBe(settlementIndemnityPerMuCny(r.floor_per_kg, { valueCny: r.value_cny, volumeKg: r.volume_kg }, r.yield).toFixed(2));
    }
    const byKg = new Map(written.map((r) => [r.insured_kg, r.payout_cny]));
    expect(byKg.get('1.500')).toBe('0.01');
    // 0.01 × 0.333 ÷ 3 = 0.00111: nothing; 0.01 × 777.777 ÷ 3 = 2.59259: 2.59; 0.01 × 3.003 ÷ 3 = 0.01001: 0.01.
    expect(byKg.get('0.333')).toBe('0.00');
    expect(byKg.get('777.777')).toBe('2.59');
    expect(byKg.get('3.003')).toBe('0.01');
    expect(answer.data!.settleWindow.payoutCny).toBe('2.61');
  });

  it('settles only a closed window of the contract, for the insurer or the office of its alliance, with enough days of observations; a refusal writes nothing', async () => {
    const { cast } = await floorReadyAlliance(stack, { minObservationDays: 5 });
    const [contractId] = await contractsOf(cast, [{ insuredKg: '100' }]);
    const future = await boundFloor(stack, cast, (await quotedFloor(stack, cast)).id);
    const insurer = await stack.tokenOf(cast.insurer);
    const refuse = async (variables: { contractId: string; window: { start: string; end: string } }, who: SeededMember | null, code: string, message?: RegExp | string) => {
      const answer = await stack.query(settleFloor, variables, await stack.tokenOf(who));
      expect(errorCode(answer)).toBe(code);
      if (message) expect(answer.errors![0]!.message).toMatch(message);
      expect(await writtenFor(cast)).toEqual({ indexes: 0, copied: 0, settlements: 0 });
    };
    // Four days with observations: the scheme requires five.
    await seededObservations(stack, cast, SIX_DAYS.filter((r) => r.day <= day(4)));
    await refuse({ contractId: contractId!, window: WINDOW }, cast.insurer, 'BAD_USER_INPUT', `The window ${WINDOW.start} – ${WINDOW.end} cannot be settled: the scallion, every variety, every grade index has observations on 4 days; the scheme requires at least 5. Nothing was settled.`);
    await refuse({ contractId: contractId!, window: { start: WINDOW.start, end: day(28) } }, cast.insurer, 'BAD_USER_INPUT', new RegExp(`is not a window of contract .*; its windows are ${WINDOW.start} – ${WINDOW.end}\\.$`));
    const [futureWindow] = (await stack.sql<{ s: string; e: string }>('insurance', `select to_char(window_start, 'YYYY-MM-DD') as s, to_char(window_end, 'YYYY-MM-DD') as e from insurance.contract_window where contract_id = ?`, [future.id])).map((w) => ({ start: w.s, end: w.e }));
    await refuse({ contractId: future.id, window: futureWindow! }, cast.insurer, 'BAD_USER_INPUT', /has not closed yet/);
    await refuse({ contractId: contractId!, window: WINDOW }, cast.grower, 'FORBIDDEN');
    const away = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    for (const who of [cast.otherGrower, cast.market, cast.brand, away.insurer, away.office]) await refuse({ contractId: contractId!, window: WINDOW }, who, 'NOT_FOUND');
    await refuse({ contractId: contractId!, window: WINDOW }, null, 'UNAUTHENTICATED');
    await refuse({ contractId: 'not-a-contract', window: WINDOW }, cast.insurer, 'BAD_USER_INPUT');
    // settleWindow alike, and for a window no contract has.
    for (const [who, code] of [[cast.grower, 'FORBIDDEN'], [cast.market, 'FORBIDDEN'], [null, 'UNAUTHENTICATED']] as const) {
      expect(errorCode(await stack.query(settleWindow, { crop: 'SCALLION', window: WINDOW }, await stack.tokenOf(who)))).toBe(code);
    }
    const thin = await stack.query(settleWindow, { crop: 'SCALLION', window: WINDOW }, insurer);
    expect(errorCode(thin)).toBe('BAD_USER_INPUT');
    expect(thin.errors![0]!.extensions!.series).toEqual([{ variety: null, grade: null, observationDays: 4, minObservationDays: 5 }]);
    const none = await stack.query(settleWindow, { crop: 'SCALLION', window: pastMonth(27) }, insurer);
    expect(errorCode(none)).toBe('BAD_USER_INPUT');
    expect(none.errors![0]!.message).toContain(`windows with contracts (latest first): ${futureWindow!.start} – ${futureWindow!.end}, ${WINDOW.start} – ${WINDOW.end}.`);
    expect(errorCode(await stack.query(settleWindow, { crop: 'SCALLION', window: futureWindow! }, insurer))).toBe('BAD_USER_INPUT');
    expect(await writtenFor(cast)).toEqual({ indexes: 0, copied: 0, settlements: 0 });
    // A fifth day: now it settles.
    await seededObservations(stack, cast, SIX_DAYS.filter((r) => r.day === day(5)));
    expect((await stack.query(settleFloor, { contractId: contractId!, window: WINDOW }, insurer)).errors).toBeUndefined();
  });
});

describe('settleWindow', () => {
  it('settles every contract of the window in bulk, one index per series, in a constant number of statements; contracts settled before stay', async () => {
    const { cast } = await floorReadyAlliance(stack);
    const specs: { insuredKg: string; grade?: string }[] = [
      ...Array.from({ length: 6 }, (_, i) => ({ insuredKg: (100 + i * 11.111).toFixed(3) })),
      ...Array.from({ length: 3 }, (_, i) => ({ insuredKg: String(50 + i), grade: 'A' })),
    ];
    const ids = await contractsOf(cast, specs);
    const gradeB = SIX_DAYS.map((r) => ({ ...r, grade: 'B', priceCnyPerKg: '0.5000' }));
    await seededObservations(stack, cast, [...SIX_DAYS, ...gradeB]);
    const office = await stack.tokenOf(cast.office);
    // One settled first, by itself.
    expect((await stack.query(settleFloor, { contractId: ids[0]!, window: WINDOW }, office)).errors).toBeUndefined();

    const before = stack.statements('insurance');
    const answer = await stack.query(settleWindow, { crop: 'SCALLION', window: WINDOW }, office);
    const statements = stack.statements('insurance') - before;
    const all = sums([...SIX_DAYS, ...gradeB]);
    const a = sums([...SIX_DAYS, ...gradeB], 'A');
    const payout = (kg: string, s: { value: Decimal; volume: Decimal }) => Exact.max(0, new Exact('1.02').minus(s.value.dividedBy(s.volume))).times(kg).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const every = specs.map((spec) => payout(new Decimal(spec.insuredKg).toFixed(3), spec.grade ? a : all));
    const total = every.reduce((s, p) => s.plus(p), new Decimal(0));
    expect(answer.data!.settleWindow).toEqual({
      crop: 'SCALLION',
      windowStart: WINDOW.start,
      windowEnd: WINDOW.end,
      // Two series, two indexes: no single index to show.
      indexPerKg: null,
      settled: 8,
      alreadySettled: 1,
      payoutCny: total.minus(every[0]!).toFixed(2),
      totalPayoutCny: total.toFixed(2),
    });
    // Begin, the directory, totals, indexes, what cannot settle, the settlements, totals, commit, …: never one per contract.
    expect(statements).toBeLessThanOrEqual(12);
    expect(await writtenFor(cast)).toEqual({ indexes: 2, copied: 24 + 12, settlements: 9 });
    // Again: nothing new.
    const again = await stack.query(settleWindow, { crop: 'SCALLION', window: WINDOW }, office);
    expect(again.data!.settleWindow).toMatchObject({ settled: 0, alreadySettled: 9, payoutCny: '0.00', totalPayoutCny: total.toFixed(2) });
  });

  it('pays once per contract window when settleFloor and settleWindow race', async () => {
    const { cast } = await floorReadyAlliance(stack);
    const ids = await contractsOf(cast, Array.from({ length: 5 }, (_, i) => ({ insuredKg: String(200 + i) })));
    await seededObservations(stack, cast, SIX_DAYS);
    const insurer = await stack.tokenOf(cast.insurer);
    const office = await stack.tokenOf(cast.office);
    const floors = await Promise.all(Array.from({ length: 10 }, (_, i) => stack.query(settleFloor, { contractId: ids[0]!, window: WINDOW }, i % 2 ? insurer : office)));
    expect(floors.map((f) => f.errors)).toEqual(floors.map(() => undefined));
    expect(new Set(floors.map((f) => f.data!.settleFloor.id)).size).toBe(1);
    expect(await stack.sql('insurance', `select id from insurance.floor_settlement where contract_id = ?`, [ids[0]])).toHaveLength(1);

    const mixed = await Promise.all([
      ...Array.from({ length: 4 }, () => stack.query(settleWindow, { crop: 'SCALLION', window: WINDOW }, insurer)),
      ...ids.map((id) => stack.query(settleFloor, { contractId: id, window: WINDOW }, office)),
    ]);
    expect(mixed.map((m) => m.errors)).toEqual(mixed.map(() => undefined));
    const windows = mixed.slice(0, 4).map((m) => (m.data as { settleWindow: { settled: number; alreadySettled: number } }).settleWindow);
    for (const w of windows) expect(w.settled + w.alreadySettled).toBe(5);
    const rows = await stack.sql<{ contract_id: string; n: number }>('insurance', `select contract_id, count(*)::int as n from insurance.floor_settlement where alliance_id = ? group by contract_id`, [cast.alliance.id]);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    expect(await writtenFor(cast)).toEqual({ indexes: 1, copied: 12, settlements: 5 });
  });
});
