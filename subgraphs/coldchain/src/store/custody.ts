import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table } from '@alliance/db';
import { CustodyEvent } from '../entities/index.ts';
import { timedReading, type TimedReading } from './telemetry.ts';

/** Custody events of many lots, oldest first. */
export async function custodyOfLots(em: EntityManager, lotIds: readonly string[]): Promise<CustodyEvent[]> {
  return em.find(CustodyEvent, { lotId: { $in: [...lotIds] } }, { orderBy: { at: 'asc', recordedAt: 'asc' } });
}

/** A custody event as histories read it: plain fields, its places and shipment as references by id (a stored CustodyEvent is one too). */
export type CustodyRecord = Omit<CustodyEvent, 'facility' | 'vehicle' | 'shipment'> & {
  facility: { id: string } | null;
  vehicle: { id: string } | null;
  shipment: { id: string } | null;
};

const ref = (id: string | null) => (id ? { id } : null);

/**
 * Custody events of many lots, oldest first, as plain records in one statement: for histories,
 * which only read them (no entity hydrated; writes use custodyOfLots, in their transaction).
 */
export async function custodyRecordsOfLots(em: EntityManager, lotIds: readonly string[]): Promise<CustodyRecord[]> {
  if (!lotIds.length) return [];
  const rows = await query<{
    id: string; lot_id: string; kind: CustodyRecord['kind']; at: Date | string; facility_id: string | null; vehicle_id: string | null; actor_id: string;
    quantity_kg: string; shipment_id: string | null; reservation_id: string | null; recorded_at: Date | string;
  }>(
    em,
    sql`select id, lot_id, kind, at, facility_id, vehicle_id, actor_id, quantity_kg::text as quantity_kg, shipment_id, reservation_id, recorded_at
        from ${table('custody_event')} where lot_id = any(${[...lotIds]}::uuid[]) order by at, recorded_at`,
  );
  return rows.map((r) => ({
    id: r.id,
    lotId: r.lot_id,
    kind: r.kind,
    at: new Date(r.at),
    facility: ref(r.facility_id),
    vehicle: ref(r.vehicle_id),
    actorId: r.actor_id,
    quantityKg: r.quantity_kg,
    shipment: ref(r.shipment_id),
    reservationId: r.reservation_id,
    recordedAt: new Date(r.recorded_at),
  }));
}

/** Custody events of many shipments, oldest first. */
export async function custodyOfShipments(em: EntityManager, shipmentIds: readonly string[]): Promise<CustodyEvent[]> {
  return em.find(CustodyEvent, { shipment: { $in: [...shipmentIds] } }, { orderBy: { at: 'asc', recordedAt: 'asc' } });
}

/** Serialises custody writes of one lot until the transaction ends (checks and write see the same custody). */
export async function lockLotCustody(em: EntityManager, lotId: string): Promise<void> {
  await query(em, sql`select pg_advisory_xact_lock(hashtext(${lotId}))`);
}

export async function saveCustodyEvent(em: EntityManager, event: CustodyEvent): Promise<CustodyEvent> {
  await em.persistAndFlush(event);
  return event;
}

/** A span of a lot's life in one place, as the store needs it to find the readings taken there. */
export interface StaySpan {
  lotId: string;
  stay: number;
  facilityId: string | null;
  vehicleId: string | null;
  from: Date;
  to: Date;
}

/** The readings of every sensor of each stay's place during the stay [from, to), in one statement. */
export async function readingsDuringStays(
  em: EntityManager,
  spans: readonly StaySpan[],
): Promise<(TimedReading & { lotId: string; stay: number; sensorCode: string })[]> {
  if (!spans.length) return [];
  const json = JSON.stringify(
    spans.map((s) => ({ lot_id: s.lotId, stay: s.stay, facility_id: s.facilityId, vehicle_id: s.vehicleId, from_at: s.from.toISOString(), to_at: s.to.toISOString() })),
  );
  const rows = await query<{ lot_id: string; stay: number; sensor_code: string; at: Date; celsius: string; relative_humidity: string | null }>(
    em,
    sql`select s.lot_id, s.stay, sn.code as sensor_code, r.at, r.celsius, r.relative_humidity
        from json_to_recordset(${json}::json) as s(lot_id uuid, stay int, facility_id uuid, vehicle_id uuid, from_at timestamptz, to_at timestamptz)
        join ${table('sensor')} sn on sn.facility_id = s.facility_id or sn.vehicle_id = s.vehicle_id
        -- offset 0: a range scan of the readings' primary key per sensor and stay, never a scan of every reading.
        cross join lateral (select r.at, r.celsius, r.relative_humidity from ${table('temperature_reading')} r
                            where r.sensor_id = sn.id and r.at >= s.from_at and r.at < s.to_at offset 0) r
        -- Two loggers of one place at one instant: by value, as the folds order them (store/reading-folds.ts).
        order by s.lot_id, r.at, s.stay, r.celsius`,
  );
  return rows.map((r) => ({ ...timedReading(r), lotId: r.lot_id, stay: r.stay, sensorCode: r.sensor_code }));
}

/** A shipment's logger and the time it was on the road. */
export interface TripSpan {
  shipmentId: string;
  sensorId: string;
  from: Date;
  to: Date;
}

/** The readings of each trip's logger between departure and arrival (both included), in one statement. */
export async function readingsDuringTrips(em: EntityManager, trips: readonly TripSpan[]): Promise<(TimedReading & { shipmentId: string })[]> {
  if (!trips.length) return [];
  const json = JSON.stringify(trips.map((t) => ({ shipment_id: t.shipmentId, sensor_id: t.sensorId, from_at: t.from.toISOString(), to_at: t.to.toISOString() })));
  const rows = await query<{ shipment_id: string; at: Date; celsius: string; relative_humidity: string | null }>(
    em,
    sql`select s.shipment_id, r.at, r.celsius, r.relative_humidity
        from json_to_recordset(${json}::json) as s(shipment_id uuid, sensor_id uuid, from_at timestamptz, to_at timestamptz)
        cross join lateral (select r.at, r.celsius, r.relative_humidity from ${table('temperature_reading')} r
                            where r.sensor_id = s.sensor_id and r.at >= s.from_at and r.at <= s.to_at offset 0) r
        order by s.shipment_id, r.at, r.celsius`,
  );
  return rows.map((r) => ({ ...timedReading(r), shipmentId: r.shipment_id }));
}
