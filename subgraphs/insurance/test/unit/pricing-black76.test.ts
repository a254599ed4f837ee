import { BadInput } from '@alliance/domain-kit';
import { describe, expect, it } from 'vitest';
import { black76Call, black76Put } from '../../src/domain/pricing/black76.ts';
import { endOfDay, yearsToExpiry } from '../../src/domain/pricing/expiry.ts';
import { annualisedVolatility, dailyLogReturns, MIN_RETURNS, sampleStandardDeviation, volatilityPeriod } from '../../src/domain/pricing/volatility.ts';

describe('Black-76 put', () => {
  it('prices Hull\'s futures put: F = K = 20, r = 9 %, σ = 25 %, T = 4 months → 1.1166', () => {
    expect(black76Put({ forward: 20, strike: 20, rate: 0.09, volatility: 0.25, years: 4 / 12 })).toBeCloseTo(1.1166, 3);
  });

  it('prices Haug\'s Brent option: F = K = 19, T = 0.75, r = 10 %, σ = 28 % → call = put = 1.7011', () => {
    const inputs = { forward: 19, strike: 19, rate: 0.1, volatility: 0.28, years: 0.75 };
    expect(black76Call(inputs)).toBeCloseTo(1.7011, 4);
    expect(black76Put(inputs)).toBeCloseTo(1.7011, 4);
  });

  it('keeps put-call parity: C − P = e^(−rT)·(F − K)', () => {
    for (const inputs of [
      { forward: 2.4, strike: 1.9, rate: 0.015, volatility: 0.6, years: 0.25 },
      { forward: 1.1, strike: 2.2, rate: 0.03, volatility: 1.8, years: 0.9 },
      { forward: 43, strike: 60, rate: -0.01, volatility: 0.35, years: 2 },
    ]) {
      const parity = Math.exp(-inputs.rate * inputs.years) * (inputs.forward - inputs.strike);
      expect(black76Call(inputs) - black76Put(inputs)).toBeCloseTo(parity, 12);
    }
  });

  it('is the discounted shortfall when nothing is uncertain any more (σ√T = 0)', () => {
    expect(black76Put({ forward: 1.5, strike: 2, rate: 0.015, volatility: 0, years: 0.5 })).toBeCloseTo(0.5 * Math.exp(-0.0075), 12);
    expect(black76Put({ forward: 2.5, strike: 2, rate: 0.015, volatility: 0.4, years: 0 })).toBe(0);
    expect(() => black76Put({ forward: 0, strike: 2, rate: 0, volatility: 0.4, years: 1 })).toThrow(RangeError);
  });

  it('grows with σ and with K, and falls with F', () => {
    const base = { forward: 2, strike: 1.8, rate: 0.015, volatility: 0.5, years: 0.3 };
    expect(black76Put({ ...base, volatility: 0.8 })).toBeGreaterThan(black76Put(base));
    expect(black76Put({ ...base, strike: 1.9 })).toBeGreaterThan(black76Put(base));
    expect(black76Put({ ...base, forward: 2.2 })).toBeLessThan(black76Put(base));
  });
});

describe('σ from the daily index', () => {
  it('measures over the 365 days before the quote\'s day', () => {
    expect(volatilityPeriod('2027-01-15')).toEqual({ start: '2026-01-15', end: '2027-01-14' });
  });

  it('is the sample standard deviation of the log returns between days with data, × √365', () => {
    const [up, down] = dailyLogReturns(['2', '2.2', '2']);
    expect(up).toBeCloseTo(0.0953101798043249, 15);
    expect(down).toBeCloseTo(-0.0953101798043249, 15);
    // 1, 2, 3, 4: mean 2.5, Σ (x − 2.5)² = 5, ÷ 3.
    expect(sampleStandardDeviation([1, 2, 3, 4])).toBeCloseTo(Math.sqrt(5 / 3), 14);
    // 31 prices 2.0, 2.2, 2.0 …: 30 returns ±ln 1.1 with mean 0, so σ = ln 1.1 × √(30/29) × √365 = 1.85202715…
    const prices = Array.from({ length: 31 }, (_, i) => (i % 2 ? '2.2' : '2.0'));
    expect(annualisedVolatility(prices, volatilityPeriod('2027-01-15'), 'SCALLION').toFixed(6)).toBe('1.852027');
    expect(annualisedVolatility(Array.from({ length: 40 }, () => '2.5'), volatilityPeriod('2027-01-15'), 'SCALLION').toFixed(6)).toBe('0.000000');
  });

  it('needs at least 30 returns', () => {
    expect(MIN_RETURNS).toBe(30);
    const prices = Array.from({ length: 30 }, (_, i) => (i % 2 ? '2.2' : '2.0'));
    expect(() => annualisedVolatility(prices, volatilityPeriod('2027-01-15'), 'SCALLION RED')).toThrow(BadInput);
    expect(() => annualisedVolatility(prices, volatilityPeriod('2027-01-15'), 'SCALLION RED')).toThrow(/29 daily returns; σ needs at least 30/);
  });
});

describe('T: years to the end of the window', () => {
  it('ends at Asia/Shanghai midnight after the last day', () => {
    expect(endOfDay('2027-03-31').toISOString()).toBe('2027-03-31T16:00:00.000Z');
  });

  it('counts 365-day years from the quote\'s instant', () => {
    // 2027-01-15T00:00Z to 2027-03-31T16:00Z: 75 days 16 hours = 75.6667 ÷ 365 = 0.2073059…
    expect(yearsToExpiry(new Date('2027-01-15T00:00:00Z'), '2027-03-31').toFixed(6)).toBe('0.207306');
    expect(yearsToExpiry(new Date('2027-03-31T16:00:00Z'), '2027-03-31').toFixed(6)).toBe('0.000000');
    expect(yearsToExpiry(new Date('2027-04-02T00:00:00Z'), '2027-03-31').toFixed(6)).toBe('0.000000');
  });
});
