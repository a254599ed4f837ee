import { BadInput, Conflict, Decimal, kgString, parseKg, requireActive, uniquely } from '@alliance/domain-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { publish } from '@alliance/messaging';
import type { Shipment } from '../entities/index.ts';
import { addLoadsToLines, insertCustodyPerLotAboard, insertLoadedCustody, markShipment, releaseReservations } from '../store/shipment-changes.ts';
import { lastLoadingAt, loadableLines, otherTripOfVehicle, reservationAnswers, reservationsWithLoadedKg, type LockedShipment } from '../store/shipments.ts';
import type { ColdchainRequest } from './request.ts';
import { moveLotPositions } from './custody-ledger.ts';
import { announceShipment } from './shipment-announcement.ts';
import { eventTime, lockForAction, PRODUCER, reloaded } from './shipment-moves.ts';
import { loadProblem, type LoadProblem } from './shipment-rules.ts';

const MAX_LOADS = 200;

export interface ShipmentLoadInput {
  reservationId: string;
  lotId: string;
  kg: string;
}

function loadConflict(problem: LoadProblem): Error {
  switch (problem.kind) {
    case 'NOT_ON_SHIPMENT':
      return new BadInput(`Reservation ${problem.reservationId} is not on this shipment.`, { field: 'loads', reservationId: problem.reservationId });
    case 'NOT_COMMITTED':
      return problem.status === 'PENDING'
        ? new Conflict(`Reservation ${problem.reservationId} is not committed to this shipment yet (the members subgraph confirms it within moments); try again shortly.`, { reservationId: problem.reservationId })
        : new Conflict(`Reservation ${problem.reservationId} is ${problem.status.toLowerCase()} on this shipment${problem.reason ? `: ${problem.reason}` : '.'}`, { reservationId: problem.reservationId });
    case 'LOT_NOT_RESERVED':
      return new BadInput(`Lot ${problem.lotId} is not in reservation ${problem.reservationId}.`, { field: 'loads', lotId: problem.lotId });
    case 'TOO_MUCH':
      return new Conflict(
        `Only ${problem.remainingKg} kg of lot ${problem.lotId} remain to load for reservation ${problem.reservationId}; you asked to load ${problem.requestedKg} kg.`,
        { remainingKg: problem.remainingKg, requestedKg: problem.requestedKg, lotId: problem.lotId },
      );
  }
}

/**
 * Loads lots onto the vehicle: each load is a lot of a committed reservation, never more than
 * remains reserved. Records LOADED custody per load and tells the members subgraph, which moves
 * the kg from confirmed to shipped.
 */
export async function loadShipment(req: ColdchainRequest, id: string, loads: ShipmentLoadInput[], at?: Date | null, now = new Date()): Promise<Shipment> {
  const viewer = requireActive(req.viewer);
  if (!loads.length) throw new BadInput('Load at least one lot.', { field: 'loads' });
  if (loads.length > MAX_LOADS) throw new BadInput(`At most ${MAX_LOADS} loads at a time.`, { field: 'loads' });
  const requests = loads.map((l, i) => ({ reservationId: l.reservationId, lotId: l.lotId, kg: parseKg(l.kg, `loads[${i}].kg`) }));
  const when = eventTime(at, now);
  // Two shipments of one truck starting to load at once: the partial unique index lets one through.
  const raced = () => new Conflict('The vehicle has just started loading another shipment; plan this one on another vehicle.');
  await uniquely(
    () =>
      req.em.transactional(async (em) => {
        const shipment = await lockForAction(em, viewer, id, 'load');
        const problem = loadProblem(requests, await reservationAnswers(em, id), await loadableLines(em, id));
        if (problem) throw loadConflict(problem);
        if (shipment.status === 'PLANNED') await refuseVehicleOnAnotherTrip(em, shipment);
        const rows = requests.map((r) => ({ reservationId: r.reservationId, lotId: r.lotId, kg: r.kg.toString() }));
        await addLoadsToLines(em, id, rows);
        await moveLotPositions(em, await insertLoadedCustody(em, { shipmentId: id, vehicleId: shipment.vehicleId, actorId: viewer.memberId, at: when, loads: rows }));
        await markShipment(em, id, { status: 'LOADING' });
        await publish(em, PRODUCER, 'shipment.loaded', id, {
          shipmentId: id,
          loads: requests.map((r) => ({ reservationId: r.reservationId, lotId: r.lotId, kg: kgString(r.kg) })),
        });
        await announceShipment(em, id);
      }),
    raced,
  );
  return reloaded(req.em, id);
}

/** A truck is on one trip at a time (a partial unique index guarantees it; this says which trip). */
async function refuseVehicleOnAnotherTrip(em: EntityManager, shipment: LockedShipment): Promise<void> {
  const other = await otherTripOfVehicle(em, shipment.vehicleId, shipment.id);
  if (other) {
    throw new Conflict(`The vehicle is ${other.status === 'LOADING' ? 'being loaded for' : 'on the road with'} shipment ${other.id}; load this one when it is back, or plan it on another vehicle.`, {
      shipmentId: other.id,
    });
  }
}

/**
 * The vehicle leaves: reservations with loads are fulfilled (what was not loaded goes back to the
 * market's supply), reservations with none leave the shipment. Waits for every reservation to be
 * answered by the members subgraph.
 */
export async function dispatchShipment(req: ColdchainRequest, id: string, at?: Date | null, now = new Date()): Promise<Shipment> {
  const viewer = requireActive(req.viewer);
  const when = eventTime(at, now);
  await req.em.transactional(async (em) => {
    const shipment = await lockForAction(em, viewer, id, 'dispatch');
    const reservations = await reservationsWithLoadedKg(em, id);
    const pending = reservations.find((r) => r.status === 'PENDING');
    if (pending) throw new Conflict(`Reservation ${pending.reservation_id} is not yet committed to this shipment; dispatch once it is (moments).`);
    const lastLoad = await lastLoadingAt(em, id);
    if (lastLoad && when < lastLoad) throw new BadInput(`It cannot leave (${when.toISOString()}) before its last loading (${lastLoad.toISOString()}).`, { field: 'at' });
    const committed = reservations.filter((r) => r.status === 'COMMITTED');
    const fulfilled = committed.filter((r) => new Decimal(r.loaded).gt(0)).map((r) => r.reservation_id);
    const released = committed.filter((r) => new Decimal(r.loaded).eq(0)).map((r) => r.reservation_id);
    await releaseReservations(em, id, released);
    await insertCustodyPerLotAboard(em, { shipmentId: id, kind: 'IN_TRANSIT', at: when, actorId: viewer.memberId, vehicleId: shipment.vehicleId });
    await markShipment(em, id, { status: 'IN_TRANSIT', departedAt: when });
    await publish(em, PRODUCER, 'shipment.dispatched', id, { shipmentId: id, departedAt: when.toISOString(), fulfilled, released });
    await announceShipment(em, id);
  });
  return reloaded(req.em, id);
}
