import { Decimal } from '@alliance/domain-kit';

/**
 * A past window's volume-weighted index as a quote shows it and prices with it: to 6 decimals
 * (half up), so that every figure of a quote can be recomputed from what it shows.
 */
export function quotedIndex(vwap: Decimal.Value): Decimal {
  return new Decimal(vwap).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
}

/** The mean of the values of the seasons that had observations (null: none, left out), to 6 decimals; null when none had any. */
export function meanOfObserved(values: readonly (Decimal.Value | null)[], map: (value: Decimal) => Decimal = (v) => v): Decimal | null {
  const observed = values.filter((v): v is Decimal.Value => v !== null).map((v) => map(new Decimal(v)));
  if (!observed.length) return null;
  return observed.reduce((sum, v) => sum.plus(v), new Decimal(0)).dividedBy(observed.length).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
}

/** F of a window: the mean of the same window's index in the past seasons that had observations; null when none had any. */
export function forwardPerKg(pastIndexes: readonly (Decimal.Value | null)[]): Decimal | null {
  return meanOfObserved(pastIndexes);
}
