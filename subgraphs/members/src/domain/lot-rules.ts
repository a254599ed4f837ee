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

/** The most lots one alliance can number on one harvest day: the counter's 6 digits keep the number within 20 characters. */
export const MAX_LOTS_PER_DAY = 999_999;

/**
 * A lot's number, GS1 AI (10) sized (at most 20 of A–Z, 0–9 and '-'): the alliance's code in letters
 * and digits (its first 6), the harvest day as YYMMDD, and the day's counter (at least 4 digits),
 * e.g. LUXI-261126-0042. The migration that numbered the existing lots spells the same rule in SQL.
 */
export function lotNumberOf(allianceCode: string, harvestDate: string, sequence: number): string {
  if (!isIsoDay(harvestDate)) throw new Error(`harvestDate "${harvestDate}" is not a calendar day (YYYY-MM-DD).`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`Lot sequence ${sequence} must be a positive integer.`);
  if (sequence > MAX_LOTS_PER_DAY) {
    throw new BadInput(`The alliance has numbered ${MAX_LOTS_PER_DAY} lots harvested on ${harvestDate}; no more fit a lot number.`, { field: 'harvestDate' });
  }
  const prefix = allianceCode.toUpperCase().replace(/[^A-Z0-9]/gu, '').slice(0, 6) || 'LOT';
  const day = harvestDate.slice(2, 4) + harvestDate.slice(5, 7) + harvestDate.slice(8, 10);
  return `${prefix}-${day}-${String(sequence).padStart(4, '0')}`;
}
