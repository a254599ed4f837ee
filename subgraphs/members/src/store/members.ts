import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table, verbatim, type Sql } from '@alliance/db';
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

/**
 * A member as a plain object with the Member entity's columns (no collections): what read-only
 * paths (a lot's grower) hand to the Member resolvers, which read only these columns and load
 * the rest by id. Reading it hydrates no ORM entity.
 */
export type MemberRow = Pick<
  Member,
  'id' | 'code' | 'name' | 'kind' | 'creditCode' | 'township' | 'contactName' | 'contactPhone' | 'status' | 'statusReason' | 'joinedOn' | 'cooperativeId' | 'createdAt' | 'updatedAt'
>;

/** The JSON object of the member aliased `alias`, read back by memberRowOf. */
export function memberJson(alias: string): Sql {
  const m = (column: string) => verbatim(`${alias}.${column}`);
  return sql`json_build_object('id', ${m('id')}, 'code', ${m('code')}, 'name', ${m('name')}, 'kind', ${m('kind')}, 'creditCode', ${m('credit_code')},
    'township', ${m('township')}, 'contactName', ${m('contact_name')}, 'contactPhone', ${m('contact_phone')}, 'status', ${m('status')},
    'statusReason', ${m('status_reason')}, 'joinedOn', to_char(${m('joined_on')}, 'YYYY-MM-DD'), 'cooperativeId', ${m('cooperative_id')},
    'createdAt', ${m('created_at')}, 'updatedAt', ${m('updated_at')})`;
}

export function memberRowOf(json: Record<string, any>): MemberRow {
  return { ...(json as MemberRow), createdAt: new Date(json.createdAt), updatedAt: new Date(json.updatedAt) };
}

/** Members by id as plain rows (memberJson), in no particular order. */
export async function memberRowsById(em: EntityManager, ids: readonly string[]): Promise<MemberRow[]> {
  if (!ids.length) return [];
  const rows = await query<{ m: Record<string, any> }>(em, sql`select ${memberJson('m')} as m from ${table('member')} m where m.id = any(${[...ids]}::uuid[])`);
  return rows.map((r) => memberRowOf(r.m));
}
