import type { Crop } from '@alliance/domain-kit';
import { parseEnvironment, z } from '@alliance/subgraph-kit';
import { defaultCropProfiles, withProfile, type CropProfile } from './domain/crop-profiles.ts';

const environment = z.object({
  /** The alliance's GS1 company prefix; GS1's documentation prefix until the alliance sets its own. */
  GS1_COMPANY_PREFIX: z.string().regex(/^\d{6,12}$/, 'a GS1 company prefix is 6 to 12 digits').default('0614141'),
  /** The temperature unlogged time counts at (°C), for every crop; each crop's profile default otherwise (20 °C). */
  UNMONITORED_TEMP_C: z.coerce.number().min(-5).max(45).optional(),
  /** A gap between two readings longer than this (minutes) is unlogged time; the profile's (90) otherwise. */
  UNMONITORED_MAX_GAP_MINUTES: z.coerce.number().int().positive().optional(),
  /** How often the cold chain looks for lots whose freshness to announce to members (lots.freshness), in ms; 0 turns it off. */
  FRESHNESS_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
  /** How often the partition keeper makes sure the coming months of readings have their partitions, in ms; 0 turns it off. */
  READING_PARTITIONS_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  /** How often the fold keeper folds readings written outside recordTemperatures (domain/reading-fold-keeper.ts), in ms; 0 turns it off. */
  READING_FOLDS_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(30_000),
  /** How many months ahead of this one the keeper keeps partitions for temperature readings. */
  READING_PARTITIONS_AHEAD_MONTHS: z.coerce.number().int().min(1).max(24).default(3),
});

/** The cold chain's settings, parsed once at start. */
export interface ColdchainSettings {
  /** Identifiers of EPCIS exports (lots, locations, packages) are under it. */
  gs1CompanyPrefix: string;
  /** Crop profiles tuned by the environment (unmonitored handling); absent crops use the defaults. */
  cropProfiles: Partial<Record<Crop, CropProfile>>;
  /** Interval of the freshness announcer (domain/freshness-announcer.ts). */
  freshnessIntervalMs: number;
  /** The partition keeper of temperature readings (domain/reading-partition-keeper.ts): how often, and how far ahead. */
  readingPartitions: { intervalMs: number; aheadMonths: number };
  /** Interval of the fold keeper. */
  readingFoldsIntervalMs: number;
}

export function coldchainSettings(env: Record<string, string | undefined>): ColdchainSettings {
  const parsed = parseEnvironment('coldchain', environment, env);
  const tempC = parsed.UNMONITORED_TEMP_C;
  const maxGap = parsed.UNMONITORED_MAX_GAP_MINUTES;
  const cropProfiles: Partial<Record<Crop, CropProfile>> = {};
  if (tempC !== undefined || maxGap !== undefined) {
    for (const crop of Object.keys(defaultCropProfiles) as Crop[]) {
      const { unmonitored } = defaultCropProfiles[crop];
      cropProfiles[crop] = withProfile(crop, { unmonitored: { tempC: tempC ?? unmonitored.tempC, maxGapMinutes: maxGap ?? unmonitored.maxGapMinutes } });
    }
  }
  return {
    gs1CompanyPrefix: parsed.GS1_COMPANY_PREFIX,
    cropProfiles,
    freshnessIntervalMs: parsed.FRESHNESS_INTERVAL_MS,
    readingPartitions: { intervalMs: parsed.READING_PARTITIONS_INTERVAL_MS, aheadMonths: parsed.READING_PARTITIONS_AHEAD_MONTHS },
    readingFoldsIntervalMs: parsed.READING_FOLDS_INTERVAL_MS,
  };
}
