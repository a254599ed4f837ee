import type { EntityManager } from '@mikro-orm/postgresql';
import { join, query, sql, table } from '@alliance/db';
import type { ShipmentStatus } from '../entities/vocabulary.ts';

/** Changes to a shipment's rows, each in the caller's transaction (the shipment row locked first). */

export interface LoadRow {
  reservationId: string;
  lotId: string;
  /** Kilograms, as a decimal string. */
  kg: string;
}

function loadValues(loads: readonly LoadRow[]) {
  return join(loads.map((l) => sql`(${l.reservationId}::uuid, ${l.lotId}::uuid, ${l.kg}::numeric)`));
}

/** Adds the loads to their lines (summed per line); the check constraint keeps loaded ≤ reserved. */
export async function addLoadsToLines(em: EntityManager, shipmentId: string, loads: readonly LoadRow[]): Promise<void> {
  await query(
    em,
    sql`update ${table('shipment_line')} sl set loaded_kg = sl.loaded_kg + x.kg
        from (select reservation_id, lot_id, sum(kg) as kg from (values ${loadValues(loads)}) v(reservation_id, lot_id, kg) group by reservation_id, lot_id) x
        where sl.shipment_id = ${shipmentId} and sl.reservation_id = x.reservation_id and sl.lot_id = x.lot_id`,
  );
}

/** A LOADED custody event per load, on the shipment's vehicle. */
export async function insertLoadedCustody(
  em: EntityManager,
  loaded: { shipmentId: string; vehicleId: string; actorId: string; at: Date; loads: readonly LoadRow[] },
): Promise<{ id: string; lotId: string }[]> {
  const rows = await query<{ id: string; lot_id: string }>(
    em,
    sql`insert into ${table('custody_event')} (id, lot_id, kind, at, facility_id, vehicle_id, actor_id, quantity_kg, shipment_id, reservation_id, recorded_at)
        select gen_random_uuid(), v.lot_id, 'LOADED', ${loaded.at}::timestamptz, null, ${loaded.vehicleId}::uuid, ${loaded.actorId}::uuid, v.kg, ${loaded.shipmentId}::uuid, v.reservation_id, now()
        from (values ${loadValues(loaded.loads)}) v(reservation_id, lot_id, kg)
        returning id, lot_id`,
  );
  return rows.map((r) => ({ id: r.id, lotId: r.lot_id }));
}

/** One custody event per lot aboard, with the kg loaded of it. */
export async function insertCustodyPerLotAboard(
  em: EntityManager,
  event: { shipmentId: string; kind: 'IN_TRANSIT' | 'DELIVERED' | 'REJECTED'; at: Date; actorId: string; vehicleId: string | null },
): Promise<{ id: string; lotId: string }[]> {
  const rows = await query<{ id: string; lot_id: string }>(
    em,
    sql`insert into ${table('custody_event')} (id, lot_id, kind, at, facility_id, vehicle_id, actor_id, quantity_kg, shipment_id, reservation_id, recorded_at)
        select gen_random_uuid(), lot_id, ${event.kind}::text, ${event.at}::timestamptz, null, ${event.vehicleId}::uuid, ${event.actorId}::uuid, sum(loaded_kg), shipment_id, null, now()
        from ${table('shipment_line')} where shipment_id = ${event.shipmentId} and loaded_kg > 0 group by shipment_id, lot_id
        returning id, lot_id`,
  );
  return rows.map((r) => ({ id: r.id, lotId: r.lot_id }));
}

export async function markShipment(
  em: EntityManager,
  id: string,
  change: { status: ShipmentStatus; departedAt?: Date; arrivedAt?: Date; rejectionReason?: string | null },
): Promise<void> {
  const sets = [sql`status = ${change.status}`, sql`updated_at = now()`];
  if (change.departedAt) sets.push(sql`departed_at = ${change.departedAt}`);
  if (change.arrivedAt) sets.push(sql`arrived_at = ${change.arrivedAt}`);
  if (change.rejectionReason !== undefined) sets.push(sql`rejection_reason = ${change.rejectionReason}`);
  await query(em, sql`update ${table('shipment')} set ${join(sets)} where id = ${id}`);
}

export async function releaseReservations(em: EntityManager, shipmentId: string, reservationIds: readonly string[]): Promise<void> {
  if (!reservationIds.length) return;
  await query(
    em,
    sql`update ${table('shipment_reservation')} set status = 'RELEASED' where shipment_id = ${shipmentId} and reservation_id = any(${[...reservationIds]}::uuid[])`,
  );
}

/** Releases every reservation still on the shipment; returns their ids. */
export async function releaseActiveReservations(em: EntityManager, shipmentId: string): Promise<string[]> {
  const rows = await query<{ reservation_id: string }>(
    em,
    sql`update ${table('shipment_reservation')} set status = 'RELEASED' where shipment_id = ${shipmentId} and status in ('PENDING', 'COMMITTED') returning reservation_id`,
  );
  return rows.map((r) => r.reservation_id);
}

// ---------------------------------------------------------------- the members subgraph's answers

/** A pending reservation becomes committed; false when it was no longer pending. */
export async function commitPendingReservation(em: EntityManager, shipmentId: string, reservationId: string): Promise<boolean> {
  const rows = await query(
    em,
    sql`update ${table('shipment_reservation')} set status = 'COMMITTED', reason = null
        where shipment_id = ${shipmentId} and reservation_id = ${reservationId} and status = 'PENDING' returning reservation_id`,
  );
  return rows.length > 0;
}

/** The shipment's market is set once: the first committed reservation's. */
export async function setMarketOnce(em: EntityManager, shipmentId: string, marketId: string): Promise<void> {
  await query(em, sql`update ${table('shipment')} set market_id = coalesce(market_id, ${marketId}), updated_at = now() where id = ${shipmentId}`);
}

export async function insertReservedLines(em: EntityManager, shipmentId: string, reservationId: string, lines: readonly { lotId: string; crop: string; kg: string }[]): Promise<void> {
  if (!lines.length) return;
  const json = JSON.stringify(lines.map((l) => ({ lot_id: l.lotId, crop: l.crop, kg: l.kg })));
  await query(
    em,
    sql`insert into ${table('shipment_line')} (shipment_id, reservation_id, lot_id, crop, reserved_kg, loaded_kg)
        select ${shipmentId}::uuid, ${reservationId}::uuid, l.lot_id, l.crop, l.kg, 0 from json_to_recordset(${json}::json) as l(lot_id uuid, crop text, kg numeric)
        on conflict do nothing`,
  );
}

export async function refusePendingReservation(em: EntityManager, shipmentId: string, reservationId: string, reason: string): Promise<void> {
  await query(
    em,
    sql`update ${table('shipment_reservation')} set status = 'REFUSED', reason = ${reason}
        where shipment_id = ${shipmentId} and reservation_id = ${reservationId} and status = 'PENDING'`,
  );
}

/** A planned shipment left with no reservation to carry is called off; true when it was. */
export async function cancelIfNothingToCarry(em: EntityManager, shipmentId: string): Promise<boolean> {
  const rows = await query(
    em,
    sql`update ${table('shipment')} s set status = 'CANCELLED', updated_at = now()
        where s.id = ${shipmentId} and s.status = 'PLANNED'
          and not exists (select 1 from ${table('shipment_reservation')} r where r.shipment_id = s.id and r.status in ('PENDING', 'COMMITTED'))
        returning s.id`,
  );
  return rows.length > 0;
}
