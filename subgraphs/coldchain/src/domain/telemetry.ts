import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInput } from '@alliance/domain-kit';
import { executeBound } from '@alliance/db';
import type { ColdchainRequest } from './request.ts';
import { requireActiveRole } from './member-directory.ts';

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
 * Stores a batch of readings in one INSERT: duplicates (same sensor and time, in the table or the
 * batch) are skipped by the primary key, out-of-order readings are simply rows, and readings that
 * cannot be stored are reported one by one with the reason. Facility operators report for their
 * own sensors only.
 */
export async function recordTemperatures(req: ColdchainRequest, readings: ReadingInput[], now = new Date()): Promise<IngestReport> {
  const viewer = await requireActiveRole(req, ['FACILITY_OPERATOR'], 'report temperatures');
  if (readings.length === 0) throw new BadInput('Send at least one reading.', { field: 'readings' });
  if (readings.length > MAX_READINGS_PER_BATCH) {
    throw new BadInput(`A batch holds at most ${MAX_READINGS_PER_BATCH} readings; got ${readings.length}. Split it.`, { field: 'readings' });
  }
  const sensors = await sensorsByCode(req.em, [...new Set(readings.map((r) => r.sensorCode))]);
  const rejected: RejectedReading[] = [];
  const rows: { sensor_id: string; at: string; celsius: number; relative_humidity: number | null }[] = [];
  readings.forEach((reading, index) => {
    const sensor = sensors.get(reading.sensorCode);
    let reason: string | null;
    if (!sensor) reason = `unknown sensor "${reading.sensorCode}"`;
    else if (sensor.operatorId !== viewer.memberId) reason = `sensor "${reading.sensorCode}" belongs to another operator`;
    else reason = implausibility(reading, now);
    if (reason) rejected.push({ index, sensorCode: reading.sensorCode, reason });
    else rows.push({ sensor_id: sensor!.id, at: reading.at.toISOString(), celsius: reading.celsius, relative_humidity: reading.relativeHumidity ?? null });
  });
  let stored = 0;
  if (rows.length) {
    const schema = req.em.config.get('schema');
    // Bound, not inlined: the batch is one JSON parameter of up to about 1 MB.
    const result = await executeBound<{ n: number }>(
      req.em,
      `with inserted as (
         insert into "${schema}".temperature_reading (sensor_id, at, celsius, relative_humidity)
         select sensor_id, at, round(celsius, 2), round(relative_humidity, 2)
         from json_to_recordset(?::json) as r(sensor_id uuid, at timestamptz, celsius numeric, relative_humidity numeric)
         on conflict (sensor_id, at) do nothing
         returning 1)
       select count(*)::int as n from inserted`,
      [JSON.stringify(rows)],
    );
    stored = result[0]?.n ?? 0;
  }
  return { received: readings.length, stored, duplicates: rows.length - stored, rejected };
}

/** Each sensor's id and the member operating its facility or vehicle, in one statement. */
async function sensorsByCode(em: EntityManager, codes: string[]): Promise<Map<string, { id: string; operatorId: string }>> {
  const schema = em.config.get('schema');
  const rows = await executeBound<{ code: string; id: string; operator_id: string }>(
    em,
    `select s.code, s.id, coalesce(f.operator_id, v.operator_id) as operator_id
     from "${schema}".sensor s left join "${schema}".facility f on f.id = s.facility_id left join "${schema}".vehicle v on v.id = s.vehicle_id
     where s.code = any(?::text[])`,
    [codes],
  );
  return new Map(rows.map((s) => [s.code, { id: s.id, operatorId: s.operator_id }]));
}
