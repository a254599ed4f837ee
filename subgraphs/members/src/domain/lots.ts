import { LockMode } from '@mikro-orm/core';
import {
  BadInput,
  Conflict,
  Decimal,
  Forbidden,
  NotFound,
  cnyString,
  isIsoDay,
  kgString,
  parseCny,
  parseKg,
  requireViewer,
  shanghaiDay,
} from '@alliance/domain-kit';
import { Base, Lot, Member, Reservation } from '../entities/index.ts';
import { canManageLot, canSeeLot, canSeeLotReservations } from './lot-access.ts';
import { audienceOf } from './members.ts';
import { requireActiveViewer } from './members.ts';
import type { MembersRequest } from './request.ts';
import type { Crop, Grade, Variety } from './vocabulary.ts';

/** Growers sell scallion by variety; safflower has none. */
function varietyFor(crop: Crop, variety: Variety | null | undefined): Variety | null {
  if (crop === 'SCALLION') {
    if (!variety) throw new BadInput('A scallion lot needs its variety: RED, WHITE or BLACK.', { field: 'variety' });
    return variety;
  }
  if (variety) throw new BadInput(`A ${crop} lot has no variety; leave it empty.`, { field: 'variety' });
  return null;
}

/** A past harvest is at most a year old; an expected one at most 120 days ahead. */
function harvestDateFor(day: string, forward: boolean): string {
  if (!isIsoDay(day)) throw new BadInput(`harvestDate "${day}" is not a calendar day (YYYY-MM-DD).`, { field: 'harvestDate' });
  const today = shanghaiDay();
  const days = (Date.parse(day) - Date.parse(today)) / 86_400_000;
  if (!forward && days > 0) {
    throw new BadInput(`harvestDate ${day} is in the future; declare it with forward: true as an expected harvest.`, { field: 'harvestDate' });
  }
  if (forward && (days < 0 || days > 120)) {
    throw new BadInput(`An expected harvest must be from today to 120 days ahead; got ${day}.`, { field: 'harvestDate' });
  }
  if (days < -365) throw new BadInput(`harvestDate ${day} is more than a year ago.`, { field: 'harvestDate' });
  return day;
}

export function lotFacts(lot: Lot) {
  return { ownerId: lot.member.id, allianceId: lot.allianceId };
}

export async function findLot(req: MembersRequest, id: string): Promise<Lot | null> {
  const viewer = requireViewer(req.viewer);
  const lot = await req.loaders.lotById.load(id);
  if (!lot) return null;
  const audience = await audienceOf(req);
  if (!canSeeLot(viewer, audience?.allianceIds ?? [], lotFacts(lot))) {
    throw new Forbidden(`Lot ${id} belongs to an alliance you are not part of.`);
  }
  return lot;
}

async function manageableLot(req: MembersRequest, id: string): Promise<Lot> {
  const viewer = await requireActiveViewer(req);
  const lot = await req.em.findOne(Lot, { id });
  if (!lot) throw new NotFound(`No lot has id ${id}.`, { field: 'id' });
  if (!canManageLot(viewer, lotFacts(lot))) throw new Forbidden('Only the lot\'s grower or the alliance office may change it.');
  return lot;
}

export interface RegisterLotInput {
  baseId: string;
  crop: Crop;
  variety?: Variety | null;
  grade: Grade;
  quantityKg: string;
  harvestDate: string;
  forward?: boolean | null;
  askingPricePerKg: string;
}

export async function registerLot(req: MembersRequest, input: RegisterLotInput): Promise<Lot> {
  const viewer = await requireActiveViewer(req);
  const base = await req.em.findOne(Base, { id: input.baseId }, { populate: ['member'] });
  if (!base) throw new NotFound(`No base has id ${input.baseId}.`, { field: 'baseId' });
  const owner: Member = base.member;
  if (owner.status !== 'ACTIVE') throw new Forbidden(`Member ${owner.code} is ${owner.status.toLowerCase()} and cannot offer lots.`);
  if (base.crop !== input.crop) {
    throw new BadInput(`Base ${base.id} grows ${base.crop}, not ${input.crop}.`, { field: 'crop' });
  }
  const ownerAlliances = (await req.loaders.membershipsByMember.load(owner.id)).map((m) => m.alliance.id);
  const allianceId = ownerAlliances.includes(viewer.allianceId) ? viewer.allianceId : ownerAlliances[0];
  if (!allianceId || !canManageLot(viewer, { ownerId: owner.id, allianceId })) {
    throw new Forbidden('Only the grower or cooperative that owns the base, or its alliance office, may declare a lot.');
  }

  const lot = new Lot();
  lot.member = owner;
  lot.allianceId = allianceId;
  lot.base = base;
  lot.township = base.township;
  lot.crop = input.crop;
  lot.variety = varietyFor(input.crop, input.variety);
  lot.grade = input.grade;
  lot.quantityKg = kgString(parseKg(input.quantityKg));
  lot.forward = input.forward ?? false;
  lot.harvestDate = harvestDateFor(input.harvestDate, lot.forward);
  lot.askingPricePerKg = cnyString(parseCny(input.askingPricePerKg, 'askingPricePerKg', 10_000));
  await req.em.persistAndFlush(lot);
  return lot;
}

export interface UpdateLotInput {
  grade?: Grade | null;
  variety?: Variety | null;
  quantityKg?: string | null;
  harvestDate?: string | null;
  forward?: boolean | null;
  askingPricePerKg?: string | null;
}

/**
 * Quantity may change as long as it stays above what is held, confirmed or shipped (the row is
 * locked, and the database's check repeats the rule). What buyers reserved against — grade,
 * variety, harvest date, price — changes only while nothing is held or confirmed.
 */
export async function updateLot(req: MembersRequest, id: string, input: UpdateLotInput): Promise<Lot> {
  await manageableLot(req, id);
  return req.em.transactional(async (em) => {
    const lot = await em.findOneOrFail(Lot, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const committed = new Decimal(lot.heldKg).plus(lot.confirmedKg).plus(lot.shippedKg);
    const termsChange = ['grade', 'variety', 'harvestDate', 'forward', 'askingPricePerKg'].some(
      (key) => input[key as keyof UpdateLotInput] != null,
    );
    if (termsChange && committed.gt(0)) {
      throw new Conflict(`Lot ${id} has ${kgString(committed)} kg reserved or shipped; only its quantity can change now.`);
    }
    if (input.quantityKg != null) {
      const quantity = parseKg(input.quantityKg);
      if (quantity.lt(committed)) {
        throw new Conflict(`Lot ${id} has ${kgString(committed)} kg reserved or shipped; its quantity cannot drop below that.`, {
          committedKg: kgString(committed),
        });
      }
      lot.quantityKg = kgString(quantity);
    }
    if (input.grade != null) lot.grade = input.grade;
    if (input.variety != null) lot.variety = varietyFor(lot.crop, input.variety);
    if (input.forward != null) lot.forward = input.forward;
    if (input.harvestDate != null || input.forward != null) lot.harvestDate = harvestDateFor(input.harvestDate ?? lot.harvestDate, lot.forward);
    if (input.askingPricePerKg != null) lot.askingPricePerKg = cnyString(parseCny(input.askingPricePerKg, 'askingPricePerKg', 10_000));
    return lot;
  });
}

export async function withdrawLot(req: MembersRequest, id: string): Promise<Lot> {
  await manageableLot(req, id);
  return req.em.transactional(async (em) => {
    const lot = await em.findOneOrFail(Lot, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (lot.status === 'WITHDRAWN') throw new Conflict(`Lot ${id} is already withdrawn.`);
    const live = await em.execute<{ kg: string }[]>(
      `select coalesce(sum(kg), 0) as kg from "${em.config.get('schema')}".reservation_line where lot_id = ? and (status = 'CONFIRMED' or (status = 'HELD' and hold_until > now()))`,
      [id],
    );
    const liveKg = new Decimal(live[0]?.kg ?? 0);
    if (liveKg.gt(0)) {
      throw new Conflict(`Lot ${id} has ${kgString(liveKg)} kg held or confirmed by buyers; cancel those reservations first.`);
    }
    lot.status = 'WITHDRAWN';
    return lot;
  });
}

export async function lotsOfMember(req: MembersRequest, member: Member, first: number | null | undefined): Promise<Lot[]> {
  const viewer = requireViewer(req.viewer);
  const memberships = await req.loaders.membershipsByMember.load(member.id);
  const allowed = viewer.memberId === member.id || memberships.some((m) => canManageLot(viewer, { ownerId: member.id, allianceId: m.alliance.id }));
  if (!allowed) throw new Forbidden('A member\'s lots are seen by the member and its alliance office.');
  return req.em.find(Lot, { member }, { orderBy: { harvestDate: 'desc', id: 'asc' }, limit: Math.min(first ?? 20, 100) });
}

export function assertCanSeeLotReservations(req: MembersRequest, lot: Lot): void {
  const viewer = requireViewer(req.viewer);
  if (!canSeeLotReservations(viewer, lotFacts(lot))) {
    throw new Forbidden('A lot\'s reservations are seen by its grower and the alliance office.');
  }
}

/** What buyers have a live claim on: quantity − shipped − available (expired holds excluded). */
export function reservedKgOf(lot: Lot, availableKg: string): string {
  return kgString(new Decimal(lot.quantityKg).minus(lot.shippedKg).minus(availableKg));
}

export async function reservationsOfLot(req: MembersRequest, lot: Lot): Promise<Reservation[]> {
  assertCanSeeLotReservations(req, lot);
  const lines = await req.loaders.linesByLot.load(lot.id);
  const found = await req.loaders.reservationById.loadMany([...new Set(lines.map((l) => l.reservation.id))]);
  return found.filter((r): r is Reservation => r instanceof Reservation);
}
