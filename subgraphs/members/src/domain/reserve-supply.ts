import { randomUUID } from 'node:crypto';
import { Conflict, Decimal, Forbidden, NotFound, kgString, requireActive, type Viewer } from '@alliance/domain-kit';
import type { Reservation } from '../entities/index.ts';
import * as store from '../store/reservations.ts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { marketRoutesOf, rollbackToSavepoint, savepoint } from '../store/freshness.ts';
import { allocate, fefoOrder, type AllocatableLot } from './allocation.ts';
import { arrivalOf, requireRoute } from './supply.ts';
import { withLiveHolds } from './holds.ts';
import { canReserve } from './lot-access.ts';
import { validReservation, type ReserveSupplyInput } from './reservation-rules.ts';
import { loadWrittenReservation } from './reservation-reads.ts';
import type { MembersRequest } from './request.ts';

const LOCK_BATCH = 50;

/** Locks the lots that qualify for shelf life on arrival and orders them first expired, first out, with what they have. */
async function lockFresh(em: EntityManager, specification: store.LotSpecification, need: store.FreshnessNeed) {
  const locked = await store.lockLotsForAllocation(em, specification, null, 0, need);
  const withHolds = await withLiveHolds(em, locked);
  const lots = fefoOrder(withHolds.map((lot, i) => ({ ...lot, predictedDays: locked[i]!.predicted_days! })));
  return { lots, available: lots.reduce((sum, lot) => sum.plus(lot.availableKg), new Decimal(0)) };
}

function requireActiveMarket(req: MembersRequest): Viewer {
  const viewer = requireActive(req.viewer);
  if (!canReserve(viewer)) throw new Forbidden('Only partner markets reserve supply.', { requiredRoles: ['PARTNER_MARKET'] });
  return viewer;
}

/** The first reservation under a key when the request is the same; CONFLICT when the key was used for another. */
function sameRequestOrConflict(key: string, fingerprint: string, first: { id: string; fingerprint: string }): string {
  if (first.fingerprint !== fingerprint) {
    throw new Conflict(`Idempotency key "${key}" was already used for a different request; use a new key.`, { field: 'idempotencyKey' });
  }
  return first.id;
}

function shortOf(available: Decimal.Value, what: string, quantity: Decimal): Conflict {
  return new Conflict(`Only ${kgString(available)} kg is available in ${what}; you asked for ${kgString(quantity)} kg.`, {
    availableKg: kgString(available),
    requestedKg: kgString(quantity),
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A reservation of one named lot: one statement, its own transaction (store.reserveOnLot), so the
 * hot lot's row is locked only while the database runs it — claim the key, lock the lot, release
 * its expired holds, raise its held kg where enough is available, write the line — and never while
 * this process waits on its event loop. Returns the reservation's id.
 */
async function reserveOneLot(req: MembersRequest, claim: store.HoldClaim, lotId: string, quantity: Decimal): Promise<string> {
  const noLot = () => new NotFound(`No lot ${lotId} is on offer in your alliance.`, { field: 'lotId' });
  if (!UUID.test(lotId)) throw noLot();
  const result = await store.reserveOnLot(req.em, claim, lotId, quantity.toString());
  switch (result.outcome) {
    case 'HELD':
      return result.reservationId;
    case 'REPLAY':
      return sameRequestOrConflict(claim.idempotencyKey, claim.fingerprint, { id: result.reservationId, fingerprint: result.fingerprint });
    case 'NO_LOT':
      throw noLot();
    case 'WITHDRAWN':
      throw new Conflict(`Lot ${lotId} has been withdrawn.`);
    case 'SHORT':
      throw shortOf(result.availableKg, `lot ${lotId}`, quantity);
  }
}

/**
 * Reserves volume in one transaction. A named lot is reserved in one statement (reserveOneLot).
 * By specification: the idempotency key is claimed first (a unique index makes
 * concurrent retries wait for the first and then return its result); lots are locked in one fixed
 * order (harvest date, id) so concurrent reservations queue rather than deadlock; expired holds
 * on those lots are released; then the request is allocated and the lots' held kg raised. A check
 * constraint on the lot (held + confirmed + shipped ≤ quantity) makes overselling impossible even
 * if this code were wrong.
 */
export async function reserveSupply(req: MembersRequest, input: ReserveSupplyInput): Promise<Reservation> {
  const viewer = requireActiveMarket(req);
  const { key, quantity, holdMinutes, spec, fingerprint } = validReservation(input);
  const arrival = spec ? arrivalOf(viewer, spec.minShelfLifeOnArrivalDays, spec.destinationMarketId, 'specification') : null;

  if (input.lotId) {
    const claim = { id: randomUUID(), marketId: viewer.memberId, allianceId: viewer.allianceId, idempotencyKey: key, fingerprint, holdMinutes };
    return loadWrittenReservation(req, await reserveOneLot(req, claim, input.lotId, quantity));
  }

  const reservationId = await req.em.transactional(async (em) => {
    const claim = { id: randomUUID(), marketId: viewer.memberId, allianceId: viewer.allianceId, idempotencyKey: key, fingerprint, holdMinutes };
    const id = await store.claimIdempotencyKey(em, claim);
    if (!id) return sameRequestOrConflict(key, fingerprint, (await store.findReservationByKey(em, viewer.memberId, key))!);

    const lots: AllocatableLot[] = [];
    let available = new Decimal(0);
    if (arrival?.minDays != null) {
      // Shelf life on arrival asked for: only lots that qualify, first expired first out.
      const routes = await marketRoutesOf(em, viewer.allianceId, arrival.marketId);
      requireRoute(arrival, routes.length > 0, 'specification');
      const specification = { allianceId: viewer.allianceId, crop: spec!.crop, variety: spec!.variety ?? null, grade: spec!.grade, deliverableBy: spec!.deliverableBy };
      const need = { marketId: arrival.marketId, minDays: arrival.minDays };
      // First the fewest lots that cover the request; should a concurrent hold leave them short, let
      // them go (their locks too) and lock every qualifying lot: each time in the one locking order.
      await savepoint(em, 'fefo_lock');
      let fresh = await lockFresh(em, specification, { ...need, coverKg: quantity.toString() });
      if (fresh.available.lt(quantity)) {
        await rollbackToSavepoint(em, 'fefo_lock');
        fresh = await lockFresh(em, specification, { ...need, coverKg: null });
      }
      lots.push(...fresh.lots);
      available = fresh.available;
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
      throw shortOf(available, 'lots matching the specification', quantity);
    }
    await store.holdOnLots(
      em,
      id,
      allocation.lines.map((line) => ({ lotId: line.lotId, kg: line.kg.toString(), pricePerKg: line.pricePerKg })),
    );
    return id;
  });
  return loadWrittenReservation(req, reservationId);
}
