import { BadInput, Decimal, addDays, addYears } from '@alliance/domain-kit';

/** How a number a client typed for insurance's terms and bases is read: every refusal names its field. */

export interface DecimalBounds {
  /** Decimal places allowed at most. */
  places: number;
  min: Decimal.Value;
  /** The minimum itself is refused (a value must be more than it). */
  minExclusive?: boolean;
  max: Decimal.Value;
  /** Said in the message after a value, e.g. "CNY per kg". */
  unit: string;
  /** How the message names the value, when not by its field (e.g. "lines[2] (LABOUR)"). */
  label?: string;
}

/** A decimal within bounds, exact; BAD_USER_INPUT naming `field` otherwise. */
export function decimalIn(value: string, field: string, bounds: DecimalBounds): Decimal {
  const name = bounds.label ?? field;
  let d: Decimal;
  try {
    d = new Decimal(value.trim());
  } catch {
    throw new BadInput(`${name} "${value.slice(0, 40)}" is not a number.`, { field });
  }
  if (!d.isFinite()) throw new BadInput(`${name} "${value.slice(0, 40)}" is not a number.`, { field });
  const tooLow = bounds.minExclusive ? d.lte(bounds.min) : d.lt(bounds.min);
  if (tooLow) throw new BadInput(`${name} must be ${bounds.minExclusive ? 'more than' : 'at least'} ${bounds.min} ${bounds.unit}; got ${value}.`, { field });
  if (d.gt(bounds.max)) throw new BadInput(`${name} must be at most ${bounds.max} ${bounds.unit}; got ${value}.`, { field });
  if (d.decimalPlaces() > bounds.places) throw new BadInput(`${name} has more than ${bounds.places} decimal places; got ${value}.`, { field });
  return d;
}

/** A whole number within [min, max]. */
export function wholeIn(value: number, field: string, min: number, max: number, unit: string): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new BadInput(`${field} must be a whole number of ${unit} from ${min} to ${max}; got ${value}.`, { field });
  }
  return value;
}

/** The longest season a cost basis or scheme covers: two years (this year and the next, as a scheme of two springs). */
export const MAX_SEASON_YEARS = 2;

/** A season of ISO days (the Date scalar has checked their form): it ends on or after its start, within two years. */
export function validSeason(seasonFrom: string, seasonTo: string): { seasonFrom: string; seasonTo: string } {
  if (seasonTo < seasonFrom) throw new BadInput(`The season ends (${seasonTo}) before it starts (${seasonFrom}).`, { field: 'seasonTo' });
  const lastDay = addDays(addYears(seasonFrom, MAX_SEASON_YEARS), -1);
  if (seasonTo > lastDay) {
    throw new BadInput(`A season lasts at most ${MAX_SEASON_YEARS} years: one from ${seasonFrom} ends on ${lastDay} at the latest; got ${seasonTo}.`, { field: 'seasonTo' });
  }
  return { seasonFrom, seasonTo };
}
