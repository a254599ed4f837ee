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

/** The authenticated caller, as verified by the gateway and forwarded to subgraphs. */
export interface Viewer {
  memberId: string;
  allianceId: string;
  roles: readonly Role[];
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
