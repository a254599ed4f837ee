import { Forbidden, isOfficeOf, pageSize, requireViewer } from '@alliance/domain-kit';
import type { Member, Reservation, ReservationLine } from '../entities/index.ts';
import { reservationsOfMarketIn, reservationWithLines } from '../store/reservations.ts';
import type { ReservationStatus } from '../entities/vocabulary.ts';
import { canSeeReservation, visibleLines, type ReservationFacts } from './lot-access.ts';
import { totalsOf, type ReservationTotals } from './reservation-rules.ts';
import type { MembersRequest } from './request.ts';

/** The reservation's lines, each with the grower of its lot, in allocation order. */
async function linesWithOwners(req: MembersRequest, reservation: Reservation): Promise<{ line: ReservationLine; lotOwnerId: string }[]> {
  const lines = await req.loaders.linesByReservation.load(reservation.id);
  const lots = await req.loaders.lotById.loadMany(lines.map((l) => l.lot.id));
  return lines.map((line, i) => {
    const lot = lots[i];
    return { line, lotOwnerId: lot && !(lot instanceof Error) ? lot.member.id : '' };
  });
}

function factsOf(reservation: Reservation, lines: readonly { lotOwnerId: string }[]): ReservationFacts {
  return { marketId: reservation.market.id, allianceId: reservation.allianceId, lotOwnerIds: lines.map((l) => l.lotOwnerId) };
}

export async function reservationFacts(req: MembersRequest, reservation: Reservation): Promise<ReservationFacts> {
  return factsOf(reservation, await linesWithOwners(req, reservation));
}

/**
 * A reservation just written (reserved, confirmed, cancelled), read with its lines and their lots
 * in one statement (store.reservationWithLines) and handed to the request's loaders, so that
 * answering the mutation (its lines, totals, lots, who may see them) sends nothing more: a hot
 * lot's reservation was five statements, three of them this read, one entity at a time. What the
 * request read before the change is refreshed by the read.
 */
export async function loadWrittenReservation(req: MembersRequest, id: string): Promise<Reservation> {
  const read = await reservationWithLines(req.em, id);
  if (!read) throw new Error(`Reservation ${id} was written but cannot be read back.`);
  const { reservation, lines } = read;
  req.loaders.reservationById.clear(id).prime(id, reservation);
  req.loaders.linesByReservation.clear(id).prime(id, lines);
  for (const line of lines) req.loaders.lotById.clear(line.lot.id).prime(line.lot.id, line.lot);
  return reservation;
}

/**
 * A reservation the caller may see; null when there is none or it is another alliance's (a refusal
 * would confirm that it exists); FORBIDDEN when it is another's of the caller's alliance.
 */
export async function findReservation(req: MembersRequest, id: string): Promise<Reservation | null> {
  const viewer = requireViewer(req.viewer);
  const reservation = await req.loaders.reservationById.load(id);
  if (!reservation || reservation.allianceId !== viewer.allianceId) return null;
  if (!canSeeReservation(viewer, await reservationFacts(req, reservation))) {
    throw new Forbidden(`Reservation ${id} is not yours to see.`);
  }
  return reservation;
}

/**
 * The lines the caller may see: the market and the office see all; a grower, only those on its
 * own lots (not what other growers sold, nor at what price).
 */
export async function linesOf(req: MembersRequest, reservation: Reservation): Promise<ReservationLine[]> {
  const viewer = requireViewer(req.viewer);
  const lines = await linesWithOwners(req, reservation);
  return visibleLines(viewer, factsOf(reservation, lines), lines).map((l) => l.line);
}

/** Totals over the lines the caller may see. */
export async function totalsFor(req: MembersRequest, reservation: Reservation): Promise<ReservationTotals> {
  return totalsOf(await linesOf(req, reservation));
}

/** A market's reservations in the alliance the caller acts in: for the market and that alliance's office. */
export async function reservationsOfMarket(
  req: MembersRequest,
  market: Member,
  status: ReservationStatus | null | undefined,
  first: number | null | undefined,
): Promise<Reservation[]> {
  const viewer = requireViewer(req.viewer);
  const limit = pageSize(first, { default: 20, max: 100 });
  if (viewer.memberId !== market.id && !isOfficeOf(viewer, viewer.allianceId)) {
    throw new Forbidden('A market\'s reservations are seen by the market and the alliance office.');
  }
  return reservationsOfMarketIn(req.em, market, viewer.allianceId, status ?? null, limit);
}
