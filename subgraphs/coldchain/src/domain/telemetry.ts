import { BadInput, isMemberOf, operates, requireActiveRole } from '@alliance/domain-kit';
import { findSensorsByCode, insertReadings, type ReadingRow } from '../store/telemetry.ts';
import type { ColdchainRequest } from './request.ts';
import { storeReadingsFolded, type PlacedReading } from '../store/reading-folds.ts';
import { foldKeysOfSettings } from './reading-fold.ts';

export const MAX_READINGS_PER_BATCH = 10_000;
/** Outside this a logger is broken or mis-set, not measuring produce. */
export const PLAUSIBLE_CELSIUS = { min: -40, max: 60 } as const;
const CLOCK_SKEW_MS = 5 * 60_000;

export interface ReadingInput {
  sensorCode: string;
  at: Date;
  celsius: number;
  relativeHumidity?: number | null;
}

export interface RejectedReading {
  index: number;
  sensorCode: string;
  reason: string;
}

export interface IngestReport {
  received: number;
  stored: number;
  duplicates: number;
  rejected: RejectedReading[];
}

/** Why a reading cannot be true, or null when it can. Pure, so each rule is unit-tested. */
export function implausibility(reading: ReadingInput, now: Date): string | null {
  if (!Number.isFinite(reading.celsius)) return 'the temperature is not a number';
  if (reading.celsius < PLAUSIBLE_CELSIUS.min || reading.celsius > PLAUSIBLE_CELSIUS.max) {
    return `${reading.celsius} °C is outside what a produce logger can read (${PLAUSIBLE_CELSIUS.min} to ${PLAUSIBLE_CELSIUS.max} °C)`;
  }
  const rh = reading.relativeHumidity;
  if (rh !== null && rh !== undefined && (!Number.isFinite(rh) || rh < 0 || rh > 100)) {
    return `relative humidity ${rh} % is not between 0 and 100`;
  }
  if (reading.at.getTime() > now.getTime() + CLOCK_SKEW_MS) return `the time ${reading.at.toISOString()} is in the future`;
  if (reading.at.getUTCFullYear() < 2000) return `the time ${reading.at.toISOString()} is before any logger of the alliance`;
  return null;
}

/**
 * Stores a batch of readings in one statement (a COPY, or an INSERT when the batch overlaps what is
 * stored: insertReadings): duplicates (same sensor and time, in the table or the batch) are skipped by the primary key, out-of-order readings are simply rows, and readings that
 * cannot be stored are reported one by one with the reason. The hours and days it touched are folded
 * in the same transaction (store/reading-folds.ts), out-of-order readings included. Facility operators report for the
 * sensors of the places they operate, in the alliance they act in.
 */
export async function recordTemperatures(req: ColdchainRequest, readings: ReadingInput[], now = new Date()): Promise<IngestReport> {
  const viewer = requireActiveRole(req.viewer, ['FACILITY_OPERATOR'], 'report temperatures');
  if (readings.length === 0) throw new BadInput('Send at least one reading.', { field: 'readings' });
  if (readings.length > MAX_READINGS_PER_BATCH) {
    throw new BadInput(`A batch holds at most ${MAX_READINGS_PER_BATCH} readings; got ${readings.length}. Split it.`, { field: 'readings' });
  }
  const sensors = await findSensorsByCode(req.em, [...new Set(readings.map((r) => r.sensorCode))]);
  const rejected: RejectedReading[] = [];
  const rows: ReadingRow[] = [];
  const placed: PlacedReading[] = [];
  readings.forEach((reading, index) => {
    const sensor = sensors.get(reading.sensorCode);
    let reason: string | null;
    // A sensor of another alliance is as unknown as one never registered.
    if (!sensor || !isMemberOf(viewer, sensor.allianceId)) reason = `unknown sensor "${reading.sensorCode}"`;
    else if (!operates(viewer, sensor)) reason = `sensor "${reading.sensorCode}" belongs to another operator`;
    else reason = implausibility(reading, now);
    if (reason) rejected.push({ index, sensorCode: reading.sensorCode, reason });
    else {
      rows.push({ sensorId: sensor!.id, at: reading.at, celsius: reading.celsius, relativeHumidity: reading.relativeHumidity ?? null });
      if (sensor!.placeId) placed.push({ placeId: sensor!.placeId, at: reading.at, tempC: reading.celsius, relativeHumidity: reading.relativeHumidity ?? null });
    }
  });
  // Stored and folded in one transaction (store/reading-folds.ts): the write marks its hours dirty in
  // its own statement, so every figure is right whatever happens next, and the same transaction folds
  // them so the next page reads them folded. A failed fold leaves the readings stored, counted, and
  // to the fold keeper, not a failed upload the logger would send again.
  const { stored, folded } = await storeReadingsFolded(req.em, foldKeysOfSettings(req.settings.cropProfiles), placed, async (tx) => {
    const n = await insertReadings(tx, rows);
    return { stored: n, all: n === rows.length };
  });
  if (!folded) req.metrics?.counter('telemetry_refold_failures_total', 'Uploads whose hours were left to the fold keeper because folding them failed').inc();
  req.metrics?.counter('telemetry_readings_ingested_total', 'Temperature readings stored by recordTemperatures').inc(stored);
  return { received: readings.length, stored, duplicates: rows.length - stored, rejected };
}
