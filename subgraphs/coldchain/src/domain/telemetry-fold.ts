import { defaultCropProfiles, type CropProfile } from './crop-profiles.ts';
import { DEFAULT_ACTIVATION_ENERGY, GAS_CONSTANT } from './mean-kinetic-temperature.ts';

/**
 * Readings folded per sensor and hour when they are stored (store/telemetry-fold.ts), and the pure
 * combination of those folds into the figures the raw rules give (shelf-life.ts consumeShelfLife and
 * unmonitoredHours, mean-kinetic-temperature.ts, the latest reading) for one position's history.
 *
 * A piece is part of a segment between two consecutive readings of one sensor (the earlier value
 * holds until the next reading). Sums are in seconds:
 *   mkt = Σ Δt·e^(−ΔH/(R·T_K)) and held = Σ Δt over every piece (MKT ignores logger gaps);
 *   gap = Σ Δt of pieces of segments longer than the gap limit (unlogged time);
 *   q10Sums[k] = Σ Δt·q10ₖ^(T/10) over the pieces that are not gaps, q10ₖ = FOLD_Q10S[k].
 * Since 1/SL(T) = q10^((T − Tref)/10) / (24·refDays), the Q10 fraction used is
 *   q10Sum / 3600 · q10^(−Tref/10) / (24·refDays), for any reference temperature and days.
 */

/** The Q10 values folded: those of the default crop profiles with a countdown. Changing it needs a refold migration. */
export const FOLD_Q10S: readonly number[] = [...new Set(Object.values(defaultCropProfiles).flatMap((p) => (p.shelfLife ? [p.shelfLife.q10] : [])))].sort();
/** Segments longer than this (seconds) are folded as unlogged time: the profiles' default maxGapMinutes. */
export const FOLD_GAP_LIMIT_SECONDS = 90 * 60;
/** ΔH/R of the folded MKT sums (the loggers' default activation energy): 10,000 K. */
export const FOLD_MKT_RATIO = DEFAULT_ACTIVATION_ENERGY / GAS_CONSTANT;
const ZERO_CELSIUS_K = 273.15;

/** Sums over a set of pieces. */
export interface FoldSums {
  mkt: number;
  held: number;
  gap: number;
  /** Aligned with FOLD_Q10S. */
  q10Sums: number[];
}

/** A reading at the edge of a span, with the time of its sensor's next reading (null: none yet). */
export interface EdgeReading {
  at: Date;
  tempC: number;
  nextAt: Date | null;
}

/**
 * What the store returns for one span {sensorId, from, to} (store/telemetry-fold.ts foldSpans): the
 * readings of the sensor taken in [from, to) folded over the segments between them (from the first
 * reading to the last, so the time before the first and after the last is the caller's to connect).
 */
export interface SpanFold {
  /** No reading in [from, to): the other fields are null / empty. */
  first: { at: Date; tempC: number } | null;
  last: { at: Date; tempC: number; relativeHumidity: number | null } | null;
  /** Sums of the whole hours, from telemetry_hour. */
  hours: FoldSums;
  /** Readings whose pieces fall in the partial hours at the edges, from the raw readings, clipped to `edgeWindows`. */
  edges: EdgeReading[];
  /** The windows the edge readings' pieces are clipped to ([from, to) each). */
  edgeWindows: { from: Date; to: Date }[];
  /** Whole hours expected and found in telemetry_hour, and the gap limits they were folded with. */
  hoursExpected: number;
  hoursFound: number;
  gapLimits: number[];
  /** Of the readings in the span: for deciding whether excursions need the raw readings at all. */
  minC: number | null;
  maxC: number | null;
  maxRh: number | null;
}

/** A position's history figures from its spans' folds, as the raw rules give them. */
export interface FoldedFigures {
  /** False when the folds cannot give the raw figures (see combineFolds): compute from raw readings. */
  exact: boolean;
  /** Σ Δt/SL(T), as consumeShelfLife's fractionUsed; null for a profile without countdown. */
  fractionUsed: number | null;
  remainingHours: number | null;
  remainingDays: number | null;
  /** asOf + remainingHours while not used up; null once used up (the instant needs the raw readings). */
  expiresAt: Date | null;
  unmonitoredHours: number;
  /** MKT (°C) from the first reading to asOf, as meanKineticTemperature(readings, {from: first.at, to: asOf}); null without readings. */
  meanKineticTemperatureC: number | null;
  /** The newest reading of all spans. */
  latest: { at: Date; tempC: number; relativeHumidity: number | null } | null;
  /** Over the readings: any beyond the profile's limits means excursions must be detected from raw readings. */
  mayHaveExcursions: boolean;
  minC: number | null;
  maxC: number | null;
}

export interface CombineOptions {
  /** The end of the history: the last reading holds until then. */
  asOf: Date;
  /** From harvest to the first reading counts at the profile's unmonitored temperature. */
  harvestedAt?: Date;
  remainingAtC?: number;
}

const emptySums = (): FoldSums => ({ mkt: 0, held: 0, gap: 0, q10Sums: FOLD_Q10S.map(() => 0) });

/** Adds one piece of `seconds` at `tempC` to sums; `gap` when its segment is longer than the limit. */
export function addPiece(sums: FoldSums, seconds: number, tempC: number, gap: boolean): void {
  if (seconds <= 0) return;
  sums.mkt += seconds * Math.exp(-FOLD_MKT_RATIO / (tempC + ZERO_CELSIUS_K));
  sums.held += seconds;
  if (gap) sums.gap += seconds;
  else FOLD_Q10S.forEach((q10, k) => (sums.q10Sums[k]! += seconds * q10 ** (tempC / 10)));
}

function addSums(into: FoldSums, more: FoldSums): void {
  into.mkt += more.mkt;
  into.held += more.held;
  into.gap += more.gap;
  more.q10Sums.forEach((v, k) => (into.q10Sums[k]! += v));
}

/** The edge readings' pieces, each clipped to the window its reading's segment falls in. */
export function edgeSums(edges: readonly EdgeReading[], windows: readonly { from: Date; to: Date }[], gapLimitSeconds: number): FoldSums {
  const sums = emptySums();
  for (const e of edges) {
    if (!e.nextAt) continue;
    const gap = (e.nextAt.getTime() - e.at.getTime()) / 1000 > gapLimitSeconds;
    for (const w of windows) {
      const from = Math.max(e.at.getTime(), w.from.getTime());
      const to = Math.min(e.nextAt.getTime(), w.to.getTime());
      if (to > from) addPiece(sums, (to - from) / 1000, e.tempC, gap);
    }
  }
  return sums;
}

/**
 * The figures of one position's history: its spans (oldest first, not overlapping in time, one
 * sensor each — the readings a raw history would concatenate), connected as the raw rules connect
 * readings: harvest → first reading at the unmonitored temperature, each span's last reading holding
 * until the next span's first (unlogged time when longer than the gap limit), the last until asOf.
 *
 * `exact` is false — compute from raw readings instead — when the spans overlap, a reading is before
 * harvest, an hour was not folded (hoursFound < hoursExpected), or the profile's Q10 or gap limit is
 * not the folded one.
 */
export function combineFolds(spans: readonly SpanFold[], profile: CropProfile, opts: CombineOptions): FoldedFigures {
  const withReadings = spans.filter((s) => s.first && s.last);
  const gapLimit = profile.unmonitored.maxGapMinutes * 60;
  const model = profile.shelfLife;
  const q10Index = model ? FOLD_Q10S.indexOf(model.q10) : -1;
  let exact = !model || q10Index >= 0;
  const sums = emptySums();
  const asOf = opts.asOf.getTime();
  const harvestedAt = opts.harvestedAt?.getTime();
  let unloggedMs = 0;
  let previous: SpanFold | null = null;
  for (const span of withReadings) {
    if (span.hoursFound < span.hoursExpected || span.gapLimits.some((g) => g !== gapLimit)) exact = false;
    if (harvestedAt !== undefined && span.first!.at.getTime() < harvestedAt) exact = false;
    if (previous) {
      const from = previous.last!.at.getTime();
      const to = span.first!.at.getTime();
      if (to < from) exact = false;
      // The previous span's last reading holds until this one's first: unlogged when too long.
      addPiece(sums, (to - from) / 1000, previous.last!.tempC, to < asOf && (to - from) / 1000 > gapLimit);
    }
    addSums(sums, span.hours);
    addSums(sums, edgeSums(span.edges, span.edgeWindows, gapLimit));
    previous = span;
  }
  const first = withReadings[0]?.first ?? null;
  const last = withReadings.at(-1)?.last ?? null;
  if (last) addPiece(sums, Math.max(0, asOf - last.at.getTime()) / 1000, last.tempC, false);
  if (harvestedAt !== undefined) {
    const to = Math.min(first?.at.getTime() ?? Infinity, asOf);
    if (to > harvestedAt) unloggedMs = to - harvestedAt;
  }
  const unmonitoredHours = unloggedMs / 3_600_000 + sums.gap / 3600;
  let fractionUsed: number | null = null;
  let remainingHours: number | null = null;
  let expiresAt: Date | null = null;
  if (model) {
    const perHour = (tempC: number) => 1 / (model.referenceDays * 24 * model.q10 ** ((model.referenceTempC - tempC) / 10));
    const measured = q10Index >= 0 ? (sums.q10Sums[q10Index]! / 3600) * (model.q10 ** (-model.referenceTempC / 10) / (model.referenceDays * 24)) : 0;
    fractionUsed = measured + unmonitoredHours * perHour(profile.unmonitored.tempC);
    remainingHours = Math.max(0, 1 - fractionUsed) / perHour(opts.remainingAtC ?? model.referenceTempC);
    expiresAt = fractionUsed < 1 ? new Date(asOf + remainingHours * 3_600_000) : null;
  }
  const mkt = sums.held > 0 ? FOLD_MKT_RATIO / -Math.log(sums.mkt / sums.held) - ZERO_CELSIUS_K : null;
  const minC = minOf(withReadings.map((s) => s.minC));
  const maxC = maxOf(withReadings.map((s) => s.maxC));
  const maxRh = maxOf(withReadings.map((s) => s.maxRh));
  const mayHaveExcursions =
    (profile.upper !== null && maxC !== null && maxC > profile.upper.limitC) ||
    (profile.lower !== null && minC !== null && minC < profile.lower.limitC) ||
    (profile.relativeHumidity !== null && maxRh !== null && maxRh > profile.relativeHumidity.maxPercent);
  return {
    exact,
    fractionUsed,
    remainingHours,
    remainingDays: remainingHours === null ? null : remainingHours / 24,
    expiresAt,
    unmonitoredHours,
    meanKineticTemperatureC: first ? mkt : null,
    latest: last,
    mayHaveExcursions,
    minC,
    maxC,
  };
}

function minOf(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? Math.min(...present) : null;
}

function maxOf(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? Math.max(...present) : null;
}
