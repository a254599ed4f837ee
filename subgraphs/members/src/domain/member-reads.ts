import { decodeCursor, encodeCursor, Forbidden, pageOf, pageSize, requireViewer, type Page, type Viewer } from '@alliance/domain-kit';
import type { Member, Membership } from '../entities/index.ts';
import type { MemberKind, MemberStatus } from '../entities/vocabulary.ts';
import * as store from '../store/members.ts';
import { canSeeContact, canSeeMember, canSeeStatusReason, type ContactView, type MemberFacts } from './member-access.ts';
import type { MembersRequest } from './request.ts';

export async function factsOf(req: MembersRequest, member: Member): Promise<MemberFacts> {
  const memberships = await req.loaders.membershipsByMember.load(member.id);
  return { id: member.id, kind: member.kind, allianceIds: memberships.map((m) => m.alliance.id) };
}

async function visible(req: MembersRequest, viewer: Viewer, member: Member | null): Promise<Member | null> {
  return member && canSeeMember(viewer, await factsOf(req, member)) ? member : null;
}

/**
 * A member the caller may see, null otherwise. By id or by code, another alliance's member looks
 * like no member at all: a refusal would confirm that it exists (codes such as LX-G0001 are guessable).
 */
export async function findMember(req: MembersRequest, id: string): Promise<Member | null> {
  const viewer = requireViewer(req.viewer);
  return visible(req, viewer, await req.loaders.memberById.load(id));
}

export async function findMemberByCode(req: MembersRequest, code: string): Promise<Member | null> {
  const viewer = requireViewer(req.viewer);
  return visible(req, viewer, await store.findMemberByCode(req.em, code.trim().toUpperCase()));
}

/** The grower's cooperative, when the caller may see it. */
export async function cooperativeOf(req: MembersRequest, member: Member): Promise<Member | null> {
  return member.cooperativeId ? findMember(req, member.cooperativeId) : null;
}

export async function viewerMember(req: MembersRequest): Promise<Member | null> {
  const viewer = requireViewer(req.viewer);
  return req.loaders.memberById.load(viewer.memberId);
}

export async function contactOf(req: MembersRequest, member: Member): Promise<ContactView | null> {
  if (!req.viewer || !canSeeContact(req.viewer, await factsOf(req, member))) return null;
  return { name: member.contactName, phone: member.contactPhone };
}

/**
 * The member's standing as the caller sees it: that of its membership in the alliance the caller
 * acts in (the member itself, acting there, sees the same). Another alliance's decision stays there.
 */
async function membershipSeenBy(req: MembersRequest, member: Member): Promise<Membership | null> {
  const viewer = requireViewer(req.viewer);
  const memberships = await req.loaders.membershipsByMember.load(member.id);
  return memberships.find((ms) => ms.alliance.id === viewer.allianceId) ?? null;
}

export async function statusOf(req: MembersRequest, member: Member): Promise<MemberStatus> {
  return (await membershipSeenBy(req, member))?.status ?? member.status;
}

export async function statusReasonOf(req: MembersRequest, member: Member): Promise<string | null> {
  if (!req.viewer || !canSeeStatusReason(req.viewer, await factsOf(req, member))) return null;
  return (await membershipSeenBy(req, member))?.statusReason ?? null;
}

/** The member's memberships the caller may see: the one in the caller's alliance; all of them for the member itself. */
export async function alliancesOf(req: MembersRequest, member: Member): Promise<Membership[]> {
  const viewer = requireViewer(req.viewer);
  const memberships = await req.loaders.membershipsByMember.load(member.id);
  if (viewer.memberId === member.id) return memberships;
  return memberships.filter((ms) => ms.alliance.id === viewer.allianceId);
}

export const listAlliances = store.listAlliances;

export interface MemberFilter {
  allianceId?: string | null;
  kinds?: MemberKind[] | null;
  township?: string | null;
  status?: MemberStatus | null;
  text?: string | null;
}

export interface MemberPage extends Page<Member> {
  totalCount: number;
}

/** Members of the alliance the caller acts in, by code, keyset-paginated. */
export async function listMembers(
  req: MembersRequest,
  filter: MemberFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<MemberPage> {
  const viewer = requireViewer(req.viewer);
  const allianceId = filter.allianceId ?? viewer.allianceId;
  if (allianceId !== viewer.allianceId) {
    throw new Forbidden('You can list the members of the alliance you act in only.', { field: 'filter.allianceId' });
  }
  const limit = pageSize(first);
  const criteria: store.MemberCriteria = { ...filter, allianceId, text: filter.text?.trim() || null };
  const afterCode = after ? String(decodeCursor(after, 1)[0]) : null;
  const totalCount = await store.countMembers(req.em, criteria);
  const rows = await store.findMembers(req.em, criteria, afterCode, limit);
  return { ...pageOf(rows, limit, (member) => encodeCursor([member.code])), totalCount };
}
