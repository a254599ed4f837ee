import { BadInput, Decimal, isIsoDay, kgString, shanghaiDay } from '@alliance/domain-kit';
import type { Crop, Variety } from '../entities/vocabulary.ts';

/** Input rules for lots: pure, each failure names the field. */

/** Growers sell scallion by variety; safflower has none. */
export function varietyFor(crop: Crop, variety: Variety | null | undefined): Variety | null {
  if (crop === 'SCALLION') {
    if (!variety) throw new BadInput('A scallion lot needs its variety: RED, WHITE or BLACK.', { field: 'variety' });
    return variety;
  }
  if (variety) throw new BadInput(`A ${crop} lot has no variety; leave it empty.`, { field: 'variety' });
  return null;
}

/** A past harvest is at most a year old; an expected one at most 120 days ahead. */
export function harvestDateFor(day: string, forward: boolean, today = shanghaiDay()): string {
  if (!isIsoDay(day)) throw new BadInput(`harvestDate "${day}" is not a calendar day (YYYY-MM-DD).`, { field: 'harvestDate' });
  const days = (Date.parse(day) - Date.parse(today)) / 86_400_000;
  if (!forward && days > 0) {
    throw new BadInput(`harvestDate ${day} is in the future; declare it with forward: true as an expected harvest.`, { field: 'harvestDate' });
  }
  if (forward && (days < 0 || days > 120)) {
    throw new BadInput(`An expected harvest must be from today to 120 days ahead; got ${day}.`, { field: 'harvestDate' });
  }
  if (days < -365) throw new BadInput(`harvestDate ${day} is more than a year ago.`, { field: 'harvestDate' });
  return day;
}

/** What buyers have a live claim on: quantity − shipped − available (expired holds excluded). */
export function reservedKgOf(lot: { quantityKg: string; shippedKg: string }, availableKg: string): string {
  return kgString(new Decimal(lot.quantityKg).minus(lot.shippedKg).minus(availableKg));
}
