import { hasRole, type Viewer } from '@alliance/domain-kit';
import type { MemberKind } from './vocabulary.ts';

/**
 * Who may see what of a member. Pure decisions over plain facts, so they are unit-tested alone.
 *
 * - A member is visible to itself and to members of an alliance it belongs to; never across alliances.
 * - An organisation's contact is business information, visible to its alliances' members.
 * - A grower's contact is private: the grower and its alliance office only (a market buys through
 *   the alliance, not around it).
 * - A suspension reason: the member and the office.
 */
export interface Audience {
  viewer: Viewer;
  /** Alliances the caller belongs to, from the membership records (not only the token's). */
  allianceIds: readonly string[];
}

export interface MemberFacts {
  id: string;
  kind: MemberKind;
  allianceIds: readonly string[];
}

export interface ContactView {
  name: string;
  phone: string;
}

function sharesAlliance(audience: Audience, member: MemberFacts): boolean {
  return member.allianceIds.some((id) => audience.allianceIds.includes(id));
}

/** The caller is the office of this alliance: ALLIANCE_ADMIN in a token issued for it. */
export function isOfficeOf(viewer: Viewer | null, allianceId: string): boolean {
  return viewer !== null && viewer.allianceId === allianceId && hasRole(viewer, 'ALLIANCE_ADMIN');
}

function isOfficeOfMember(audience: Audience, member: MemberFacts): boolean {
  return member.allianceIds.some((id) => isOfficeOf(audience.viewer, id));
}

export function canSeeMember(audience: Audience, member: MemberFacts): boolean {
  return audience.viewer.memberId === member.id || sharesAlliance(audience, member);
}

export function canSeeContact(audience: Audience, member: MemberFacts): boolean {
  if (audience.viewer.memberId === member.id || isOfficeOfMember(audience, member)) return true;
  return member.kind !== 'GROWER' && sharesAlliance(audience, member);
}

export function canSeeStatusReason(audience: Audience, member: MemberFacts): boolean {
  return audience.viewer.memberId === member.id || isOfficeOfMember(audience, member);
}

/** Growers and cooperatives keep bases; they and their office edit them. */
export function canEditBasesOf(audience: Audience, member: MemberFacts): boolean {
  if (member.kind !== 'GROWER' && member.kind !== 'COOPERATIVE') return false;
  return audience.viewer.memberId === member.id || isOfficeOfMember(audience, member);
}
