import { Forbidden, Unauthenticated } from './errors.ts';

export const ROLES = [
  'ALLIANCE_ADMIN',
  'GROWER',
  'COOPERATIVE',
  'FACILITY_OPERATOR',
  'PARTNER_MARKET',
  'INSURER',
  'BRAND_OFFICE',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Who the caller says it is, as the gateway verified from its token: a member, and the alliance
 * membership it acts in. Nothing it may do comes from here.
 */
export interface Identity {
  memberId: string;
  allianceId: string;
}

/** A member as the member directory knows it now: standing and roles in each of its alliances. */
export interface DirectoryMember {
  memberId: string;
  kind: string;
  status: string;
  /** `status`: the standing in that alliance (an entry announced before it existed has the member's only). */
  memberships: readonly { allianceId: string; roles: readonly Role[]; status?: string }[];
}

/**
 * The caller of a request: its identity, and what the member directory says of it at the time of
 * the request (BRIEF.md: never what a token claimed when it was issued). `roles` are its roles in
 * the alliance it acts in; `status` is its standing there (another office's suspension does not reach it).
 */
export interface Viewer extends Identity {
  roles: readonly Role[];
  status: string;
  kind: string;
}

/**
 * The caller from its identity and its directory entry. A token naming no member is refused as
 * unauthenticated; one acting in an alliance the member does not belong to (any more) as forbidden.
 */
export function viewerFromDirectory(identity: Identity, entry: DirectoryMember | null): Viewer {
  if (!entry) {
    throw new Unauthenticated('Your token names no member of the alliance directory; get a new token (npm run token -- <member-code>).');
  }
  const membership = entry.memberships.find((m) => m.allianceId === identity.allianceId);
  if (!membership) {
    throw new Forbidden('Your token acts in an alliance you are not a member of (any more); get a token for one of your alliances.');
  }
  return { memberId: entry.memberId, allianceId: identity.allianceId, roles: [...membership.roles], status: membership.status ?? entry.status, kind: entry.kind };
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return viewer !== null && roles.some((role) => viewer.roles.includes(role));
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new Unauthenticated();
  return viewer;
}

export function requireRole(viewer: Viewer | null, roles: Role[], action: string): Viewer {
  const v = requireViewer(viewer);
  if (!hasRole(v, ...roles)) {
    throw new Forbidden(`Only ${roles.join(' or ')} may ${action}.`, { requiredRoles: roles });
  }
  return v;
}
