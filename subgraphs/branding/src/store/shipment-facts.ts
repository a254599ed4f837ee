import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table } from '@alliance/db';
import type { ShipmentEntry } from '@alliance/messaging';
import { ShipmentFact, ShipmentLotFact } from '../entities/index.ts';

/**
 * shipments.changed: keeps each shipment's newest announcement, and with it the lots loaded on it
 * as that announcement lists them (an older announcement arriving late changes nothing).
 */
export async function recordShipmentFacts(em: EntityManager, entry: ShipmentEntry): Promise<void> {
  const newer = await queryOne<{ shipment_id: string }>(
    em,
    sql`insert into ${table('shipment_fact')} as f (shipment_id, alliance_id, status, vehicle_id, vehicle_plate, announced_at)
        values (${entry.shipmentId}, ${entry.allianceId}, ${entry.status}, ${entry.vehicle.id}, ${entry.vehicle.plate}, ${entry.announcedAt}::timestamptz)
        on conflict (shipment_id) do update set
          alliance_id = excluded.alliance_id, status = excluded.status, vehicle_id = excluded.vehicle_id,
          vehicle_plate = excluded.vehicle_plate, announced_at = excluded.announced_at
        where f.announced_at <= excluded.announced_at
        returning shipment_id`,
  );
  if (!newer) return;
  await query(em, sql`delete from ${table('shipment_lot_fact')} where shipment_id = ${entry.shipmentId}`);
  if (entry.lots.length) {
    const lots = JSON.stringify(entry.lots.map((l) => ({ lot_id: l.lotId, kg: l.kg })));
    await query(
      em,
      sql`insert into ${table('shipment_lot_fact')} (shipment_id, lot_id, kg)
          select ${entry.shipmentId}::uuid, l.lot_id, sum(l.kg) from jsonb_to_recordset(${lots}::jsonb) as l(lot_id uuid, kg numeric)
          group by l.lot_id having sum(l.kg) > 0`,
    );
  }
  await revokeOutdatedTruckloadCertificate(em, entry.shipmentId, entry.status);
}

/**
 * A truckload certificate states what was on the truck when it was issued. If the truck is called
 * off, or its load changes afterwards (more loaded, a lot taken off), the certificate no longer
 * describes the truck: it is revoked with the reason, in the same transaction as the news, and the
 * brand office may certify the truck as it is now.
 */
async function revokeOutdatedTruckloadCertificate(em: EntityManager, shipmentId: string, status: string): Promise<void> {
  const cancelled = status === 'CANCELLED';
  await query(
    em,
    sql`update ${table('origin_certificate')} c set status = 'REVOKED', revoked_at = now(),
          revoked_reason = ${cancelled ? 'The shipment was called off: the truckload it certified did not leave.' : "The truck's load changed after the certificate was issued; certify the truck again as it is now."}
        where c.shipment_id = ${shipmentId} and c.status = 'VALID'
          and (${cancelled} or exists (
            (select lot_id, kg from ${table('certificate_lot')} where certificate_id = c.id
             except select lot_id, kg from ${table('shipment_lot_fact')} where shipment_id = ${shipmentId})
            union all
            (select lot_id, kg from ${table('shipment_lot_fact')} where shipment_id = ${shipmentId}
             except select lot_id, kg from ${table('certificate_lot')} where certificate_id = c.id)))`,
  );
}

/** The shipment's facts, its row locked until the transaction ends: issuers of one truckload take turns, and a newer announcement waits. */
export async function lockShipmentFact(em: EntityManager, shipmentId: string): Promise<ShipmentFact | null> {
  const locked = await queryOne<{ shipment_id: string }>(em, sql`select shipment_id from ${table('shipment_fact')} where shipment_id = ${shipmentId} for update`);
  return locked ? em.findOne(ShipmentFact, { shipmentId }, { refresh: true }) : null;
}

/** The lots loaded on a shipment, with their kg, by lot id. */
export async function lotsOnShipment(em: EntityManager, shipmentId: string): Promise<ShipmentLotFact[]> {
  return em.find(ShipmentLotFact, { shipmentId }, { orderBy: { lotId: 'asc' }, refresh: true });
}

/** Facts of many shipments, in one statement (the request's DataLoader). */
export async function shipmentFactsOf(em: EntityManager, shipmentIds: readonly string[]): Promise<ShipmentFact[]> {
  return em.find(ShipmentFact, { shipmentId: { $in: [...shipmentIds] } });
}
