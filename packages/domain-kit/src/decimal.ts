import { Decimal } from 'decimal.js';
import { BadInput } from './errors.ts';

/** Exact decimal arithmetic for kg and CNY; never binary floats. */
export { Decimal };

function parse(value: string, field: string, places: number, what: string, max: Decimal.Value): Decimal {
  let d: Decimal;
  try {
    d = new Decimal(value.trim());
  } catch {
    throw new BadInput(`${field} "${value}" is not a number.`, { field });
  }
  if (!d.isFinite() || d.lte(0)) throw new BadInput(`${field} must be more than 0 ${what}; got ${value}.`, { field });
  if (d.decimalPlaces() > places) throw new BadInput(`${field} has more than ${places} decimal places; got ${value}.`, { field });
  if (d.gt(max)) throw new BadInput(`${field} must be at most ${max} ${what}; got ${value}.`, { field });
  return d;
}

/** A positive quantity in kg, exact to the gram. */
export function parseKg(value: string, field = 'quantityKg', max: Decimal.Value = '100000000'): Decimal {
  return parse(value, field, 3, 'kg', max);
}

/** A positive amount of CNY, exact to the fen. */
export function parseCny(value: string, field = 'price', max: Decimal.Value = '1000000'): Decimal {
  return parse(value, field, 2, 'CNY', max);
}

export function kgString(value: Decimal.Value): string {
  return new Decimal(value).toFixed(3);
}

export function cnyString(value: Decimal.Value): string {
  return new Decimal(value).toFixed(2);
}
