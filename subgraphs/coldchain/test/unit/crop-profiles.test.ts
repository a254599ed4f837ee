import { describe, expect, it } from 'vitest';
import { defaultCropProfiles, profileOf, withProfile } from '../../src/domain/crop-profiles.ts';

describe('crop profiles', () => {
  it('keeps scallion at 0 °C for 28 days with Q10 2.5, between −1 °C (no tolerance) and 5 °C (30 min)', () => {
    expect(defaultCropProfiles.SCALLION).toEqual({
      crop: 'SCALLION',
      shelfLife: { referenceTempC: 0, referenceDays: 28, q10: 2.5 },
      upper: { limitC: 5, toleranceMinutes: 30 },
      lower: { limitC: -1, toleranceMinutes: 0 },
      ignoreAfterLoadingMinutes: 15,
      relativeHumidity: null,
      unmonitored: { tempC: 20, maxGapMinutes: 90 },
    });
  });

  it('gives dried safflower no countdown, a warm limit, no cold limit and a humidity maximum', () => {
    for (const crop of ['SAFFLOWER_FLORET', 'SAFFLOWER_SEED'] as const) {
      expect(defaultCropProfiles[crop]).toMatchObject({
        crop,
        shelfLife: null,
        upper: { limitC: 25, toleranceMinutes: 120 },
        lower: null,
        relativeHumidity: { maxPercent: 65 },
      });
    }
  });

  it('overrides fields without touching the defaults, which are frozen', () => {
    const tuned = withProfile('SCALLION', { upper: { limitC: 4, toleranceMinutes: 20 } });
    expect(tuned.upper).toEqual({ limitC: 4, toleranceMinutes: 20 });
    expect(tuned.lower).toEqual(defaultCropProfiles.SCALLION.lower);
    expect(defaultCropProfiles.SCALLION.upper).toEqual({ limitC: 5, toleranceMinutes: 30 });
    expect(() => {
      (defaultCropProfiles.SCALLION.upper as { limitC: number }).limitC = 9;
    }).toThrow(TypeError);
  });

  it('takes a configured profile over the default', () => {
    const tuned = withProfile('SCALLION', { ignoreAfterLoadingMinutes: 5 });
    expect(profileOf('SCALLION', { SCALLION: tuned })).toBe(tuned);
    expect(profileOf('SAFFLOWER_SEED', { SCALLION: tuned })).toBe(defaultCropProfiles.SAFFLOWER_SEED);
  });
});
