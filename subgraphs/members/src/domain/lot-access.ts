import { hasRole, type Viewer } from '@alliance/domain-kit';

/**
 * Who may see and change lots and reservations. Pure decisions over plain facts.
 * - Supply (every lot with volume) is for partner markets and the alliance office.
 * - A lot is visible to members of its alliance; its reservations to its grower and the office.
 * - A lot is changed by its grower or cooperative, or by the office.
 * - A reservation is seen by its market, the office, and the growers whose lots it holds.
 */
export interface LotFacts {
  ownerId: string;
  allianceId: string;
}

function isOffice(viewer: Viewer, allianceId: string): boolean {
  return viewer.allianceId === allianceId && hasRole(viewer, 'ALLIANCE_ADMIN');
}

export function canBrowseSupply(viewer: Viewer): boolean {
  return hasRole(viewer, 'PARTNER_MARKET', 'ALLIANCE_ADMIN');
}

export function canReserve(viewer: Viewer): boolean {
  return hasRole(viewer, 'PARTNER_MARKET');
}

export function canSeeLot(viewer: Viewer, viewerAllianceIds: readonly string[], lot: LotFacts): boolean {
  return viewer.memberId === lot.ownerId || viewerAllianceIds.includes(lot.allianceId);
}

export function canManageLot(viewer: Viewer, lot: LotFacts): boolean {
  return viewer.memberId === lot.ownerId || isOffice(viewer, lot.allianceId);
}

export function canSeeLotReservations(viewer: Viewer, lot: LotFacts): boolean {
  return canManageLot(viewer, lot);
}

export interface ReservationFacts {
  marketId: string;
  allianceId: string;
  lotOwnerIds: readonly string[];
}

export function canSeeReservation(viewer: Viewer, reservation: ReservationFacts): boolean {
  return (
    viewer.memberId === reservation.marketId ||
    isOffice(viewer, reservation.allianceId) ||
    reservation.lotOwnerIds.includes(viewer.memberId)
  );
}

export function canChangeReservation(viewer: Viewer, reservation: ReservationFacts): boolean {
  return viewer.memberId === reservation.marketId || isOffice(viewer, reservation.allianceId);
}
