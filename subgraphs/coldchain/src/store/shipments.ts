import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table } from '@alliance/db';
import { Sensor, Shipment, ShipmentLine, ShipmentReservation, type Vehicle } from '../entities/index.ts';
import type { ShipmentReservationStatus, ShipmentStatus } from '../entities/vocabulary.ts';
import type { ShipmentEntry } from '@alliance/messaging';

/** A shipment row as its changes need it: status, alliance, market and the operators of its origin and vehicle. */
export interface LockedShipment {
  id: string;
  status: ShipmentStatus;
  allianceId: string;
  marketId: string | null;
  vehicleId: string;
  departedAt: Date | null;
  originOperatorId: string;
  vehicleOperatorId: string;
}

/** Locks the shipment's row until the transaction ends, so changes to one shipment queue. */
export async function lockShipment(em: EntityManager, id: string): Promise<LockedShipment | null> {
  const row = await queryOne<{ id: string; status: ShipmentStatus; alliance_id: string; market_id: string | null; vehicle_id: string; departed_at: Date | null; origin_operator_id: string; vehicle_operator_id: string }>(
    em,
    sql`select s.id, s.status, s.alliance_id, s.market_id, s.vehicle_id, s.departed_at, f.operator_id as origin_operator_id, v.operator_id as vehicle_operator_id
        from ${table('shipment')} s join ${table('facility')} f on f.id = s.origin_id join ${table('vehicle')} v on v.id = s.vehicle_id
        where s.id = ${id} for update of s`,
  );
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    allianceId: row.alliance_id,
    marketId: row.market_id,
    vehicleId: row.vehicle_id,
    departedAt: row.departed_at ? new Date(row.departed_at) : null,
    originOperatorId: row.origin_operator_id,
    vehicleOperatorId: row.vehicle_operator_id,
  };
}

export async function findShipment(em: EntityManager, id: string, options: { refresh?: boolean } = {}): Promise<Shipment | null> {
  return em.findOne(Shipment, { id }, options);
}

export interface ShipmentSearch {
  allianceId: string;
  /** The caller's own: shipments it is the market of, or operates the origin or vehicle of. */
  memberId: string;
  /** The office sees every shipment of the alliance. */
  wholeAlliance: boolean;
  status?: ShipmentStatus | null;
  marketId?: string | null;
  originFacilityId?: string | null;
  limit: number;
}

/** Newest first. */
export async function searchShipments(em: EntityManager, search: ShipmentSearch): Promise<Shipment[]> {
  const mine = [{ marketId: search.memberId }, { origin: { operatorId: search.memberId } }, { vehicle: { operatorId: search.memberId } }];
  return em.find(
    Shipment,
    {
      allianceId: search.allianceId,
      ...(search.wholeAlliance ? {} : { $or: mine }),
      ...(search.status ? { status: search.status } : {}),
      ...(search.marketId ? { marketId: search.marketId } : {}),
      ...(search.originFacilityId ? { origin: search.originFacilityId } : {}),
    },
    { orderBy: { createdAt: 'desc', id: 'asc' }, limit: search.limit },
  );
}

/** The vehicle's logger: the one named, or its first by code. */
export async function findVehicleSensor(em: EntityManager, vehicle: Vehicle, code: string | null | undefined): Promise<Sensor | null> {
  return code ? em.findOne(Sensor, { code, vehicle }) : em.findOne(Sensor, { vehicle }, { orderBy: { code: 'asc' } });
}

/** Reservations of these ids that are on a shipment still (pending or committed). */
export async function activeShipmentReservations(em: EntityManager, reservationIds: readonly string[]): Promise<ShipmentReservation[]> {
  return em.find(ShipmentReservation, { reservationId: { $in: [...reservationIds] }, status: { $in: ['PENDING', 'COMMITTED'] } }, { populate: ['shipment'] });
}

export async function reservationsOfShipments(em: EntityManager, shipmentIds: readonly string[]): Promise<ShipmentReservation[]> {
  return em.find(ShipmentReservation, { shipment: { $in: [...shipmentIds] } }, { orderBy: { position: 'asc' } });
}

export async function linesOfShipments(em: EntityManager, shipmentIds: readonly string[]): Promise<ShipmentLine[]> {
  return em.find(ShipmentLine, { shipment: { $in: [...shipmentIds] } }, { orderBy: { reservationId: 'asc', lotId: 'asc' } });
}

/** A planned shipment and its reservations, as the planner listed them. */
export async function insertPlannedShipment(em: EntityManager, shipment: Shipment, reservationIds: readonly string[]): Promise<void> {
  em.persist(shipment);
  reservationIds.forEach((reservationId, position) => em.persist(Object.assign(new ShipmentReservation(), { shipment, reservationId, position })));
  await em.flush();
}

export async function reservationAnswers(em: EntityManager, shipmentId: string) {
  const rows = await query<{ reservation_id: string; status: ShipmentReservationStatus; reason: string | null }>(
    em,
    sql`select reservation_id, status, reason from ${table('shipment_reservation')} where shipment_id = ${shipmentId}`,
  );
  return new Map(rows.map((r) => [r.reservation_id, { status: r.status, reason: r.reason }]));
}

export async function loadableLines(em: EntityManager, shipmentId: string) {
  const rows = await query<{ reservation_id: string; lot_id: string; reserved_kg: string; loaded_kg: string }>(
    em,
    sql`select reservation_id, lot_id, reserved_kg, loaded_kg from ${table('shipment_line')} where shipment_id = ${shipmentId}`,
  );
  return rows.map((l) => ({ reservationId: l.reservation_id, lotId: l.lot_id, reservedKg: l.reserved_kg, loadedKg: l.loaded_kg }));
}

/** Another trip the vehicle is on now (loading or on the road), if any. */
export async function otherTripOfVehicle(em: EntityManager, vehicleId: string, shipmentId: string) {
  return queryOne<{ id: string; status: ShipmentStatus }>(
    em,
    sql`select id, status from ${table('shipment')} where vehicle_id = ${vehicleId} and id <> ${shipmentId} and status in ('LOADING', 'IN_TRANSIT') limit 1`,
  );
}

/** Each reservation of the shipment with the kg loaded of it. */
export async function reservationsWithLoadedKg(em: EntityManager, shipmentId: string) {
  return query<{ reservation_id: string; status: ShipmentReservationStatus; loaded: string }>(
    em,
    sql`select r.reservation_id, r.status, coalesce(sum(l.loaded_kg), 0) as loaded
        from ${table('shipment_reservation')} r left join ${table('shipment_line')} l on l.shipment_id = r.shipment_id and l.reservation_id = r.reservation_id
        where r.shipment_id = ${shipmentId} group by r.reservation_id, r.status order by r.reservation_id`,
  );
}

export async function lastLoadingAt(em: EntityManager, shipmentId: string): Promise<Date | null> {
  const row = await queryOne<{ at: Date | null }>(em, sql`select max(at) as at from ${table('custody_event')} where shipment_id = ${shipmentId} and kind = 'LOADED'`);
  return row?.at ? new Date(row.at) : null;
}

/** The shipment as shipments.changed announces it: status, vehicle, kg loaded per lot, stamped by the database's clock. */
export async function shipmentEntry(em: EntityManager, shipmentId: string): Promise<ShipmentEntry | null> {
  const row = await queryOne<{ id: string; alliance_id: string; status: string; vehicle_id: string; plate: string; announced_at: Date; lots: { lotId: string; kg: string }[] }>(
    em,
    sql`select s.id, s.alliance_id, s.status, v.id as vehicle_id, v.plate, clock_timestamp() as announced_at,
          coalesce((select json_agg(json_build_object('lotId', l.lot_id, 'kg', l.kg::text) order by l.lot_id)
                    from (select lot_id, sum(loaded_kg) as kg from ${table('shipment_line')} where shipment_id = s.id group by lot_id having sum(loaded_kg) > 0) l), '[]') as lots
        from ${table('shipment')} s join ${table('vehicle')} v on v.id = s.vehicle_id where s.id = ${shipmentId}`,
  );
  if (!row) return null;
  return {
    shipmentId: row.id,
    allianceId: row.alliance_id,
    status: row.status,
    vehicle: { id: row.vehicle_id, plate: row.plate },
    lots: row.lots,
    announcedAt: new Date(row.announced_at).toISOString(),
  };
}
