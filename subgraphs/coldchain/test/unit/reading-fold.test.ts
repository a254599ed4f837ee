import { describe, expect, it } from 'vitest';
import { defaultCropProfiles, withProfile, type CropProfile } from '../../src/domain/crop-profiles.ts';
import { detectExcursions } from '../../src/domain/excursions.ts';
import { meanKineticTemperature } from '../../src/domain/mean-kinetic-temperature.ts';
import { excursionsOfFold, latestOfFold, meanKineticTemperatureOfFold, shelfLifeOfFold } from '../../src/domain/folded-figures.ts';
import { concatAll, foldKeysOf, foldReadings, foldServes, type ReadingFold } from '../../src/domain/reading-fold.ts';
import { consumeShelfLife } from '../../src/domain/shelf-life.ts';

const SCALLION = defaultCropProfiles.SCALLION;
const SAFFLOWER = defaultCropProfiles.SAFFLOWER_FLORET;
const KEYS = foldKeysOf(Object.values(defaultCropProfiles));
const HARVEST = new Date('2026-06-01T00:00:00+08:00');
const MIN = 60_000;

interface R {
  at: Date;
  tempC: number;
  relativeHumidity: number | null;
}

/** A deterministic pseudo-random generator, so a failure names its seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A logger's history: 5-minute steps with jitter, spikes above 5 °C, dips below −1 °C and gaps of hours. */
function history(seed: number, count: number): R[] {
  const random = rng(seed);
  let at = HARVEST.getTime() + 3 * 60 * MIN;
  const readings: R[] = [];
  for (let i = 0; i < count; i++) {
    at += random() < 0.03 ? (100 + random() * 300) * MIN : (4 + random() * 2) * MIN;
    const base = 1 + Math.sin(i / 20);
    const tempC = Math.round((random() < 0.05 ? base + 5 + random() * 4 : random() < 0.02 ? -1.5 - random() : base) * 100) / 100;
    readings.push({ at: new Date(Math.round(at / 1000) * 1000), tempC, relativeHumidity: Math.round(90 + random() * 8) });
  }
  return readings;
}

/** Splits readings into chunks as the store's hours and days would, folds each chunk, and concatenates. */
function chunked(readings: readonly R[], seed: number): ReadingFold | null {
  const random = rng(seed);
  const folds: (ReadingFold | null)[] = [];
  let i = 0;
  while (i < readings.length) {
    const size = 1 + Math.floor(random() * 30);
    folds.push(foldReadings(readings.slice(i, i + size), KEYS));
    i += size;
  }
  return concatAll(folds);
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = rng(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function expectSameFigures(fold: ReadingFold | null, readings: readonly R[], profile: CropProfile, asOf: Date) {
  const raw = consumeShelfLife(readings, profile, { asOf, harvestedAt: HARVEST });
  const folded = shelfLifeOfFold(fold, profile, { asOf, harvestedAt: HARVEST });
  if (raw === null) expect(folded).toBeNull();
  else {
    expect(folded).toBeDefined();
    expect(folded!.fractionUsed).toBeCloseTo(raw.fractionUsed, 10);
    expect(folded!.remainingDays).toBeCloseTo(raw.remainingDays, 8);
    expect(folded!.unmonitoredHours).toBeCloseTo(raw.unmonitoredHours, 10);
    if (raw.fractionUsed < 1) expect(folded!.expiresAt!.getTime()).toBeCloseTo(raw.expiresAt.getTime(), -1);
    else expect(folded!.expiresAt).toBeNull();
  }
  const first = [...readings].sort((a, b) => a.at.getTime() - b.at.getTime())[0];
  const mkt = first ? meanKineticTemperature(readings, { from: first.at, to: asOf }) : null;
  const foldedMkt = meanKineticTemperatureOfFold(fold, asOf);
  if (mkt === null) expect(foldedMkt).toBeNull();
  else expect(foldedMkt).toBeCloseTo(mkt, 9);
  expect(excursionsOfFold(fold, profile)).toEqual(detectExcursions(readings, profile));
  const latest = readings.reduce<R | null>((l, r) => (!l || r.at > l.at ? r : l), null);
  expect(latestOfFold(fold)).toEqual(latest ? { at: latest.at, celsius: latest.tempC, relativeHumidity: latest.relativeHumidity } : null);
}

describe('reading folds give the figures the rules give from raw readings', () => {
  const asOf = (readings: readonly R[]) => new Date(readings.at(-1)!.at.getTime() + 47 * MIN);

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`in order, one fold and chunked as hours and days would be (seed ${seed})`, () => {
      const readings = history(seed, 600);
      // The history has what the rules judge: excursions both ways, gaps, readings in range.
      expect(detectExcursions(readings, SCALLION).length).toBeGreaterThan(0);
      for (const profile of [SCALLION, SAFFLOWER]) {
        expectSameFigures(foldReadings(readings, KEYS), readings, profile, asOf(readings));
        expectSameFigures(chunked(readings, seed * 7), readings, profile, asOf(readings));
      }
    });
  }

  it('out of order: a batch folded in arrival order equals the sorted history', () => {
    const readings = history(11, 400);
    expectSameFigures(foldReadings(shuffled(readings, 3), KEYS), readings, SCALLION, asOf(readings));
  });

  it('duplicates are one reading: the store keeps one per sensor and time, and refolding what it kept is the same fold', () => {
    const readings = history(12, 300);
    const kept = [...new Map([...readings, ...readings.slice(40, 90)].map((r) => [r.at.getTime(), r])).values()];
    expect(foldReadings(kept, KEYS)).toEqual(foldReadings(readings, KEYS));
  });

  it('a run beyond a limit that spans two folds is one excursion, not two short ones', () => {
    const at = (m: number) => new Date(HARVEST.getTime() + 600 * MIN + m * MIN);
    const warm = [0, 10, 20, 30].map((m) => ({ at: at(m), tempC: 7, relativeHumidity: null }));
    const back = [{ at: at(40), tempC: 2, relativeHumidity: null }];
    const whole = [...warm, ...back];
    const split = concatAll([foldReadings(warm.slice(0, 2), KEYS), foldReadings([...warm.slice(2), ...back], KEYS)]);
    // 40 minutes above 5 °C: more than the 30 minutes tolerated; each half alone is not.
    expect(excursionsOfFold(split, SCALLION)).toEqual(detectExcursions(whole, SCALLION));
    expect(excursionsOfFold(split, SCALLION)).toHaveLength(1);
    expect(excursionsOfFold(split, SCALLION)![0]!.durationMinutes).toBe(40);
  });

  it('readings in the ignore period after loading neither start nor extend a run, folded as raw', () => {
    const loadedAt = new Date(HARVEST.getTime() + 900 * MIN);
    const readings = [0, 5, 10, 14, 20, 30, 40, 50, 60].map((m, i) => ({ at: new Date(loadedAt.getTime() + m * MIN), tempC: i < 4 ? 9 : i < 8 ? 6 : 3, relativeHumidity: null }));
    const judged = (at: Date) => !(at >= loadedAt && at.getTime() < loadedAt.getTime() + SCALLION.ignoreAfterLoadingMinutes * MIN);
    expect(excursionsOfFold(foldReadings(readings, KEYS, judged), SCALLION)).toEqual(detectExcursions(readings, SCALLION, { loadedAt }));
  });

  it('no readings: shelf life counts down from harvest, unmonitored; no MKT, no latest', () => {
    const at = new Date(HARVEST.getTime() + 30 * 3_600_000);
    expect(shelfLifeOfFold(null, SCALLION, { asOf: at, harvestedAt: HARVEST })).toEqual(consumeShelfLife([], SCALLION, { asOf: at, harvestedAt: HARVEST }));
    expect(meanKineticTemperatureOfFold(null, at)).toBeNull();
    expect(latestOfFold(null)).toBeNull();
  });

  it('cannot answer for a profile it was not folded for, nor for readings before harvest: the caller reads the raw readings', () => {
    const readings = history(13, 50);
    const fold = foldReadings(readings, foldKeysOf([SCALLION]))!;
    const tuned = withProfile('SCALLION', { upper: { limitC: 4, toleranceMinutes: 20 } });
    expect(foldServes(fold, SCALLION)).toBe(true);
    expect(foldServes(fold, tuned)).toBe(false);
    expect(excursionsOfFold(fold, tuned)).toBeUndefined();
    expect(shelfLifeOfFold(fold, SCALLION, { asOf: asOf(readings), harvestedAt: new Date(readings[10]!.at) })).toBeUndefined();
  });

  it('a history used up inside it leaves the expiry to the raw readings, and says so', () => {
    const readings = Array.from({ length: 200 }, (_, i) => ({ at: new Date(HARVEST.getTime() + (60 + i * 60) * MIN), tempC: 25, relativeHumidity: null }));
    const folded = shelfLifeOfFold(foldReadings(readings, KEYS), SCALLION, { asOf: asOf(readings), harvestedAt: HARVEST })!;
    expect(folded.fractionUsed).toBeGreaterThan(1);
    expect(folded.remainingDays).toBe(0);
    expect(folded.expiresAt).toBeNull();
  });
});

describe('foldReadings in one pass', () => {
  it('is, to the bit, the concatenation of each reading’s fold', async () => {
    const { concatAll: all, foldOfReading } = await import('../../src/domain/reading-fold.ts');
    for (const seed of [21, 22, 23]) {
      const readings = history(seed, 500);
      const loadedAt = readings[40]!.at;
      const judged = (at: Date) => !(at >= loadedAt && at.getTime() < loadedAt.getTime() + 15 * MIN);
      const oneByOne = all(readings.map((r) => foldOfReading({ at: r.at.getTime(), c: r.tempC, rh: r.relativeHumidity }, KEYS, judged(r.at))));
      expect(foldReadings(shuffled(readings, seed), KEYS, judged)).toEqual(oneByOne);
    }
  });
});
