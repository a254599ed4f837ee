import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Decimal, addDays, isoWeekday } from '@alliance/domain-kit';
import { eventually, graphql, errorCode, startTestStack, type TestStack } from '@alliance/stack/testing';
import { boundFloor, floorReadyAlliance, nextMonth, quotedFloor, seedAnnouncedBase, type InsuranceCast, type SeededMember } from '@alliance/stack/fixtures';

/**
 * What an attacker or a careless new user tried against insurance, kept as tests: each documents
 * a rule that held, or the defect it found (fixed in the commit named "(probe finding)").
 */

const quoteFloor = graphql(`
  mutation ProbeQuoteFloor($input: QuoteFloorInput!) {
    quoteFloor(input: $input) { id insuredKg floorPerKg sumInsuredCny premiumCny windows { start end } premiumShares { payer share amountCny } perMu { expectedYieldKgPerMu } }
  }
`);
const bindFloor = graphql(`
  mutation ProbeBindFloor($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id number } }
`);
const setRoles = graphql(`
  mutation ProbeSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }
`);
const suspend = graphql(`
  mutation ProbeSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }
`);
const reinstate = graphql(`
  mutation ProbeReinstate($id: ID!) { reinstateMember(id: $id) { status } }
`);
const reportPrices = graphql(`
  mutation ProbeReportPrices($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }
`);
const observations = graphql(`
  query ProbeObservations { priceObservations(first: 5) { edges { node { id } } } }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'insurance']);
});
afterAll(async () => stack?.close());

/** As the cold chain's revocation tests: well under a second alone, room left for a loaded machine. */
const WITHIN_A_SECOND = { timeoutMs: 5_000, intervalMs: 50 };

/** The first whole week (Monday to Sunday) of next month. */
function weekOfNextMonth(): { start: string; end: string } {
  const month = nextMonth();
  const start = addDays(month.start, (8 - isoWeekday(month.start)) % 7);
  return { start, end: addDays(start, 6) };
}

function quoteInput(member: SeededMember, cover: { start: string; end: string }, windowLength: 'WEEK' | 'MONTH', insuredKg: string) {
  return { crop: 'SCALLION' as const, insuredKg, coverage: '0.85', coverFrom: cover.start, coverTo: cover.end, windowLength, memberId: member.member.id };
}

/** Kg one mu grows in a window of the cover, as a quote of it says. */
async function windowYield(cast: InsuranceCast, member: SeededMember, cover: { start: string; end: string }, length: 'WEEK' | 'MONTH'): Promise<Decimal> {
  const answer = await stack.query(quoteFloor, { input: quoteInput(member, cover, length, '1') }, await stack.tokenOf(cast.office));
  expect(answer.errors).toBeUndefined();
  return new Decimal(answer.data!.quoteFloor.perMu.expectedYieldKgPerMu);
}

describe('the growing cap across window lengths', () => {
  it('counts a weekly contract as the mu it uses, so a monthly quote over it cannot insure more than the bases grow', async () => {
    const { cast } = await floorReadyAlliance(stack, { baseMu: '10' });
    const week = weekOfNextMonth();
    const month = nextMonth();
    const perWeek = await windowYield(cast, cast.grower, week, 'WEEK');
    const perMonth = await windowYield(cast, cast.grower, month, 'MONTH');
    // 9.9 of the 10 mu insured week by week.
    const weekly = perWeek.times('9.9').toDecimalPlaces(3, Decimal.ROUND_DOWN).toFixed(3);
    const weeklyQuote = await stack.query(quoteFloor, { input: quoteInput(cast.grower, week, 'WEEK', weekly) }, await stack.tokenOf(cast.office));
    expect(weeklyQuote.errors).toBeUndefined();
    await boundFloor(stack, cast, weeklyQuote.data!.quoteFloor.id, cast.office);
    // Half the bases' month on top: only 0.1 mu is left in that week.
    const monthly = perMonth.times(5).toDecimalPlaces(3, Decimal.ROUND_DOWN).toFixed(3);
    const over = await stack.query(quoteFloor, { input: quoteInput(cast.grower, month, 'MONTH', monthly) }, await stack.tokenOf(cast.office));
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(over.errors![0]!.extensions!.field).toBe('insuredKg');
    // What the 0.1 mu left grows in a month fits.
    const rest = perMonth.times('0.09').toDecimalPlaces(3, Decimal.ROUND_DOWN).toFixed(3);
    expect((await stack.query(quoteFloor, { input: quoteInput(cast.grower, month, 'MONTH', rest) }, await stack.tokenOf(cast.office))).errors).toBeUndefined();
  });

  it('counts a monthly contract as the mu it uses, so a weekly quote inside it may use the mu still free', async () => {
    const { cast } = await floorReadyAlliance(stack, { baseMu: '10' });
    const week = weekOfNextMonth();
    const month = nextMonth();
    const perWeek = await windowYield(cast, cast.grower, week, 'WEEK');
    const perMonth = await windowYield(cast, cast.grower, month, 'MONTH');
    const monthly = perMonth.times(5).toDecimalPlaces(3, Decimal.ROUND_DOWN).toFixed(3);
    const monthlyQuote = await stack.query(quoteFloor, { input: quoteInput(cast.grower, month, 'MONTH', monthly) }, await stack.tokenOf(cast.office));
    expect(monthlyQuote.errors).toBeUndefined();
    await boundFloor(stack, cast, monthlyQuote.data!.quoteFloor.id, cast.office);
    // 4 of the 5 mu still free, week by week: within what the bases grow.
    const weekly = perWeek.times(4).toDecimalPlaces(3, Decimal.ROUND_DOWN).toFixed(3);
    const fits = await stack.query(quoteFloor, { input: quoteInput(cast.grower, week, 'WEEK', weekly) }, await stack.tokenOf(cast.office));
    expect(fits.errors).toBeUndefined();
    await boundFloor(stack, cast, fits.data!.quoteFloor.id, cast.office);
    // Two more mu is beyond them.
    const over = perWeek.times(2).toDecimalPlaces(3, Decimal.ROUND_DOWN).toFixed(3);
    expect(errorCode(await stack.query(quoteFloor, { input: quoteInput(cast.grower, week, 'WEEK', over) }, await stack.tokenOf(cast.office)))).toBe('BAD_USER_INPUT');
  });
});

describe('idempotency keys', () => {
  it('are each caller\'s own: another grower who picks the same key binds its own quote, and learns nothing of the first', async () => {
    const { cast } = await floorReadyAlliance(stack);
    await seedAnnouncedBase(stack, cast.otherGrower, { areaMu: '10' });
    const key = `probe-${randomUUID()}`;
    const mine = await quotedFloor(stack, cast);
    const first = await stack.query(bindFloor, { quoteId: mine.id, idempotencyKey: key }, await stack.tokenOf(cast.grower));
    expect(first.errors).toBeUndefined();
    const theirs = await quotedFloor(stack, cast, { member: cast.otherGrower });
    const second = await stack.query(bindFloor, { quoteId: theirs.id, idempotencyKey: key }, await stack.tokenOf(cast.otherGrower));
    expect(second.errors).toBeUndefined();
    expect(second.data!.bindFloor.number).not.toBe(first.data!.bindFloor.number);
    // The first grower's retry still returns its own contract; its key on another quote is CONFLICT.
    expect((await stack.query(bindFloor, { quoteId: mine.id, idempotencyKey: key }, await stack.tokenOf(cast.grower))).data!.bindFloor.id).toBe(first.data!.bindFloor.id);
    const another = await quotedFloor(stack, cast, { insuredKg: '10' });
    const reused = await stack.query(bindFloor, { quoteId: another.id, idempotencyKey: key }, await stack.tokenOf(cast.grower));
    expect(errorCode(reused)).toBe('CONFLICT');
    expect(reused.errors![0]!.extensions!.field).toBe('idempotencyKey');
  });
});

describe('authorization follows the directory', () => {
  it('stops a suspended grower from quoting and binding within a second, and lets it go on once reinstated', async () => {
    const { cast } = await floorReadyAlliance(stack);
    const token = await stack.tokenOf(cast.grower);
    const quote = await quotedFloor(stack, cast);
    const officeToken = await stack.tokenOf(cast.office);
    expect((await stack.query(suspend, { id: cast.grower.member.id, reason: 'Unpaid fees' }, officeToken)).errors).toBeUndefined();
    const ask = () => stack.query(quoteFloor, { input: { crop: 'SCALLION', insuredKg: '10', coverage: '0.85', coverFrom: nextMonth().start, coverTo: nextMonth().end } }, token);
    await eventually(async () => expect(errorCode(await ask())).toBe('FORBIDDEN'), WITHIN_A_SECOND);
    // Nor may the office bind the quote it was given before: the member is suspended.
    expect(errorCode(await stack.query(bindFloor, { quoteId: quote.id, idempotencyKey: randomUUID() }, officeToken))).toBe('FORBIDDEN');
    expect(errorCode(await stack.query(bindFloor, { quoteId: quote.id, idempotencyKey: randomUUID() }, token))).toBe('FORBIDDEN');
    expect(await stack.sql('insurance', `select id from insurance.floor_contract where member_id = ?`, [cast.grower.member.id])).toEqual([]);
    expect((await stack.query(reinstate, { id: cast.grower.member.id }, officeToken)).errors).toBeUndefined();
    await eventually(async () => expect((await ask()).errors).toBeUndefined(), WITHIN_A_SECOND);
  });

  it('stops a market whose partner-market role was removed from reporting and reading observations within a second', async () => {
    const { cast } = await floorReadyAlliance(stack);
    const token = await stack.tokenOf(cast.market);
    const report = (day: string) => stack.query(reportPrices, { observations: [{ crop: 'SCALLION', grade: 'B', day, priceCnyPerKg: '1.20', volumeKg: '500' }] }, token);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await report(today)).errors).toBeUndefined();
    expect((await stack.query(observations, {}, token)).errors).toBeUndefined();
    expect((await stack.query(setRoles, { id: cast.market.member.id, roles: ['BRAND_OFFICE'] }, await stack.tokenOf(cast.office))).errors).toBeUndefined();
    await eventually(async () => expect(errorCode(await report(addDays(today, -1)))).toBe('FORBIDDEN'), WITHIN_A_SECOND);
    expect(errorCode(await stack.query(observations, {}, token))).toBe('FORBIDDEN');
    const count = async () => (await stack.sql<{ n: number }>('insurance', `select count(*)::int as n from insurance.price_observation where market_id = ? and grade = 'B'`, [cast.market.member.id]))[0]!.n;
    const before = await count();
    expect(errorCode(await report(addDays(today, -2)))).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('binds no contract for a member that is no longer a grower or cooperative, though its quote is still valid', async () => {
    const { cast } = await floorReadyAlliance(stack);
    const quote = await quotedFloor(stack, cast);
    const officeToken = await stack.tokenOf(cast.office);
    expect((await stack.query(setRoles, { id: cast.grower.member.id, roles: ['BRAND_OFFICE'] }, officeToken)).errors).toBeUndefined();
    const ask = async () => stack.query(quoteFloor, { input: { crop: 'SCALLION', insuredKg: '10', coverage: '0.85', coverFrom: nextMonth().start, coverTo: nextMonth().end } }, await stack.token(cast.grower.viewer));
    await eventually(async () => expect(errorCode(await ask())).toBe('FORBIDDEN'), WITHIN_A_SECOND);
    const bound = await stack.query(bindFloor, { quoteId: quote.id, idempotencyKey: randomUUID() }, officeToken);
    expect(errorCode(bound)).toBe('CONFLICT');
    expect(bound.errors![0]!.message).toMatch(/grower or cooperative/);
    expect(await stack.sql('insurance', `select id from insurance.floor_contract where member_id = ?`, [cast.grower.member.id])).toEqual([]);
  });
});
