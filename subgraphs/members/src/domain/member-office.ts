import {
  BadInput,
  Conflict,
  Forbidden,
  NotFound,
  requireActive,
  requireOfficeOf,
  requiredText,
  shanghaiDay,
  uniquely,
  type Role,
} from '@alliance/domain-kit';
import { Member, Membership } from '../entities/index.ts';
import type { MemberKind } from '../entities/vocabulary.ts';
import * as store from '../store/members.ts';
import { announceMembers } from './directory-announcements.ts';
import { announceLotsOfMember } from './lots-announcements.ts';
import { factsOf } from './member-reads.ts';
import { creditCodeFor, defaultRolesFor, normaliseMemberCode, validPhone } from './member-rules.ts';
import type { MembersRequest } from './request.ts';

/** The office's work on the members of its own alliance: admit, update, suspend, reinstate. */

export interface ContactInput {
  name: string;
  phone: string;
}

export interface AdmitMemberInput {
  allianceId: string;
  code: string;
  name: string;
  kind: MemberKind;
  creditCode?: string | null;
  township: string;
  contact: ContactInput;
  roles?: Role[] | null;
  joinedOn?: string | null;
}

/** A member of the caller's alliance, for its office to change; another alliance's looks like none at all. */
async function memberForOffice(req: MembersRequest, id: string, action: string): Promise<Member> {
  const viewer = requireActive(req.viewer);
  const member = await req.loaders.memberById.load(id);
  if (!member || !(await factsOf(req, member)).allianceIds.includes(viewer.allianceId)) {
    throw new NotFound(`No member ${id} in your alliance.`, { field: 'id' });
  }
  requireOfficeOf(viewer, viewer.allianceId, action);
  return member;
}

/** Checked first for a message that names the holder; the unique keys decide under concurrency. */
async function assertUnique(req: MembersRequest, member: Member, checkCode: boolean): Promise<void> {
  const code = checkCode ? await store.holderOfCode(req.em, member.code) : null;
  if (code && code.id !== member.id) throw codeTaken(member);
  const credit = member.creditCode ? await store.holderOfCreditCode(req.em, member.creditCode) : null;
  if (credit && credit.id !== member.id) {
    throw new Conflict(`Credit code ${member.creditCode} is already registered to member ${credit.code}.`, { field: 'creditCode' });
  }
}

function codeTaken(member: Member): Conflict {
  return new Conflict(`Member code ${member.code} is already taken.`, { field: 'code' });
}

function takenBy(member: Member) {
  return (constraint: string | null) =>
    constraint === 'member_credit_code_unique'
      ? new Conflict(`Credit code ${member.creditCode} is already registered to another member.`, { field: 'creditCode' })
      : codeTaken(member);
}

function setContact(member: Member, contact: ContactInput): void {
  member.contactName = requiredText(contact.name, 'contact.name');
  member.contactPhone = validPhone(contact.phone);
}

export async function admitMember(req: MembersRequest, input: AdmitMemberInput): Promise<Member> {
  requireOfficeOf(req.viewer, input.allianceId, 'admit members');
  const alliance = await req.loaders.allianceById.load(input.allianceId);
  if (!alliance) throw new NotFound(`No alliance has id ${input.allianceId}.`, { field: 'allianceId' });
  const member = new Member();
  member.code = normaliseMemberCode(input.code);
  member.name = requiredText(input.name, 'name');
  member.kind = input.kind;
  member.creditCode = creditCodeFor(input.kind, input.creditCode);
  member.township = requiredText(input.township, 'township', 100);
  setContact(member, input.contact);
  member.status = 'ACTIVE';
  member.joinedOn = input.joinedOn ?? shanghaiDay();
  if (member.joinedOn > shanghaiDay()) throw new BadInput('joinedOn cannot be in the future.', { field: 'joinedOn' });
  await assertUnique(req, member, true);
  const roles = input.roles ?? defaultRolesFor(input.kind);
  await uniquely(
    () =>
      req.em.transactional(async (em) => {
        em.persist(member);
        em.persist(new Membership(member, alliance, [...new Set(roles)]));
        await em.flush();
        await announceMembers(em, [member.id]);
      }),
    takenBy(member),
  );
  return member;
}

export interface UpdateMemberInput {
  name?: string | null;
  kind?: MemberKind | null;
  creditCode?: string | null;
  township?: string | null;
  contact?: ContactInput | null;
  roles?: Role[] | null;
  /** Absent: unchanged; null: no cooperative. */
  cooperativeId?: string | null;
}

/** A grower's cooperative: a COOPERATIVE member of the office's own alliance, never the grower itself. */
async function cooperativeFor(req: MembersRequest, member: Member, cooperativeId: string | null, allianceId: string): Promise<string | null> {
  if (cooperativeId === null) return null;
  if (member.kind !== 'GROWER') throw new BadInput(`Only a grower is affiliated with a cooperative; ${member.code} is a ${member.kind.toLowerCase()}.`, { field: 'cooperativeId' });
  const cooperative = await req.loaders.memberById.load(cooperativeId);
  if (!cooperative || !(await factsOf(req, cooperative)).allianceIds.includes(allianceId)) {
    throw new NotFound(`No member ${cooperativeId} in your alliance.`, { field: 'cooperativeId' });
  }
  if (cooperative.kind !== 'COOPERATIVE') throw new BadInput(`${cooperative.code} is not a cooperative.`, { field: 'cooperativeId' });
  return cooperative.id;
}

/**
 * A member's profile is one record seen by every alliance it belongs to: an office changes it only
 * for a member of its alliance alone (a shared member keeps its own profile up).
 */
async function requireProfileOfOneAlliance(req: MembersRequest, member: Member, input: UpdateMemberInput): Promise<void> {
  const profile = input.name != null || input.township != null || input.contact != null || input.kind != null || input.creditCode !== undefined;
  if (!profile) return;
  const memberships = await req.loaders.membershipsByMember.load(member.id);
  if (memberships.some((ms) => ms.alliance.id !== req.viewer!.allianceId)) {
    throw new Forbidden(
      `Member ${member.code} belongs to another alliance too: its name, township, contact, kind and credit code are changed by the member itself (updateMyProfile), not by an office.`,
    );
  }
}

export async function updateMember(req: MembersRequest, id: string, input: UpdateMemberInput): Promise<Member> {
  const member = await memberForOffice(req, id, 'update members');
  const allianceId = req.viewer!.allianceId;
  await requireProfileOfOneAlliance(req, member, input);
  const kind = input.kind ?? member.kind;
  if (input.name != null) member.name = requiredText(input.name, 'name');
  if (input.township != null) member.township = requiredText(input.township, 'township', 100);
  if (input.contact) setContact(member, input.contact);
  // Changing kind or credit code re-checks the pair: an organisation must keep a valid code.
  if (input.kind != null || input.creditCode !== undefined) {
    member.creditCode = creditCodeFor(kind, input.creditCode === undefined ? member.creditCode : input.creditCode);
    member.kind = kind;
  }
  const profileAnnounced = input.name != null || input.kind != null || input.creditCode !== undefined;
  const affiliation = input.cooperativeId !== undefined;
  if (affiliation) member.cooperativeId = await cooperativeFor(req, member, input.cooperativeId ?? null, allianceId);
  await assertUnique(req, member, false);
  await uniquely(
    () =>
      req.em.transactional(async (em) => {
        // Roles are the office's own alliance's: another alliance's membership is not its to change.
        const membership = input.roles ? await store.membershipIn(em, member.id, allianceId) : null;
        if (membership) membership.roles = [...new Set(input.roles)];
        em.persist(member);
        await em.flush();
        // A role taken away stops working in every subgraph as soon as they hear of it; a new name,
        // kind or credit code reaches the directories too (branding names licensees from them).
        if (membership || affiliation || profileAnnounced) await announceMembers(em, [member.id]);
        // The grower's lots carry its cooperative (branding counts certified kg by cooperative).
        if (affiliation) await announceLotsOfMember(em, member.id);
      }),
    takenBy(member),
  );
  return member;
}

/** The member's membership in the office's alliance: standing is kept there, per alliance. */
async function membershipForOffice(req: MembersRequest, member: Member): Promise<Membership> {
  const memberships = await req.loaders.membershipsByMember.load(member.id);
  return memberships.find((ms) => ms.alliance.id === req.viewer!.allianceId)!;
}

/** Suspends or reinstates in the office's alliance only, and tells the other subgraphs at once. */
async function changeStanding(req: MembersRequest, member: Member, membership: Membership): Promise<Member> {
  await req.em.transactional(async (em) => {
    em.persist(membership);
    await em.flush();
    await announceMembers(em, [member.id]);
  });
  return member;
}

export async function suspendMember(req: MembersRequest, id: string, reason: string): Promise<Member> {
  const member = await memberForOffice(req, id, 'suspend members');
  if (member.id === req.viewer!.memberId) throw new BadInput('The office cannot suspend itself.', { field: 'id' });
  const membership = await membershipForOffice(req, member);
  if (membership.status === 'SUSPENDED') throw new Conflict(`Member ${member.code} is already suspended.`);
  membership.status = 'SUSPENDED';
  membership.statusReason = requiredText(reason, 'reason', 500);
  return changeStanding(req, member, membership);
}

export async function reinstateMember(req: MembersRequest, id: string): Promise<Member> {
  const member = await memberForOffice(req, id, 'reinstate members');
  const membership = await membershipForOffice(req, member);
  if (membership.status === 'ACTIVE') throw new Conflict(`Member ${member.code} is already active.`);
  membership.status = 'ACTIVE';
  membership.statusReason = null;
  return changeStanding(req, member, membership);
}
