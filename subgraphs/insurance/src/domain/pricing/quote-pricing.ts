import { BadInput, Decimal } from '@alliance/domain-kit';
import type { PastSeasonWindowRecord, PremiumShareAmount, PremiumShareTerm, QuoteWindowRecord } from '../../entities/vocabulary.ts';
import { black76Put } from './black76.ts';
import { burnCostPerKg, seasonPayoutPerKg } from './burn-cost.ts';
import { yearsToExpiry } from './expiry.ts';
import { forwardPerKg, quotedIndex } from './forward.ts';
import { splitPremium } from './premium-shares.ts';
import { annualisedVolatility } from './volatility.ts';
import { quoteTotals, type QuoteTotals } from './totals.ts';
import type { DayRange } from './windows.ts';

/** A past season's window and its index as read (vwap null: no observations). */
export interface PastSeasonIndex extends DayRange {
  vwap: string | null;
  observationDays: number;
}

export interface QuotePricingInputs {
  quotedAt: Date;
  floorPerKg: Decimal.Value;
  /** Per window. */
  insuredKg: Decimal.Value;
  loading: Decimal.Value;
  riskFreeRate: Decimal.Value;
  /** The DAY index over σ's period (volatilityPeriod of the quote's day), in day order. */
  dailyIndex: readonly Decimal.Value[];
  volatilityPeriod: DayRange;
  windows: readonly DayRange[];
  /** For each window, its past seasons. */
  pastSeasons: readonly (readonly PastSeasonIndex[])[];
  shares: readonly PremiumShareTerm[];
  /** The series in words, for messages ("SCALLION RED, every grade"). */
  series: string;
}

export interface PricedQuote {
  windows: QuoteWindowRecord[];
  totals: QuoteTotals;
  premiumShares: PremiumShareAmount[];
}

const six = (d: Decimal.Value) => new Decimal(d).toFixed(6);

/** A window's past indexes as the quote shows them, and F from them; BAD_USER_INPUT when no past season had observations. */
function forwardOf(i: QuotePricingInputs, window: DayRange, past: readonly PastSeasonIndex[]): { indexes: (Decimal | null)[]; forward: Decimal } {
  const indexes = past.map((p) => (p.vwap === null ? null : quotedIndex(p.vwap)));
  const forward = forwardPerKg(indexes);
  if (forward === null) {
    throw new BadInput(
      `There is no price history of ${i.series} in the window ${window.start} – ${window.end} of any of the ${past.length} past seasons (${past.map((p) => p.start.slice(0, 7)).join(', ')}), so its expected price F cannot be estimated.`,
      { field: 'coverFrom' },
    );
  }
  return { indexes, forward };
}

function priceWindow(i: QuotePricingInputs, volatility: Decimal, window: DayRange, past: readonly PastSeasonIndex[], { indexes, forward }: ReturnType<typeof forwardOf>): QuoteWindowRecord {
  const years = yearsToExpiry(i.quotedAt, window.end);
  const put = black76Put({ forward: forward.toNumber(), strike: new Decimal(i.floorPerKg).toNumber(), rate: new Decimal(i.riskFreeRate).toNumber(), volatility: volatility.toNumber(), years: years.toNumber() });
  const pastSeasons: PastSeasonWindowRecord[] = past.map((p, k) => ({
    start: p.start,
    end: p.end,
    indexPerKg: indexes[k] ? six(indexes[k]) : null,
    observationDays: p.observationDays,
    payoutPerKg: indexes[k] ? six(seasonPayoutPerKg(i.floorPerKg, indexes[k])) : null,
  }));
  return {
    start: window.start,
    end: window.end,
    forwardPerKg: six(forward),
    volatility: six(volatility),
    yearsToExpiry: six(years),
    riskFreeRate: new Decimal(i.riskFreeRate).toString(),
    black76PerKg: six(new Decimal(put).toDecimalPlaces(6, Decimal.ROUND_HALF_UP)),
    pastSeasons,
    burnCostPerKg: six(burnCostPerKg(i.floorPerKg, indexes)!),
  };
}

/**
 * A quote's prices from the history read for it: per window F (every window must have some past
 * season with observations), then σ, T, the Black-76 put and the burn cost (every figure to 6
 * decimals, each computed from the figures shown before it), then the premium, the sum insured
 * and the premium's split by payer.
 */
export function priceQuote(i: QuotePricingInputs): PricedQuote {
  const forwards = i.windows.map((w, n) => forwardOf(i, w, i.pastSeasons[n] ?? []));
  const volatility = annualisedVolatility(i.dailyIndex, i.volatilityPeriod, i.series);
  const windows = i.windows.map((w, n) => priceWindow(i, volatility, w, i.pastSeasons[n] ?? [], forwards[n]!));
  const totals = quoteTotals(windows, i.floorPerKg, i.insuredKg, i.loading);
  return { windows, totals, premiumShares: splitPremium(totals.premiumCny, i.shares) };
}
