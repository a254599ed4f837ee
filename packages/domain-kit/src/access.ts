import { Forbidden, NotFound } from './errors.ts';
import { hasRole, requireRole, requireViewer, type DirectoryMember, type Role, type Viewer } from './viewer.ts';

/**
 * Who may do what, answered the same way in every subgraph. The viewer's roles and standing come
 * from the member directory at the time of the request (see `viewerFromDirectory`); a caller acts in
 * one alliance, the one its token names, and nothing it does crosses into another.
 */

/** The caller acts in this alliance. */
export function isMemberOf(viewer: Viewer | null, allianceId: string | null | undefined): boolean {
  return viewer !== null && !!allianceId && viewer.allianceId === allianceId;
}

/** The caller is the office of this alliance: ALLIANCE_ADMIN in it. */
export function isOfficeOf(viewer: Viewer | null, allianceId: string | null | undefined): boolean {
  return isMemberOf(viewer, allianceId) && hasRole(viewer, 'ALLIANCE_ADMIN');
}

/** Something run by a member inside an alliance: a facility, a vehicle, a sensor's place. */
export interface OperatedPlace {
  operatorId: string;
  allianceId: string | null;
}

/** The caller operates this place, in the place's alliance, holding the operator role there. */
export function operates(viewer: Viewer | null, place: OperatedPlace): boolean {
  return viewer !== null && viewer.memberId === place.operatorId && isMemberOf(viewer, place.allianceId) && hasRole(viewer, 'FACILITY_OPERATOR');
}

/** The caller operates the place, or is its alliance's office. */
export function operatesOrIsOffice(viewer: Viewer | null, place: OperatedPlace): boolean {
  return operates(viewer, place) || isOfficeOf(viewer, place.allianceId);
}

/** The caller in good standing: a member that is not ACTIVE may read its own records but change nothing. */
export function requireActive(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (v.status !== 'ACTIVE') {
    throw new Forbidden(`Your membership is ${v.status.toLowerCase()}: you can see your own records, but not make changes until the alliance office reinstates you.`);
  }
  return v;
}

/** The caller in good standing, holding one of the roles in the alliance it acts in. */
export function requireActiveRole(viewer: Viewer | null, roles: Role[], action: string): Viewer {
  requireRole(viewer, roles, action);
  return requireActive(viewer);
}

/** The office of this alliance, in good standing. */
export function requireOfficeOf(viewer: Viewer | null, allianceId: string, action: string): Viewer {
  const v = requireActiveRole(viewer, ['ALLIANCE_ADMIN'], action);
  if (!isOfficeOf(v, allianceId)) throw new Forbidden(`Only the office of its own alliance may ${action}.`);
  return v;
}

/** Looks members up in the directory (batched per request). */
export interface DirectoryLookup {
  load(memberId: string): Promise<DirectoryMember | null>;
}

/** A member of the alliance (of any standing) as the directory knows it now; NOT_FOUND otherwise, naming the field. */
export async function requireMemberOf(directory: DirectoryLookup, memberId: string, allianceId: string, field: string): Promise<DirectoryMember> {
  const entry = await directory.load(memberId);
  if (!entry || !entry.memberships.some((m) => m.allianceId === allianceId)) throw new NotFound(`No member ${memberId} in your alliance.`, { field });
  return entry;
}

/** The member's roles in an alliance, from its directory entry. */
export function rolesIn(entry: DirectoryMember, allianceId: string): readonly Role[] {
  return entry.memberships.find((m) => m.allianceId === allianceId)?.roles ?? [];
}
