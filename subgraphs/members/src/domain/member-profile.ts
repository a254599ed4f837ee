import { BadInput, Conflict, Forbidden, NotFound, requireActive, requiredText } from '@alliance/domain-kit';
import { Base, type Member } from '../entities/index.ts';
import type { Crop } from '../entities/vocabulary.ts';
import { countLotsOnBase, findBaseWithMember } from '../store/lots.ts';
import { announceBases, announceRemovedBase } from './bases-announcements.ts';
import { announceMembers } from './directory-announcements.ts';
import { canEditBasesOf, canSeeMember } from './member-access.ts';
import { factsOf } from './member-reads.ts';
import { validAreaMu, validPhone } from './member-rules.ts';
import type { ContactInput } from './member-office.ts';
import type { MembersRequest } from './request.ts';

/** What a member keeps up itself: its profile, and a grower's or cooperative's growing bases. */

export interface UpdateProfileInput {
  name?: string | null;
  township?: string | null;
  contact?: ContactInput | null;
}

export async function updateMyProfile(req: MembersRequest, input: UpdateProfileInput): Promise<Member> {
  const viewer = requireActive(req.viewer);
  const member = (await req.loaders.memberById.load(viewer.memberId))!;
  if (input.name != null) member.name = requiredText(input.name, 'name');
  if (input.township != null) member.township = requiredText(input.township, 'township', 100);
  if (input.contact) {
    member.contactName = requiredText(input.contact.name, 'contact.name');
    member.contactPhone = validPhone(input.contact.phone);
  }
  await req.em.transactional(async (em) => {
    em.persist(member);
    await em.flush();
    // The directories of the other subgraphs carry the name (branding writes it on licences).
    if (input.name != null) await announceMembers(em, [member.id]);
  });
  return member;
}

export interface BaseInput {
  township: string;
  areaMu: string;
  crop: Crop;
}

/** Bases of another alliance's member answer `missing`: as if neither existed. */
async function requireBaseEditor(req: MembersRequest, member: Member, missing: () => NotFound): Promise<void> {
  const viewer = requireActive(req.viewer);
  const facts = await factsOf(req, member);
  if (!canSeeMember(viewer, facts)) throw missing();
  if (!canEditBasesOf(viewer, facts)) {
    throw new Forbidden('Only the grower or cooperative itself (holding GROWER or COOPERATIVE), or its alliance office, may edit its bases.', {
      requiredRoles: ['GROWER', 'COOPERATIVE'],
    });
  }
}

export async function addBase(req: MembersRequest, input: BaseInput, memberId?: string | null): Promise<Base> {
  const viewer = requireActive(req.viewer);
  const member = await req.loaders.memberById.load(memberId ?? viewer.memberId);
  const missing = () => new NotFound(`No member has id ${memberId}.`, { field: 'memberId' });
  if (!member) throw missing();
  await requireBaseEditor(req, member, missing);
  const base = new Base(member, requiredText(input.township, 'township', 100), validAreaMu(input.areaMu), input.crop);
  await req.em.transactional(async (em) => {
    em.persist(base);
    await em.flush();
    await announceBases(em, [base]);
  });
  return base;
}

async function editableBase(req: MembersRequest, id: string): Promise<Base> {
  requireActive(req.viewer);
  const base = await findBaseWithMember(req.em, id);
  const missing = () => new NotFound(`No base has id ${id}.`, { field: 'id' });
  if (!base) throw missing();
  await requireBaseEditor(req, base.member, missing);
  return base;
}

export async function updateBase(req: MembersRequest, id: string, input: BaseInput): Promise<Base> {
  const base = await editableBase(req, id);
  base.township = requiredText(input.township, 'township', 100);
  base.areaMu = validAreaMu(input.areaMu);
  if (input.crop !== base.crop) {
    // Its lots were declared as the base's crop: a different crop would contradict them.
    const lots = await countLotsOnBase(req.em, base);
    if (lots > 0) throw new BadInput(`Base ${id} holds ${lots} lot(s) of ${base.crop}; its crop cannot change.`, { field: 'input.crop' });
  }
  base.crop = input.crop;
  await req.em.transactional(async (em) => {
    await em.flush();
    await announceBases(em, [base]);
  });
  return base;
}

export async function removeBase(req: MembersRequest, id: string): Promise<string> {
  const base = await editableBase(req, id);
  const lots = await countLotsOnBase(req.em, base);
  if (lots > 0) throw new Conflict(`Base ${id} has ${lots} lot(s) declared on it and stays on record.`);
  const facts = { baseId: base.id, memberId: base.member.id, crop: base.crop, township: base.township, areaMu: base.areaMu };
  await req.em.transactional(async (em) => {
    em.remove(base);
    await em.flush();
    await announceRemovedBase(em, facts);
  });
  return id;
}
