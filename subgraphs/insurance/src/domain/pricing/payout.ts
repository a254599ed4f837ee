import { Decimal } from '@alliance/domain-kit';

/** Enough digits that nothing before the one rounding to the fen is rounded (Σ price × volume has up to 26). */
const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

/**
 * Payout of a window = max(0, K − index) × insured kg, from the exact index, rounded to the fen
 * once at the end (half up). Settlement uses this rule, and the same in SQL from the window's sums:
 * round(greatest(0, K × volume_kg − value_cny) × insured_kg / volume_kg, 2).
 */
export function windowPayoutCny(floorPerKg: Decimal.Value, indexPerKg: Decimal.Value, insuredKg: Decimal.Value): Decimal {
  const shortfall = Exact.max(0, new Exact(floorPerKg.toString()).minus(indexPerKg.toString()));
  return new Decimal(shortfall.times(insuredKg.toString()).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
}

/**
 * The same payout from the window's exact sums (Σ price × volume and Σ volume, as window_index
 * keeps them): the index is their quotient, never rounded before the fen.
 */
export function windowPayoutFromSums(floorPerKg: Decimal.Value, valueCny: Decimal.Value, volumeKg: Decimal.Value, insuredKg: Decimal.Value): Decimal {
  if (!new Decimal(volumeKg).gt(0)) throw new RangeError(`A window's index needs volume above 0; got ${String(volumeKg)}.`);
  const shortfall = Exact.max(0, new Exact(floorPerKg.toString()).times(volumeKg.toString()).minus(valueCny.toString()));
  return new Decimal(shortfall.times(insuredKg.toString()).dividedBy(volumeKg.toString()).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
}
