import { hasRole, isMemberOf, isOfficeOf, type Viewer } from '@alliance/domain-kit';
import type { MemberKind } from '../entities/vocabulary.ts';

/**
 * Who may see what of a member: pure decisions over plain facts, built on the shared predicates
 * (`isMemberOf`, `isOfficeOf`), so they are unit-tested alone. A caller sees and acts in the one
 * alliance its token names, as in every subgraph.
 *
 * - A member is visible to the members of the alliance the caller acts in, if it belongs to it.
 * - An organisation's contact is business information, visible to its alliance's members.
 * - A grower's contact is private: the grower and its alliance office only (a market buys through
 *   the alliance, not around it).
 * - A suspension reason: the member and the office.
 */
export interface MemberFacts {
  id: string;
  kind: MemberKind;
  allianceIds: readonly string[];
}

export interface ContactView {
  name: string;
  phone: string;
}

/** The member belongs to the alliance the caller acts in. */
function inCallersAlliance(viewer: Viewer, member: MemberFacts): boolean {
  return member.allianceIds.some((id) => isMemberOf(viewer, id));
}

function isOfficeOfMember(viewer: Viewer, member: MemberFacts): boolean {
  return member.allianceIds.some((id) => isOfficeOf(viewer, id));
}

export function canSeeMember(viewer: Viewer, member: MemberFacts): boolean {
  return inCallersAlliance(viewer, member);
}

export function canSeeContact(viewer: Viewer, member: MemberFacts): boolean {
  if (!inCallersAlliance(viewer, member)) return false;
  return viewer.memberId === member.id || isOfficeOfMember(viewer, member) || member.kind !== 'GROWER';
}

export function canSeeStatusReason(viewer: Viewer, member: MemberFacts): boolean {
  return inCallersAlliance(viewer, member) && (viewer.memberId === member.id || isOfficeOfMember(viewer, member));
}

/** Growers and cooperatives keep bases; they (while they hold GROWER or COOPERATIVE) and their office edit them. */
export function canEditBasesOf(viewer: Viewer, member: MemberFacts): boolean {
  if (member.kind !== 'GROWER' && member.kind !== 'COOPERATIVE') return false;
  if (!inCallersAlliance(viewer, member)) return false;
  return (viewer.memberId === member.id && hasRole(viewer, 'GROWER', 'COOPERATIVE')) || isOfficeOfMember(viewer, member);
}
