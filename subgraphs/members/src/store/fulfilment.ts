import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table } from '@alliance/db';

/**
 * The statements of the shipment saga on the members side: reservations committed to a shipment,
 * loads moved from confirmed to shipped kg, fulfilled reservations, released ones. Lots are
 * locked in (harvest date, id) order, as reservations lock them.
 */

export interface ReservationForShipment {
  id: string;
  status: string;
  alliance_id: string;
  market_id: string;
  shipment_id: string | null;
}

export async function lockReservationsForShipment(em: EntityManager, ids: readonly string[]): Promise<ReservationForShipment[]> {
  if (!ids.length) return [];
  return query<ReservationForShipment>(
    em,
    sql`select id, status, alliance_id, market_id, shipment_id from ${table('reservation')} where id = any(${[...ids]}::uuid[]) order by id for update`,
  );
}

export async function commitReservationsToShipment(em: EntityManager, shipmentId: string, ids: readonly string[]): Promise<void> {
  await query(em, sql`update ${table('reservation')} set shipment_id = ${shipmentId}, updated_at = now() where id = any(${[...ids]}::uuid[])`);
}

/** The lines of reservations with their lot's crop, in allocation order. */
export async function linesOfReservations(em: EntityManager, ids: readonly string[]): Promise<{ reservation_id: string; lot_id: string; crop: string; kg: string }[]> {
  return query(
    em,
    sql`select rl.reservation_id, rl.lot_id, l.crop, rl.kg::text as kg
        from ${table('reservation_line')} rl join ${table('lot')} l on l.id = rl.lot_id
        where rl.reservation_id = any(${[...ids]}::uuid[]) order by rl.reservation_id, l.harvest_date, l.id`,
  );
}

export async function lockLots(em: EntityManager, lotIds: readonly string[]): Promise<void> {
  if (!lotIds.length) return;
  await query(em, sql`select id from ${table('lot')} where id = any(${[...lotIds]}::uuid[]) order by harvest_date, id for update`);
}

export interface Load {
  reservationId: string;
  lotId: string;
  kg: string;
}

/**
 * Adds loads to the shipped kg of lines committed to the shipment, and moves the same kg from the
 * lots' confirmed to their shipped counters. Returns how many lines matched: fewer than the loads
 * means the cold chain loaded something not committed here.
 */
export async function recordLoads(em: EntityManager, shipmentId: string, loads: readonly Load[]): Promise<number> {
  const v = sql`unnest(${loads.map((l) => l.reservationId)}::uuid[], ${loads.map((l) => l.lotId)}::uuid[], ${loads.map((l) => l.kg)}::numeric[]) v(reservation_id, lot_id, kg)`;
  const updated = await query<{ id: string }>(
    em,
    sql`update ${table('reservation_line')} rl set shipped_kg = rl.shipped_kg + v.kg
        from ${v}, ${table('reservation')} r
        where rl.reservation_id = v.reservation_id and rl.lot_id = v.lot_id
          and r.id = rl.reservation_id and r.shipment_id = ${shipmentId} and r.status = 'CONFIRMED'
        returning rl.id`,
  );
  if (updated.length !== loads.length) return updated.length;
  await query(
    em,
    sql`update ${table('lot')} l set confirmed_kg = l.confirmed_kg - x.kg, shipped_kg = l.shipped_kg + x.kg, updated_at = now()
        from (select v.lot_id, sum(v.kg) as kg from ${v} group by v.lot_id) x
        where l.id = x.lot_id`,
  );
  return updated.length;
}

/** The lots of the shipment's confirmed reservations among `ids`. */
export async function lotsOfShippedReservations(em: EntityManager, shipmentId: string, ids: readonly string[]): Promise<string[]> {
  const rows = await query<{ lot_id: string }>(
    em,
    sql`select distinct rl.lot_id from ${table('reservation_line')} rl join ${table('reservation')} r on r.id = rl.reservation_id
        where r.id = any(${[...ids]}::uuid[]) and r.shipment_id = ${shipmentId} and r.status = 'CONFIRMED'`,
  );
  return rows.map((r) => r.lot_id);
}

/**
 * The shipment left with these reservations: what was reserved but not loaded goes back to
 * supply, and they and their lines are FULFILLED.
 */
export async function fulfilReservations(em: EntityManager, shipmentId: string, ids: readonly string[]): Promise<void> {
  const mine = sql`select id from ${table('reservation')} where id = any(${[...ids]}::uuid[]) and shipment_id = ${shipmentId} and status = 'CONFIRMED'`;
  await query(
    em,
    sql`update ${table('lot')} l set confirmed_kg = l.confirmed_kg - x.kg, updated_at = now()
        from (select rl.lot_id, sum(rl.kg - rl.shipped_kg) as kg from ${table('reservation_line')} rl
              where rl.reservation_id in (${mine}) group by rl.lot_id) x
        where l.id = x.lot_id and x.kg > 0`,
  );
  await query(em, sql`update ${table('reservation_line')} set status = 'FULFILLED' where reservation_id in (${mine})`);
  await query(em, sql`update ${table('reservation')} set status = 'FULFILLED', updated_at = now() where id in (${mine})`);
}

/** The reservations leave the shipment (still CONFIRMED): they may be cancelled or shipped again. */
export async function releaseReservationsFromShipment(em: EntityManager, shipmentId: string, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await query(
    em,
    sql`update ${table('reservation')} set shipment_id = null, updated_at = now()
        where id = any(${[...ids]}::uuid[]) and shipment_id = ${shipmentId} and status = 'CONFIRMED'`,
  );
}
