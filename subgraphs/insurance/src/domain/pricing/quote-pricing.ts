import { BadInput, Decimal } from '@alliance/domain-kit';
import type { PastSeasonWindowRecord, PremiumShareAmount, PremiumShareTerm, QuoteWindowRecord } from '../../entities/vocabulary.ts';
import { black76Put } from './black76.ts';
import { burnCostPerKg, seasonPayoutPerKg } from './burn-cost.ts';
import { yearsToExpiry } from './expiry.ts';
import { forwardPerKg, quotedIndex } from './forward.ts';
import { splitPremium } from './premium-shares.ts';
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
  /** σ of the index, annualised. */
  volatility: Decimal.Value;
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

function priceWindow(i: QuotePricingInputs, window: DayRange, past: readonly PastSeasonIndex[]): QuoteWindowRecord {
  const indexes = past.map((p) => (p.vwap === null ? null : quotedIndex(p.vwap)));
  const forward = forwardPerKg(indexes);
  if (forward === null) {
    throw new BadInput(
      `There is no price history of ${i.series} in the window ${window.start} – ${window.end} of any of the ${past.length} past seasons (${past.map((p) => p.start.slice(0, 7)).join(', ')}), so its expected price F cannot be estimated.`,
      { field: 'coverFrom' },
    );
  }
  const years = yearsToExpiry(i.quotedAt, window.end);
  const put = black76Put({ forward: forward.toNumber(), strike: new Decimal(i.floorPerKg).toNumber(), rate: new Decimal(i.riskFreeRate).toNumber(), volatility: new Decimal(i.volatility).toNumber(), years: years.toNumber() });
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
    volatility: six(i.volatility),
    yearsToExpiry: six(years),
    riskFreeRate: new Decimal(i.riskFreeRate).toString(),
    black76PerKg: six(new Decimal(put).toDecimalPlaces(6, Decimal.ROUND_HALF_UP)),
    pastSeasons,
    burnCostPerKg: six(burnCostPerKg(i.floorPerKg, indexes)!),
  };
}

/**
 * A quote's prices from the history read for it: per window F, T, the Black-76 put and the burn
 * cost (every figure to 6 decimals, each computed from the figures shown before it), then the
 * premium, the sum insured and the premium's split by payer.
 */
export function priceQuote(i: QuotePricingInputs): PricedQuote {
  const windows = i.windows.map((w, n) => priceWindow(i, w, i.pastSeasons[n] ?? []));
  const totals = quoteTotals(windows, i.floorPerKg, i.insuredKg, i.loading);
  return { windows, totals, premiumShares: splitPremium(totals.premiumCny, i.shares) };
}
