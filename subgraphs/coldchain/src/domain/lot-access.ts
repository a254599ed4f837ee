import { hasRole, isMemberOf, type Role, type Viewer } from '@alliance/domain-kit';
import type { KnownLot } from '../store/lot-alliances.ts';

/**
 * Who reads what of a lot in the cold chain. Pure decisions over what the lot replica knows
 * (lots.registered): the cold chain of a lot is its alliance's to see; its kilograms are for its
 * grower and the alliance's markets, office and facility operators (who move and store it).
 */
const SEE_EVERY_LOTS_KG: Role[] = ['PARTNER_MARKET', 'ALLIANCE_ADMIN', 'FACILITY_OPERATOR'];

/** A lot the cold chain has not heard of, or one of another alliance, looks like no lot at all. */
export function seesLotColdChain(viewer: Viewer, lot: KnownLot | null): boolean {
  return lot !== null && isMemberOf(viewer, lot.allianceId);
}

/**
 * The lot's kg: never across alliances; the market, office and operator roles of the alliance; the
 * lot's own grower when the replica knows it. A lot the replica has not heard of is reached only
 * through a shipment the caller may see, which is of its alliance.
 */
export function seesLotKg(viewer: Viewer, lot: KnownLot | null): boolean {
  if (lot && !isMemberOf(viewer, lot.allianceId)) return false;
  return hasRole(viewer, ...SEE_EVERY_LOTS_KG) || (lot?.growerId != null && lot.growerId === viewer.memberId && hasRole(viewer, 'GROWER'));
}
