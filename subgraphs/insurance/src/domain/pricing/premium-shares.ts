import { Decimal } from '@alliance/domain-kit';
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
  const weights = terms.map(weightOf);
  const total = weights.reduce((s, w) => s + w, 0n);
  if (total === 0n) throw new RangeError('The premium shares add up to 0: there is no one to split the premium with.');
  const pool = BigInt(fen.toFixed(0));
  // Exact in integers: pool × weight ÷ total = whole + rest ÷ total.
  const parts = weights.map((w, order) => ({ order, whole: (pool * w) / total, rest: (pool * w) % total }));
  const left = Number(pool - parts.reduce((s, p) => s + p.whole, 0n));
  const lucky = new Set(
    [...parts]
      .sort((a, b) => (a.rest === b.rest ? a.order - b.order : b.rest > a.rest ? 1 : -1))
      .slice(0, left)
      .map((p) => p.order),
  );
  return terms.map((term, i) => ({
    payer: term.payer,
    share: term.share,
    amountCny: new Decimal((parts[i]!.whole + (lucky.has(i) ? 1n : 0n)).toString()).dividedBy(100).toFixed(2),
  }));
}
