import type { Crop } from '@alliance/domain-kit';
import { defaultCropProfiles, profileOf, type CropProfile } from './crop-profiles.ts';
import { DEFAULT_ACTIVATION_ENERGY, GAS_CONSTANT } from './mean-kinetic-temperature.ts';
import { byTime, MINUTE_MS } from './readings.ts';

/**
 * A run of readings, folded once: what shelf life, mean kinetic temperature, excursions and the
 * latest temperature need of it, so a page reads a few folds per lot instead of every reading.
 * Folds concatenate (`concatFolds(a, b)` is the fold of a's readings followed by b's), so a stay
 * is the fold of its edges' readings and of the hours and days it spans, in time order; each
 * figure from a fold is the same as the rule in this folder gives from the raw readings (tested).
 *
 * - Shelf life (shelf-life.ts): each reading's temperature holds until the next; per Q10 model and
 *   gap limit the fold keeps Σ Δt·Q10^(T/10) over steps within the limit and Σ Δt of longer steps
 *   (logger gaps, counted at the unmonitored temperature). The time before the first reading and
 *   after the last are the caller's: they depend on harvest and on where the history ends.
 * - MKT (mean-kinetic-temperature.ts): Σ Δt and Σ Δt·e^(−ΔH/(R·T)) over the same steps.
 * - Excursions (excursions.ts): per limit the runs of readings beyond it, with the reading that
 *   ended each; the tolerance applies when the runs are read, so one fold serves every tolerance.
 *   A run open at the end of one fold goes on when the next fold starts beyond the limit.
 */
export interface FoldedReading {
  at: number;
  c: number;
  rh: number | null;
}

/** A run beyond a limit: first and last reading beyond it, the peak, the reading back within it (null: still beyond at the fold's end). */
export type FoldRun = [start: number, last: number, peak: number, end: number | null];

export interface ReadingFold {
  n: number;
  first: FoldedReading;
  last: FoldedReading;
  heldMs: number;
  arrhenius: number;
  /** Per shelf-life key (lifeKeyOf): [Σ Δt·Q10^(T/10) of steps within the gap limit, Σ Δt of longer steps], Δt in ms. */
  life: Record<string, [number, number]>;
  /** Per limit key (limitKeysOf): runs beyond it, oldest first. */
  runs: Record<string, FoldRun[]>;
}

interface LifeKey {
  key: string;
  q10: number;
  maxGapMs: number;
}

interface LimitKey {
  key: string;
  above: boolean;
  limitC: number;
}

/** What folds keep: the shelf-life models and limits of the crops' profiles, each once. */
export interface FoldKeys {
  life: LifeKey[];
  limits: LimitKey[];
}

export function lifeKeyOf(profile: CropProfile): string | null {
  return profile.shelfLife ? `q10=${profile.shelfLife.q10};gap=${profile.unmonitored.maxGapMinutes}` : null;
}

export function limitKeysOf(profile: CropProfile): { upper: string | null; lower: string | null } {
  return { upper: profile.upper ? `above:${profile.upper.limitC}` : null, lower: profile.lower ? `below:${profile.lower.limitC}` : null };
}

export function foldKeysOf(profiles: readonly CropProfile[]): FoldKeys {
  const life = new Map<string, LifeKey>();
  const limits = new Map<string, LimitKey>();
  for (const profile of profiles) {
    const key = lifeKeyOf(profile);
    if (key && profile.shelfLife) life.set(key, { key, q10: profile.shelfLife.q10, maxGapMs: profile.unmonitored.maxGapMinutes * MINUTE_MS });
    const { upper, lower } = limitKeysOf(profile);
    if (upper && profile.upper) limits.set(upper, { key: upper, above: true, limitC: profile.upper.limitC });
    if (lower && profile.lower) limits.set(lower, { key: lower, above: false, limitC: profile.lower.limitC });
  }
  return { life: [...life.values()], limits: [...limits.values()] };
}

/** Whether a fold kept what a profile's figures need (a fold made before the profile was configured did not). */
export function foldServes(fold: ReadingFold, profile: CropProfile): boolean {
  const life = lifeKeyOf(profile);
  const { upper, lower } = limitKeysOf(profile);
  return (!life || life in fold.life) && (!upper || upper in fold.runs) && (!lower || lower in fold.runs);
}

export const ZERO_CELSIUS_K = 273.15;
/** ΔH/R of the loggers' default activation energy; e^(−ΔH/(R·T)) is what MKT sums. */
export const ARRHENIUS_RATIO = DEFAULT_ACTIVATION_ENERGY / GAS_CONSTANT;
export const arrheniusOf = (c: number) => Math.exp(-ARRHENIUS_RATIO / (c + ZERO_CELSIUS_K));

function beyond(limit: LimitKey, c: number): boolean {
  return limit.above ? c > limit.limitC : c < limit.limitC;
}

/** The fold of one reading; `judged` false for a reading in the ignore period after loading (never beyond a limit). */
export function foldOfReading(reading: FoldedReading, keys: FoldKeys, judged = true): ReadingFold {
  return {
    n: 1,
    first: reading,
    last: reading,
    heldMs: 0,
    arrhenius: 0,
    life: Object.fromEntries(keys.life.map((k) => [k.key, [0, 0]])),
    runs: Object.fromEntries(keys.limits.map((l) => [l.key, judged && beyond(l, reading.c) ? [[reading.at, reading.at, reading.c, null]] : []])),
  };
}

/**
 * The fold of a's readings followed by b's (b's first reading no older than a's last). Keys kept by
 * only one side are dropped: the result serves only what both served.
 */
export function concatFolds(a: ReadingFold, b: ReadingFold): ReadingFold {
  const sum = ownCopy(a);
  append(sum, b);
  return sum;
}

/** A copy of a fold that `append` may change: its own sums and run lists (the runs and readings in them are never changed, only replaced). */
function ownCopy(a: ReadingFold): ReadingFold {
  const life: ReadingFold['life'] = {};
  for (const key in a.life) life[key] = [a.life[key]![0], a.life[key]![1]];
  const runs: ReadingFold['runs'] = {};
  for (const key in a.runs) runs[key] = a.runs[key]!.slice();
  return { n: a.n, first: a.first, last: a.last, heldMs: a.heldMs, arrhenius: a.arrhenius, life, runs };
}

/** Appends b's readings to the fold `a` (an ownCopy), in place: the sums of concatFolds, in the same order. */
function append(a: ReadingFold, b: ReadingFold): void {
  const step = b.first.at - a.last.at;
  if (step < 0) throw new Error('concatFolds: the second fold starts before the first ends');
  for (const key in a.life) {
    const other = b.life[key];
    if (!other) {
      delete a.life[key];
      continue;
    }
    const sums = a.life[key]!;
    const { q10, maxGapMs } = parseLifeKey(key);
    if (step > maxGapMs) {
      sums[0] = sums[0] + other[0];
      sums[1] = sums[1] + step + other[1];
    } else {
      sums[0] = sums[0] + step * q10 ** (a.last.c / 10) + other[0];
      sums[1] = sums[1] + other[1];
    }
  }
  for (const key in a.runs) {
    const next = b.runs[key];
    if (!next) {
      delete a.runs[key];
      continue;
    }
    const before = a.runs[key]!;
    const open = before[before.length - 1];
    let from = 0;
    if (open && open[3] === null) {
      // A run open at a's end goes on when b starts beyond the limit, and ends at b's first reading otherwise.
      const above = key.startsWith('above:');
      const continued = next[0] && next[0][0] === b.first.at ? next[0] : null;
      before[before.length - 1] = continued
        ? [open[0], continued[1], above ? Math.max(open[2], continued[2]) : Math.min(open[2], continued[2]), continued[3]]
        : [open[0], open[1], open[2], b.first.at];
      if (continued) from = 1;
    }
    for (let i = from; i < next.length; i++) before.push(next[i]!);
  }
  a.n = a.n + b.n;
  a.heldMs = a.heldMs + step + b.heldMs;
  a.arrhenius = a.arrhenius + step * arrheniusOf(a.last.c) + b.arrhenius;
  a.last = b.last;
}

const lifeKeys = new Map<string, { q10: number; maxGapMs: number }>();
function parseLifeKey(key: string): { q10: number; maxGapMs: number } {
  let parsed = lifeKeys.get(key);
  if (!parsed) {
    const match = /^q10=([^;]+);gap=(.+)$/.exec(key);
    if (!match) throw new Error(`not a shelf-life fold key: ${key}`);
    parsed = { q10: Number(match[1]), maxGapMs: Number(match[2]) * MINUTE_MS };
    lifeKeys.set(key, parsed);
  }
  return parsed;
}

/** Folds in time order (null for none); folds are concatenated as they come. */
export function concatAll(folds: readonly (ReadingFold | null)[]): ReadingFold | null {
  // One copy, appended to in place: a span of many folds allocated a new fold (sums, run lists) per step.
  let sum: ReadingFold | null = null;
  let owned = false;
  for (const f of folds) {
    if (!f) continue;
    if (!sum) {
      sum = f;
      continue;
    }
    if (!owned) {
      sum = ownCopy(sum);
      owned = true;
    }
    append(sum, f);
  }
  return sum;
}

/**
 * The fold of readings in any order; `judged(at)` false for those in an ignore period. One pass,
 * the same sums in the same order as concatenating each reading's fold (concatFolds), so the two
 * agree to the bit; this is the form ingest and the store use.
 */
export function foldReadings(
  readings: readonly { at: Date; tempC: number; relativeHumidity?: number | null }[],
  keys: FoldKeys,
  judged: (at: Date) => boolean = () => true,
): ReadingFold | null {
  const sorted = byTime(readings);
  const head = sorted[0];
  if (!head) return null;
  const life = keys.life.map((): [number, number] => [0, 0]);
  const runs = keys.limits.map((): FoldRun[] => []);
  const open: (FoldRun | null)[] = keys.limits.map(() => null);
  let heldMs = 0;
  let arrhenius = 0;
  let prevAt = 0;
  let prevC = 0;
  sorted.forEach((r, index) => {
    const at = r.at.getTime();
    const c = r.tempC;
    if (index > 0) {
      const step = at - prevAt;
      heldMs += step;
      arrhenius += step * arrheniusOf(prevC);
      keys.life.forEach((k, i) => {
        const sums = life[i]!;
        if (step > k.maxGapMs) sums[1] += step;
        else sums[0] += step * k.q10 ** (prevC / 10);
      });
    }
    const isJudged = judged(r.at);
    keys.limits.forEach((limit, i) => {
      const run = open[i];
      if (isJudged && beyond(limit, c)) {
        if (run) {
          run[1] = at;
          run[2] = limit.above ? Math.max(run[2], c) : Math.min(run[2], c);
        } else {
          const started: FoldRun = [at, at, c, null];
          open[i] = started;
          runs[i]!.push(started);
        }
      } else if (run) {
        run[3] = at;
        open[i] = null;
      }
    });
    prevAt = at;
    prevC = c;
  });
  const last = sorted[sorted.length - 1]!;
  return {
    n: sorted.length,
    first: { at: head.at.getTime(), c: head.tempC, rh: head.relativeHumidity ?? null },
    last: { at: last.at.getTime(), c: last.tempC, rh: last.relativeHumidity ?? null },
    heldMs,
    arrhenius,
    life: Object.fromEntries(keys.life.map((k, i) => [k.key, life[i]!])),
    runs: Object.fromEntries(keys.limits.map((l, i) => [l.key, runs[i]!])),
  };
}

/** The fold keys of every crop as the deployment profiles it (ingest and the keeper fold for all of them). */
export function foldKeysOfSettings(configured: Partial<Record<Crop, CropProfile>>): FoldKeys {
  return foldKeysOf((Object.keys(defaultCropProfiles) as Crop[]).map((crop) => profileOf(crop, configured)));
}
