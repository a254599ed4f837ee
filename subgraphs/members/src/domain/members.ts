import type { EntityManager } from '@mikro-orm/postgresql';
import { findDirectoryMembers } from '../store/directory.ts';
import {
  BadInput,
  Conflict,
  decodeCursor,
  encodeCursor,
  Forbidden,
  NotFound,
  pageSize,
  requireViewer,
  shanghaiDay,
  Unauthenticated,
  type Role,
  type Viewer,
} from '@alliance/domain-kit';
import { publish } from '@alliance/messaging';
import { Alliance, Base, Lot, Member, Membership } from '../entities/index.ts';
import {
  canEditBasesOf,
  canSeeContact,
  canSeeMember,
  canSeeStatusReason,
  isOfficeOf,
  type Audience,
  type ContactView,
  type MemberFacts,
} from './member-access.ts';
import {
  creditCodeFor,
  defaultRolesFor,
  normaliseMemberCode,
  requiredText,
  validAreaMu,
  validPhone,
} from './member-rules.ts';
import type { MembersRequest } from './request.ts';
import type { Crop, MemberKind, MemberStatus } from './vocabulary.ts';

// ---------------------------------------------------------------- reading

/** The caller and the alliances it belongs to; null for anonymous callers. */
export async function audienceOf(req: MembersRequest): Promise<Audience | null> {
  if (!req.viewer) return null;
  const memberships = await req.loaders.membershipsByMember.load(req.viewer.memberId);
  return { viewer: req.viewer, allianceIds: memberships.map((m) => m.alliance.id) };
}

async function requireAudience(req: MembersRequest): Promise<Audience> {
  const audience = await audienceOf(req);
  if (!audience) throw new Unauthenticated();
  return audience;
}

export async function factsOf(req: MembersRequest, member: Member): Promise<MemberFacts> {
  const memberships = await req.loaders.membershipsByMember.load(member.id);
  return { id: member.id, kind: member.kind, allianceIds: memberships.map((m) => m.alliance.id) };
}

/** A member the caller may see; null when there is none; FORBIDDEN across alliances. */
export async function findMember(req: MembersRequest, id: string): Promise<Member | null> {
  const audience = await requireAudience(req);
  const member = await req.loaders.memberById.load(id);
  if (!member) return null;
  if (!canSeeMember(audience, await factsOf(req, member))) {
    throw new Forbidden(`Member ${id} belongs to an alliance you are not part of.`);
  }
  return member;
}

/**
 * A member by its code, null when the caller may not see it: codes are guessable (LX-G0001), so a
 * refusal would tell another alliance's membership apart from no member at all.
 */
export async function findMemberByCode(req: MembersRequest, code: string): Promise<Member | null> {
  const audience = await requireAudience(req);
  const member = await req.em.findOne(Member, { code: code.trim().toUpperCase() });
  return member && canSeeMember(audience, await factsOf(req, member)) ? member : null;
}

export async function viewerMember(req: MembersRequest): Promise<Member | null> {
  const viewer = requireViewer(req.viewer);
  return req.loaders.memberById.load(viewer.memberId);
}

export async function contactOf(req: MembersRequest, member: Member): Promise<ContactView | null> {
  const audience = await audienceOf(req);
  if (!audience || !canSeeContact(audience, await factsOf(req, member))) return null;
  return { name: member.contactName, phone: member.contactPhone };
}

export async function statusReasonOf(req: MembersRequest, member: Member): Promise<string | null> {
  const audience = await audienceOf(req);
  if (!audience || !canSeeStatusReason(audience, await factsOf(req, member))) return null;
  return member.statusReason;
}

export async function listAlliances(em: EntityManager): Promise<Alliance[]> {
  return em.find(Alliance, {}, { orderBy: { code: 'asc' } });
}

export interface MemberFilter {
  allianceId?: string | null;
  kinds?: MemberKind[] | null;
  township?: string | null;
  status?: MemberStatus | null;
  text?: string | null;
}

export interface MemberPage {
  nodes: Member[];
  hasNextPage: boolean;
  totalCount: number;
  cursorOf(member: Member): string;
}

/** Members of one of the caller's alliances, by code, keyset-paginated. */
export async function listMembers(
  req: MembersRequest,
  filter: MemberFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<MemberPage> {
  const audience = await requireAudience(req);
  const allianceId = filter.allianceId ?? audience.viewer.allianceId;
  if (!audience.allianceIds.includes(allianceId)) {
    throw new Forbidden('You can list the members of your own alliances only.', { field: 'filter.allianceId' });
  }
  const limit = pageSize(first);
  const qb = req.em
    .createQueryBuilder(Member, 'm')
    .join('m.memberships', 'ms')
    .where({ memberships: { alliance: allianceId } });
  if (filter.kinds?.length) qb.andWhere({ kind: { $in: filter.kinds } });
  if (filter.township) qb.andWhere({ township: filter.township });
  if (filter.status) qb.andWhere({ status: filter.status });
  if (filter.text?.trim()) {
    const pattern = `%${filter.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.andWhere({ $or: [{ code: { $ilike: pattern } }, { name: { $ilike: pattern } }, { township: { $ilike: pattern } }] });
  }
  const totalCount = await qb.clone().getCount();
  if (after) {
    const [code] = decodeCursor(after, 1);
    qb.andWhere({ code: { $gt: String(code) } });
  }
  const rows = await qb.orderBy({ code: 'asc' }).limit(limit + 1).getResultList();
  return {
    nodes: rows.slice(0, limit),
    hasNextPage: rows.length > limit,
    totalCount,
    cursorOf: (member) => encodeCursor([member.code]),
  };
}

// ---------------------------------------------------------------- office actions

/** The acting caller must exist and be active: a suspended member's token trades no more. */
export async function requireActiveViewer(req: MembersRequest): Promise<Viewer> {
  const viewer = requireViewer(req.viewer);
  const self = await req.loaders.memberById.load(viewer.memberId);
  if (!self) throw new Unauthenticated('Your token names a member that does not exist; get a new token.');
  if (self.status !== 'ACTIVE') {
    throw new Forbidden(`Your membership is ${self.status.toLowerCase()}: you can see your own records, but not trade or make changes until the alliance office reinstates you.`);
  }
  return viewer;
}

async function requireOffice(req: MembersRequest, allianceId: string, action: string): Promise<Viewer> {
  const viewer = await requireActiveViewer(req);
  if (!isOfficeOf(viewer, allianceId)) throw new Forbidden(`Only the alliance office may ${action}.`, { requiredRoles: ['ALLIANCE_ADMIN'] });
  return viewer;
}

async function memberInOfficeAlliance(req: MembersRequest, id: string, action: string): Promise<Member> {
  const viewer = await requireActiveViewer(req);
  const member = await req.em.findOne(Member, { id });
  if (!member) throw new NotFound(`No member has id ${id}.`, { field: 'id' });
  const facts = await factsOf(req, member);
  if (!facts.allianceIds.includes(viewer.allianceId)) throw new NotFound(`No member ${id} in your alliance.`, { field: 'id' });
  await requireOffice(req, viewer.allianceId, action);
  return member;
}

async function assertUnique(em: EntityManager, code: string | null, creditCode: string | null, exceptId?: string) {
  if (code) {
    const taken = await em.findOne(Member, { code }, { fields: ['id'] });
    if (taken && taken.id !== exceptId) throw new Conflict(`Member code ${code} is already taken.`, { field: 'code' });
  }
  if (creditCode) {
    const taken = await em.findOne(Member, { creditCode }, { fields: ['id', 'code'] });
    if (taken && taken.id !== exceptId) {
      throw new Conflict(`Credit code ${creditCode} is already registered to member ${taken.code}.`, { field: 'creditCode' });
    }
  }
}

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

export async function admitMember(req: MembersRequest, input: AdmitMemberInput): Promise<Member> {
  await requireOffice(req, input.allianceId, 'admit members');
  const alliance = await req.em.findOne(Alliance, { id: input.allianceId });
  if (!alliance) throw new NotFound(`No alliance has id ${input.allianceId}.`, { field: 'allianceId' });
  const member = new Member();
  member.code = normaliseMemberCode(input.code);
  member.name = requiredText(input.name, 'name');
  member.kind = input.kind;
  member.creditCode = creditCodeFor(input.kind, input.creditCode);
  member.township = requiredText(input.township, 'township', 100);
  member.contactName = requiredText(input.contact.name, 'contact.name');
  member.contactPhone = validPhone(input.contact.phone);
  member.status = 'ACTIVE';
  member.joinedOn = input.joinedOn ?? shanghaiDay();
  if (member.joinedOn > shanghaiDay()) throw new BadInput('joinedOn cannot be in the future.', { field: 'joinedOn' });
  await assertUnique(req.em, member.code, member.creditCode);
  const roles = input.roles ?? defaultRolesFor(input.kind);
  await req.em.transactional(async (em) => {
    em.persist(member);
    em.persist(new Membership(member, alliance, [...new Set(roles)]));
    await em.flush();
    await announceMembers(em, [member.id]);
  });
  return member;
}

/**
 * Tells the other subgraphs who these members are now (status, alliances): they check operators
 * against it and refuse a member that is not active. In the caller's transaction, after a flush.
 */
export async function announceMembers(em: EntityManager, memberIds: string[] | null): Promise<void> {
  if (memberIds && !memberIds.length) return;
  const members = await findDirectoryMembers(em, memberIds);
  const announcedAt = new Date().toISOString();
  await publish(em, 'members', 'members.changed', memberIds?.length === 1 ? memberIds[0]! : 'directory', {
    members: members.map((m) => ({
      memberId: m.memberId,
      kind: m.kind,
      status: m.status,
      allianceIds: m.memberships.map((ms) => ms.allianceId),
      memberships: m.memberships.map((ms) => ({ allianceId: ms.allianceId, roles: [...ms.roles] })),
      announcedAt,
    })),
  });
}

export interface UpdateMemberInput {
  name?: string | null;
  kind?: MemberKind | null;
  creditCode?: string | null;
  township?: string | null;
  contact?: ContactInput | null;
  roles?: Role[] | null;
}

export async function updateMember(req: MembersRequest, id: string, input: UpdateMemberInput): Promise<Member> {
  const member = await memberInOfficeAlliance(req, id, 'update members');
  const kind = input.kind ?? member.kind;
  if (input.name != null) member.name = requiredText(input.name, 'name');
  if (input.township != null) member.township = requiredText(input.township, 'township', 100);
  if (input.contact) {
    member.contactName = requiredText(input.contact.name, 'contact.name');
    member.contactPhone = validPhone(input.contact.phone);
  }
  // Changing kind or credit code re-checks the pair: an organisation must keep a valid code.
  if (input.kind != null || input.creditCode !== undefined) {
    member.creditCode = creditCodeFor(kind, input.creditCode === undefined ? member.creditCode : input.creditCode);
    member.kind = kind;
  }
  await assertUnique(req.em, null, member.creditCode, member.id);
  await req.em.transactional(async (em) => {
    if (input.roles) {
      const membership = await em.findOneOrFail(Membership, { member: member.id, alliance: req.viewer!.allianceId });
      membership.roles = [...new Set(input.roles)];
    }
    em.persist(member);
    await em.flush();
    // A role taken away stops working in every subgraph as soon as they hear of it.
    if (input.roles) await announceMembers(em, [member.id]);
  });
  return member;
}

export async function suspendMember(req: MembersRequest, id: string, reason: string): Promise<Member> {
  const member = await memberInOfficeAlliance(req, id, 'suspend members');
  if (member.id === req.viewer!.memberId) throw new BadInput('The office cannot suspend itself.', { field: 'id' });
  if (member.status === 'SUSPENDED') throw new Conflict(`Member ${member.code} is already suspended.`);
  member.status = 'SUSPENDED';
  member.statusReason = requiredText(reason, 'reason', 500);
  await req.em.transactional(async (em) => {
    em.persist(member);
    await em.flush();
    await announceMembers(em, [member.id]);
  });
  return member;
}

export async function reinstateMember(req: MembersRequest, id: string): Promise<Member> {
  const member = await memberInOfficeAlliance(req, id, 'reinstate members');
  if (member.status === 'ACTIVE') throw new Conflict(`Member ${member.code} is already active.`);
  member.status = 'ACTIVE';
  member.statusReason = null;
  await req.em.transactional(async (em) => {
    em.persist(member);
    await em.flush();
    await announceMembers(em, [member.id]);
  });
  return member;
}

// ---------------------------------------------------------------- self service

export interface UpdateProfileInput {
  name?: string | null;
  township?: string | null;
  contact?: ContactInput | null;
}

export async function updateMyProfile(req: MembersRequest, input: UpdateProfileInput): Promise<Member> {
  const viewer = await requireActiveViewer(req);
  const member = await req.em.findOneOrFail(Member, { id: viewer.memberId });
  if (input.name != null) member.name = requiredText(input.name, 'name');
  if (input.township != null) member.township = requiredText(input.township, 'township', 100);
  if (input.contact) {
    member.contactName = requiredText(input.contact.name, 'contact.name');
    member.contactPhone = validPhone(input.contact.phone);
  }
  await req.em.flush();
  return member;
}

export interface BaseInput {
  township: string;
  areaMu: string;
  crop: Crop;
}

async function requireBaseEditor(req: MembersRequest, member: Member): Promise<void> {
  await requireActiveViewer(req);
  const audience = await requireAudience(req);
  if (!canEditBasesOf(audience, await factsOf(req, member))) {
    throw new Forbidden('Only the grower or cooperative itself, or its alliance office, may edit its bases.');
  }
}

export async function addBase(req: MembersRequest, input: BaseInput, memberId?: string | null): Promise<Base> {
  const viewer = requireViewer(req.viewer);
  const member = await req.em.findOne(Member, { id: memberId ?? viewer.memberId });
  if (!member) throw new NotFound(`No member has id ${memberId}.`, { field: 'memberId' });
  await requireBaseEditor(req, member);
  const base = new Base(member, requiredText(input.township, 'township', 100), validAreaMu(input.areaMu), input.crop);
  await req.em.persistAndFlush(base);
  return base;
}

async function editableBase(req: MembersRequest, id: string): Promise<Base> {
  requireViewer(req.viewer);
  const base = await req.em.findOne(Base, { id }, { populate: ['member'] });
  if (!base) throw new NotFound(`No base has id ${id}.`, { field: 'id' });
  await requireBaseEditor(req, base.member);
  return base;
}

export async function updateBase(req: MembersRequest, id: string, input: BaseInput): Promise<Base> {
  const base = await editableBase(req, id);
  base.township = requiredText(input.township, 'township', 100);
  base.areaMu = validAreaMu(input.areaMu);
  base.crop = input.crop;
  await req.em.flush();
  return base;
}

export async function removeBase(req: MembersRequest, id: string): Promise<string> {
  const base = await editableBase(req, id);
  const lots = await req.em.count(Lot, { base });
  if (lots > 0) throw new Conflict(`Base ${id} has ${lots} lot(s) declared on it and stays on record.`);
  await req.em.removeAndFlush(base);
  return id;
}
