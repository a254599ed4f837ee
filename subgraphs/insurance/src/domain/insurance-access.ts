import { Forbidden, hasRole, isMemberOf, isOfficeOf, requireActive, requireViewer, type Viewer } from '@alliance/domain-kit';

/**
 * Who may do what in insurance, from the caller's roles in the directory now. Everything is of one
 * alliance (the caller's): whoever may not see a record of it is answered as if it did not exist.
 */

/** The insurer of this alliance: INSURER there now. */
export function isInsurerOf(viewer: Viewer | null, allianceId: string): boolean {
  return isMemberOf(viewer, allianceId) && hasRole(viewer, 'INSURER');
}

/** Publishes cost bases, settles, reads every contract, the raw observations and exposure: the insurer and the office. */
export function isInsurerOrOfficeOf(viewer: Viewer | null, allianceId: string): boolean {
  return isInsurerOf(viewer, allianceId) || isOfficeOf(viewer, allianceId);
}

/** A grower or cooperative of the alliance: may insure its own crop. */
export function isInsurableMember(viewer: Viewer | null, allianceId: string): boolean {
  return isMemberOf(viewer, allianceId) && (hasRole(viewer, 'GROWER') || hasRole(viewer, 'COOPERATIVE'));
}

/** A member's contracts, quotes and settlements: the member itself, the office and the insurer of the alliance. */
export function canSeeMembersCover(viewer: Viewer | null, record: { allianceId: string; memberId: string }): boolean {
  return isInsurerOrOfficeOf(viewer, record.allianceId) || (isMemberOf(viewer, record.allianceId) && viewer!.memberId === record.memberId);
}

/** The price index and cost bases are the alliance's market information: every member of it. */
export function requireAllianceMember(viewer: Viewer | null, what: string): Viewer {
  const v = requireViewer(viewer);
  if (!v.allianceId) throw new Forbidden(`Only members of an alliance may read ${what}.`);
  return v;
}

/** The insurer or the office of the caller's alliance, in good standing. */
export function requireInsurerOrOffice(viewer: Viewer | null, action: string): Viewer {
  const v = requireActive(viewer);
  if (!isInsurerOrOfficeOf(v, v.allianceId)) throw new Forbidden(`Only the insurer or the office of the alliance may ${action}.`);
  return v;
}

/** The insurer of the caller's alliance, in good standing. */
export function requireInsurer(viewer: Viewer | null, action: string): Viewer {
  const v = requireActive(viewer);
  if (!isInsurerOf(v, v.allianceId)) throw new Forbidden(`Only the alliance's insurer may ${action}.`);
  return v;
}
