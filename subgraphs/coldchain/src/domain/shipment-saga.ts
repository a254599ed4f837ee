import type { EntityManager } from '@mikro-orm/postgresql';
import type { Messages } from '@alliance/messaging';
import { announceShipment } from './shipment-announcement.ts';
import { cancelIfNothingToCarry, commitPendingReservation, insertReservedLines, refusePendingReservation, setMarketOnce } from '../store/shipment-changes.ts';

/**
 * The cold chain's side of the shipment saga: the members subgraph answers each reservation of a
 * planned shipment. Applied once each, in the transaction that records the message.
 */

/**
 * reservation.committed: the reservation's lots and kg become the shipment's lines, loadable from
 * now, and the shipment learns its market. If the shipment was cancelled meanwhile, the reservation
 * stays released (the members subgraph releases it too, on shipment.cancelled, which it receives
 * after its commit).
 */
export async function reservationCommitted(em: EntityManager, message: Messages['reservation.committed']): Promise<void> {
  if (!(await commitPendingReservation(em, message.shipmentId, message.reservationId))) return;
  // The market is the reservations' (the members subgraph commits reservations of one market only).
  await setMarketOnce(em, message.shipmentId, message.marketId);
  await insertReservedLines(em, message.shipmentId, message.reservationId, message.lines);
}

/**
 * reservation.refused: the shipment shows the reservation as refused, with the members subgraph's
 * reason. A planned shipment left with no reservation to carry is called off.
 */
export async function reservationRefused(em: EntityManager, message: Messages['reservation.refused']): Promise<void> {
  await refusePendingReservation(em, message.shipmentId, message.reservationId, message.reason);
  if (await cancelIfNothingToCarry(em, message.shipmentId)) await announceShipment(em, message.shipmentId);
}
