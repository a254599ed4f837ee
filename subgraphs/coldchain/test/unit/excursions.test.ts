import { describe, expect, it } from 'vitest';
import { defaultCropProfiles, withProfile } from '../../src/domain/crop-profiles.ts';
import { detectExcursions, detectHumidityExcursions } from '../../src/domain/excursions.ts';

// Scallion: HIGH above 5 °C for more than 30 min; LOW below −1 °C at all; 15 min ignored after loading.
const SCALLION = defaultCropProfiles.SCALLION;
const T0 = new Date('2025-06-01T00:00:00Z');
const minutes = (m: number) => new Date(T0.getTime() + m * 60_000);
const series = (points: [number, number][]) => points.map(([m, tempC]) => ({ at: minutes(m), tempC }));

describe('HIGH excursions and the tolerance boundary', () => {
  it('does not count exactly 30 minutes above 5 °C', () => {
    // First reading above at 10 min, first back within at 40 min: 30 min, not more than 30.
    expect(detectExcursions(series([[0, 4], [10, 6], [20, 7], [40, 4]]), SCALLION)).toEqual([]);
  });

  it('counts 31 minutes above 5 °C, with its start, end and peak', () => {
    // 10 min → 41 min = 31 min > 30; peak 7 °C.
    expect(detectExcursions(series([[0, 4], [10, 6], [20, 7], [41, 4]]), SCALLION)).toEqual([
      { kind: 'HIGH', start: minutes(10), end: minutes(41), durationMinutes: 31, peakC: 7, ongoing: false },
    ]);
  });

  it('treats exactly the limit as within it', () => {
    expect(detectExcursions(series([[0, 5], [60, 5], [120, -1]]), SCALLION)).toEqual([]);
  });

  it('ends a run still open at the last reading there, and marks it ongoing', () => {
    // 0 → 45 min above 5 °C, no reading back within: ends at the last reading, 45 min.
    expect(detectExcursions(series([[0, 8], [15, 9], [45, 6]]), SCALLION)).toEqual([
      { kind: 'HIGH', start: minutes(0), end: minutes(45), durationMinutes: 45, peakC: 9, ongoing: true },
    ]);
  });

  it('keeps separate runs separate', () => {
    const found = detectExcursions(series([[0, 8], [40, 3], [50, 8], [60, 3], [100, 9], [140, 2]]), SCALLION);
    // 0→40 (40 min) counts; 50→60 (10 min) does not; 100→140 (40 min) counts.
    expect(found.map((e) => [e.start, e.durationMinutes])).toEqual([
      [minutes(0), 40],
      [minutes(100), 40],
    ]);
  });
});

describe('LOW excursions (tolerance 0)', () => {
  it('counts a single reading below −1 °C at once', () => {
    // One reading at −1.5 °C at 5 min; back within at 10 min.
    expect(detectExcursions(series([[0, 2], [5, -1.5], [10, 1]]), SCALLION)).toEqual([
      { kind: 'LOW', start: minutes(5), end: minutes(10), durationMinutes: 5, peakC: -1.5, ongoing: false },
    ]);
  });

  it('counts a lone last reading below −1 °C, of zero duration', () => {
    expect(detectExcursions(series([[0, 0], [5, -2]]), SCALLION)).toEqual([
      { kind: 'LOW', start: minutes(5), end: minutes(5), durationMinutes: 0, peakC: -2, ongoing: true },
    ]);
  });

  it('keeps the lowest reading as the peak, and exactly −1 °C is within', () => {
    const [low] = detectExcursions(series([[0, -1], [5, -1.2], [10, -3], [15, -2], [20, -1]]), SCALLION);
    expect(low).toMatchObject({ kind: 'LOW', start: minutes(5), end: minutes(20), durationMinutes: 15, peakC: -3 });
  });

  it('ends a HIGH run at a LOW reading, which is within the upper limit', () => {
    const found = detectExcursions(series([[0, 9], [40, -2], [45, 0]]), SCALLION);
    expect(found).toEqual([
      { kind: 'HIGH', start: minutes(0), end: minutes(40), durationMinutes: 40, peakC: 9, ongoing: false },
      { kind: 'LOW', start: minutes(40), end: minutes(45), durationMinutes: 5, peakC: -2, ongoing: false },
    ]);
  });
});

describe('ignore period after loading', () => {
  it('does not judge readings in the first 15 minutes after loading', () => {
    // Doors open at loading: 9 °C and a −3 °C blip (the logger against the ice) in 0–10 min, 3 °C from
    // 15 min. Judged, the blip alone would be a LOW excursion (tolerance 0); ignored, nothing counts.
    const readings = series([[0, 9], [5, -3], [10, 9], [15, 3], [60, 3]]);
    expect(detectExcursions(readings, SCALLION, { loadedAt: minutes(0) })).toEqual([]);
    expect(detectExcursions(readings, SCALLION).map((e) => e.kind)).toEqual(['LOW']);
  });

  it('starts a run at the first reading after the ignore period', () => {
    // Above 5 °C from 0 to 60 min; loaded at 0: judged from 15 min → 45 min, counts.
    const readings = series([[0, 8], [5, 8], [10, 8], [15, 8], [30, 8], [60, 8], [70, 4]]);
    expect(detectExcursions(readings, SCALLION, { loadedAt: minutes(0) })).toEqual([
      { kind: 'HIGH', start: minutes(15), end: minutes(70), durationMinutes: 55, peakC: 8, ongoing: false },
    ]);
    // Loaded at 30 min: the run 0→30 closes at loading (30 min, not counted); judged again from 45 min,
    // where the next reading above is at 60 → 60→70 = 10 min, not counted.
    expect(detectExcursions(readings, SCALLION, { loadedAt: minutes(30) })).toEqual([]);
  });

  it('judges readings before loading as usual', () => {
    const readings = series([[0, -2], [5, 1], [60, 9], [65, 9], [80, 3]]);
    expect(detectExcursions(readings, SCALLION, { loadedAt: minutes(60) })).toEqual([
      { kind: 'LOW', start: minutes(0), end: minutes(5), durationMinutes: 5, peakC: -2, ongoing: false },
    ]);
  });
});

describe('input order and profiles', () => {
  it('sorts unsorted readings by time', () => {
    const sorted = series([[0, 4], [10, 6], [20, 7], [41, 4]]);
    const shuffled = [sorted[2]!, sorted[0]!, sorted[3]!, sorted[1]!];
    expect(detectExcursions(shuffled, SCALLION)).toEqual(detectExcursions(sorted, SCALLION));
    expect(detectExcursions(shuffled, SCALLION)).toHaveLength(1);
  });

  it('finds nothing in no readings', () => {
    expect(detectExcursions([], SCALLION)).toEqual([]);
  });

  it('follows an overridden profile', () => {
    // Upper limit 4 °C with no tolerance: the single 4.5 °C reading counts.
    const strict = withProfile('SCALLION', { upper: { limitC: 4, toleranceMinutes: 0 } });
    expect(detectExcursions(series([[0, 3], [5, 4.5], [10, 3]]), strict).map((e) => e.kind)).toEqual(['HIGH']);
    expect(detectExcursions(series([[0, 3], [5, 4.5], [10, 3]]), SCALLION)).toEqual([]);
  });

  it('judges dried safflower by the dry-warehouse limits: warm for over 2 h, never cold', () => {
    const florets = defaultCropProfiles.SAFFLOWER_FLORET;
    // 26 °C from 0 to 121 min counts (121 > 120); −20 °C is no excursion (no lower limit).
    expect(detectExcursions(series([[0, 26], [60, 27], [121, 20], [180, -20]]), florets)).toEqual([
      { kind: 'HIGH', start: minutes(0), end: minutes(121), durationMinutes: 121, peakC: 27, ongoing: false },
    ]);
    expect(detectExcursions(series([[0, 26], [120, 20]]), florets)).toEqual([]);
  });
});

describe('humidity excursions', () => {
  const rh = (points: [number, number | null][]) => points.map(([m, relativeHumidity]) => ({ at: minutes(m), relativeHumidity }));

  it('finds damp runs in a dry warehouse above 65 % for more than 2 h', () => {
    const florets = defaultCropProfiles.SAFFLOWER_SEED;
    // 70 % from 0 to 150 min (peak 72 %), back to 60 % at 150 min: 150 min > 120.
    expect(detectHumidityExcursions(rh([[0, 70], [60, 72], [100, null], [150, 60]]), florets)).toEqual([
      { kind: 'HUMID', start: minutes(0), end: minutes(150), durationMinutes: 150, peakPercent: 72, ongoing: false },
    ]);
    expect(detectHumidityExcursions(rh([[0, 70], [120, 60]]), florets)).toEqual([]);
  });

  it('has no humidity limit for scallion', () => {
    expect(detectHumidityExcursions(rh([[0, 100], [600, 100]]), SCALLION)).toEqual([]);
  });
});
