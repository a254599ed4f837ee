import { hasRole, isMemberOf, isOfficeOf, operatesOrIsOffice, type OperatedPlace, type Role, type Viewer } from '@alliance/domain-kit';

/**
 * Who may see and move a shipment. Pure decisions over plain facts, on the shared predicates of
 * `@alliance/domain-kit` (BRIEF.md: the partner market sees its own shipments, the operator its
 * own, the alliance office all of its alliance; nothing crosses alliances).
 * - The operators are the origin facility's (who loads) and the vehicle's (who drives).
 * - Planning and cancelling belong to the origin's operator; each party acts holding its role now
 *   (the market PARTNER_MARKET, an operator FACILITY_OPERATOR); loading and dispatch to either
 *   operator; delivery to the market or the driver; rejection to the market.
 * - The alliance office may do all of it in its own alliance.
 * - Everyone acts in the shipment's alliance: a token for another alliance sees none of it.
 */
export interface ShipmentFacts {
  allianceId: string;
  /** Null until the members subgraph has committed a reservation: the market is the reservations'. */
  marketId: string | null;
  originOperatorId: string;
  vehicleOperatorId: string;
}

/** The caller is one of the shipment's parties (its market or an operator), acting in its alliance. */
function isPartyTo(viewer: Viewer, s: ShipmentFacts, parties: readonly (string | null)[]): boolean {
  return isMemberOf(viewer, s.allianceId) && parties.includes(viewer.memberId);
}

/**
 * The caller acts on the shipment as one of these parties, holding that party's role now: the
 * market as PARTNER_MARKET, an operator as FACILITY_OPERATOR. Being named on the shipment is not
 * enough once the office has taken the role away.
 */
function actsAs(viewer: Viewer, s: ShipmentFacts, parties: readonly Party[]): boolean {
  const roles: Record<Party, Role> = { market: 'PARTNER_MARKET', originOperator: 'FACILITY_OPERATOR', vehicleOperator: 'FACILITY_OPERATOR' };
  const ids: Record<Party, string | null> = { market: s.marketId, originOperator: s.originOperatorId, vehicleOperator: s.vehicleOperatorId };
  return parties.some((p) => isPartyTo(viewer, s, [ids[p]]) && hasRole(viewer, roles[p]));
}

type Party = 'market' | 'originOperator' | 'vehicleOperator';

export function canSeeShipment(viewer: Viewer, s: ShipmentFacts): boolean {
  return isPartyTo(viewer, s, [s.marketId, s.originOperatorId, s.vehicleOperatorId]) || isOfficeOf(viewer, s.allianceId);
}

/** The operators and the office see every reservation named, with the reasons of refusals; the market its committed ones. */
export function seesEveryReservation(viewer: Viewer, s: ShipmentFacts): boolean {
  return isPartyTo(viewer, s, [s.originOperatorId, s.vehicleOperatorId]) || isOfficeOf(viewer, s.allianceId);
}

export function canPlanFrom(viewer: Viewer, origin: OperatedPlace): boolean {
  return operatesOrIsOffice(viewer, origin);
}

export type ShipmentAction = 'load' | 'dispatch' | 'deliver' | 'reject' | 'cancel';

const PARTIES: Record<ShipmentAction, Party[]> = {
  load: ['originOperator', 'vehicleOperator'],
  dispatch: ['originOperator', 'vehicleOperator'],
  deliver: ['market', 'vehicleOperator'],
  reject: ['market'],
  cancel: ['originOperator'],
};

export function canActOnShipment(viewer: Viewer, s: ShipmentFacts, action: ShipmentAction): boolean {
  return isOfficeOf(viewer, s.allianceId) || actsAs(viewer, s, PARTIES[action]);
}

/** Who may do an action, in words, for the FORBIDDEN message. */
export const ACTORS: Record<ShipmentAction, string> = {
  load: 'the operator of its facility or vehicle, or the alliance office',
  dispatch: 'the operator of its facility or vehicle, or the alliance office',
  deliver: 'the market it goes to, its driver, or the alliance office',
  reject: 'the market it goes to, or the alliance office',
  cancel: 'the operator of its facility, or the alliance office',
};
