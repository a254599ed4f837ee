import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadInput,
  Conflict,
  Decimal,
  Forbidden,
  NotFound,
  cnyString,
  isIsoDay,
  kgString,
  parseKg,
  requireViewer,
  type Viewer,
} from '@alliance/domain-kit';
import { Member, Reservation, type ReservationLine } from '../entities/index.ts';
import { allocate, type AllocatableLot } from './allocation.ts';
import { schemaOf } from './availability.ts';
import { canChangeReservation, canReserve, canSeeReservation, type ReservationFacts } from './lot-access.ts';
import { requireActiveViewer } from './members.ts';
import type { MembersRequest } from './request.ts';
import type { Crop, Grade, ReservationStatus, Variety } from './vocabulary.ts';

export interface SupplySpecification {
  crop: Crop;
  variety?: Variety | null;
  grade: Grade;
  deliverableBy: string;
}

export interface ReserveSupplyInput {
  idempotencyKey: string;
  quantityKg: string;
  lotId?: string | null;
  specification?: SupplySpecification | null;
  holdMinutes?: number | null;
}

const DEFAULT_HOLD_MINUTES = 120;
const MAX_HOLD_MINUTES = 2880;
const LOCK_BATCH = 50;

interface LockedLot {
  id: string;
  alliance_id: string;
  status: string;
  quantity_kg: string;
  held_kg: string;
  confirmed_kg: string;
  shipped_kg: string;
  asking_price_per_kg: string;
}

function validated(input: ReserveSupplyInput) {
  const key = input.idempotencyKey.trim();
  if (!key || key.length > 100) throw new BadInput('idempotencyKey must be 1–100 characters.', { field: 'idempotencyKey' });
  const quantity = parseKg(input.quantityKg);
  if (!input.lotId === !input.specification) {
    throw new BadInput('Name either a lotId or a specification, not both and not neither.', { field: 'lotId' });
  }
  const holdMinutes = input.holdMinutes ?? DEFAULT_HOLD_MINUTES;
  if (!Number.isInteger(holdMinutes) || holdMinutes < 1 || holdMinutes > MAX_HOLD_MINUTES) {
    throw new BadInput(`holdMinutes must be from 1 to ${MAX_HOLD_MINUTES}; got ${holdMinutes}.`, { field: 'holdMinutes' });
  }
  const spec = input.specification;
  if (spec) {
    if (!isIsoDay(spec.deliverableBy)) {
      throw new BadInput(`deliverableBy "${spec.deliverableBy}" is not a calendar day (YYYY-MM-DD).`, { field: 'specification.deliverableBy' });
    }
    if ((spec.crop === 'SCALLION') !== Boolean(spec.variety)) {
      throw new BadInput(spec.crop === 'SCALLION' ? 'A scallion specification needs a variety.' : `${spec.crop} has no variety.`, {
        field: 'specification.variety',
      });
    }
  }
  // The request as a stable string: a retry must ask for the same thing to get the same answer.
  const fingerprint = JSON.stringify({
    lotId: input.lotId ?? null,
    spec: spec ? { crop: spec.crop, variety: spec.variety ?? null, grade: spec.grade, deliverableBy: spec.deliverableBy } : null,
    kg: kgString(quantity),
    holdMinutes,
  });
  return { key, quantity, holdMinutes, spec, fingerprint };
}

async function requireActiveMarket(req: MembersRequest): Promise<Viewer> {
  const viewer = requireViewer(req.viewer);
  if (!canReserve(viewer)) throw new Forbidden('Only partner markets reserve supply.', { requiredRoles: ['PARTNER_MARKET'] });
  return requireActiveViewer(req);
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
  const viewer = await requireActiveMarket(req);
  const { key, quantity, holdMinutes, spec, fingerprint } = validated(input);
  const schema = schemaOf(req.em);

  const reservationId = await req.em.transactional(async (em) => {
    const claimed = await em.execute<{ id: string }[]>(
      `insert into "${schema}".reservation (id, market_id, alliance_id, idempotency_key, request_fingerprint, status, hold_until, created_at, updated_at)
       values (?, ?, ?, ?, ?, 'HELD', now() + make_interval(mins => ?), now(), now())
       on conflict (market_id, idempotency_key) do nothing returning id`,
      [randomUUID(), viewer.memberId, viewer.allianceId, key, fingerprint, holdMinutes],
    );
    if (!claimed.length) {
      const [first] = await em.execute<{ id: string; request_fingerprint: string }[]>(
        `select id, request_fingerprint from "${schema}".reservation where market_id = ? and idempotency_key = ?`,
        [viewer.memberId, key],
      );
      if (first!.request_fingerprint !== fingerprint) {
        throw new Conflict(`Idempotency key "${key}" was already used for a different request; use a new key.`, { field: 'idempotencyKey' });
      }
      return first!.id;
    }
    const id = claimed[0]!.id;

    const lots: AllocatableLot[] = [];
    let available = new Decimal(0);
    if (input.lotId) {
      const locked = await lockLots(em, schema, 'l.id = ?', [input.lotId]);
      const lot = locked[0];
      if (!lot || lot.alliance_id !== viewer.allianceId) throw new NotFound(`No lot ${input.lotId} is on offer in your alliance.`, { field: 'lotId' });
      if (lot.status !== 'LISTED') throw new Conflict(`Lot ${input.lotId} has been withdrawn.`);
      lots.push(...(await withLiveHolds(em, schema, locked)));
      available = lots[0]!.availableKg;
    } else {
      // Lock candidate lots a batch at a time, oldest harvest first, until the request is covered.
      let cursor: [string, string] | null = null;
      while (available.lt(quantity)) {
        const locked: LockedLot[] = await lockLots(
          em,
          schema,
          `l.alliance_id = ? and l.crop = ? and l.variety is not distinct from ? and l.grade = ? and l.harvest_date <= ?
           and l.status = 'LISTED' and l.quantity_kg > l.confirmed_kg + l.shipped_kg ${cursor ? 'and (l.harvest_date, l.id) > (?, ?)' : ''}`,
          [viewer.allianceId, spec!.crop, spec!.variety ?? null, spec!.grade, spec!.deliverableBy, ...(cursor ?? [])],
          LOCK_BATCH,
        );
        if (!locked.length) break;
        for (const lot of await withLiveHolds(em, schema, locked)) {
          lots.push(lot);
          available = available.plus(lot.availableKg);
        }
        const last = locked[locked.length - 1] as LockedLot & { harvest_date: string };
        cursor = [last.harvest_date, last.id];
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
    const values = allocation.lines.map(() => '(?::uuid, ?::numeric, ?::numeric)').join(', ');
    const params = allocation.lines.flatMap((line) => [line.lotId, line.kg.toString(), line.pricePerKg]);
    await em.execute(
      `update "${schema}".lot l set held_kg = l.held_kg + v.kg, updated_at = now()
       from (values ${values}) v(id, kg, price) where l.id = v.id`,
      params,
    );
    await em.execute(
      `insert into "${schema}".reservation_line (id, reservation_id, lot_id, kg, price_per_kg, status, hold_until)
       select gen_random_uuid(), r.id, v.id, v.kg, v.price, 'HELD', r.hold_until
       from (values ${values}) v(id, kg, price), "${schema}".reservation r where r.id = ?`,
      [...params, id],
    );
    return id;
  });
  return req.em.findOneOrFail(Reservation, { id: reservationId });
}

async function lockLots(em: EntityManager, schema: string, where: string, params: unknown[], limit = 1): Promise<LockedLot[]> {
  return em.execute<LockedLot[]>(
    `select l.id, l.alliance_id, l.status, l.quantity_kg, l.held_kg, l.confirmed_kg, l.shipped_kg, l.asking_price_per_kg,
            to_char(l.harvest_date, 'YYYY-MM-DD') as harvest_date
     from "${schema}".lot l where ${where} order by l.harvest_date, l.id limit ? for update`,
    [...params, limit],
  );
}

/** Releases the expired holds on locked lots, then says what each has available. */
async function withLiveHolds(em: EntityManager, schema: string, locked: LockedLot[]): Promise<AllocatableLot[]> {
  const released = await releaseExpiredHolds(em, schema, locked.map((l) => l.id));
  return locked.map((lot) => ({
    id: lot.id,
    pricePerKg: lot.asking_price_per_kg,
    availableKg: new Decimal(lot.quantity_kg)
      .minus(lot.confirmed_kg)
      .minus(lot.shipped_kg)
      .minus(new Decimal(lot.held_kg).minus(released.get(lot.id) ?? 0)),
  }));
}

/**
 * Marks expired holds EXPIRED and takes their kg off the lots' held counters, in one statement.
 * Only for lots the caller has locked (or, for the sweeper, locked with SKIP LOCKED).
 */
async function releaseExpiredHolds(em: EntityManager, schema: string, lotIds: string[]): Promise<Map<string, Decimal>> {
  if (!lotIds.length) return new Map();
  const rows = await em.execute<{ lot_id: string; kg: string }[]>(
    `with expired as (
       update "${schema}".reservation_line set status = 'EXPIRED'
       where lot_id in (?) and status = 'HELD' and hold_until <= now()
       returning lot_id, kg, reservation_id
     ), per_lot as (
       select lot_id, sum(kg) as kg from expired group by lot_id
     ), lots as (
       update "${schema}".lot l set held_kg = l.held_kg - p.kg from per_lot p where l.id = p.lot_id returning l.id
     ), reservations as (
       update "${schema}".reservation r set status = 'EXPIRED', updated_at = now()
       where r.id in (select reservation_id from expired) and r.status = 'HELD' returning r.id
     )
     select lot_id, kg from per_lot`,
    [lotIds],
  );
  return new Map(rows.map((r) => [r.lot_id, new Decimal(r.kg)]));
}

/**
 * The sweeper: releases expired holds in batches. Lots that a reservation is working on are
 * skipped (SKIP LOCKED); that reservation releases their expired holds itself.
 */
export async function sweepExpiredHolds(em: EntityManager, batch = 500): Promise<number> {
  const schema = schemaOf(em);
  let total = 0;
  for (;;) {
    const released = await em.transactional(async (tx) => {
      const locked = await tx.execute<{ id: string }[]>(
        `select l.id from "${schema}".lot l
         where l.held_kg > 0 and exists (select 1 from "${schema}".reservation_line rl
                                         where rl.lot_id = l.id and rl.status = 'HELD' and rl.hold_until <= now())
         order by l.harvest_date, l.id limit ? for update skip locked`,
        [batch],
      );
      return (await releaseExpiredHolds(tx, schema, locked.map((l) => l.id))).size;
    });
    total += released;
    if (released < batch) return total;
  }
}

// ---------------------------------------------------------------- confirm, cancel, read

async function reservationFacts(req: MembersRequest, reservation: Reservation): Promise<ReservationFacts> {
  const lines = await req.loaders.linesByReservation.load(reservation.id);
  const lots = await req.loaders.lotById.loadMany(lines.map((l) => l.lot.id));
  return {
    marketId: reservation.market.id,
    allianceId: reservation.allianceId,
    lotOwnerIds: lots.flatMap((lot) => (lot && !(lot instanceof Error) ? [lot.member.id] : [])),
  };
}

export async function findReservation(req: MembersRequest, id: string): Promise<Reservation | null> {
  const viewer = requireViewer(req.viewer);
  const reservation = await req.loaders.reservationById.load(id);
  if (!reservation) return null;
  if (!canSeeReservation(viewer, await reservationFacts(req, reservation))) {
    throw new Forbidden(`Reservation ${id} is not yours to see.`);
  }
  return reservation;
}

type Transition = 'confirm' | 'cancel';

/**
 * Moves a reservation and its lots' counters together, with the reservation and its lots locked.
 * confirm: HELD (not yet expired) → CONFIRMED, held kg become confirmed kg.
 * cancel: HELD or CONFIRMED → CANCELLED, their kg return to the lots.
 */
async function transition(req: MembersRequest, id: string, action: Transition): Promise<Reservation> {
  const viewer = await requireActiveViewer(req);
  const existing = await req.loaders.reservationById.load(id);
  if (!existing) throw new NotFound(`No reservation has id ${id}.`, { field: 'id' });
  if (!canChangeReservation(viewer, await reservationFacts(req, existing))) {
    throw new Forbidden(`Only the market that made reservation ${id}, or the alliance office, may ${action} it.`);
  }
  const schema = schemaOf(req.em);
  await req.em.transactional(async (em) => {
    const [row] = await em.execute<{ status: ReservationStatus; live: boolean; shipment_id: string | null }[]>(
      `select status, hold_until > now() as live, shipment_id from "${schema}".reservation where id = ? for update`,
      [id],
    );
    const status = row!.status;
    const expired = status === 'HELD' && !row!.live;
    if (expired || status === 'EXPIRED') throw new Conflict(`Reservation ${id} expired; its volume has been released.`);
    if (action === 'confirm' && status !== 'HELD') throw new Conflict(`Reservation ${id} is ${status.toLowerCase()}; only a held reservation can be confirmed.`);
    if (action === 'cancel' && status === 'CANCELLED') throw new Conflict(`Reservation ${id} is already cancelled.`);
    if (action === 'cancel' && status === 'FULFILLED') throw new Conflict(`Reservation ${id} has been shipped; it can no longer be cancelled.`);
    // The cold chain may be loading it: a committed reservation is released only by its shipment.
    if (action === 'cancel' && row!.shipment_id) {
      throw new Conflict(`Reservation ${id} is on shipment ${row!.shipment_id}; cancel that shipment first (its operator or the alliance office can).`, {
        shipmentId: row!.shipment_id,
      });
    }
    // Lock the lots in the same order as reserveSupply does.
    await em.execute(
      `select l.id from "${schema}".lot l where l.id in (select lot_id from "${schema}".reservation_line where reservation_id = ?)
       order by l.harvest_date, l.id for update`,
      [id],
    );
    const counter = status === 'HELD' ? 'held_kg' : 'confirmed_kg';
    const next: ReservationStatus = action === 'confirm' ? 'CONFIRMED' : 'CANCELLED';
    const moveTo = action === 'confirm' ? ', confirmed_kg = l.confirmed_kg + x.kg' : '';
    await em.execute(
      `update "${schema}".lot l set ${counter} = l.${counter} - x.kg ${moveTo}, updated_at = now()
       from (select lot_id, sum(kg) as kg from "${schema}".reservation_line where reservation_id = ? group by lot_id) x
       where l.id = x.lot_id`,
      [id],
    );
    await em.execute(`update "${schema}".reservation_line set status = ? where reservation_id = ?`, [next, id]);
    await em.execute(`update "${schema}".reservation set status = ?, updated_at = now() where id = ?`, [next, id]);
  });
  return req.em.findOneOrFail(Reservation, { id }, { refresh: true });
}

export const confirmReservation = (req: MembersRequest, id: string) => transition(req, id, 'confirm');
export const cancelReservation = (req: MembersRequest, id: string) => transition(req, id, 'cancel');

export async function reservationsOfMarket(
  req: MembersRequest,
  market: Member,
  status: ReservationStatus | null | undefined,
  first: number | null | undefined,
): Promise<Reservation[]> {
  const viewer = requireViewer(req.viewer);
  const memberships = await req.loaders.membershipsByMember.load(market.id);
  const office = memberships.some((m) => m.alliance.id === viewer.allianceId) && viewer.roles.includes('ALLIANCE_ADMIN');
  if (viewer.memberId !== market.id && !office) throw new Forbidden('A market\'s reservations are seen by the market and the alliance office.');
  return req.em.find(Reservation, { market, ...(status ? { status } : {}) }, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: Math.min(first ?? 20, 100) });
}

export interface ReservationTotals {
  totalKg: string;
  totalPrice: string;
  shippedKg: string;
}

export function totalsOf(lines: ReservationLine[]): ReservationTotals {
  let kg = new Decimal(0);
  let price = new Decimal(0);
  let shipped = new Decimal(0);
  for (const line of lines) {
    kg = kg.plus(line.kg);
    price = price.plus(new Decimal(line.kg).times(line.pricePerKg));
    shipped = shipped.plus(line.shippedKg);
  }
  return { totalKg: kgString(kg), totalPrice: cnyString(price.toDecimalPlaces(2)), shippedKg: kgString(shipped) };
}

export function lineAmount(line: ReservationLine): string {
  return cnyString(new Decimal(line.kg).times(line.pricePerKg).toDecimalPlaces(2));
}
