import type { EntityManager } from '@mikro-orm/postgresql';
import { Alliance, Member, Membership } from '../entities/index.ts';
import type { MemberKind, MemberStatus } from '../entities/vocabulary.ts';

export interface MemberCriteria {
  allianceId: string;
  kinds?: readonly MemberKind[] | null;
  township?: string | null;
  status?: MemberStatus | null;
  /** Part of the code, name or township, any case. */
  text?: string | null;
}

function membersMatching(em: EntityManager, c: MemberCriteria) {
  const qb = em.createQueryBuilder(Member, 'm').join('m.memberships', 'ms').where({ memberships: { alliance: c.allianceId } });
  if (c.kinds?.length) qb.andWhere({ kind: { $in: [...c.kinds] } });
  if (c.township) qb.andWhere({ township: c.township });
  // Standing in the listed alliance, not in another.
  if (c.status) qb.andWhere({ 'ms.status': c.status });
  if (c.text) {
    const pattern = `%${c.text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    qb.andWhere({ $or: [{ code: { $ilike: pattern } }, { name: { $ilike: pattern } }, { township: { $ilike: pattern } }] });
  }
  return qb;
}

export async function countMembers(em: EntityManager, criteria: MemberCriteria): Promise<number> {
  return membersMatching(em, criteria).getCount();
}

/** Members by code after `afterCode`; `limit + 1` rows tell whether more follow. */
export async function findMembers(em: EntityManager, criteria: MemberCriteria, afterCode: string | null, limit: number): Promise<Member[]> {
  const qb = membersMatching(em, criteria);
  if (afterCode !== null) qb.andWhere({ code: { $gt: afterCode } });
  return qb.orderBy({ code: 'asc' }).limit(limit + 1).getResultList();
}

export async function findMemberByCode(em: EntityManager, code: string): Promise<Member | null> {
  return em.findOne(Member, { code });
}

/** Which member holds a code or a credit code, if any. */
export async function holderOfCode(em: EntityManager, code: string): Promise<{ id: string } | null> {
  return em.findOne(Member, { code }, { fields: ['id'] });
}

export async function holderOfCreditCode(em: EntityManager, creditCode: string): Promise<{ id: string; code: string } | null> {
  return em.findOne(Member, { creditCode }, { fields: ['id', 'code'] });
}

export async function membershipIn(em: EntityManager, memberId: string, allianceId: string): Promise<Membership | null> {
  return em.findOne(Membership, { member: memberId, alliance: allianceId });
}

export async function membershipsWithAlliances(em: EntityManager, member: Member): Promise<Membership[]> {
  return em.find(Membership, { member }, { populate: ['alliance'], orderBy: { alliance: { code: 'asc' } } });
}

export async function listAlliances(em: EntityManager): Promise<Alliance[]> {
  return em.find(Alliance, {}, { orderBy: { code: 'asc' } });
}
