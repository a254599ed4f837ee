import { hasRole, type Viewer } from '@alliance/domain-kit';

/**
 * Who may see and move a shipment. Pure decisions over plain facts (BRIEF.md: the partner market
 * sees its own shipments, the operator its own, the alliance office all of its alliance).
 * - The operators are the origin facility's (who loads) and the vehicle's (who drives).
 * - Planning and cancelling belong to the origin's operator; loading and dispatch to either
 *   operator; delivery to the market or the driver; rejection to the market.
 * - The alliance office may do all of it in its own alliance.
 */
export interface ShipmentFacts {
  allianceId: string;
  /** Null until the members subgraph has committed a reservation: the market is the reservations'. */
  marketId: string | null;
  originOperatorId: string;
  vehicleOperatorId: string;
}

export function isOfficeOf(viewer: Viewer, allianceId: string | null): boolean {
  return allianceId !== null && viewer.allianceId === allianceId && hasRole(viewer, 'ALLIANCE_ADMIN');
}

export function canSeeShipment(viewer: Viewer, s: ShipmentFacts): boolean {
  return [s.marketId, s.originOperatorId, s.vehicleOperatorId].includes(viewer.memberId) || isOfficeOf(viewer, s.allianceId);
}

export function canPlanFrom(viewer: Viewer, origin: { operatorId: string; allianceId: string | null }): boolean {
  return (viewer.memberId === origin.operatorId && hasRole(viewer, 'FACILITY_OPERATOR')) || isOfficeOf(viewer, origin.allianceId);
}

export type ShipmentAction = 'load' | 'dispatch' | 'deliver' | 'reject' | 'cancel';

export function canActOnShipment(viewer: Viewer, s: ShipmentFacts, action: ShipmentAction): boolean {
  if (isOfficeOf(viewer, s.allianceId)) return true;
  const me = viewer.memberId;
  switch (action) {
    case 'load':
    case 'dispatch':
      return me === s.originOperatorId || me === s.vehicleOperatorId;
    case 'deliver':
      return me === s.marketId || me === s.vehicleOperatorId;
    case 'reject':
      return me === s.marketId;
    case 'cancel':
      return me === s.originOperatorId;
  }
}

/** Who may do an action, in words, for the FORBIDDEN message. */
export const ACTORS: Record<ShipmentAction, string> = {
  load: 'the operator of its facility or vehicle, or the alliance office',
  dispatch: 'the operator of its facility or vehicle, or the alliance office',
  deliver: 'the market it goes to, its driver, or the alliance office',
  reject: 'the market it goes to, or the alliance office',
  cancel: 'the operator of its facility, or the alliance office',
};
