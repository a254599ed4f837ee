import { Conflict, Forbidden, NotFound, requireActive } from '@alliance/domain-kit';
import type { Reservation } from '../entities/index.ts';
import { lockLotsOfReservation, lockReservation, moveReservation } from '../store/reservations.ts';
import { canMoveReservation } from './lot-access.ts';
import { loadWrittenReservation, reservationFacts } from './reservation-reads.ts';
import { transitionRefusal, type Transition } from './reservation-rules.ts';
import type { MembersRequest } from './request.ts';

/**
 * Moves a reservation and its lots' counters together, with the reservation and its lots locked.
 * confirm: HELD (not yet expired) → CONFIRMED, held kg become confirmed kg.
 * cancel: HELD or CONFIRMED → CANCELLED, their kg return to the lots.
 */
async function transition(req: MembersRequest, id: string, action: Transition): Promise<Reservation> {
  const viewer = requireActive(req.viewer);
  const existing = await req.loaders.reservationById.load(id);
  // Another alliance's reservation answers as one that does not exist.
  if (!existing || existing.allianceId !== viewer.allianceId) throw new NotFound(`No reservation has id ${id}.`, { field: 'id' });
  if (!canMoveReservation(viewer, await reservationFacts(req, existing))) {
    throw new Forbidden(`Only the market that made reservation ${id} (as a PARTNER_MARKET), or the alliance office, may ${action} it.`, {
      requiredRoles: ['PARTNER_MARKET'],
    });
  }
  await req.em.transactional(async (em) => {
    const row = (await lockReservation(em, id))!;
    const refusal = transitionRefusal(id, action, row);
    if (refusal) throw new Conflict(refusal.message, refusal.details);
    // Lock the lots in the same order as reserveSupply does.
    await lockLotsOfReservation(em, id);
    await moveReservation(em, id, row.status === 'HELD' ? 'HELD' : 'CONFIRMED', action === 'confirm' ? 'CONFIRMED' : 'CANCELLED');
  });
  return loadWrittenReservation(req, id);
}

export const confirmReservation = (req: MembersRequest, id: string) => transition(req, id, 'confirm');
export const cancelReservation = (req: MembersRequest, id: string) => transition(req, id, 'cancel');
