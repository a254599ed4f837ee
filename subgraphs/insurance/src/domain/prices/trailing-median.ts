import { Decimal } from '@alliance/domain-kit';

/**
 * The plausibility of a reported price against its series' recent past: a price more than `factor`
 * times the median of the series (alliance, crop, variety, grade, every market) over the
 * `windowDays` days before its day is refused, once that window holds at least `minPrices` prices.
 * Only "more than 5×" is a rule (a glut year's prices fall far below the median and are real).
 */
export interface MedianRule {
  factor: number;
  windowDays: number;
  minPrices: number;
}

export const TRAILING_MEDIAN_RULE: MedianRule = { factor: 5, windowDays: 30, minPrices: 3 };

/** A price already stored: `slot` names the market, variety and grade within its series. */
export interface StoredPrice {
  series: string;
  slot: string;
  day: string;
  priceCnyPerKg: string;
}

/** A price of the request: `row` is its position; only `usable` rows (valid in every other way) enter later windows. */
export interface IncomingPrice extends StoredPrice {
  row: number;
  usable: boolean;
}

export interface MedianRefusal {
  row: number;
  median: Decimal;
  /** The first and last day of the window the median was taken over. */
  windowStart: string;
  windowEnd: string;
  day: string;
  priceCnyPerKg: string;
}

/** The median of prices, exact (the mean of the two middle ones for an even count); null for none. */
export function medianOf(prices: readonly Decimal.Value[]): Decimal | null {
  if (!prices.length) return null;
  const sorted = prices.map((p) => new Decimal(p)).sort((a, b) => a.comparedTo(b));
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : sorted[mid - 1]!.plus(sorted[mid]!).dividedBy(2);
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Prices as whole ten-thousandths of a yuan: exact integers (the column keeps 4 decimals, under 10^8 CNY). */
const tenThousandths = (price: string) => new Decimal(price).times(10_000).toNumber();

/** First index in the sorted array whose value is ≥ x. */
function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Point {
  day: number;
  price: number;
}

/**
 * The request's rows whose price is more than `factor` × the trailing median, in one pass per series
 * over the days in order (a sliding window kept sorted): the window of a row's day holds the stored
 * prices and the request's usable rows of earlier days that passed, a stored price replaced by a
 * row of the request (same slot and day) counting as the row's. Cost: O(n · w) for n prices and w
 * prices in a window, without one query per row.
 */
export function trailingMedianRefusals(stored: readonly StoredPrice[], incoming: readonly IncomingPrice[], rule: MedianRule = TRAILING_MEDIAN_RULE): MedianRefusal[] {
  const replaced = new Set(incoming.map((r) => `${r.series}\u0000${r.slot}\u0000${r.day}`));
  const storedBySeries = new Map<string, Point[]>();
  for (const s of stored) {
    if (replaced.has(`${s.series}\u0000${s.slot}\u0000${s.day}`)) continue;
    const list = storedBySeries.get(s.series) ?? [];
    list.push({ day: dayNumber(s.day), price: tenThousandths(s.priceCnyPerKg) });
    storedBySeries.set(s.series, list);
  }
  const incomingBySeries = new Map<string, IncomingPrice[]>();
  for (const r of incoming) {
    const list = incomingBySeries.get(r.series) ?? [];
    list.push(r);
    incomingBySeries.set(r.series, list);
  }

  const refusals: MedianRefusal[] = [];
  for (const [series, rows] of incomingBySeries) {
    const past = (storedBySeries.get(series) ?? []).sort((a, b) => a.day - b.day);
    const todo = rows
      .map((r) => ({ r, day: dayNumber(r.day), price: r.usable ? tenThousandths(r.priceCnyPerKg) : 0 }))
      .sort((a, b) => a.day - b.day || a.r.row - b.r.row);
    const window: Point[] = []; // in day order: the front leaves first
    let front = 0;
    const sorted: number[] = [];
    let next = 0; // next stored price not yet in the window
    let accepted: Point[] = []; // the previous day's passing rows, entering the window next
    for (let i = 0; i < todo.length; ) {
      const day = todo[i]!.day;
      const entering: Point[] = [...accepted];
      while (next < past.length && past[next]!.day < day) entering.push(past[next++]!);
      entering.sort((a, b) => a.day - b.day);
      for (const p of entering) {
        if (p.day < day - rule.windowDays) continue;
        window.push(p);
        sorted.splice(lowerBound(sorted, p.price), 0, p.price);
      }
      while (front < window.length && window[front]!.day < day - rule.windowDays) {
        sorted.splice(lowerBound(sorted, window[front]!.price), 1);
        front++;
      }
      accepted = [];
      const n = sorted.length;
      // median × 2 as an integer: exact comparison price > factor × median ⇔ 2·price > factor · (2·median)
      const twiceMedian = n % 2 ? 2 * sorted[n >> 1]! : sorted[(n >> 1) - 1]! + sorted[n >> 1]!;
      for (; i < todo.length && todo[i]!.day === day; i++) {
        const { r, price } = todo[i]!;
        if (!r.usable) continue;
        if (n >= rule.minPrices && 2 * price > rule.factor * twiceMedian) {
          refusals.push({
            row: r.row,
            median: new Decimal(twiceMedian).dividedBy(20_000),
            windowStart: dayOf(day - rule.windowDays),
            windowEnd: dayOf(day - 1),
            day: r.day,
            priceCnyPerKg: r.priceCnyPerKg,
          });
        } else {
          accepted.push({ day, price });
        }
      }
    }
  }
  return refusals.sort((a, b) => a.row - b.row);
}

/** "price 62.0000 is more than 5× the median 1.9000 of the 30 days before 2026-11-20". */
export function medianReason(refusal: MedianRefusal, rule: MedianRule = TRAILING_MEDIAN_RULE): string {
  const median = refusal.median.decimalPlaces() <= 4 ? refusal.median.toFixed(4) : refusal.median.toString();
  return `price ${new Decimal(refusal.priceCnyPerKg).toFixed(4)} is more than ${rule.factor}× the median ${median} of the ${rule.windowDays} days before ${refusal.day} (${refusal.windowStart} to ${refusal.windowEnd}, every market of the series)`;
}
