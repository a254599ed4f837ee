import type { CropProfile } from './crop-profiles.ts';
import { byTime, MINUTE_MS, type TemperatureReading } from './readings.ts';

/**
 * Excursions (BRIEF.md section 3): runs of consecutive readings beyond a limit for longer than the
 * limit's tolerance.
 *
 * - A run starts at its first reading beyond the limit and ends at the first reading back within
 *   that limit (a reading beyond the other limit is within this one); a run still open at the last
 *   reading ends at that reading and is `ongoing`.
 * - Duration = end − start. A run counts when its duration exceeds the tolerance (30 minutes exactly
 *   does not; 31 does). A limit with tolerance 0 is a single-event alarm: any reading beyond it
 *   counts, even a lone one whose duration is 0.
 * - Readings at or after `loadedAt` and before the end of the profile's ignore period are judged as
 *   within limits: they neither start nor extend a run (a run open at loading ends there).
 * - Above/below are strict: exactly 5 °C is within an upper limit of 5 °C.
 */
export type ExcursionKind = 'HIGH' | 'LOW';

export interface Excursion {
  kind: ExcursionKind;
  start: Date;
  end: Date;
  durationMinutes: number;
  /** The highest reading of a HIGH run, the lowest of a LOW one. */
  peakC: number;
  /** Still beyond the limit at the last reading: the end is provisional. */
  ongoing: boolean;
}

export interface HumidityExcursion {
  kind: 'HUMID';
  start: Date;
  end: Date;
  durationMinutes: number;
  peakPercent: number;
  ongoing: boolean;
}

export interface ExcursionOptions {
  /** When the goods were loaded: the ignore period runs from here. */
  loadedAt?: Date;
}

interface Run {
  start: Date;
  end: Date;
  durationMinutes: number;
  peak: number;
  ongoing: boolean;
}

interface OpenRun {
  start: Date;
  last: Date;
  peak: number;
}

function closed(open: OpenRun, end: Date, ongoing: boolean): Run {
  return { start: open.start, end, durationMinutes: (end.getTime() - open.start.getTime()) / MINUTE_MS, peak: open.peak, ongoing };
}

/** Runs of consecutive sorted samples for which `beyond` holds; `worse` picks the peak. */
function runsBeyond<S extends { at: Date; value: number }>(
  sorted: readonly S[],
  beyond: (sample: S) => boolean,
  worse: (a: number, b: number) => number,
): Run[] {
  const runs: Run[] = [];
  let open = null as OpenRun | null;
  for (const sample of sorted) {
    if (beyond(sample)) {
      open = open ? { ...open, last: sample.at, peak: worse(open.peak, sample.value) } : { start: sample.at, last: sample.at, peak: sample.value };
    } else if (open) {
      runs.push(closed(open, sample.at, false));
      open = null;
    }
  }
  if (open) runs.push(closed(open, open.last, true));
  return runs;
}

function counts(run: Run, toleranceMinutes: number): boolean {
  return toleranceMinutes === 0 || run.durationMinutes > toleranceMinutes;
}

/** Whether a reading falls in the ignore period after loading, and so is not judged. */
function ignoredAfterLoading(profile: CropProfile, loadedAt: Date | undefined): (at: Date) => boolean {
  if (!loadedAt) return () => false;
  const from = loadedAt.getTime();
  const until = from + profile.ignoreAfterLoadingMinutes * MINUTE_MS;
  return (at) => at.getTime() >= from && at.getTime() < until;
}

/** Temperature excursions of a reading history (any order), oldest first. */
export function detectExcursions(readings: readonly TemperatureReading[], profile: CropProfile, opts: ExcursionOptions = {}): Excursion[] {
  const ignored = ignoredAfterLoading(profile, opts.loadedAt);
  const samples = byTime(readings).map((r) => ({ at: r.at, value: r.tempC, judged: !ignored(r.at) }));
  const found: Excursion[] = [];
  const { upper, lower } = profile;
  if (upper) {
    for (const run of runsBeyond(samples, (s) => s.judged && s.value > upper.limitC, Math.max)) {
      if (counts(run, upper.toleranceMinutes)) found.push(excursion('HIGH', run));
    }
  }
  if (lower) {
    for (const run of runsBeyond(samples, (s) => s.judged && s.value < lower.limitC, Math.min)) {
      if (counts(run, lower.toleranceMinutes)) found.push(excursion('LOW', run));
    }
  }
  return found.sort((a, b) => a.start.getTime() - b.start.getTime());
}

function excursion(kind: ExcursionKind, run: Run): Excursion {
  return { kind, start: run.start, end: run.end, durationMinutes: run.durationMinutes, peakC: run.peak, ongoing: run.ongoing };
}

/**
 * Humidity excursions (dry warehouses: damp brings mould), by the same run rules. Readings without
 * a humidity value are skipped: they are no evidence either way.
 */
export function detectHumidityExcursions(
  readings: readonly { at: Date; relativeHumidity?: number | null }[],
  profile: CropProfile,
  opts: ExcursionOptions = {},
): HumidityExcursion[] {
  const limit = profile.relativeHumidity;
  if (!limit) return [];
  const ignored = ignoredAfterLoading(profile, opts.loadedAt);
  const samples = byTime(readings).flatMap((r) =>
    r.relativeHumidity == null ? [] : [{ at: r.at, value: r.relativeHumidity, judged: !ignored(r.at) }],
  );
  return runsBeyond(samples, (s) => s.judged && s.value > limit.maxPercent, Math.max)
    .filter((run) => counts(run, limit.toleranceMinutes))
    .map((run) => ({ kind: 'HUMID', start: run.start, end: run.end, durationMinutes: run.durationMinutes, peakPercent: run.peak, ongoing: run.ongoing }));
}
