import {
  BadInput,
  Conflict,
  Decimal,
  Forbidden,
  NotFound,
  cnyString,
  kgString,
  pageSize,
  parseCny,
  parseKg,
  requireActive,
  requireViewer,
} from '@alliance/domain-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Lot, Reservation, type Member } from '../entities/index.ts';
import type { Grade, Variety, Crop } from '../entities/vocabulary.ts';
import { findBaseWithMember, liveClaimsKgOfLot, lockLot, lotsOfMemberIn, takeLotSequence } from '../store/lots.ts';
import { canManageLot, canSeeLot, canSeeLotReservations, canSeeLotsOf, canSeeLotTerms, type LotFacts } from './lot-access.ts';
import { harvestDateFor, lotNumberOf, varietyFor } from './lot-rules.ts';
import { announceLots } from './lots-announcements.ts';
import type { MembersRequest } from './request.ts';

export function lotFacts(lot: Lot): LotFacts {
  return { ownerId: lot.member.id, allianceId: lot.allianceId };
}

/** A lot the caller may see, null otherwise: another alliance's lot looks like no lot at all. */
export async function findLot(req: MembersRequest, id: string): Promise<Lot | null> {
  const viewer = requireViewer(req.viewer);
  const lot = await req.loaders.lotById.load(id);
  return lot && canSeeLot(viewer, lotFacts(lot)) ? lot : null;
}

/** A lot's volume and price: for its grower, and for the markets and office of its alliance. */
export function requireLotTerms(req: MembersRequest, lot: Lot): void {
  const viewer = requireViewer(req.viewer);
  if (!canSeeLotTerms(viewer, lotFacts(lot))) {
    throw new Forbidden('A lot\'s volume and price are for its grower and for the partner markets and office of its alliance.');
  }
}

async function manageableLot(req: MembersRequest, id: string): Promise<Lot> {
  const viewer = requireActive(req.viewer);
  const lot = await req.loaders.lotById.load(id);
  if (!lot || !canSeeLot(viewer, lotFacts(lot))) throw new NotFound(`No lot ${id} in your alliance.`, { field: 'id' });
  if (!canManageLot(viewer, lotFacts(lot))) throw new Forbidden('Only the lot\'s grower or the alliance office may change it.');
  return lot;
}

/**
 * Gives a new lot its number from the alliance's counter of its harvest day. Call it inside the
 * transaction that inserts the lot: the counter row stays locked until then, so numbers are gapless
 * and the unique (alliance, lot number) key never sees two lots race for one.
 */
export async function numberLot(em: EntityManager, lot: Pick<Lot, 'allianceId' | 'harvestDate' | 'lotNumber'>): Promise<string> {
  const { sequence, allianceCode } = await takeLotSequence(em, lot.allianceId, lot.harvestDate);
  lot.lotNumber = lotNumberOf(allianceCode, lot.harvestDate, sequence);
  return lot.lotNumber;
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

/** A lot is offered in the alliance the caller acts in, on a base of a member of it. */
export async function registerLot(req: MembersRequest, input: RegisterLotInput): Promise<Lot> {
  const viewer = requireActive(req.viewer);
  const base = await findBaseWithMember(req.em, input.baseId);
  const owner: Member | undefined = base?.member;
  const ownerAlliances = owner ? (await req.loaders.membershipsByMember.load(owner.id)).map((m) => m.alliance.id) : [];
  if (!base || !owner || !ownerAlliances.includes(viewer.allianceId)) {
    throw new NotFound(`No base ${input.baseId} in your alliance.`, { field: 'baseId' });
  }
  const allianceId = viewer.allianceId;
  if (!canManageLot(viewer, { ownerId: owner.id, allianceId })) {
    throw new Forbidden('Only the grower or cooperative that owns the base, or its alliance office, may declare a lot.');
  }
  const ownerStatus = (await req.loaders.membershipsByMember.load(owner.id)).find((ms) => ms.alliance.id === allianceId)!.status;
  if (ownerStatus !== 'ACTIVE') throw new Forbidden(`Member ${owner.code} is ${ownerStatus.toLowerCase()} and cannot offer lots.`);
  if (base.crop !== input.crop) {
    throw new BadInput(`Base ${base.id} grows ${base.crop}, not ${input.crop}.`, { field: 'crop' });
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
  await req.em.transactional(async (em) => {
    await numberLot(em, lot);
    em.persist(lot);
    await em.flush();
    await announceLots(em, [lot]);
  });
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
    const lot = await lockLot(em, id);
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
    await em.flush();
    await announceLots(em, [lot]);
    return lot;
  });
}

export async function withdrawLot(req: MembersRequest, id: string): Promise<Lot> {
  await manageableLot(req, id);
  return req.em.transactional(async (em) => {
    const lot = await lockLot(em, id);
    if (lot.status === 'WITHDRAWN') throw new Conflict(`Lot ${id} is already withdrawn.`);
    const liveKg = new Decimal(await liveClaimsKgOfLot(em, id));
    if (liveKg.gt(0)) {
      throw new Conflict(`Lot ${id} has ${kgString(liveKg)} kg held or confirmed by buyers; cancel those reservations first.`);
    }
    lot.status = 'WITHDRAWN';
    // Withdrawn is announced with the change: branding stops certifying it at once.
    await em.flush();
    await announceLots(em, [lot]);
    return lot;
  });
}

/** A member's lots in the alliance the caller acts in: for the member itself and that alliance's office. */
export async function lotsOfMember(req: MembersRequest, member: Member, first: number | null | undefined): Promise<Lot[]> {
  const viewer = requireViewer(req.viewer);
  const limit = pageSize(first, { default: 20, max: 100 });
  if (!canSeeLotsOf(viewer, member.id)) {
    throw new Forbidden('A member\'s lots are seen by the member and its alliance office.');
  }
  return lotsOfMemberIn(req.em, member, viewer.allianceId, limit);
}

export async function reservationsOfLot(req: MembersRequest, lot: Lot): Promise<Reservation[]> {
  const viewer = requireViewer(req.viewer);
  if (!canSeeLotReservations(viewer, lotFacts(lot))) {
    throw new Forbidden('A lot\'s reservations are seen by its grower and the alliance office.');
  }
  const lines = await req.loaders.linesByLot.load(lot.id);
  const found = await req.loaders.reservationById.loadMany([...new Set(lines.map((l) => l.reservation.id))]);
  return found.filter((r): r is Reservation => r instanceof Reservation);
}
