import { randomUUID } from 'node:crypto';
import { Conflict, Decimal, Forbidden, NotFound, kgString, requireActive, type Viewer } from '@alliance/domain-kit';
import { Reservation } from '../entities/index.ts';
import * as store from '../store/reservations.ts';
import { allocate, type AllocatableLot } from './allocation.ts';
import { withLiveHolds } from './holds.ts';
import { canReserve } from './lot-access.ts';
import { validReservation, type ReserveSupplyInput } from './reservation-rules.ts';
import type { MembersRequest } from './request.ts';

const LOCK_BATCH = 50;

function requireActiveMarket(req: MembersRequest): Viewer {
  const viewer = requireActive(req.viewer);
  if (!canReserve(viewer)) throw new Forbidden('Only partner markets reserve supply.', { requiredRoles: ['PARTNER_MARKET'] });
  return viewer;
}

/**
 * Reserves volume in one transaction. The idempotency key is claimed first (a unique index makes
 * concurrent retries wait for the first and then return its result); lots are locked in one fixed
 * order (harvest date, id) so concurrent reservations queue rather than deadlock; expired holds
 * on those lots are released; then the request is allocated and the lots' held kg raised. A check
 * constraint on the lot (held + confirmed + shipped ≤ quantity) makes overselling impossible even
 * if this code were wrong.
 */
export async function reserveSupply(req: MembersRequest, input: ReserveSupplyInput): Promise<Reservation> {
  const viewer = requireActiveMarket(req);
  const { key, quantity, holdMinutes, spec, fingerprint } = validReservation(input);

  const reservationId = await req.em.transactional(async (em) => {
    const claim = { id: randomUUID(), marketId: viewer.memberId, allianceId: viewer.allianceId, idempotencyKey: key, fingerprint, holdMinutes };
    const id = await store.claimIdempotencyKey(em, claim);
    if (!id) {
      const first = (await store.findReservationByKey(em, viewer.memberId, key))!;
      if (first.fingerprint !== fingerprint) {
        throw new Conflict(`Idempotency key "${key}" was already used for a different request; use a new key.`, { field: 'idempotencyKey' });
      }
      return first.id;
    }

    const lots: AllocatableLot[] = [];
    let available = new Decimal(0);
    if (input.lotId) {
      const lot = await store.lockLotForAllocation(em, input.lotId);
      if (!lot || lot.alliance_id !== viewer.allianceId) throw new NotFound(`No lot ${input.lotId} is on offer in your alliance.`, { field: 'lotId' });
      if (lot.status !== 'LISTED') throw new Conflict(`Lot ${input.lotId} has been withdrawn.`);
      lots.push(...(await withLiveHolds(em, [lot])));
      available = lots[0]!.availableKg;
    } else {
      // Lock candidate lots a batch at a time, oldest harvest first, until the request is covered.
      const specification = { allianceId: viewer.allianceId, crop: spec!.crop, variety: spec!.variety ?? null, grade: spec!.grade, deliverableBy: spec!.deliverableBy };
      let after: [string, string] | null = null;
      while (available.lt(quantity)) {
        const locked = await store.lockLotsForAllocation(em, specification, after, LOCK_BATCH);
        if (!locked.length) break;
        for (const lot of await withLiveHolds(em, locked)) {
          lots.push(lot);
          available = available.plus(lot.availableKg);
        }
        const last = locked[locked.length - 1]!;
        after = [last.harvest_date, last.id];
        if (locked.length < LOCK_BATCH) break;
      }
    }

    const allocation = allocate(quantity, lots);
    if (allocation.shortKg.gt(0)) {
      const what = input.lotId ? `lot ${input.lotId}` : 'lots matching the specification';
      throw new Conflict(`Only ${kgString(available)} kg is available in ${what}; you asked for ${kgString(quantity)} kg.`, {
        availableKg: kgString(available),
        requestedKg: kgString(quantity),
      });
    }
    await store.holdOnLots(
      em,
      id,
      allocation.lines.map((line) => ({ lotId: line.lotId, kg: line.kg.toString(), pricePerKg: line.pricePerKg })),
    );
    return id;
  });
  return req.em.findOneOrFail(Reservation, { id: reservationId });
}
