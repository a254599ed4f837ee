import { isMemberOf, isOfficeOf, type DirectoryMember, type Viewer } from '@alliance/domain-kit';
import { isBrandOfficeOf } from './certificate-access.ts';

/**
 * Who may do what with origin-label licences and their label batches, from the licence's facts
 * and the caller's roles in the directory now. Whoever may not see a licence is answered as if it
 * did not exist, whichever alliance it acts in.
 */
export interface LicenceFacts {
  allianceId: string;
  /** Null for an outside buyer (who has no account). */
  licenseeMemberId: string | null;
}

/** Grants, suspends, reinstates and revokes licences, and issues labels: the brand office only. */
export function canManageLicences(viewer: Viewer | null, allianceId: string): boolean {
  return isBrandOfficeOf(viewer, allianceId);
}

/** Every licence and batch of the alliance: its office and brand office. */
export function canSeeAllLicences(viewer: Viewer | null, allianceId: string): boolean {
  return isOfficeOf(viewer, allianceId) || isBrandOfficeOf(viewer, allianceId);
}

/** The licensee itself, acting in the licence's alliance. */
export function isLicensee(viewer: Viewer | null, licence: LicenceFacts): boolean {
  return isMemberOf(viewer, licence.allianceId) && licence.licenseeMemberId !== null && viewer!.memberId === licence.licenseeMemberId;
}

/** A licence, its batches, their codes and printer's file: the office, the brand office and the licensee. */
export function canSeeLicence(viewer: Viewer | null, licence: LicenceFacts): boolean {
  return canSeeAllLicences(viewer, licence.allianceId) || isLicensee(viewer, licence);
}

/** The kinds of member that sell under the alliance's label: partner markets and sales entities. */
const LICENSEE_KINDS = ['PARTNER_MARKET', 'SALES_ENTITY'];

export type LicenseeCheck = { ok: true } | { ok: false; reason: string };

/** A member may hold a licence when it is a partner market or a sales entity of the alliance (by kind or role). */
export function mayHoldLicence(entry: DirectoryMember, allianceId: string): LicenseeCheck {
  const membership = entry.memberships.find((m) => m.allianceId === allianceId);
  if (!membership) return { ok: false, reason: 'it is not a member of your alliance' };
  if (!LICENSEE_KINDS.includes(entry.kind) && !membership.roles.includes('PARTNER_MARKET')) {
    return { ok: false, reason: `it is a ${entry.kind.toLowerCase().replace(/_/g, ' ')}; licences go to partner markets and sales entities` };
  }
  return { ok: true };
}

/** The licensee's standing in the licence's alliance now: a suspended licensee gets no new labels. */
export function licenseeStanding(entry: DirectoryMember | null, allianceId: string): string {
  const membership = entry?.memberships.find((m) => m.allianceId === allianceId);
  if (!entry || !membership) return 'GONE';
  return membership.status ?? entry.status;
}
