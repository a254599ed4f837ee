import type { Crop } from '@alliance/domain-kit';

/**
 * How each crop must be kept (BRIEF.md section 3, cold chain). Every rule in this folder takes a
 * profile as an argument, so a deployment can tune a figure without touching the rules:
 * `withProfile('SCALLION', { upper: { limitC: 4, toleranceMinutes: 20 } })`.
 */

/** A boundary and how long the goods may sit beyond it before it is an excursion. */
export interface Limit {
  limitC: number;
  /** 0 = a single-event alarm: any reading beyond the limit is an excursion. */
  toleranceMinutes: number;
}

export interface HumidityLimit {
  maxPercent: number;
  toleranceMinutes: number;
}

/** The Q10 shelf-life model: SL(T) = SL(Tref) × Q10^((Tref − T)/10). */
export interface ShelfLifeModel {
  referenceTempC: number;
  referenceDays: number;
  q10: number;
}

export interface CropProfile {
  crop: Crop;
  /** null: no shelf-life countdown in days (dried safflower). */
  shelfLife: ShelfLifeModel | null;
  upper: Limit | null;
  lower: Limit | null;
  /** Readings this long after loading are not judged: doors open, the load is still settling. */
  ignoreAfterLoadingMinutes: number;
  relativeHumidity: HumidityLimit | null;
  /**
   * Time with no reading (harvest to the first logged place, or a logger gap longer than
   * `maxGapMinutes`) counts at `tempC` for the shelf life, never at the ideal temperature.
   */
  unmonitored: UnmonitoredModel;
}

/** How unlogged time is counted: at an assumed handling temperature (field, trip to the plant). */
export interface UnmonitoredModel {
  tempC: number;
  /** A gap between two readings longer than this is unlogged time (about 2× a 30–45 min logger interval). */
  maxGapMinutes: number;
}

/**
 * Scallion (green/bunching onion): about 4 weeks at 0 °C, Q10 = 2.5 (mid of the 2.3–2.7 range; it gives
 * 11.2 days at 10 °C, a little above the 7–10 days observed). An excursion is above 5 °C for more than
 * 30 minutes, or below −1 °C (freezing starts) at all.
 */
const SCALLION: CropProfile = {
  crop: 'SCALLION',
  shelfLife: { referenceTempC: 0, referenceDays: 28, q10: 2.5 },
  upper: { limitC: 5, toleranceMinutes: 30 },
  lower: { limitC: -1, toleranceMinutes: 0 },
  ignoreAfterLoadingMinutes: 15,
  relativeHumidity: null,
  // Field, washing line, trip to the plant: ambient handling, about 20 °C (BRIEF.md section 3).
  unmonitored: { tempC: 20, maxGapMinutes: 90 },
};

/**
 * Dried safflower lives in dry warehouses: warmth matters only when sustained, cold not at all, and
 * damp is the real risk (mould). The humidity tolerance is a default to tune, not a published figure.
 */
function drySafflower(crop: 'SAFFLOWER_FLORET' | 'SAFFLOWER_SEED'): CropProfile {
  return {
    crop,
    shelfLife: null,
    upper: { limitC: 25, toleranceMinutes: 120 },
    lower: null,
    ignoreAfterLoadingMinutes: 15,
    relativeHumidity: { maxPercent: 65, toleranceMinutes: 120 },
    unmonitored: { tempC: 20, maxGapMinutes: 90 },
  };
}

/** Frozen to the leaves: a caller cannot change the defaults for everyone by mutating a profile. */
function frozen(profile: CropProfile): CropProfile {
  for (const part of [profile.shelfLife, profile.upper, profile.lower, profile.relativeHumidity, profile.unmonitored]) if (part) Object.freeze(part);
  return Object.freeze(profile);
}

export const defaultCropProfiles: Readonly<Record<Crop, CropProfile>> = Object.freeze({
  SCALLION: frozen(SCALLION),
  SAFFLOWER_FLORET: frozen(drySafflower('SAFFLOWER_FLORET')),
  SAFFLOWER_SEED: frozen(drySafflower('SAFFLOWER_SEED')),
});

/** What may be overridden: any top-level field; a nested object given replaces the default's. */
export type CropProfileOverrides = Partial<Omit<CropProfile, 'crop'>>;

/** The default profile of a crop with some fields overridden. */
export function withProfile(crop: Crop, overrides: CropProfileOverrides = {}): CropProfile {
  return { ...defaultCropProfiles[crop], ...overrides, crop };
}

/** The profile to use for a crop: an override from a configured record, else the default. */
export function profileOf(crop: Crop, configured: Partial<Record<Crop, CropProfile>> = {}): CropProfile {
  return configured[crop] ?? defaultCropProfiles[crop];
}
