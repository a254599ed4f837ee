import { BadInput, Decimal } from '@alliance/domain-kit';

export const MIN_COVERAGE = new Decimal('0.70');
export const MAX_COVERAGE = new Decimal('1.00');

/** A coverage level as a client typed it: 0.70 to 1.00, at most 4 decimals. */
export function parseCoverage(value: string): Decimal {
  let coverage: Decimal;
  try {
    coverage = new Decimal(value.trim());
  } catch {
    throw new BadInput(`coverage "${value}" is not a number; write a fraction such as 0.85.`, { field: 'coverage' });
  }
  if (!coverage.isFinite() || coverage.lt(MIN_COVERAGE) || coverage.gt(MAX_COVERAGE)) {
    throw new BadInput(`coverage must be between 0.70 and 1.00 of the marginal cost (a fraction, 0.85 for 85 %); got ${value}.`, { field: 'coverage' });
  }
  if (coverage.decimalPlaces() > 4) throw new BadInput(`coverage has at most 4 decimal places; got ${value}.`, { field: 'coverage' });
  return coverage;
}

/** Floor K per kg = coverage × marginal cost, to the fen (half up). */
export function floorPerKg(coverage: Decimal.Value, marginalCostPerKg: Decimal.Value): Decimal {
  return new Decimal(coverage).times(marginalCostPerKg).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
