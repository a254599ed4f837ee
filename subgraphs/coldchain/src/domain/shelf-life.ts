import type { CropProfile, ShelfLifeModel } from './crop-profiles.ts';
import { byTime, holdingSpans, HOUR_MS, MINUTE_MS, type TemperatureReading } from './readings.ts';

/** Hours of shelf life a fresh product has when kept at `tempC`: SL(Tref) × Q10^((Tref − T)/10). */
export function shelfLifeAt(tempC: number, profile: CropProfile): number | null {
  return profile.shelfLife ? hoursAt(tempC, profile.shelfLife) : null;
}

function hoursAt(tempC: number, model: ShelfLifeModel): number {
  return model.referenceDays * 24 * model.q10 ** ((model.referenceTempC - tempC) / 10);
}

export interface ShelfLifeOptions {
  /** The end of the history: the last reading's temperature holds until then. */
  asOf: Date;
  /**
   * When given, the time from harvest to the first reading is unlogged time: it counts at the
   * profile's `unmonitored.tempC` (20 °C for scallion), never at the ideal temperature; readings
   * before harvest are ignored. Without it the clock starts at the first reading.
   */
  harvestedAt?: Date;
  /** The temperature the remaining life is expressed at; the reference temperature by default. */
  remainingAtC?: number;
}

export interface ShelfLifeStatus {
  /** Σ Δtᵢ / SL(Tᵢ); 1 or more means the shelf life is used up. */
  fractionUsed: number;
  /** Hours left if kept at `remainingAtC` from `asOf`; 0 once used up. */
  remainingHours: number;
  remainingDays: number;
  /** When the shelf life runs (or ran) out: inside the history when used up, else asOf + remainingHours. */
  expiresAt: Date;
  /** Hours counted at the unmonitored temperature: before the first reading, and logger gaps. */
  unmonitoredHours: number;
}

interface Stretch {
  from: number;
  to: number;
  tempC: number;
  unmonitored: boolean;
}

/** The temperature history as stretches of constant temperature, oldest first, ending at asOf. */
/**
 * Unlogged time: from harvest to the first reading, and each gap between two consecutive readings
 * longer than `maxGapMinutes` (the whole gap: nothing says the earlier value held). The last
 * reading holds until `asOf` (the caller ends a history where custody ends).
 */
function stretches(readings: readonly TemperatureReading[], profile: CropProfile, opts: ShelfLifeOptions): Stretch[] {
  const harvestedAt = opts.harvestedAt?.getTime() ?? -Infinity;
  const { tempC: unloggedC, maxGapMinutes } = profile.unmonitored;
  const sorted = byTime(readings).filter((r) => r.at.getTime() >= harvestedAt);
  const result: Stretch[] = [];
  if (opts.harvestedAt) {
    const to = Math.min(sorted[0]?.at.getTime() ?? Infinity, opts.asOf.getTime());
    if (to > harvestedAt) result.push({ from: harvestedAt, to, tempC: unloggedC, unmonitored: true });
  }
  for (const span of holdingSpans(sorted, { to: opts.asOf })) {
    const from = span.from.getTime();
    const to = span.to.getTime();
    // A span ending before asOf ends at the next reading: a gap in the logger when too long.
    const isGap = to < opts.asOf.getTime() && to - from > maxGapMinutes * MINUTE_MS;
    result.push({ from, to, tempC: isGap ? unloggedC : span.reading.tempC, unmonitored: isGap });
  }
  return result;
}

/** Hours of the history with no reading to vouch for them (see `stretches`). */
export function unmonitoredHours(readings: readonly TemperatureReading[], profile: CropProfile, opts: ShelfLifeOptions): number {
  return stretches(readings, profile, opts).reduce((sum, s) => sum + (s.unmonitored ? (s.to - s.from) / HOUR_MS : 0), 0);
}

/**
 * Shelf life used by a temperature history, by the Q10 model (BRIEF.md section 3). Readings may
 * come in any order; each one's temperature holds until the next reading, the last until `asOf`.
 * Null for crops without a shelf-life countdown (dried safflower).
 */
export function consumeShelfLife(
  readings: readonly TemperatureReading[],
  profile: CropProfile,
  opts: ShelfLifeOptions,
): ShelfLifeStatus | null {
  const model = profile.shelfLife;
  if (!model) return null;
  let fractionUsed = 0;
  let ranOutAt: number | null = null;
  let unmonitoredMs = 0;
  for (const { from, to, tempC, unmonitored } of stretches(readings, profile, opts)) {
    if (unmonitored) unmonitoredMs += to - from;
    const lifeHours = hoursAt(tempC, model);
    const fraction = (to - from) / HOUR_MS / lifeHours;
    // The exact instant the fraction reaches 1, within the stretch where it does.
    if (ranOutAt === null && fractionUsed + fraction >= 1) ranOutAt = from + (1 - fractionUsed) * lifeHours * HOUR_MS;
    fractionUsed += fraction;
  }
  const remainingHours = Math.max(0, 1 - fractionUsed) * hoursAt(opts.remainingAtC ?? model.referenceTempC, model);
  const expiresAt = new Date(ranOutAt ?? opts.asOf.getTime() + remainingHours * HOUR_MS);
  return { fractionUsed, remainingHours, remainingDays: remainingHours / 24, expiresAt, unmonitoredHours: unmonitoredMs / HOUR_MS };
}
