import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Viewer } from '@alliance/domain-kit';
import { Decimal, shanghaiDay } from '@alliance/domain-kit';
import { encodeViewerHeader, GATEWAY_SECRET_HEADER, VIEWER_HEADER } from '@alliance/auth';
import { graphql, errorCode, startTestStack, type TestStack } from '@alliance/stack/testing';
import {
  openedScheme,
  publishedCostBasis,
  seedAnnouncedBase,
  seededObservations,
  seedInsuranceAlliance,
  type InsuranceCast,
  type PublishedCostBasis,
  type SeededMember,
} from '@alliance/stack/fixtures';

const quoteFloor = graphql(`
  mutation QuotesQuoteFloor($input: QuoteFloorInput!) {
    quoteFloor(input: $input) {
      id member { id } crop variety grade insuredKg coverage coverFrom coverTo windowLength
      costBasis { id version } scheme { id }
      marginalCostPerKg floorPerKg sumInsuredCny black76PerKg burnCostPerKg technicalPerKg loading premiumCny rate
      premiumShares { payer share amountCny }
      perMu { insuredMu expectedYieldKgPerMu sumInsuredPerMuCny targetPricePerKg targetPricePerJin premiumPerMuCny farmerPremiumPerMuCny }
      windows { start end forwardPerKg volatility yearsToExpiry riskFreeRate black76PerKg burnCostPerKg pastSeasons { start end indexPerKg observationDays payoutPerKg } }
      validUntil status contract { id } createdAt
    }
  }
`);
const floorQuote = graphql(`
  query QuotesFloorQuote($id: ID!) {
    floorQuote(id: $id) { id status member { id } premiumCny contract { id } }
  }
`);
const bindFloor = graphql(`
  mutation QuotesBindFloor($quoteId: ID!, $idempotencyKey: String!) {
    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id }
  }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'insurance']);
});
afterAll(async () => stack?.close());

// ---- days ------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const dayNo = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
function monthStart(day: string, months: number): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
const monthEnd = (day: string) => dayOf(dayNo(monthStart(day, 1)) - 1);

const today = shanghaiDay(new Date());
/** The cover of the tests: next month and the one after (two MONTH windows, inside the fixture season). */
const coverFrom = monthStart(today, 1);
const coverTo = monthEnd(monthStart(today, 2));
const windows = [
  { start: coverFrom, end: monthEnd(coverFrom) },
  { start: monthStart(today, 2), end: coverTo },
];
const yearsBack = (w: { start: string }, k: number) => {
  const start = `${Number(w.start.slice(0, 4)) - k}${w.start.slice(4)}`;
  return { start, end: monthEnd(start) };
};

// ---- history ---------------------------------------------------------------------------------

interface Observation {
  market: 0 | 1;
  day: string;
  price: string;
  volume: string;
}

/** Two markets' daily prices around 1.15 CNY/kg with a yearly swing, times `level` (a collapse below K = 1.02 at 0.6). */
function observationsOn(day: string, level = 1): Observation[] {
  const n = dayNo(day);
  return ([0, 1] as const).map((market) => ({
    market,
    day,
    price: (level * (1.15 + 0.3 * Math.sin((2 * Math.PI * n) / 365) + 0.08 * Math.sin(n * 1.7 + market))).toFixed(4),
    volume: (500 + ((n * 37) % 400) + market * 100).toFixed(3),
  }));
}

/**
 * Every day of the 400 before today (σ's year and the past season 1 windows), and every day of the
 * windows 2 and 4 seasons back, season 4 in a price collapse: seasons 3 and 5 have none.
 */
function historyDays(): { day: string; level: number }[] {
  const days = new Map<string, number>();
  for (let n = dayNo(today) - 400; n < dayNo(today); n++) days.set(dayOf(n), 1);
  for (const w of windows) {
    for (const k of [2, 4]) {
      const past = yearsBack(w, k);
      for (let n = dayNo(past.start); n <= dayNo(past.end); n++) days.set(dayOf(n), k === 4 ? 0.6 : 1);
    }
  }
  return [...days].map(([day, level]) => ({ day, level }));
}

async function seedHistory(cast: InsuranceCast, days: readonly { day: string; level: number }[]): Promise<Observation[]> {
  const rows = days.flatMap((d) => observationsOn(d.day, d.level));
  await seededObservations(
    stack,
    cast,
    rows.map((r) => ({ market: r.market ? 'otherMarket' : 'market', variety: r.market ? 'WHITE' : 'RED', grade: r.market ? 'B' : 'A', day: r.day, priceCnyPerKg: r.price, volumeKg: r.volume })),
  );
  return rows;
}

/** Σ price × volume ÷ Σ volume of the rows in [start, end]; null without any. */
function vwap(rows: readonly Observation[], start: string, end: string): Decimal | null {
  const inside = rows.filter((r) => r.day >= start && r.day <= end);
  if (!inside.length) return null;
  const value = inside.reduce((s, r) => s.plus(new Decimal(r.price).times(r.volume)), new Decimal(0));
  return value.dividedBy(inside.reduce((s, r) => s.plus(r.volume), new Decimal(0)));
}

// ---- an alliance ready to quote --------------------------------------------------------------

interface Priced {
  cast: InsuranceCast;
  basis: PublishedCostBasis;
  schemeId: string;
  rows: Observation[];
}

async function pricedAlliance(options: { history?: boolean; baseMu?: string } = {}): Promise<Priced> {
  const cast = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
  const basis = await publishedCostBasis(stack, cast);
  const scheme = await openedScheme(stack, cast);
  await seedAnnouncedBase(stack, cast.grower, { areaMu: options.baseMu ?? '10' });
  const rows = options.history === false ? [] : await seedHistory(cast, historyDays());
  return { cast, basis, schemeId: scheme.id, rows };
}

function input(overrides: Record<string, unknown> = {}) {
  return { crop: 'SCALLION' as const, insuredKg: '2000', coverage: '0.85', coverFrom, coverTo, windowLength: 'MONTH' as const, ...overrides };
}

async function quoteRows(allianceId: string): Promise<number> {
  const [row] = await stack.em('insurance').getConnection().execute<{ n: number }[]>(`select count(*)::int as n from insurance.floor_quote where alliance_id = ?`, [allianceId]);
  return row!.n;
}

/** N(x) from erf's Taylor series (exact to double precision for |x| < 3.5): independent of the library the subgraph uses. */
function N(x: number): number {
  const z = x / Math.SQRT2;
  let term = z;
  let sum = z;
  for (let n = 1; n < 300; n++) {
    term *= (-z * z) / n;
    sum += term / (2 * n + 1);
  }
  return 0.5 * (1 + (2 / Math.sqrt(Math.PI)) * sum);
}

describe('quoteFloor', () => {
  let home: Priced;
  beforeAll(async () => {
    home = await pricedAlliance();
  });

  it('prices a grower\'s floor two ways, every figure recomputed here from the observations', async () => {
    const { cast, basis, rows } = home;
    const answer = await stack.query(quoteFloor, { input: input() }, await stack.tokenOf(cast.grower));
    expect(answer.errors).toBeUndefined();
    const quote = answer.data!.quoteFloor;
    const K = new Decimal('0.85').times(basis.marginalCostPerKg).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    expect(K.toFixed(2)).toBe('1.02');
    expect(quote).toMatchObject({
      member: { id: cast.grower.member.id },
      crop: 'SCALLION',
      variety: null,
      grade: null,
      insuredKg: '2000.000',
      coverage: '0.8500',
      coverFrom,
      coverTo,
      windowLength: 'MONTH',
      costBasis: { id: basis.id, version: 1 },
      scheme: { id: home.schemeId },
      marginalCostPerKg: '1.2000',
      floorPerKg: '1.02',
      loading: '0.2500',
      status: 'OPEN',
      contract: null,
    });
    expect(quote.windows.map((w) => [w.start, w.end])).toEqual(windows.map((w) => [w.start, w.end]));

    // σ: the sample standard deviation of the log returns of the daily index over the 365 days before today, × √365.
    const daily: Decimal[] = [];
    for (let n = dayNo(today) - 365; n < dayNo(today); n++) daily.push(vwap(rows, dayOf(n), dayOf(n))!);
    const returns = daily.slice(1).map((p, i) => Math.log(p.dividedBy(daily[i]!).toNumber()));
    const mean = returns.reduce((s, r) => s + r, 0) / returns.length;
    const sigma = Math.sqrt(returns.reduce((s, r) => s + (r - mean) ** 2, 0) / (returns.length - 1)) * Math.sqrt(365);
    const quotedAt = Date.parse(quote.createdAt as string);

    let black76 = new Decimal(0);
    let burn = new Decimal(0);
    quote.windows.forEach((w, i) => {
      expect(Number(w.volatility)).toBeCloseTo(sigma, 5);
      expect(w.riskFreeRate).toBe('0.015');
      // Seasons 1, 2 and 4 had observations; 3 and 5 none, left out of F and the burn cost.
      const seasons = [1, 2, 3, 4, 5].map((k) => {
        const past = yearsBack(windows[i]!, k);
        const index = vwap(rows, past.start, past.end);
        return { ...past, index: index && index.toDecimalPlaces(6, Decimal.ROUND_HALF_UP) };
      });
      expect(w.pastSeasons).toEqual(
        seasons.map((s) => ({
          start: s.start,
          end: s.end,
          indexPerKg: s.index ? s.index.toFixed(6) : null,
          observationDays: s.index ? dayNo(s.end) - dayNo(s.start) + 1 : 0,
          payoutPerKg: s.index ? Decimal.max(0, K.minus(s.index)).toFixed(6) : null,
        })),
      );
      const seen = seasons.filter((s) => s.index);
      expect(seen).toHaveLength(3);
      const F = seen.reduce((s, x) => s.plus(x.index!), new Decimal(0)).dividedBy(3).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
      expect(w.forwardPerKg).toBe(F.toFixed(6));
      const windowBurn = seen.reduce((s, x) => s.plus(Decimal.max(0, K.minus(x.index!))), new Decimal(0)).dividedBy(3).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
      expect(w.burnCostPerKg).toBe(windowBurn.toFixed(6));
      // T: to Asia/Shanghai midnight after the window's last day.
      const end = Date.parse(`${dayOf(dayNo(windows[i]!.end) + 1)}T00:00:00+08:00`);
      expect(w.yearsToExpiry).toBe(new Decimal(end - quotedAt).dividedBy(365 * DAY_MS).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed(6));
      // Black-76 from the figures the quote shows.
      const [f, s, t] = [Number(w.forwardPerKg), Number(w.volatility), Number(w.yearsToExpiry)];
      const d1 = (Math.log(f / K.toNumber()) + (s * s * t) / 2) / (s * Math.sqrt(t));
      const put = Math.exp(-0.015 * t) * (K.toNumber() * N(-(d1 - s * Math.sqrt(t))) - f * N(-d1));
      // Shown to 6 decimals: within half a unit of the last place (and double-precision noise).
      expect(Math.abs(Number(w.black76PerKg) - put)).toBeLessThan(5.1e-7);
      black76 = black76.plus(w.black76PerKg);
      burn = burn.plus(w.burnCostPerKg);
    });
    // Season 4's collapse paid.
    expect(burn.gt(0)).toBe(true);

    const technical = Decimal.max(black76, burn);
    const premium = technical.times(2000).times('1.25').toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const sumInsured = K.times(2000).times(2);
    expect(quote).toMatchObject({
      black76PerKg: black76.toFixed(6),
      burnCostPerKg: burn.toFixed(6),
      technicalPerKg: technical.toFixed(6),
      premiumCny: premium.toFixed(2),
      sumInsuredCny: sumInsured.toFixed(2),
      rate: premium.dividedBy(sumInsured).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed(6),
    });
    // The default shares, in fen, adding up to the premium exactly.
    expect(quote.premiumShares.map((s) => [s.payer, s.share])).toEqual([['FARMER', '0.2'], ['GOVERNMENT', '0.8']]);
    expect(quote.premiumShares.reduce((s, x) => s.plus(x.amountCny), new Decimal(0)).toFixed(2)).toBe(premium.toFixed(2));
    expect(Math.abs(Number(quote.premiumShares[0]!.amountCny) - premium.toNumber() * 0.2)).toBeLessThanOrEqual(0.005);

    // The per-mu form: a window's yield per mu is the season's prorated by the cover's days per window.
    const seasonDays = dayNo(basis.seasonTo) - dayNo(basis.seasonFrom) + 1;
    const coverDays = dayNo(coverTo) - dayNo(coverFrom) + 1;
    const yieldPerMu = new Decimal(basis.expectedYieldKgPerMu).times(coverDays).dividedBy(2).dividedBy(seasonDays).toDecimalPlaces(3, Decimal.ROUND_HALF_UP);
    const mu = new Decimal(2000).dividedBy(yieldPerMu);
    expect(quote.perMu).toEqual({
      insuredMu: mu.toFixed(2),
      expectedYieldKgPerMu: yieldPerMu.toFixed(3),
      sumInsuredPerMuCny: K.times(yieldPerMu).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
      targetPricePerKg: '1.02',
      targetPricePerJin: '0.510',
      premiumPerMuCny: premium.dividedBy(mu.times(2)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
      farmerPremiumPerMuCny: new Decimal(quote.premiumShares[0]!.amountCny).dividedBy(mu.times(2)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
    });
    // Valid for the scheme's quoting time (a day by default).
    expect(Date.parse(quote.validUntil as string) - quotedAt).toBe(1440 * 60_000);

    // Every input is kept with the quote.
    const [row] = await stack
      .em('insurance')
      .getConnection()
      .execute<Record<string, any>[]>(`select requested_by, expected_yield_kg_per_mu::text as y, windows, premium_shares from insurance.floor_quote where id = ?`, [quote.id]);
    expect(row).toMatchObject({ requested_by: cast.grower.member.id, y: yieldPerMu.toFixed(3), windows: quote.windows, premium_shares: quote.premiumShares });
  });

  it('reads the index history in two statements however many windows and seasons', async () => {
    const { cast } = home;
    const token = await stack.tokenOf(cast.grower);
    const count = async (coverEnd: string) => {
      // The fewest of three tries: the counter also counts statements of message handlers that run meanwhile.
      let fewest = Infinity;
      for (let i = 0; i < 3; i++) {
        const before = stack.statements('insurance');
        const answer = await stack.query(quoteFloor, { input: input({ coverTo: coverEnd, insuredKg: '10' }) }, token);
        expect(answer.errors).toBeUndefined();
        fewest = Math.min(fewest, stack.statements('insurance') - before);
      }
      return fewest;
    };
    expect(await count(monthEnd(coverFrom))).toBe(await count(coverTo));
  });

  it('quotes for every role allowed, and refuses the others', async () => {
    const { cast } = home;
    const away = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    const before = await quoteRows(cast.alliance.id);

    const own = await stack.query(quoteFloor, { input: input({ memberId: cast.grower.member.id }) }, await stack.tokenOf(cast.grower));
    expect(own.errors).toBeUndefined();
    expect(own.data!.quoteFloor.member.id).toBe(cast.grower.member.id);
    for (const who of [cast.office, cast.insurer]) {
      const onBehalf = await stack.query(quoteFloor, { input: input({ memberId: cast.grower.member.id }) }, await stack.tokenOf(who));
      expect(onBehalf.errors).toBeUndefined();
      expect(onBehalf.data!.quoteFloor.member.id).toBe(cast.grower.member.id);
    }
    expect(await quoteRows(cast.alliance.id)).toBe(before + 3);

    const refusals: [SeededMember | null, Record<string, unknown>, string][] = [
      [cast.grower, { memberId: cast.otherGrower.member.id }, 'FORBIDDEN'],
      [cast.cooperative, { memberId: cast.grower.member.id }, 'FORBIDDEN'],
      [cast.market, {}, 'FORBIDDEN'],
      [cast.market, { memberId: cast.grower.member.id }, 'FORBIDDEN'],
      [cast.brand, {}, 'FORBIDDEN'],
      [cast.office, {}, 'BAD_USER_INPUT'],
      [cast.office, { memberId: cast.market.member.id }, 'BAD_USER_INPUT'],
      [cast.insurer, { memberId: randomUUID() }, 'NOT_FOUND'],
      [away.office, { memberId: cast.grower.member.id }, 'NOT_FOUND'],
      [away.insurer, { memberId: cast.grower.member.id }, 'NOT_FOUND'],
      [away.grower, { memberId: cast.grower.member.id }, 'FORBIDDEN'],
      [null, {}, 'UNAUTHENTICATED'],
    ];
    for (const [who, overrides, code] of refusals) {
      const answer = await stack.query(quoteFloor, { input: input(overrides) }, await stack.tokenOf(who));
      expect(errorCode(answer), JSON.stringify({ who: who?.viewer.roles, overrides })).toBe(code);
    }
    expect(await quoteRows(cast.alliance.id)).toBe(before + 3);
    expect(await quoteRows(away.alliance.id)).toBe(0);
  });

  it('refuses bad input with the field and writes nothing', async () => {
    const { cast } = home;
    const token = await stack.tokenOf(cast.grower);
    const before = await quoteRows(cast.alliance.id);
    const notMonday = [0, 1].map((d) => dayOf(dayNo(coverFrom) + d)).find((day) => new Date(`${day}T00:00:00Z`).getUTCDay() !== 1)!;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ coverage: '0.5' }, 'coverage', /between 0\.70 and 1\.00/],
      [{ coverage: '0.85001' }, 'coverage', /4 decimal places/],
      [{ insuredKg: '0' }, 'insuredKg', /more than 0/],
      [{ insuredKg: '1.0001' }, 'insuredKg', /3 decimal places/],
      [{ coverFrom: dayOf(dayNo(coverFrom) + 9) }, 'coverFrom', /not the first day of a month.*the nearest is/],
      [{ coverTo: dayOf(dayNo(coverTo) - 3) }, 'coverTo', /not the last day of a month/],
      [{ windowLength: 'WEEK', coverFrom: notMonday }, 'coverFrom', /is not a Monday \(WEEK windows run Monday to Sunday\); the nearest is/],
      [{ coverFrom: monthStart(today, -1) }, 'coverFrom', /before today/],
      // Bases of 10 mu grow about 10 × the window yield (≈ 833 kg) a window.
      [{ insuredKg: '9000' }, 'insuredKg', /10\.00 mu × \d+\.\d{3} kg per mu a window = \d+\.\d{3} kg.*this quote insures 9000\.000 kg/],
    ];
    for (const [overrides, field, message] of cases) {
      const answer = await stack.query(quoteFloor, { input: input(overrides) }, token);
      expect(errorCode(answer), JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.extensions!.field).toBe(field);
      expect(answer.errors![0]!.message).toMatch(message);
    }
    // The cooperative has no bases: it can insure nothing.
    const noBases = await stack.query(quoteFloor, { input: input() }, await stack.tokenOf(cast.cooperative));
    expect(errorCode(noBases)).toBe('BAD_USER_INPUT');
    expect(noBases.errors![0]!.message).toMatch(/0\.00 mu/);
    expect(await quoteRows(cast.alliance.id)).toBe(before);
  });

  it('counts what the member\'s bound contracts of the crop already insure in overlapping covers', async () => {
    const { cast } = await pricedAlliance();
    const token = await stack.tokenOf(cast.grower);
    const first = await stack.query(quoteFloor, { input: input({ insuredKg: '5000' }) }, token);
    expect(first.errors).toBeUndefined();
    const bound = await stack.query(bindFloor, { quoteId: first.data!.quoteFloor.id, idempotencyKey: randomUUID() }, token);
    expect(bound.errors).toBeUndefined();
    const second = await stack.query(quoteFloor, { input: input({ insuredKg: '5000' }) }, token);
    expect(errorCode(second)).toBe('BAD_USER_INPUT');
    expect(second.errors![0]!.message).toMatch(/less the 5000\.000 kg already insured/);
    // What is left still quotes; a cover after the contract's does not overlap it.
    expect((await stack.query(quoteFloor, { input: input({ insuredKg: '3000' }) }, token)).errors).toBeUndefined();
    const later = monthStart(today, 3);
    expect((await stack.query(quoteFloor, { input: input({ insuredKg: '5000', coverFrom: later, coverTo: monthEnd(later) }) }, token)).errors).toBeUndefined();

    const read = await stack.query(floorQuote, { id: first.data!.quoteFloor.id }, token);
    expect(read.data!.floorQuote).toMatchObject({ status: 'BOUND', contract: { id: bound.data!.bindFloor.id } });
  });

  it('says what is missing: a cost basis, a scheme, price history', async () => {
    const bare = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    await seedAnnouncedBase(stack, bare.grower, { areaMu: '10' });
    const token = await stack.tokenOf(bare.grower);
    const noBasis = await stack.query(quoteFloor, { input: input() }, token);
    expect(errorCode(noBasis)).toBe('BAD_USER_INPUT');
    expect(noBasis.errors![0]!.message).toMatch(/No cost basis of SCALLION \(every variety\) is in force/);

    await publishedCostBasis(stack, bare);
    const noScheme = await stack.query(quoteFloor, { input: input() }, token);
    expect(errorCode(noScheme)).toBe('BAD_USER_INPUT');
    expect(noScheme.errors![0]!.message).toMatch(/no floor scheme of SCALLION/);

    await openedScheme(stack, bare);
    const noHistory = await stack.query(quoteFloor, { input: input() }, token);
    expect(errorCode(noHistory)).toBe('BAD_USER_INPUT');
    expect(noHistory.errors![0]!.message).toMatch(/no price history of SCALLION \(every variety\), every grade in the window/);

    // Past seasons' windows but less than 30 returns in the past year: no σ.
    const farBack = windows.flatMap((w) => [2, 4].map((k) => yearsBack(w, k)));
    const days: { day: string; level: number }[] = [];
    for (const w of farBack) for (let n = dayNo(w.start); n <= dayNo(w.end); n++) days.push({ day: dayOf(n), level: 1 });
    for (let n = dayNo(today) - 20; n < dayNo(today); n++) days.push({ day: dayOf(n), level: 1 });
    await seedHistory(bare, days);
    const noSigma = await stack.query(quoteFloor, { input: input() }, token);
    expect(errorCode(noSigma)).toBe('BAD_USER_INPUT');
    expect(noSigma.errors![0]!.message).toMatch(/20 days with observations .* so 19 daily returns; σ needs at least 30/);
    expect(await quoteRows(bare.alliance.id)).toBe(0);

    // Florets: neither a basis nor a scheme.
    const florets = await stack.query(quoteFloor, { input: input({ crop: 'SAFFLOWER_FLORET' }) }, token);
    expect(errorCode(florets)).toBe('BAD_USER_INPUT');
    expect(florets.errors![0]!.message).toMatch(/No cost basis of SAFFLOWER_FLORET/);
  });

  it('prefers the cost basis of the exact variety to the one of every variety', async () => {
    const { cast } = home;
    const red = await publishedCostBasis(stack, cast, { variety: 'RED', lines: [{ line: 'LABOUR', cnyPerKg: '1.5000' }] });
    const token = await stack.tokenOf(cast.grower);
    const redQuote = await stack.query(quoteFloor, { input: input({ variety: 'RED', insuredKg: '10' }) }, token);
    expect(redQuote.errors).toBeUndefined();
    expect(redQuote.data!.quoteFloor).toMatchObject({ costBasis: { id: red.id }, marginalCostPerKg: '1.5000', floorPerKg: '1.28', variety: 'RED' });
    // The red series has only market 0's rows: its F is their index.
    const w = redQuote.data!.quoteFloor.windows[0]!;
    const past = yearsBack(windows[0]!, 1);
    expect(w.pastSeasons[0]!.indexPerKg).toBe(vwap(home.rows.filter((r) => r.market === 0), past.start, past.end)!.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed(6));
    const white = await stack.query(quoteFloor, { input: input({ variety: 'WHITE', insuredKg: '10' }) }, token);
    expect(white.data!.quoteFloor).toMatchObject({ costBasis: { id: home.basis.id }, marginalCostPerKg: '1.2000' });
  });
});

describe('floorQuote', () => {
  it('shows a quote to the insured member, the office and the insurer; null to others', async () => {
    const { cast } = await pricedAlliance();
    const away = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    const quoted = await stack.query(quoteFloor, { input: input({ memberId: cast.grower.member.id }) }, await stack.tokenOf(cast.office));
    const id = quoted.data!.quoteFloor.id;
    for (const who of [cast.grower, cast.office, cast.insurer]) {
      expect((await stack.query(floorQuote, { id }, await stack.tokenOf(who))).data!.floorQuote).toMatchObject({ id, status: 'OPEN', member: { id: cast.grower.member.id } });
    }
    for (const who of [cast.otherGrower, cast.cooperative, cast.market, cast.brand, away.office, away.insurer, away.grower]) {
      expect((await stack.query(floorQuote, { id }, await stack.tokenOf(who))).data!.floorQuote).toBeNull();
    }
    expect((await stack.query(floorQuote, { id: randomUUID() }, await stack.tokenOf(cast.office))).data!.floorQuote).toBeNull();
    expect(errorCode(await stack.query(floorQuote, { id }, null))).toBe('UNAUTHENTICATED');

    // Past its validity, unbound: EXPIRED, and it cannot be bound.
    await stack.em('insurance').getConnection().execute(`update insurance.floor_quote set valid_until = now() - interval '1 minute' where id = ?`, [id]);
    expect((await stack.query(floorQuote, { id }, await stack.tokenOf(cast.grower))).data!.floorQuote).toMatchObject({ status: 'EXPIRED', contract: null });
    expect(errorCode(await stack.query(bindFloor, { quoteId: id, idempotencyKey: randomUUID() }, await stack.tokenOf(cast.grower)))).toBe('BAD_USER_INPUT');
  });

  it('resolves FloorQuote references with the caller\'s rights (_entities)', async () => {
    const { cast } = await pricedAlliance();
    const away = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    const quoted = await stack.query(quoteFloor, { input: input() }, await stack.tokenOf(cast.grower));
    const { id, premiumCny } = quoted.data!.quoteFloor;
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on FloorQuote { id premiumCny } } }`;
    const headers = (viewer: Viewer) => ({ [GATEWAY_SECRET_HEADER]: stack.gatewaySecret, [VIEWER_HEADER]: encodeViewerHeader(viewer) });
    const r = [{ __typename: 'FloorQuote', id }];
    for (const who of [cast.grower, cast.office, cast.insurer]) {
      expect((await stack.querySubgraph('insurance', ENTITIES, { r }, headers(who.viewer))).data._entities).toEqual([{ id, premiumCny }]);
    }
    for (const who of [cast.otherGrower, cast.market, away.office, away.insurer]) {
      expect((await stack.querySubgraph('insurance', ENTITIES, { r }, headers(who.viewer))).data._entities).toEqual([null]);
    }
  });
});
