import { BadInput, requireActive } from '@alliance/domain-kit';
import { publish } from '@alliance/messaging';
import type { Shipment } from '../entities/index.ts';
import { moveLotPositions } from './custody-ledger.ts';
import { insertCustodyPerLotAboard, markShipment, releaseActiveReservations } from '../store/shipment-changes.ts';
import type { ColdchainRequest } from './request.ts';
import { announceShipment } from './shipment-announcement.ts';
import { eventTime, lockForAction, PRODUCER, reloaded } from './shipment-moves.ts';

export async function deliverShipment(req: ColdchainRequest, id: string, at?: Date | null, now = new Date()): Promise<Shipment> {
  return arrive(req, id, 'deliver', null, at, now);
}

export async function rejectShipment(req: ColdchainRequest, id: string, reason: string, at?: Date | null, now = new Date()): Promise<Shipment> {
  const why = reason.trim();
  if (!why || why.length > 500) throw new BadInput('Give the reason for the rejection, in at most 500 characters.', { field: 'reason' });
  return arrive(req, id, 'reject', why, at, now);
}

/** Arrival: DELIVERED (accepted) or REJECTED, with a custody event per lot. Shipped volume stays shipped. */
async function arrive(req: ColdchainRequest, id: string, action: 'deliver' | 'reject', reason: string | null, at: Date | null | undefined, now: Date): Promise<Shipment> {
  const viewer = requireActive(req.viewer);
  await req.em.transactional(async (em) => {
    const shipment = await lockForAction(em, viewer, id, action);
    const when = eventTime(at, now, shipment.departedAt);
    const status = action === 'deliver' ? 'DELIVERED' : 'REJECTED';
    await moveLotPositions(em, await insertCustodyPerLotAboard(em, { shipmentId: id, kind: status, at: when, actorId: viewer.memberId, vehicleId: null }));
    await markShipment(em, id, { status, arrivedAt: when, rejectionReason: reason });
    await announceShipment(em, id);
  });
  return reloaded(req.em, id);
}

/** A planned shipment that will not go: its reservations are released for another. */
export async function cancelShipment(req: ColdchainRequest, id: string): Promise<Shipment> {
  const viewer = requireActive(req.viewer);
  await req.em.transactional(async (em) => {
    await lockForAction(em, viewer, id, 'cancel');
    const released = await releaseActiveReservations(em, id);
    await markShipment(em, id, { status: 'CANCELLED' });
    await publish(em, PRODUCER, 'shipment.cancelled', id, { shipmentId: id, reservationIds: released });
    await announceShipment(em, id);
  });
  return reloaded(req.em, id);
}
