import { describe, expect, it } from 'vitest';
import { medianOf, medianReason, trailingMedianRefusals, type IncomingPrice, type StoredPrice } from '../../src/domain/prices/trailing-median.ts';

const S = 'SCALLION|RED|A';
const stored = (day: string, price: string, slot = 'm1', series = S): StoredPrice => ({ series, slot, day, priceCnyPerKg: price });
const row = (r: number, day: string, price: string, slot = 'm1', usable = true, series = S): IncomingPrice => ({ row: r, series, slot, day, priceCnyPerKg: price, usable });

describe('median', () => {
  it('is the middle price, or the mean of the two middle ones', () => {
    expect(medianOf(['3', '1', '2'])!.toString()).toBe('2');
    expect(medianOf(['1.8', '2.0', '1.9', '2.4'])!.toString()).toBe('1.95');
    expect(medianOf([])).toBeNull();
  });
});

describe('trailing median plausibility', () => {
  it('refuses a price more than 5× the median of the 30 days before, once the window has 3 prices', () => {
    const past = [stored('2026-11-10', '1.8'), stored('2026-11-12', '1.9'), stored('2026-11-15', '2.0', 'm2')];
    // median 1.9; 5 × 1.9 = 9.5: 9.5 passes, 9.5001 is refused
    const refusals = trailingMedianRefusals(past, [row(0, '2026-11-20', '9.5'), row(1, '2026-11-20', '9.5001', 'm2'), row(2, '2026-11-20', '62', 'm3')]);
    expect(refusals.map((r) => r.row)).toEqual([1, 2]);
    expect(refusals[1]!.median.toString()).toBe('1.9');
    expect(medianReason(refusals[1]!)).toBe(
      'price 62.0000 is more than 5× the median 1.9000 of the 30 days before 2026-11-20 (2026-10-21 to 2026-11-19, every market of the series)',
    );
  });

  it('does not judge with fewer than 3 prices, and never a price below the median', () => {
    expect(trailingMedianRefusals([stored('2026-11-10', '1.8'), stored('2026-11-12', '1.9')], [row(0, '2026-11-20', '60')])).toEqual([]);
    expect(trailingMedianRefusals([stored('2026-11-10', '1.8'), stored('2026-11-11', '1.9'), stored('2026-11-12', '2')], [row(0, '2026-11-20', '0.01')])).toEqual([]);
  });

  it('takes exactly the 30 days before the day: not the day itself, not day − 31', () => {
    const past = [stored('2026-10-20', '1'), stored('2026-10-21', '1'), stored('2026-10-22', '1'), stored('2026-11-20', '1', 'm2'), stored('2026-11-20', '1', 'm3')];
    // window of 2026-11-20: 2026-10-21 … 2026-11-19 → two prices only (10-21, 10-22): not judged
    expect(trailingMedianRefusals(past, [row(0, '2026-11-20', '50')])).toEqual([]);
    // window of 2026-11-19: 10-20 … 11-18 → three prices of 1: 50 is refused
    expect(trailingMedianRefusals(past, [row(0, '2026-11-19', '50')]).map((r) => r.row)).toEqual([0]);
  });

  it('counts earlier days of the same request, sorted by day, and only rows that passed', () => {
    // given out of order; 11-01..11-03 at 2.0 make the window of 11-04, where 20 is refused
    const rows = [row(0, '2026-11-04', '20'), row(1, '2026-11-02', '2'), row(2, '2026-11-01', '2'), row(3, '2026-11-03', '2')];
    expect(trailingMedianRefusals([], rows).map((r) => r.row)).toEqual([0]);
    // a refused row does not lift later medians: 11-05 at 12 is still judged against 2.0
    expect(trailingMedianRefusals([], [...rows, row(4, '2026-11-05', '12')]).map((r) => r.row)).toEqual([0, 4]);
    // an unusable row (refused for something else) does not count either
    expect(trailingMedianRefusals([], [row(0, '2026-11-01', '2'), row(1, '2026-11-02', '2', 'm1', false), row(2, '2026-11-03', '2'), row(3, '2026-11-04', '20')])).toEqual([]);
  });

  it('keeps series apart, and lets a row of the request stand in for the stored price it replaces', () => {
    const past = [stored('2026-11-01', '1'), stored('2026-11-02', '1'), stored('2026-11-03', '1')];
    expect(trailingMedianRefusals(past, [row(0, '2026-11-10', '50', 'm1', true, 'SCALLION|WHITE|A')])).toEqual([]);
    // replacing 11-03 by 10 (slot m1): window {1, 1, 10}, median 1 → 50 refused; replacing 11-02 and 11-03 by 10: median 10 → 50 passes
    expect(trailingMedianRefusals(past, [row(0, '2026-11-03', '10'), row(1, '2026-11-10', '50')]).map((r) => r.row)).toEqual([1]);
    expect(trailingMedianRefusals(past, [row(0, '2026-11-02', '10'), row(1, '2026-11-03', '10'), row(2, '2026-11-10', '50')])).toEqual([]);
  });

  it('judges a bulk of 50,000 rows in one pass', () => {
    const rows: IncomingPrice[] = [];
    for (let d = 0; d < 6250; d++) {
      const day = new Date(Date.UTC(2009, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
      for (let m = 0; m < 8; m++) rows.push(row(rows.length, day, (1.5 + ((d * 7 + m * 13) % 100) / 100).toFixed(2), `m${m}`));
    }
    rows[49_999] = { ...rows[49_999]!, priceCnyPerKg: '40' };
    const started = performance.now();
    expect(trailingMedianRefusals([], rows).map((r) => r.row)).toEqual([49_999]);
    // not a timed assertion: only shown
    console.info(`trailing median of 50,000 rows (8 markets, window 240 prices): ${Math.round(performance.now() - started)} ms`);
  });
});
