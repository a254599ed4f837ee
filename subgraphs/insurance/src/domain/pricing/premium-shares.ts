import { Decimal, apportionLargestRemainder } from '@alliance/domain-kit';
import type { PremiumShareAmount, PremiumShareTerm } from '../../entities/vocabulary.ts';

/** Shares are exact to this many decimals (the scheme's terms). */
const SHARE_SCALE = 10n ** 6n;

function weightOf(term: PremiumShareTerm): bigint {
  const scaled = new Decimal(term.share).times(SHARE_SCALE.toString());
  if (!scaled.isInteger() || scaled.isNegative()) throw new RangeError(`A premium share is ≥ 0 with at most 6 decimals; got ${term.share} for ${term.payer}.`);
  return BigInt(scaled.toFixed(0));
}

/**
 * The premium split by payer, in fen, by the largest-remainder method: each payer first gets the
 * whole fen of its exact share (premium × share ÷ Σ shares), then the fen left over go one each to
 * the largest fractional parts, equal ones in the scheme's order. The amounts add up to the
 * premium exactly.
 */
export function splitPremium(premiumCny: Decimal.Value, terms: readonly PremiumShareTerm[]): PremiumShareAmount[] {
  const fen = new Decimal(premiumCny).times(100);
  if (!fen.isInteger() || fen.isNegative()) throw new RangeError(`A premium is a whole number of fen, 0 or more; got ${String(premiumCny)}.`);
  const { parts } = apportionLargestRemainder(BigInt(fen.toFixed(0)), terms.map(weightOf));
  return terms.map((term, i) => ({
    payer: term.payer,
    share: term.share,
    amountCny: new Decimal(parts[i]!.toString()).dividedBy(100).toFixed(2),
  }));
}
