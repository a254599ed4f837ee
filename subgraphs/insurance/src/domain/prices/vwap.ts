import { BadInput, Decimal } from '@alliance/domain-kit';

/** An observation as the index weighs it: CNY per kg and kg (decimal strings or Decimals). */
export interface WeightedPrice {
  priceCnyPerKg: Decimal.Value;
  volumeKg: Decimal.Value;
}

/**
 * The volume-weighted average price, Σ price × volume ÷ Σ volume, exact (null without volume).
 * What the index of a period, window or settlement means; PostgreSQL computes the same sums in
 * `indexByPeriod`, and this is the rule its result is checked against.
 */
export function vwapOf(observations: readonly WeightedPrice[]): Decimal | null {
  let value = new Decimal(0);
  let volume = new Decimal(0);
  for (const o of observations) {
    value = value.plus(new Decimal(o.priceCnyPerKg).times(o.volumeKg));
    volume = volume.plus(o.volumeKg);
  }
  return volume.isZero() ? null : value.dividedBy(volume);
}

/** An index price as it is shown: CNY per kg to 4 decimals, half up, from the exact value. */
export function indexPriceString(exact: Decimal.Value): string {
  return new Decimal(exact).toFixed(4, Decimal.ROUND_HALF_UP);
}

export type PriceInterval = 'DAY' | 'WEEK' | 'MONTH';

/** The most periods one index answers: a daily index over about ten years. */
export const MAX_INDEX_PERIODS = 3700;

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

/** Periods (days, ISO weeks from Monday, calendar months) that the days from `from` to `to` touch, both included. */
export function periodCount(from: string, to: string, interval: PriceInterval): number {
  if (interval === 'DAY') return dayNumber(to) - dayNumber(from) + 1;
  if (interval === 'WEEK') {
    // 1970-01-01 was a Thursday: day number + 3 counts from a Monday.
    const week = (day: string) => Math.floor((dayNumber(day) + 3) / 7);
    return week(to) - week(from) + 1;
  }
  const month = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
  return month(to) - month(from) + 1;
}

/** The range an index is asked for: `from` not after `to`, and at most MAX_INDEX_PERIODS periods. */
export function checkIndexRange(from: string, to: string, interval: PriceInterval): void {
  if (from > to) throw new BadInput(`from (${from}) is after to (${to}).`, { field: 'from' });
  const periods = periodCount(from, to, interval);
  if (periods > MAX_INDEX_PERIODS) {
    throw new BadInput(
      `${from} to ${to} is ${periods.toLocaleString('en-US')} ${interval === 'DAY' ? 'days' : interval === 'WEEK' ? 'weeks' : 'months'}; one index answers at most ${MAX_INDEX_PERIODS.toLocaleString('en-US')} periods: ask for a shorter range or a longer interval.`,
      { field: 'to' },
    );
  }
}
