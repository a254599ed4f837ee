import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal, kgString } from '@alliance/domain-kit';
import { publish, type Messages } from '@alliance/messaging';
import * as store from '../store/fulfilment.ts';

/**
 * The members side of the shipment saga (`@alliance/messaging`'s contract): the cold chain owns
 * shipments, this subgraph owns reservations and lot counters. Each function runs in the
 * transaction that records the message as applied, so it is applied exactly once.
 *
 * Lots are locked in (harvest date, id) order, as reserveSupply and confirm/cancel lock them, so
 * these never deadlock with buyers.
 */
const PRODUCER = 'members';

type LockedReservation = store.ReservationForShipment;

/** Why a reservation cannot go on this shipment to this market, or null when it can. Pure. */
export function commitRefusal(
  reservation: LockedReservation | undefined,
  shipment: { shipmentId: string; allianceId: string },
  marketId: string | null,
): string | null {
  if (!reservation || reservation.alliance_id !== shipment.allianceId) return 'No such reservation in the alliance of the shipment.';
  if (reservation.status !== 'CONFIRMED') return `The reservation is ${reservation.status.toLowerCase()}; only a confirmed reservation can be shipped.`;
  if (reservation.shipment_id && reservation.shipment_id !== shipment.shipmentId) return `The reservation is already on shipment ${reservation.shipment_id}.`;
  if (marketId && reservation.market_id !== marketId) return 'The reservation is another market\'s: a shipment goes to one market, the one of its first reservation.';
  return null;
}

/**
 * The market a shipment goes to: that of the first reservation listed that can go on it. The
 * planner names reservations only; which market they belong to is this subgraph's knowledge.
 */
export function marketOf(reservationIds: readonly string[], byId: ReadonlyMap<string, LockedReservation>, shipment: { shipmentId: string; allianceId: string }): string | null {
  for (const id of reservationIds) {
    const reservation = byId.get(id);
    if (reservation && !commitRefusal(reservation, shipment, null)) return reservation.market_id;
  }
  return null;
}

/** shipment.planned: commit each confirmed reservation of one market to the shipment, or refuse it. */
export async function commitToShipment(em: EntityManager, message: Messages['shipment.planned']): Promise<void> {
  const rows = await store.lockReservationsForShipment(em, message.reservationIds);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const marketId = marketOf(message.reservationIds, byId, message);
  const committed: string[] = [];
  for (const reservationId of message.reservationIds) {
    const reason = commitRefusal(byId.get(reservationId), message, marketId);
    if (reason) {
      await publish(em, PRODUCER, 'reservation.refused', message.shipmentId, { shipmentId: message.shipmentId, reservationId, reason });
    } else {
      committed.push(reservationId);
    }
  }
  if (!committed.length || !marketId) return;
  await store.commitReservationsToShipment(em, message.shipmentId, committed);
  const lines = await store.linesOfReservations(em, committed);
  for (const reservationId of committed) {
    await publish(em, PRODUCER, 'reservation.committed', message.shipmentId, {
      shipmentId: message.shipmentId,
      reservationId,
      marketId,
      lines: lines.filter((l) => l.reservation_id === reservationId).map((l) => ({ lotId: l.lot_id, crop: l.crop, kg: kgString(l.kg) })),
    });
  }
}

/** Sums loads per (reservation, lot): a message may load the same line twice. */
export function loadsByLine(loads: Messages['shipment.loaded']['loads']): { reservationId: string; lotId: string; kg: Decimal }[] {
  const sums = new Map<string, { reservationId: string; lotId: string; kg: Decimal }>();
  for (const load of loads) {
    const key = `${load.reservationId}/${load.lotId}`;
    const line = sums.get(key) ?? { reservationId: load.reservationId, lotId: load.lotId, kg: new Decimal(0) };
    line.kg = line.kg.plus(load.kg);
    sums.set(key, line);
  }
  return [...sums.values()];
}

/**
 * shipment.loaded: what was loaded moves from the lots' confirmed kg to their shipped kg, and onto
 * the reservation lines' shipped kg. Availability does not change (confirmed volume was already
 * sold); check constraints keep shipped within reserved and every counter non-negative.
 */
export async function recordShipped(em: EntityManager, message: Messages['shipment.loaded']): Promise<void> {
  const lines = loadsByLine(message.loads);
  await store.lockLots(em, [...new Set(lines.map((l) => l.lotId))]);
  const matched = await store.recordLoads(em, message.shipmentId, lines.map((l) => ({ ...l, kg: l.kg.toString() })));
  if (matched !== lines.length) {
    // The cold chain loads only lines this subgraph committed to the shipment: a mismatch is a bug
    // to look at, not something to half-apply. Thrown, the message is retried and then kept as failed.
    throw new Error(`shipment ${message.shipmentId}: ${lines.length - matched} loaded line(s) are not committed to it here`);
  }
}

/**
 * shipment.dispatched: the shipment left. Reservations that had loads are FULFILLED and what was
 * reserved but not loaded goes back to supply; reservations with no loads leave the shipment and
 * stay CONFIRMED, free to go on another.
 */
export async function fulfil(em: EntityManager, message: Messages['shipment.dispatched']): Promise<void> {
  if (message.fulfilled.length) {
    await store.lockLots(em, await store.lotsOfShippedReservations(em, message.shipmentId, message.fulfilled));
    await store.fulfilReservations(em, message.shipmentId, message.fulfilled);
  }
  await releaseFromShipment(em, { shipmentId: message.shipmentId, reservationIds: message.released });
}

/** shipment.cancelled (or reservations the shipment left without): they may be cancelled or shipped again. */
export async function releaseFromShipment(em: EntityManager, message: Messages['shipment.cancelled']): Promise<void> {
  await store.releaseReservationsFromShipment(em, message.shipmentId, message.reservationIds);
}
