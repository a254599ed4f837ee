import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { copyRows, query, queryOne, sql, table } from '@alliance/db';

/** A sensor, with the place it logs and who operates that place, in which alliance. */
export interface SensorPlace {
  id: string;
  /** The facility or vehicle it logs (readings are folded per place). */
  placeId: string | null;
  operatorId: string;
  allianceId: string | null;
}

/** Each sensor's id and the member and alliance of its facility or vehicle, in one statement. */
export async function findSensorsByCode(em: EntityManager, codes: readonly string[]): Promise<Map<string, SensorPlace>> {
  const rows = await query<{ code: string; id: string; place_id: string | null; operator_id: string; alliance_id: string | null }>(
    em,
    sql`select s.code, s.id, coalesce(s.facility_id, s.vehicle_id) as place_id, coalesce(f.operator_id, v.operator_id) as operator_id, coalesce(f.alliance_id, v.alliance_id) as alliance_id
        from ${table('sensor')} s left join ${table('facility')} f on f.id = s.facility_id left join ${table('vehicle')} v on v.id = s.vehicle_id
        where s.code = any(${[...codes]}::text[])`,
  );
  return new Map(rows.map((s) => [s.code, { id: s.id, placeId: s.place_id, operatorId: s.operator_id, allianceId: s.alliance_id }]));
}

export interface ReadingRow {
  sensorId: string;
  at: Date | string;
  celsius: number;
  relativeHumidity?: number | null;
}

/**
 * Stores readings, skipping any already stored (same sensor and time, in the table or the batch),
 * and returns how many were stored. A logger's upload is nearly always new readings, so the batch
 * goes first by one COPY (copyRows: about half the time of an INSERT that unpacks the batch from
 * JSON, measured in `npm run bench:ingest`); COPY stores all or nothing, so when the primary key
 * refuses it (a re-sent or overlapping upload) nothing was stored and the batch goes again by one
 * INSERT … ON CONFLICT DO NOTHING. A batch that repeats a reading itself goes straight to the INSERT.
 * Inside a transaction the COPY runs under a savepoint, so the fallback goes on in the same transaction.
 */
export async function insertReadings(em: EntityManager, readings: readonly ReadingRow[]): Promise<number> {
  if (!readings.length) return 0;
  const rows = readings.map((r) => ({
    sensor_id: r.sensorId,
    at: r.at instanceof Date ? r.at.toISOString() : r.at,
    // numeric(5,2) rounds as round(x, 2) does (half away from zero), so both paths store the same value.
    celsius: r.celsius,
    relative_humidity: r.relativeHumidity ?? null,
  }));
  if (!repeatsItself(rows)) {
    try {
      return await copyRows(em, 'temperature_reading', ['sensor_id', 'at', 'celsius', 'relative_humidity'], rows.map((r) => [r.sensor_id, r.at, r.celsius, r.relative_humidity]));
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
  }
  return insertSkippingStored(em, rows);
}

/** Whether the batch holds two readings of one sensor at one time. */
function repeatsItself(rows: readonly { sensor_id: string; at: string }[]): boolean {
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.sensor_id}|${r.at}`;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** One INSERT; the batch travels as one bound JSON parameter (up to about 1 MB), far cheaper than inlined literals. */
async function insertSkippingStored(em: EntityManager, rows: readonly { sensor_id: string; at: string; celsius: number; relative_humidity: number | null }[]): Promise<number> {
  const result = await queryOne<{ n: number }>(
    em,
    sql`with inserted as (
          insert into ${table('temperature_reading')} (sensor_id, at, celsius, relative_humidity)
          select sensor_id, at, round(celsius, 2), round(relative_humidity, 2)
          from json_to_recordset(${JSON.stringify(rows)}::json) as r(sensor_id uuid, at timestamptz, celsius numeric, relative_humidity numeric)
          on conflict (sensor_id, at) do nothing
          returning 1)
        select count(*)::int as n from inserted`,
  );
  return result?.n ?? 0;
}

export interface LatestReading {
  at: Date;
  celsius: number;
  relativeHumidity: number | null;
}

/** The newest reading of each sensor, in one statement. */
export async function latestReadingsOfSensors(em: EntityManager, sensorIds: readonly string[]): Promise<Map<string, LatestReading>> {
  const rows = await query<{ sensor_id: string; at: Date; celsius: string; relative_humidity: string | null }>(
    em,
    sql`select s.id as sensor_id, r.at, r.celsius, r.relative_humidity from unnest(${[...sensorIds]}::uuid[]) s(id)
        cross join lateral (select at, celsius, relative_humidity from ${table('temperature_reading')}
                            where sensor_id = s.id order by at desc limit 1) r`,
  );
  return new Map(rows.map((r) => [r.sensor_id, { at: new Date(r.at), celsius: Number(r.celsius), relativeHumidity: numberOrNull(r.relative_humidity) }]));
}

/** A reading as the rules take it: when, °C and relative humidity. */
export interface TimedReading {
  at: Date;
  tempC: number;
  relativeHumidity: number | null;
}

function numberOrNull(value: string | null): number | null {
  return value === null ? null : Number(value);
}

export function timedReading(row: { at: Date; celsius: string; relative_humidity: string | null }): TimedReading {
  return { at: new Date(row.at), tempC: Number(row.celsius), relativeHumidity: numberOrNull(row.relative_humidity) };
}
