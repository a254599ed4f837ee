import type { EntityManager } from '@mikro-orm/postgresql';
import type { Messages } from '@alliance/messaging';

/**
 * The cold chain's side of the shipment saga: the members subgraph answers each reservation of a
 * planned shipment. Applied once each, in the transaction that records the message.
 */

/**
 * reservation.committed: the reservation's lots and kg become the shipment's lines, loadable from
 * now, and the shipment learns its market. If the shipment was cancelled meanwhile, the reservation stays released (the members
 * subgraph releases it too, on shipment.cancelled, which it receives after its commit).
 */
export async function reservationCommitted(em: EntityManager, message: Messages['reservation.committed']): Promise<void> {
  const schema = em.config.get('schema');
  const [answered] = await em.execute<{ reservation_id: string }[]>(
    `update "${schema}".shipment_reservation set status = 'COMMITTED', reason = null
     where shipment_id = ? and reservation_id = ? and status = 'PENDING' returning reservation_id`,
    [message.shipmentId, message.reservationId],
  );
  if (!answered) return;
  // The market is the reservations' (the members subgraph commits reservations of one market only).
  await em.execute(`update "${schema}".shipment set market_id = coalesce(market_id, ?), updated_at = now() where id = ?`, [message.marketId, message.shipmentId]);
  if (!message.lines.length) return;
  await em.execute(
    `insert into "${schema}".shipment_line (shipment_id, reservation_id, lot_id, crop, reserved_kg, loaded_kg)
     select ?, ?, l.lot_id, l.crop, l.kg, 0 from json_to_recordset(?::json) as l(lot_id uuid, crop text, kg numeric)
     on conflict do nothing`,
    [message.shipmentId, message.reservationId, JSON.stringify(message.lines.map((l) => ({ lot_id: l.lotId, crop: l.crop, kg: l.kg })))],
  );
}

/**
 * reservation.refused: the shipment shows the reservation as refused, with the members subgraph's
 * reason. A planned shipment left with no reservation to carry is called off.
 */
export async function reservationRefused(em: EntityManager, message: Messages['reservation.refused']): Promise<void> {
  const schema = em.config.get('schema');
  await em.execute(
    `update "${schema}".shipment_reservation set status = 'REFUSED', reason = ? where shipment_id = ? and reservation_id = ? and status = 'PENDING'`,
    [message.reason, message.shipmentId, message.reservationId],
  );
  await em.execute(
    `update "${schema}".shipment s set status = 'CANCELLED', updated_at = now()
     where s.id = ? and s.status = 'PLANNED'
       and not exists (select 1 from "${schema}".shipment_reservation r where r.shipment_id = s.id and r.status in ('PENDING', 'COMMITTED'))`,
    [message.shipmentId],
  );
}
