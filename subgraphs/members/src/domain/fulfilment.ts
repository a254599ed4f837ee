import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal, kgString } from '@alliance/domain-kit';
import { publish, type Messages } from '@alliance/messaging';
import { schemaOf } from './availability.ts';

/**
 * The members side of the shipment saga (`@alliance/messaging`'s contract): the cold chain owns
 * shipments, this subgraph owns reservations and lot counters. Each function runs in the
 * transaction that records the message as applied, so it is applied exactly once.
 *
 * Lots are locked in (harvest date, id) order, as reserveSupply and confirm/cancel lock them, so
 * these never deadlock with buyers.
 */
const PRODUCER = 'members';

interface LockedReservation {
  id: string;
  status: string;
  alliance_id: string;
  market_id: string;
  shipment_id: string | null;
}

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
  const schema = schemaOf(em);
  const rows = await em.execute<LockedReservation[]>(
    `select id, status, alliance_id, market_id, shipment_id from "${schema}".reservation where id = any(?::uuid[]) order by id for update`,
    [`{${message.reservationIds.join(',')}}`],
  );
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
  await em.execute(`update "${schema}".reservation set shipment_id = ?, updated_at = now() where id = any(?::uuid[])`, [
    message.shipmentId,
    `{${committed.join(',')}}`,
  ]);
  const lines = await em.execute<{ reservation_id: string; lot_id: string; crop: string; kg: string }[]>(
    `select rl.reservation_id, rl.lot_id, l.crop, rl.kg::text as kg
     from "${schema}".reservation_line rl join "${schema}".lot l on l.id = rl.lot_id
     where rl.reservation_id = any(?::uuid[]) order by rl.reservation_id, l.harvest_date, l.id`,
    [`{${committed.join(',')}}`],
  );
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

async function lockLots(em: EntityManager, lotIds: string[]): Promise<void> {
  const schema = schemaOf(em);
  await em.execute(`select id from "${schema}".lot where id = any(?::uuid[]) order by harvest_date, id for update`, [`{${lotIds.join(',')}}`]);
}

/**
 * shipment.loaded: what was loaded moves from the lots' confirmed kg to their shipped kg, and onto
 * the reservation lines' shipped kg. Availability does not change (confirmed volume was already
 * sold); check constraints keep shipped within reserved and every counter non-negative.
 */
export async function recordShipped(em: EntityManager, message: Messages['shipment.loaded']): Promise<void> {
  const schema = schemaOf(em);
  const lines = loadsByLine(message.loads);
  await lockLots(em, [...new Set(lines.map((l) => l.lotId))]);
  const values = lines.map(() => '(?::uuid, ?::uuid, ?::numeric)').join(', ');
  const params = lines.flatMap((l) => [l.reservationId, l.lotId, l.kg.toString()]);
  const updated = await em.execute<{ id: string }[]>(
    `update "${schema}".reservation_line rl set shipped_kg = rl.shipped_kg + v.kg
     from (values ${values}) v(reservation_id, lot_id, kg), "${schema}".reservation r
     where rl.reservation_id = v.reservation_id and rl.lot_id = v.lot_id
       and r.id = rl.reservation_id and r.shipment_id = ? and r.status = 'CONFIRMED'
     returning rl.id`,
    [...params, message.shipmentId],
  );
  if (updated.length !== lines.length) {
    // The cold chain loads only lines this subgraph committed to the shipment: a mismatch is a bug
    // to look at, not something to half-apply. Thrown, the message is retried and then kept as failed.
    throw new Error(`shipment ${message.shipmentId}: ${lines.length - updated.length} loaded line(s) are not committed to it here`);
  }
  await em.execute(
    `update "${schema}".lot l set confirmed_kg = l.confirmed_kg - x.kg, shipped_kg = l.shipped_kg + x.kg, updated_at = now()
     from (select v.lot_id, sum(v.kg) as kg from (values ${values}) v(reservation_id, lot_id, kg) group by v.lot_id) x
     where l.id = x.lot_id`,
    params,
  );
}

/**
 * shipment.dispatched: the shipment left. Reservations that had loads are FULFILLED and what was
 * reserved but not loaded goes back to supply; reservations with no loads leave the shipment and
 * stay CONFIRMED, free to go on another.
 */
export async function fulfil(em: EntityManager, message: Messages['shipment.dispatched']): Promise<void> {
  const schema = schemaOf(em);
  if (message.fulfilled.length) {
    const ids = `{${message.fulfilled.join(',')}}`;
    const lots = await em.execute<{ lot_id: string }[]>(
      `select distinct rl.lot_id from "${schema}".reservation_line rl join "${schema}".reservation r on r.id = rl.reservation_id
       where r.id = any(?::uuid[]) and r.shipment_id = ? and r.status = 'CONFIRMED'`,
      [ids, message.shipmentId],
    );
    await lockLots(em, lots.map((l) => l.lot_id));
    await em.execute(
      `update "${schema}".lot l set confirmed_kg = l.confirmed_kg - x.kg, updated_at = now()
       from (select rl.lot_id, sum(rl.kg - rl.shipped_kg) as kg
             from "${schema}".reservation_line rl join "${schema}".reservation r on r.id = rl.reservation_id
             where r.id = any(?::uuid[]) and r.shipment_id = ? and r.status = 'CONFIRMED'
             group by rl.lot_id) x
       where l.id = x.lot_id and x.kg > 0`,
      [ids, message.shipmentId],
    );
    await em.execute(
      `update "${schema}".reservation_line set status = 'FULFILLED'
       where reservation_id in (select id from "${schema}".reservation where id = any(?::uuid[]) and shipment_id = ? and status = 'CONFIRMED')`,
      [ids, message.shipmentId],
    );
    await em.execute(
      `update "${schema}".reservation set status = 'FULFILLED', updated_at = now() where id = any(?::uuid[]) and shipment_id = ? and status = 'CONFIRMED'`,
      [ids, message.shipmentId],
    );
  }
  await releaseFromShipment(em, { shipmentId: message.shipmentId, reservationIds: message.released });
}

/** shipment.cancelled (or reservations the shipment left without): they may be cancelled or shipped again. */
export async function releaseFromShipment(em: EntityManager, message: Messages['shipment.cancelled']): Promise<void> {
  if (!message.reservationIds.length) return;
  const schema = schemaOf(em);
  await em.execute(
    `update "${schema}".reservation set shipment_id = null, updated_at = now()
     where id = any(?::uuid[]) and shipment_id = ? and status = 'CONFIRMED'`,
    [`{${message.reservationIds.join(',')}}`, message.shipmentId],
  );
}
