import { BadInput, Decimal } from '@alliance/domain-kit';
import { describe, expect, it } from 'vitest';
import { burnCostPerKg, seasonPayoutPerKg } from '../../src/domain/pricing/burn-cost.ts';
import { floorPerKg, parseCoverage } from '../../src/domain/pricing/floor.ts';
import { forwardPerKg, quotedIndex } from '../../src/domain/pricing/forward.ts';

describe('floor K = coverage × marginal cost', () => {
  it('rounds to the fen, half up', () => {
    // 0.85 × 2.3456 = 1.99376; 0.70 × 1.2345 = 0.86415; 0.85 × 1.70 = 1.445 exactly (half even would give 1.44).
    expect(floorPerKg('0.85', '2.3456').toFixed(2)).toBe('1.99');
    expect(floorPerKg('0.70', '1.2345').toFixed(2)).toBe('0.86');
    expect(floorPerKg('0.85', '1.70').toFixed(2)).toBe('1.45');
    expect(floorPerKg('1', '2.4000').toFixed(2)).toBe('2.40');
  });

  it('takes coverage 0.70 to 1.00 with at most 4 decimals', () => {
    expect(parseCoverage('0.7').toString()).toBe('0.7');
    expect(parseCoverage(' 1.00 ').toString()).toBe('1');
    expect(parseCoverage('0.8125').toString()).toBe('0.8125');
    for (const bad of ['0.5', '0.6999', '1.01', '0.70001', 'abc', '']) {
      expect(() => parseCoverage(bad)).toThrow(BadInput);
      try {
        parseCoverage(bad);
      } catch (error) {
        expect((error as BadInput).details).toEqual({ field: 'coverage' });
      }
    }
  });
});

describe('F and the burn cost of a window', () => {
  it('shows and uses past indexes to 6 decimals, half up', () => {
    expect(quotedIndex('2.1234565').toFixed(6)).toBe('2.123457');
    expect(quotedIndex('2.12345649').toFixed(6)).toBe('2.123456');
  });

  it('F is the mean of the seasons that had observations', () => {
    // (2.10 + 1.90 + 2.30) ÷ 3 = 2.10; the season without observations is left out.
    expect(forwardPerKg(['2.100000', null, '1.900000', '2.300000'])!.toFixed(6)).toBe('2.100000');
    // (1 + 2 + 2) ÷ 3 = 1.666666…
    expect(forwardPerKg(['1', '2', '2'])!.toFixed(6)).toBe('1.666667');
    expect(forwardPerKg([null, null])).toBeNull();
  });

  it('the burn cost is the mean of max(0, K − index) over those seasons', () => {
    expect(seasonPayoutPerKg('2.00', '1.90').toFixed(6)).toBe('0.100000');
    expect(seasonPayoutPerKg('2.00', '2.30').toFixed(6)).toBe('0.000000');
    // K 2.00: payouts 0, (none), 0.10, 0 → 0.10 ÷ 3.
    expect(burnCostPerKg('2.00', ['2.100000', null, '1.900000', '2.300000'])!.toFixed(6)).toBe('0.033333');
    // K 2.00: 0.25 and 0.5 → 0.375.
    expect(burnCostPerKg('2.00', ['1.75', '1.5'])!.toFixed(6)).toBe('0.375000');
    expect(burnCostPerKg(new Decimal('2.00'), [null])).toBeNull();
  });
});
