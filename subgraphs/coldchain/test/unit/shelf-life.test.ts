import { describe, expect, it } from 'vitest';
import { defaultCropProfiles, withProfile } from '../../src/domain/crop-profiles.ts';
import { consumeShelfLife, shelfLifeAt } from '../../src/domain/shelf-life.ts';

const SCALLION = defaultCropProfiles.SCALLION;
const T0 = new Date('2025-06-01T00:00:00Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);

describe('shelfLifeAt (Q10 model)', () => {
  it('is the reference shelf life at the reference temperature', () => {
    // SL(0 °C) = 28 days = 672 h
    expect(shelfLifeAt(0, SCALLION)).toBe(672);
  });

  it('divides by Q10 for every 10 °C warmer', () => {
    // SL(10 °C) = 28 / 2.5 = 11.2 days = 268.8 h; SL(20 °C) = 28 / 2.5² = 4.48 days = 107.52 h
    expect(shelfLifeAt(10, SCALLION)).toBeCloseTo(268.8, 10);
    expect(shelfLifeAt(20, SCALLION)).toBeCloseTo(107.52, 10);
  });

  it('interpolates between decades and extends below the reference', () => {
    // SL(5 °C) = 672 / 2.5^0.5 = 672 / 1.5811388 = 425.0101 h
    expect(shelfLifeAt(5, SCALLION)).toBeCloseTo(425.0101, 3);
    // SL(−1 °C) = 672 × 2.5^0.1 = 672 × 1.0959582 = 736.4839 h
    expect(shelfLifeAt(-1, SCALLION)).toBeCloseTo(736.4839, 3);
  });

  it('follows an overridden profile', () => {
    // Q10 = 2: SL(10 °C) = 28 / 2 = 14 days = 336 h
    expect(shelfLifeAt(10, withProfile('SCALLION', { shelfLife: { referenceTempC: 0, referenceDays: 28, q10: 2 } }))).toBeCloseTo(336, 10);
  });

  it('has no countdown for dried safflower', () => {
    expect(shelfLifeAt(10, defaultCropProfiles.SAFFLOWER_FLORET)).toBeNull();
    expect(shelfLifeAt(10, defaultCropProfiles.SAFFLOWER_SEED)).toBeNull();
  });
});

describe('consumeShelfLife', () => {
  // These histories are readings 12 h apart: a logger with that interval (max gap 24 h), so the
  // Q10 sum is tested on its own; unlogged time has its own describe below.
  const SCALLION = withProfile('SCALLION', { unmonitored: { tempC: 20, maxGapMinutes: 24 * 60 } });
  // 12 h at 0 °C then 12 h at 10 °C:
  //   fraction = 12/672 + 12/268.8 = 0.5/28 + 0.5/11.2 = 1/56 + 5/112 = 7/112 = 0.0625
  //   remaining at 0 °C = (1 − 0.0625) × 28 d = 26.25 d = 630 h, so it expires 630 h after asOf.
  const history = [
    { at: hours(0), tempC: 0 },
    { at: hours(12), tempC: 10 },
  ];

  it('sums Δt / SL(T) over the history, each reading holding until the next', () => {
    const status = consumeShelfLife(history, SCALLION, { asOf: hours(24) })!;
    expect(status.fractionUsed).toBeCloseTo(0.0625, 12);
    expect(status.remainingHours).toBeCloseTo(630, 9);
    expect(status.remainingDays).toBeCloseTo(26.25, 10);
    expect(status.expiresAt.getTime()).toBeCloseTo(hours(24 + 630).getTime(), -1);
  });

  it('sorts unsorted readings first', () => {
    const shuffled = [history[1]!, history[0]!];
    expect(consumeShelfLife(shuffled, SCALLION, { asOf: hours(24) })!.fractionUsed).toBeCloseTo(0.0625, 12);
    // The caller's array is left as it was.
    expect(shuffled[0]!.tempC).toBe(10);
  });

  it('holds the last reading until asOf and ignores readings after it', () => {
    // asOf at 18 h: 12/672 + 6/268.8 = 1/56 + 1/44.8 = 0.0178571 + 0.0223214 = 0.0401786
    const withLater = [...history, { at: hours(30), tempC: 30 }];
    expect(consumeShelfLife(withLater, SCALLION, { asOf: hours(18) })!.fractionUsed).toBeCloseTo(12 / 672 + 6 / 268.8, 12);
  });

  it('counts the time from harvest to the first reading at the unmonitored temperature (20 °C)', () => {
    // Harvest 6 h before the first reading: + 6/107.52 = 0.0558036 → 0.0625 + 0.0558036 = 0.1183036
    // (it was 6/672 at 0 °C, 1/14 in all, before unlogged time stopped counting as ideal)
    const status = consumeShelfLife(history, SCALLION, { asOf: hours(24), harvestedAt: hours(-6) })!;
    expect(status.fractionUsed).toBeCloseTo(0.0625 + 6 / 107.52, 12);
    expect(status.unmonitoredHours).toBe(6);
    // Without a harvest time the clock starts at the first reading.
    expect(consumeShelfLife(history, SCALLION, { asOf: hours(24) })!.fractionUsed).toBeCloseTo(0.0625, 12);
  });

  it('ignores readings from before the harvest', () => {
    // A 30 °C reading 10 h before harvest changes nothing: the 6 h before the first reading still count at 20 °C.
    const withStale = [{ at: hours(-16), tempC: 30 }, ...history];
    expect(consumeShelfLife(withStale, SCALLION, { asOf: hours(24), harvestedAt: hours(-6) })!.fractionUsed).toBeCloseTo(0.0625 + 6 / 107.52, 12);
  });

  it('counts all of a history without readings at the unmonitored temperature from harvest', () => {
    // 56 h at 20 °C = 56/107.52 = 0.5208333 (was 56/672 = 1/12 at 0 °C)
    const unlogged = consumeShelfLife([], SCALLION, { asOf: hours(56), harvestedAt: hours(0) })!;
    expect(unlogged.fractionUsed).toBeCloseTo(56 / 107.52, 12);
    expect(unlogged.unmonitoredHours).toBe(56);
    // No harvest time and no readings: nothing used, the full 28 days left.
    const fresh = consumeShelfLife([], SCALLION, { asOf: hours(0) })!;
    expect(fresh.fractionUsed).toBe(0);
    expect(fresh.remainingDays).toBe(28);
  });

  it('can express the remaining life at another temperature', () => {
    // (1 − 0.0625) × 268.8 h = 252 h = 10.5 days if kept at 10 °C from now
    const status = consumeShelfLife(history, SCALLION, { asOf: hours(24), remainingAtC: 10 })!;
    expect(status.remainingHours).toBeCloseTo(252, 9);
    expect(status.remainingDays).toBeCloseTo(10.5, 10);
  });

  it('reports when a used-up shelf life ran out, inside the history', () => {
    // 300 h at 10 °C: 300 / 268.8 = 1.1161 used; it ran out at 268.8 h.
    const status = consumeShelfLife([{ at: hours(0), tempC: 10 }], SCALLION, { asOf: hours(300) })!;
    expect(status.fractionUsed).toBeCloseTo(300 / 268.8, 12);
    expect(status.remainingHours).toBe(0);
    expect(status.remainingDays).toBe(0);
    expect(status.expiresAt.getTime()).toBeCloseTo(hours(268.8).getTime(), -1);
  });

  it('finds the run-out instant in a later stretch', () => {
    // 336 h at 0 °C uses 0.5; then at 20 °C (SL 107.52 h) the other 0.5 lasts 53.76 h → runs out at 389.76 h.
    const status = consumeShelfLife(
      [
        { at: hours(0), tempC: 0 },
        { at: hours(336), tempC: 20 },
      ],
      withProfile('SCALLION', { unmonitored: { tempC: 20, maxGapMinutes: 400 * 60 } }), // one reading per 336 h

      { asOf: hours(400) },
    )!;
    expect(status.expiresAt.getTime()).toBeCloseTo(hours(389.76).getTime(), -1);
  });

  it('is null for dried safflower', () => {
    expect(consumeShelfLife(history, defaultCropProfiles.SAFFLOWER_FLORET, { asOf: hours(24) })).toBeNull();
  });
});

describe('unlogged time (gaps in a logger)', () => {
  const SCALLION = defaultCropProfiles.SCALLION; // 20 °C unmonitored, gaps over 90 min
  const minutes = (m: number) => new Date(T0.getTime() + m * 60_000);

  it('holds a reading until the next when the gap is within 90 minutes', () => {
    // Readings every 60 min at 0 °C for 3 h: 3/672, nothing unlogged.
    const every60 = [0, 60, 120].map((m) => ({ at: minutes(m), tempC: 0 }));
    const status = consumeShelfLife(every60, SCALLION, { asOf: minutes(180) })!;
    expect(status.fractionUsed).toBeCloseTo(3 / 672, 12);
    expect(status.unmonitoredHours).toBe(0);
  });

  it('counts a gap longer than 90 minutes at 20 °C, the whole gap', () => {
    // 0 °C at 0 and at 240 min, asOf 300 min: the 4 h gap counts at 20 °C (4/107.52),
    // the last hour at 0 °C (1/672): 0.0372024 + 0.0014881 = 0.0386905.
    const gapped = [{ at: minutes(0), tempC: 0 }, { at: minutes(240), tempC: 0 }];
    const status = consumeShelfLife(gapped, SCALLION, { asOf: minutes(300) })!;
    expect(status.fractionUsed).toBeCloseTo(4 / 107.52 + 1 / 672, 12);
    expect(status.unmonitoredHours).toBe(4);
    // A 90 min gap exactly is still logged.
    expect(consumeShelfLife([{ at: minutes(0), tempC: 0 }, { at: minutes(90), tempC: 0 }], SCALLION, { asOf: minutes(120) })!.unmonitoredHours).toBe(0);
  });

  it('adds harvest-to-first-reading and gaps, and follows a configured temperature and gap', () => {
    const gapped = [{ at: minutes(120), tempC: 0 }, { at: minutes(360), tempC: 0 }];
    // 2 h before the first reading + a 4 h gap = 6 h unlogged.
    expect(consumeShelfLife(gapped, SCALLION, { asOf: minutes(420), harvestedAt: minutes(0) })!.unmonitoredHours).toBe(6);
    // At 10 °C assumed and a 5 h allowed gap: only the 2 h before the first reading, at 10 °C (2/268.8 + 5/672).
    const tuned = withProfile('SCALLION', { unmonitored: { tempC: 10, maxGapMinutes: 300 } });
    const status = consumeShelfLife(gapped, tuned, { asOf: minutes(420), harvestedAt: minutes(0) })!;
    expect(status.unmonitoredHours).toBe(2);
    expect(status.fractionUsed).toBeCloseTo(2 / 268.8 + 5 / 672, 12);
  });
});
