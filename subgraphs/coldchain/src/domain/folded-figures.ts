import type { CropProfile } from './crop-profiles.ts';
import type { Excursion, ExcursionKind } from './excursions.ts';
import { ARRHENIUS_RATIO, arrheniusOf, lifeKeyOf, limitKeysOf, ZERO_CELSIUS_K, type ReadingFold } from './reading-fold.ts';
import { HOUR_MS, MINUTE_MS } from './readings.ts';
import { consumeShelfLife, shelfLifeAt, type ShelfLifeOptions, type ShelfLifeStatus } from './shelf-life.ts';

/**
 * A lot's figures from folds of its readings (reading-fold.ts): each the figure its rule gives from
 * the raw readings (shelf-life.ts, mean-kinetic-temperature.ts, excursions.ts), tested as such.
 */

/** Shelf life from a fold, as consumeShelfLife gives it from the readings; expiresAt null when it ran out inside the history (the fold cannot say when). */
export type FoldedShelfLife = Omit<ShelfLifeStatus, 'expiresAt'> & { expiresAt: Date | null };

/**
 * consumeShelfLife of the fold's readings. Undefined when the fold cannot answer: it lacks the
 * profile's model, or holds readings from before harvest (which the rule ignores).
 */
export function shelfLifeOfFold(fold: ReadingFold | null, profile: CropProfile, opts: ShelfLifeOptions): FoldedShelfLife | null | undefined {
  const model = profile.shelfLife;
  if (!model) return null;
  if (!fold) return consumeShelfLife([], profile, opts);
  const key = lifeKeyOf(profile)!;
  const sums = fold.life[key];
  const harvestedAt = opts.harvestedAt?.getTime() ?? -Infinity;
  if (!sums || fold.first.at < harvestedAt) return undefined;
  const asOf = opts.asOf.getTime();
  const unloggedHours = shelfLifeAt(profile.unmonitored.tempC, profile)!;
  const beforeFirst = Math.max(0, Math.min(fold.first.at, asOf) - harvestedAt);
  const afterLast = Math.max(0, asOf - fold.last.at);
  const unmonitoredMs = (Number.isFinite(beforeFirst) ? beforeFirst : 0) + sums[1];
  const fractionUsed =
    (sums[0] * model.q10 ** (-model.referenceTempC / 10)) / (model.referenceDays * 24 * HOUR_MS) +
    unmonitoredMs / HOUR_MS / unloggedHours +
    afterLast / HOUR_MS / shelfLifeAt(fold.last.c, profile)!;
  const remainingHours = Math.max(0, 1 - fractionUsed) * shelfLifeAt(opts.remainingAtC ?? model.referenceTempC, profile)!;
  return {
    fractionUsed,
    remainingHours,
    remainingDays: remainingHours / 24,
    expiresAt: fractionUsed >= 1 ? null : new Date(asOf + remainingHours * HOUR_MS),
    unmonitoredHours: unmonitoredMs / HOUR_MS,
  };
}

/** Mean kinetic temperature from the fold's first reading until `endsAt` (the last reading holds until then), as meanKineticTemperature gives it. */
export function meanKineticTemperatureOfFold(fold: ReadingFold | null, endsAt: Date): number | null {
  if (!fold) return null;
  const tail = Math.max(0, endsAt.getTime() - fold.last.at);
  const weight = fold.heldMs + tail;
  if (weight === 0) return null;
  const weighted = fold.arrhenius + tail * arrheniusOf(fold.last.c);
  return ARRHENIUS_RATIO / -Math.log(weighted / weight) - ZERO_CELSIUS_K;
}

/** The fold's last reading, as the API shows a latest temperature. */
export function latestOfFold(fold: ReadingFold | null) {
  return fold ? { at: new Date(fold.last.at), celsius: fold.last.c, relativeHumidity: fold.last.rh } : null;
}

/** The excursions of one stay's fold, as detectExcursions gives them from its readings; undefined when the fold lacks the profile's limits. */
export function excursionsOfFold(fold: ReadingFold | null, profile: CropProfile): Excursion[] | undefined {
  if (!fold) return [];
  const { upper, lower } = limitKeysOf(profile);
  const found: Excursion[] = [];
  const take = (key: string | null, kind: ExcursionKind, toleranceMinutes: number) => {
    if (!key) return true;
    const runs = fold.runs[key];
    if (!runs) return false;
    for (const [start, last, peak, end] of runs) {
      const stop = end ?? last;
      const durationMinutes = (stop - start) / MINUTE_MS;
      if (toleranceMinutes === 0 || durationMinutes > toleranceMinutes) {
        found.push({ kind, start: new Date(start), end: new Date(stop), durationMinutes, peakC: peak, ongoing: end === null });
      }
    }
    return true;
  };
  if (!take(upper, 'HIGH', profile.upper?.toleranceMinutes ?? 0) || !take(lower, 'LOW', profile.lower?.toleranceMinutes ?? 0)) return undefined;
  return found.sort((a, b) => a.start.getTime() - b.start.getTime());
}
