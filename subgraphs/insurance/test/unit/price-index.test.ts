import { describe, expect, it } from 'vitest';
import { checkIndexRange, indexPriceString, periodCount, vwapOf } from '../../src/domain/prices/vwap.ts';

describe('VWAP index', () => {
  it('is Σ price × volume ÷ Σ volume, exact', () => {
    // (1.90 × 1000 + 2.20 × 3000) ÷ 4000 = (1900 + 6600) ÷ 4000 = 2.125
    expect(vwapOf([{ priceCnyPerKg: '1.90', volumeKg: '1000' }, { priceCnyPerKg: '2.20', volumeKg: '3000' }])!.toString()).toBe('2.125');
    // 0.1 and 0.2 weighted 1:1 is 0.15 exactly, not 0.15000000000000002
    expect(vwapOf([{ priceCnyPerKg: '0.1', volumeKg: '1' }, { priceCnyPerKg: '0.2', volumeKg: '1' }])!.toString()).toBe('0.15');
    expect(vwapOf([])).toBeNull();
  });

  it('is shown to 4 decimals, half up, from the exact value', () => {
    // (1 × 1 + 2 × 2) ÷ 3 = 5/3 = 1.6666… → 1.6667; a half rounds up
    expect(indexPriceString(vwapOf([{ priceCnyPerKg: '1', volumeKg: '1' }, { priceCnyPerKg: '2', volumeKg: '2' }])!)).toBe('1.6667');
    expect(indexPriceString('2.12345')).toBe('2.1235');
    expect(indexPriceString('2.12344999')).toBe('2.1234');
    expect(indexPriceString('1.9')).toBe('1.9000');
  });

  it('counts the days, ISO weeks and months a range touches', () => {
    expect(periodCount('2026-11-01', '2026-11-30', 'DAY')).toBe(30);
    expect(periodCount('2026-11-01', '2026-11-01', 'DAY')).toBe(1);
    // 2026-11-01 is a Sunday (week of Mon 26 Oct); 2026-11-02 a Monday; 2026-11-30 a Monday
    expect(periodCount('2026-11-01', '2026-11-02', 'WEEK')).toBe(2);
    expect(periodCount('2026-11-02', '2026-11-08', 'WEEK')).toBe(1);
    expect(periodCount('2026-11-01', '2026-11-30', 'WEEK')).toBe(6);
    expect(periodCount('2025-12-31', '2026-01-01', 'MONTH')).toBe(2);
    // 2016-01-01 to 2026-01-01 is 3,653 days (leap years 2016, 2020, 2024), then 49 more: 3,702, and both ends count
    expect(periodCount('2016-01-01', '2026-02-19', 'DAY')).toBe(3703);
  });

  it('refuses from after to and more than 3,700 periods', () => {
    expect(() => checkIndexRange('2026-11-02', '2026-11-01', 'DAY')).toThrow(/after/);
    expect(() => checkIndexRange('2016-01-01', '2026-02-17', 'DAY')).toThrow(/3,701 days.*at most 3,700/);
    expect(() => checkIndexRange('2016-01-01', '2026-02-16', 'DAY')).not.toThrow();
    expect(() => checkIndexRange('1900-01-01', '2200-12-31', 'MONTH')).not.toThrow();
  });
});
