import { hasRole, isMemberOf, isOfficeOf, type Viewer } from '@alliance/domain-kit';

/**
 * Who may see and change lots and reservations: pure decisions over plain facts, built on the
 * shared predicates. Nothing crosses the alliance the caller acts in.
 * - Supply (every lot with volume) is for partner markets and the alliance office.
 * - A lot is visible to the members of its alliance (the cold chain, the brand office and the
 *   insurer work with it); its terms — quantity, reserved, shipped and available kg, asking price —
 *   only to its grower and those who see supply: no grower reads another grower's terms.
 * - A lot is changed by its grower or cooperative (still holding that role), or by the office.
 * - A reservation is seen by its market, the office, and the growers whose lots it holds; a
 *   grower sees only the lines on its own lots.
 */
export interface LotFacts {
  ownerId: string;
  allianceId: string;
}

export function canBrowseSupply(viewer: Viewer): boolean {
  return hasRole(viewer, 'PARTNER_MARKET', 'ALLIANCE_ADMIN');
}

export function canReserve(viewer: Viewer): boolean {
  return hasRole(viewer, 'PARTNER_MARKET');
}

function isOwnerIn(viewer: Viewer, lot: LotFacts): boolean {
  return viewer.memberId === lot.ownerId && isMemberOf(viewer, lot.allianceId);
}

export function canSeeLot(viewer: Viewer, lot: LotFacts): boolean {
  return isMemberOf(viewer, lot.allianceId);
}

export function canSeeLotTerms(viewer: Viewer, lot: LotFacts): boolean {
  return isOwnerIn(viewer, lot) || (isMemberOf(viewer, lot.allianceId) && canBrowseSupply(viewer));
}

/** Declare a lot on one's own base, or change it: a grower or cooperative, or the office. */
export function canManageLot(viewer: Viewer, lot: LotFacts): boolean {
  return (isOwnerIn(viewer, lot) && hasRole(viewer, 'GROWER', 'COOPERATIVE')) || isOfficeOf(viewer, lot.allianceId);
}

export function canSeeLotReservations(viewer: Viewer, lot: LotFacts): boolean {
  return isOwnerIn(viewer, lot) || isOfficeOf(viewer, lot.allianceId);
}

/** A member's list of lots in the caller's alliance: the member itself and that alliance's office. */
export function canSeeLotsOf(viewer: Viewer, memberId: string): boolean {
  return canSeeLotReservations(viewer, { ownerId: memberId, allianceId: viewer.allianceId });
}

export interface ReservationFacts {
  marketId: string;
  allianceId: string;
  lotOwnerIds: readonly string[];
}

/** The market that made it or the office: sees every line, and may confirm or cancel it. */
export function canChangeReservation(viewer: Viewer, reservation: ReservationFacts): boolean {
  return (viewer.memberId === reservation.marketId && isMemberOf(viewer, reservation.allianceId)) || isOfficeOf(viewer, reservation.allianceId);
}

/** Confirm or cancel: the market that made it while it still holds PARTNER_MARKET, or the office. */
export function canMoveReservation(viewer: Viewer, reservation: ReservationFacts): boolean {
  if (isOfficeOf(viewer, reservation.allianceId)) return true;
  return canChangeReservation(viewer, reservation) && hasRole(viewer, 'PARTNER_MARKET');
}

export function canSeeReservation(viewer: Viewer, reservation: ReservationFacts): boolean {
  return (
    canChangeReservation(viewer, reservation) ||
    (isMemberOf(viewer, reservation.allianceId) && reservation.lotOwnerIds.includes(viewer.memberId))
  );
}

/** The lines of a reservation the caller may see: all of them, or a grower's own. */
export function visibleLines<L extends { lotOwnerId: string }>(viewer: Viewer, reservation: ReservationFacts, lines: readonly L[]): L[] {
  if (canChangeReservation(viewer, reservation)) return [...lines];
  return lines.filter((line) => line.lotOwnerId === viewer.memberId && isMemberOf(viewer, reservation.allianceId));
}
