import { BadInput, Decimal } from '@alliance/domain-kit';
import { describe, expect, it } from 'vitest';
import { monthOf, monthRange, parseMonth, splitFeePool, type CooperativeVolume, type FeePoolSplit } from '../../src/domain/fee-pool.ts';

function amounts(split: FeePoolSplit): Record<string, number> {
  if (!split.distributed) throw new Error(`not distributed: ${split.reason}`);
  return Object.fromEntries(split.shares.map((s) => [s.cooperativeId, s.amountFen]));
}

describe('splitting the fee pool by largest remainder', () => {
  it('gives each its whole fen, then the leftover fen to the largest fractions', () => {
    // 1000 × 7/31 = 225 r 25, 1000 × 11/31 = 354 r 26, 1000 × 13/31 = 419 r 11: 998 fen, 2 left
    // over, to the remainders 26 and 25.
    const split = splitFeePool(1000, [
      { cooperativeId: 'c-7', certifiedKg: '7' },
      { cooperativeId: 'c-11', certifiedKg: '11' },
      { cooperativeId: 'c-13', certifiedKg: '13' },
    ]);
    expect(amounts(split)).toEqual({ 'c-7': 226, 'c-11': 355, 'c-13': 419 });
    expect(split.distributed && split.remainderFen).toBe(2);
    expect(split.distributed && split.shares.filter((s) => s.gotRemainderFen).map((s) => s.cooperativeId).sort()).toEqual(['c-11', 'c-7']);
  });

  it('counts grams exactly: 50.5, 30.25 and 19.25 kg of 100 fen', () => {
    // Shares 50.5, 30.25, 19.25: 99 whole fen, the one left over to the largest fraction (.5).
    expect(amounts(splitFeePool(100, [
      { cooperativeId: 'a', certifiedKg: '50.5' },
      { cooperativeId: 'b', certifiedKg: '30.25' },
      { cooperativeId: 'c', certifiedKg: '19.25' },
    ]))).toEqual({ a: 51, b: 30, c: 19 });
  });

  it('breaks equal fractions by cooperative id, whatever the input order', () => {
    const volumes: CooperativeVolume[] = [
      { cooperativeId: 'coop-c', certifiedKg: '1' },
      { cooperativeId: 'coop-a', certifiedKg: '1' },
      { cooperativeId: 'coop-b', certifiedKg: '1' },
    ];
    const expected = { 'coop-a': 3334, 'coop-b': 3333, 'coop-c': 3333 };
    expect(amounts(splitFeePool(10_000, volumes))).toEqual(expected);
    expect(amounts(splitFeePool(10_000, [...volumes].reverse()))).toEqual(expected);
    // Two fen left over among three equals: the first two ids.
    expect(amounts(splitFeePool(11, volumes))).toEqual({ 'coop-a': 4, 'coop-b': 4, 'coop-c': 3 });
  });

  it('lists shares in id order and gives a cooperative with nothing certified nothing', () => {
    const split = splitFeePool(500, [
      { cooperativeId: 'z', certifiedKg: '0' },
      { cooperativeId: 'm', certifiedKg: '3.000' },
    ]);
    expect(split.distributed && split.shares.map((s) => [s.cooperativeId, s.amountFen, s.certifiedKg.toString()])).toEqual([
      ['m', 500, '3'],
      ['z', 0, '0'],
    ]);
    expect(split.totalCertifiedKg.toString()).toBe('3');
  });

  it('accounts for every fen: shares sum to the pool, each within one fen of its exact share', () => {
    let seed = 20260301;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 300; round++) {
      const pool = next() % 5_000_000;
      const volumes = Array.from({ length: 1 + (next() % 12) }, (_, i) => ({
        cooperativeId: `coop-${String(i).padStart(2, '0')}`,
        certifiedKg: new Decimal(next() % 90_000_000).dividedBy(1000).toFixed(3),
      }));
      const split = splitFeePool(pool, volumes);
      if (!split.distributed) continue;
      expect(split.shares.reduce((sum, s) => sum + s.amountFen, 0)).toBe(pool);
      for (const share of split.shares) {
        const exact = new Decimal(pool).times(share.certifiedKg).dividedBy(split.totalCertifiedKg);
        expect([exact.floor().toNumber(), exact.floor().toNumber() + 1]).toContain(share.amountFen);
        expect(share.gotRemainderFen).toBe(share.amountFen === exact.floor().toNumber() + 1);
      }
    }
  });

  it('handles a county-sized pool without losing precision', () => {
    // 350,000,000.01 CNY over 1,160,000,000.001 kg: far beyond float-safe products.
    const split = splitFeePool(35_000_000_001, [
      { cooperativeId: 'a', certifiedKg: '1160000000.000' },
      { cooperativeId: 'b', certifiedKg: '0.001' },
    ]);
    expect(amounts(split)).toEqual({ a: 35_000_000_001, b: 0 });
  });

  it('distributes nothing, with a reason, when no kg were certified or no fee accrued', () => {
    const none = splitFeePool(12_345, [{ cooperativeId: 'a', certifiedKg: '0' }]);
    expect(none).toEqual({ distributed: false, poolFen: 12_345, totalCertifiedKg: new Decimal(0), reason: expect.stringContaining('No cooperative has certified kg') });
    expect(splitFeePool(12_345, []).distributed).toBe(false);
    expect(splitFeePool(0, [{ cooperativeId: 'a', certifiedKg: '5' }])).toMatchObject({ distributed: false, reason: expect.stringContaining('pool is empty') });
  });

  it('refuses impossible inputs', () => {
    expect(() => splitFeePool(-1, [])).toThrow(RangeError);
    expect(() => splitFeePool(1.5, [])).toThrow(RangeError);
    expect(() => splitFeePool(1, [{ cooperativeId: 'a', certifiedKg: '-1' }])).toThrow(/0 or more/);
    expect(() => splitFeePool(1, [{ cooperativeId: 'a', certifiedKg: '0.0001' }])).toThrow(/finer than a gram/);
    expect(() => splitFeePool(1, [{ cooperativeId: 'a', certifiedKg: '1' }, { cooperativeId: 'a', certifiedKg: '2' }])).toThrow(/twice/);
  });
});

describe('the month of a fee, in Asia/Shanghai', () => {
  it('changes at Shanghai midnight, 16:00 UTC', () => {
    expect(monthOf(new Date('2026-01-31T15:59:59.999Z'))).toBe('2026-01');
    expect(monthOf(new Date('2026-01-31T16:00:00Z'))).toBe('2026-02');
    expect(monthOf(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01');
  });

  it('covers a UTC range from its first Shanghai midnight to the next month’s', () => {
    expect(monthRange('2026-02')).toEqual({ start: new Date('2026-01-31T16:00:00Z'), end: new Date('2026-02-28T16:00:00Z') });
    expect(monthRange(' 2026-12 ')).toEqual({ start: new Date('2026-11-30T16:00:00Z'), end: new Date('2026-12-31T16:00:00Z') });
    const { start, end } = monthRange('2028-02');
    expect((end.getTime() - start.getTime()) / 86_400_000).toBe(29); // a leap year
    expect(monthOf(start)).toBe('2028-02');
    expect(monthOf(new Date(end.getTime() - 1))).toBe('2028-02');
    expect(monthOf(end)).toBe('2028-03');
  });

  it('refuses months not written YYYY-MM', () => {
    for (const bad of ['2026-13', '2026-2', '2026/02', '202602', '']) expect(() => parseMonth(bad), bad).toThrow(BadInput);
    expect(() => monthRange('2026-00')).toThrow(/YYYY-MM/);
  });
});
