import { BadInput, Decimal } from '@alliance/domain-kit';
import { addDays } from '@alliance/domain-kit';
import type { DayRange } from './windows.ts';

/** σ needs at least this many daily returns. */
export const MIN_RETURNS = 30;
const TRADING_DAYS_A_YEAR = 365;

/** The 365 days before the quote's day, the quote's day left out: the history σ is measured on. */
export function volatilityPeriod(quoteDay: string): DayRange {
  return { start: addDays(quoteDay, -365), end: addDays(quoteDay, -1) };
}

/** ln(pᵢ / pᵢ₋₁) between consecutive days with data (prices in day order). */
export function dailyLogReturns(prices: readonly Decimal.Value[]): number[] {
  const returns: number[] = [];
  for (let i = 1; i < prices.length; i++) returns.push(new Decimal(prices[i]!).dividedBy(prices[i - 1]!).ln().toNumber());
  return returns;
}

/** The sample standard deviation (n − 1) of the returns. */
export function sampleStandardDeviation(values: readonly number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
}

/**
 * σ: the sample standard deviation of the daily log returns of the DAY index, annualised by √365,
 * to 6 decimals. A model input, computed in double precision; no money is rounded through it.
 * Fewer than MIN_RETURNS returns is BAD_USER_INPUT: too little history to price on.
 */
export function annualisedVolatility(dailyPrices: readonly Decimal.Value[], period: DayRange, series: string): Decimal {
  const returns = dailyLogReturns(dailyPrices);
  if (returns.length < MIN_RETURNS) {
    throw new BadInput(
      `Too little price history to measure volatility: the ${series} index has ${dailyPrices.length} days with observations from ${period.start} to ${period.end}, so ${returns.length} daily returns; σ needs at least ${MIN_RETURNS}.`,
      { field: 'crop' },
    );
  }
  return new Decimal(sampleStandardDeviation(returns) * Math.sqrt(TRADING_DAYS_A_YEAR)).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
}
