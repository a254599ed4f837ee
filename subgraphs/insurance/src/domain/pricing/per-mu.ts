import { Decimal } from '@alliance/domain-kit';
import { daysBetween } from '@alliance/domain-kit';

/**
 * The Chinese per-mu target-price form of a floor (Zhangqiu's 2015 green-onion scheme): indemnity
 * per mu = sum insured per mu × (target − actual) ÷ target, floored at 0. With target = K and sum
 * insured per mu = K × the kg one mu grows in a window, it pays what the per-kg form pays.
 */

const JIN_PER_KG = 2;

/**
 * Kg one mu is expected to grow in one window: the cost basis's season yield, prorated by the
 * cover's days per window over the season's days, to 3 decimals.
 */
export function windowYieldKgPerMu(
  expectedYieldKgPerMu: Decimal.Value,
  cover: { from: string; to: string; windows: number },
  season: { from: string; to: string },
): Decimal {
  const coverDays = daysBetween(cover.from, cover.to) + 1;
  const seasonDays = daysBetween(season.from, season.to) + 1;
  return new Decimal(expectedYieldKgPerMu).times(coverDays).dividedBy(cover.windows).dividedBy(seasonDays).toDecimalPlaces(3, Decimal.ROUND_HALF_UP);
}

export interface PerMuInputs {
  floorPerKg: Decimal.Value;
  windowYieldKgPerMu: Decimal.Value;
  /** Per window. */
  insuredKg: Decimal.Value;
  windows: number;
  premiumCny: Decimal.Value;
  /** The farmer's part of the premium (its shares' amounts). */
  farmerPremiumCny: Decimal.Value;
}

export interface PerMuTerms {
  insuredMu: string;
  expectedYieldKgPerMu: string;
  sumInsuredPerMuCny: string;
  targetPricePerKg: string;
  targetPricePerJin: string;
  premiumPerMuCny: string;
  farmerPremiumPerMuCny: string;
}

const fen = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/**
 * The per-mu terms of a cover. Sum insured and premium per mu are of one mu for one window, as in
 * Zhangqiu's form, so that premium per mu ÷ sum insured per mu is the rate: premium per mu =
 * premium ÷ (insured kg ÷ window yield per mu) ÷ windows, from the unrounded mu; the farmer's the
 * same of its part. insuredMu = insured kg ÷ window yield per mu, to 2 decimals.
 */
export function perMuTerms(i: PerMuInputs): PerMuTerms {
  const k = new Decimal(i.floorPerKg);
  const yieldPerMu = new Decimal(i.windowYieldKgPerMu);
  const mu = new Decimal(i.insuredKg).dividedBy(yieldPerMu);
  const muWindows = mu.times(i.windows);
  return {
    insuredMu: mu.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
    expectedYieldKgPerMu: yieldPerMu.toFixed(3),
    sumInsuredPerMuCny: fen(k.times(yieldPerMu)),
    targetPricePerKg: k.toFixed(2),
    targetPricePerJin: k.dividedBy(JIN_PER_KG).toFixed(3),
    premiumPerMuCny: fen(new Decimal(i.premiumCny).dividedBy(muWindows)),
    farmerPremiumPerMuCny: fen(new Decimal(i.farmerPremiumCny).dividedBy(muWindows)),
  };
}

/** Indemnity per mu = sum insured per mu × (target − actual) ÷ target, floored at 0, to the fen (half up). */
export function indemnityPerMu(sumInsuredPerMuCny: Decimal.Value, targetPrice: Decimal.Value, actualPrice: Decimal.Value): Decimal {
  const target = new Decimal(targetPrice);
  const indemnity = new Decimal(sumInsuredPerMuCny).times(target.minus(actualPrice)).dividedBy(target);
  return Decimal.max(0, indemnity).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
