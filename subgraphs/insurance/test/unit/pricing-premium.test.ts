import { BadInput, Decimal } from '@alliance/domain-kit';
import { describe, expect, it } from 'vitest';
import { windowPayoutCny, windowPayoutFromSums } from '../../src/domain/pricing/payout.ts';
import { indemnityPerMu, perMuTerms, windowYieldKgPerMu } from '../../src/domain/pricing/per-mu.ts';
import { splitPremium } from '../../src/domain/pricing/premium-shares.ts';
import { priceQuote } from '../../src/domain/pricing/quote-pricing.ts';
import { quoteTotals } from '../../src/domain/pricing/totals.ts';

const sum = (amounts: { amountCny: string }[]) => amounts.reduce((s, a) => s.plus(a.amountCny), new Decimal(0)).toFixed(2);

describe('the premium of a quote', () => {
  it('takes the larger of the summed Black-76 and burn cost, the loading on top, to the fen', () => {
    // Black-76 0.12 + 0.05 = 0.17, burn 0.10 + 0.09 = 0.19: 0.19 × 1,000 kg × 1.25 = 237.50;
    // sum insured 2.00 × 1,000 kg × 2 windows = 4,000.00; rate 237.50 ÷ 4,000 = 0.059375.
    const totals = quoteTotals(
      [
        { black76PerKg: '0.120000', burnCostPerKg: '0.100000' },
        { black76PerKg: '0.050000', burnCostPerKg: '0.090000' },
      ],
      '2.00',
      '1000.000',
      '0.25',
    );
    expect(Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v.toString()]))).toEqual({
      black76PerKg: '0.17',
      burnCostPerKg: '0.19',
      technicalPerKg: '0.19',
      premiumCny: '237.5',
      sumInsuredCny: '4000',
      rate: '0.059375',
    });
    // 0.123457 × 333.333 × 1.25 = 51.44036…; 1.99 × 333.333 × 1 = 663.33267; 51.44 ÷ 663.33 = 0.077548…
    const rounded = quoteTotals([{ black76PerKg: '0.123457', burnCostPerKg: '0.01' }], '1.99', '333.333', '0.25');
    expect([rounded.premiumCny.toFixed(2), rounded.sumInsuredCny.toFixed(2), rounded.rate.toFixed(6)]).toEqual(['51.44', '663.33', '0.077548']);
  });
});

describe('premium shares by the largest remainder', () => {
  it('splits 100.01 into three shares of a third exactly: 33.34, 33.34, 33.33', () => {
    const shares = splitPremium('100.01', [
      { payer: 'CENTRAL_GOVERNMENT', share: '0.333333' },
      { payer: 'PROVINCIAL_GOVERNMENT', share: '0.333333' },
      { payer: 'FARMER', share: '0.333333' },
    ]);
    expect(shares.map((s) => s.amountCny)).toEqual(['33.34', '33.34', '33.33']);
    expect(sum(shares)).toBe('100.01');
  });

  it('splits the default farmer 20 %, government 80 %, every fen accounted for', () => {
    const terms = [
      { payer: 'FARMER' as const, share: '0.2' },
      { payer: 'GOVERNMENT' as const, share: '0.8' },
    ];
    expect(splitPremium('237.50', terms)).toEqual([
      { payer: 'FARMER', share: '0.2', amountCny: '47.50' },
      { payer: 'GOVERNMENT', share: '0.8', amountCny: '190.00' },
    ]);
    // 0.03 → 0.6 and 2.4 fen: the leftover fen to the larger fraction (.6).
    expect(splitPremium('0.03', terms).map((s) => s.amountCny)).toEqual(['0.01', '0.02']);
    // 1.01 half and half: the tie goes in the scheme's order.
    expect(splitPremium('1.01', [{ payer: 'FARMER', share: '0.5' }, { payer: 'GOVERNMENT', share: '0.5' }]).map((s) => s.amountCny)).toEqual(['0.51', '0.50']);
    expect(splitPremium('0.00', terms).map((s) => s.amountCny)).toEqual(['0.00', '0.00']);
    // 9,999.99 over 0.2 / 0.35 / 0.45.
    const three = splitPremium('9999.99', [{ payer: 'FARMER', share: '0.2' }, { payer: 'CENTRAL_GOVERNMENT', share: '0.35' }, { payer: 'COUNTY_GOVERNMENT', share: '0.45' }]);
    expect(three.map((s) => s.amountCny)).toEqual(['2000.00', '3500.00', '4499.99']);
    expect(sum(three)).toBe('9999.99');
  });
});

describe('the per-mu target-price form', () => {
  it('prorates the season\'s yield per mu to one window', () => {
    // 5,000 kg/mu over 365 days; a 92-day cover of 3 windows: 5,000 × 92 ÷ 3 ÷ 365 = 420.0913…
    expect(windowYieldKgPerMu('5000.000', { from: '2027-03-01', to: '2027-05-31', windows: 3 }, { from: '2027-01-01', to: '2027-12-31' }).toFixed(3)).toBe('420.091');
    // 10,000 kg/mu over 360 days, one 30-day window: 833.333.
    expect(windowYieldKgPerMu('10000', { from: '2027-04-01', to: '2027-04-30', windows: 1 }, { from: '2027-01-01', to: '2027-12-26' }).toFixed(3)).toBe('833.333');
  });

  it('gives Zhangqiu 2015: 5,500 yuan/mu, target 1.09 yuan/jin, rate 8 % → 440 yuan/mu, farmer 20 % = 88', () => {
    // K = 2.18 yuan/kg; a window's yield per mu 5,500 ÷ 2.18 = 2,522.936 kg; 10 mu insured;
    // premium 8 % × 5,500 × 10 = 4,400, the farmer's 20 % 880.
    expect(
      perMuTerms({ floorPerKg: '2.18', windowYieldKgPerMu: '2522.936', insuredKg: '25229.360', windows: 1, premiumCny: '4400.00', farmerPremiumCny: '880.00' }),
    ).toEqual({
      insuredMu: '10.00',
      expectedYieldKgPerMu: '2522.936',
      sumInsuredPerMuCny: '5500.00',
      targetPricePerKg: '2.18',
      targetPricePerJin: '1.090',
      premiumPerMuCny: '440.00',
      farmerPremiumPerMuCny: '88.00',
    });
    // The same mu for three windows pays three times the premium: per mu and window it is the same.
    expect(perMuTerms({ floorPerKg: '2.18', windowYieldKgPerMu: '2522.936', insuredKg: '25229.360', windows: 3, premiumCny: '13200.00', farmerPremiumCny: '2640.00' })).toMatchObject({
      premiumPerMuCny: '440.00',
      farmerPremiumPerMuCny: '88.00',
    });
  });

  it('indemnity = sum insured × (target − actual) ÷ target, floored at 0: actual 0.80 yuan/jin pays 1,463.30 a mu', () => {
    // 5,500 × 0.29 ÷ 1.09 = 1,463.3027…
    expect(indemnityPerMu('5500', '1.09', '0.80').toFixed(2)).toBe('1463.30');
    expect(indemnityPerMu('5500', '2.18', '1.60').toFixed(2)).toBe('1463.30');
    expect(indemnityPerMu('5500', '1.09', '1.20').toFixed(2)).toBe('0.00');
    expect(indemnityPerMu('5500', '1.09', '0').toFixed(2)).toBe('5500.00');
  });
});

describe('the payout of a window', () => {
  it('is max(0, K − index) × insured kg from the exact index, rounded to the fen once', () => {
    // Σ price × volume 5.5 over 3 kg: index 1.8333…; (2 − 1.8333…) × 1,000 = 166.666… → 166.67
    // (an index rounded to 4 decimals first, 1.8333, would pay 166.70).
    expect(windowPayoutFromSums('2.00', '5.5', '3', '1000').toFixed(2)).toBe('166.67');
    expect(windowPayoutCny('2.00', '1.83333333', '1000').toFixed(2)).toBe('166.67');
    expect(windowPayoutCny('2.00', '2.10', '1000').toFixed(2)).toBe('0.00');
    // Half up, once: 0.005 → 0.01.
    expect(windowPayoutCny('1.00', '0.995', '1').toFixed(2)).toBe('0.01');
    // Large sums, exact: Σ value 12,345,678,901.2345678 over 6,172,839,450.6 kg (index 2.000000000…) against K 2.01 on 1,234,567.891 kg.
    expect(windowPayoutFromSums('2.01', '12345678901.2345678', '6172839450.6', '1234567.891').toFixed(2)).toBe('12345.68');
    expect(() => windowPayoutFromSums('2.00', '0', '0', '1')).toThrow(RangeError);
  });
});

describe('pricing a quote from its history', () => {
  const inputs = {
    quotedAt: new Date('2027-01-15T00:00:00Z'),
    floorPerKg: '2.00',
    insuredKg: '1000.000',
    loading: '0.25',
    riskFreeRate: '0.0150',
    // 31 days alternating 2.0 and 2.2: σ = ln 1.1 × √(30/29) × √365 = 1.852027.
    dailyIndex: Array.from({ length: 31 }, (_, i) => (i % 2 ? '2.2' : '2.0')),
    volatilityPeriod: { start: '2026-01-15', end: '2027-01-14' },
    windows: [{ start: '2027-03-01', end: '2027-03-31' }],
    pastSeasons: [
      [
        { start: '2026-03-01', end: '2026-03-31', vwap: '1.80000004', observationDays: 20 },
        { start: '2025-03-01', end: '2025-03-31', vwap: null, observationDays: 0 },
        { start: '2024-03-01', end: '2024-03-31', vwap: '2.6', observationDays: 31 },
      ],
    ],
    shares: [
      { payer: 'FARMER' as const, share: '0.2' },
      { payer: 'GOVERNMENT' as const, share: '0.8' },
    ],
    series: 'SCALLION, every variety and grade',
  };

  it('shows every input and prices each window with them', () => {
    const priced = priceQuote(inputs);
    const [window] = priced.windows;
    // F = (1.800000 + 2.600000) ÷ 2 = 2.2; burn = (0.20 + 0) ÷ 2 = 0.10; T = 0.207306.
    expect(window).toMatchObject({
      start: '2027-03-01',
      end: '2027-03-31',
      forwardPerKg: '2.200000',
      volatility: '1.852027',
      yearsToExpiry: '0.207306',
      riskFreeRate: '0.015',
      burnCostPerKg: '0.100000',
      pastSeasons: [
        { start: '2026-03-01', end: '2026-03-31', indexPerKg: '1.800000', observationDays: 20, payoutPerKg: '0.200000' },
        { start: '2025-03-01', end: '2025-03-31', indexPerKg: null, observationDays: 0, payoutPerKg: null },
        { start: '2024-03-01', end: '2024-03-31', indexPerKg: '2.600000', observationDays: 31, payoutPerKg: '0.000000' },
      ],
    });
    // Black-76 by hand: d1 = [ln(2.2/2) + σ² × 0.207306 / 2] ÷ (σ × √0.207306), σ = 1.852027.
    const sd = 1.852027 * Math.sqrt(0.207306);
    const d1 = (Math.log(1.1) + (1.852027 ** 2 * 0.207306) / 2) / sd;
    const N = (x: number) => 0.5 * (1 + erf(x / Math.SQRT2));
    const put = Math.exp(-0.015 * 0.207306) * (2 * N(-(d1 - sd)) - 2.2 * N(-d1));
    expect(Math.abs(Number(window!.black76PerKg) - put)).toBeLessThan(5.1e-7);
    const technical = Decimal.max(window!.black76PerKg, window!.burnCostPerKg);
    expect(priced.totals.premiumCny.toFixed(2)).toBe(technical.times(1000).times(1.25).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
    expect(priced.totals.sumInsuredCny.toFixed(2)).toBe('2000.00');
    expect(sum(priced.premiumShares)).toBe(priced.totals.premiumCny.toFixed(2));
  });

  it('refuses a window none of whose past seasons had observations, before σ is even measured', () => {
    const none = { ...inputs, dailyIndex: [], pastSeasons: [inputs.pastSeasons[0]!.map((p) => ({ ...p, vwap: null, observationDays: 0 }))] };
    expect(() => priceQuote(none)).toThrow(BadInput);
    expect(() => priceQuote(none)).toThrow(/no price history of SCALLION, every variety and grade in the window 2027-03-01 – 2027-03-31 of any of the 3 past seasons \(2026-03, 2025-03, 2024-03\)/);
    expect(() => priceQuote({ ...inputs, dailyIndex: inputs.dailyIndex.slice(0, 30) })).toThrow(/σ needs at least 30/);
  });
});

/** Abramowitz–Stegun 7.1.26 would do for 1e-7; this series is exact to double precision for |x| < 3. */
function erf(x: number): number {
  let term = x;
  let total = x;
  for (let n = 1; n < 200; n++) {
    term *= (-x * x) / n;
    total += term / (2 * n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * total;
}
