import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table } from '@alliance/db';
import type { DirectoryMember, Role } from '@alliance/domain-kit';

interface DirectoryRow {
  id: string;
  kind: string;
  name: string;
  credit_code: string | null;
  status: string;
  cooperative_id: string | null;
  memberships: AnnouncedMembership[];
}

/** A membership as announced: the alliance's code travels with it (branding numbers licences from it). */
export interface AnnouncedMembership {
  allianceId: string;
  allianceCode: string;
  roles: Role[];
  status: string;
}

/**
 * Members as they are now, with their roles and standing per alliance: what the members subgraph authorizes
 * each request from, and what it announces to the others (members.changed). `null` ids: everyone.
 */
export async function findDirectoryMembers(
  em: EntityManager,
  memberIds: readonly string[] | null,
): Promise<(Omit<DirectoryMember, 'memberships'> & { name: string; creditCode: string | null; cooperativeId: string | null; memberships: AnnouncedMembership[] })[]> {
  if (memberIds && !memberIds.length) return [];
  const rows = await query<DirectoryRow>(
    em,
    sql`select m.id, m.kind, m.name, m.credit_code, m.status, m.cooperative_id,
               coalesce(jsonb_agg(jsonb_build_object('allianceId', ms.alliance_id, 'allianceCode', a.code, 'roles', to_jsonb(ms.roles), 'status', ms.status) order by ms.alliance_id)
                        filter (where ms.alliance_id is not null), '[]') as memberships
        from ${table('member')} m left join ${table('membership')} ms on ms.member_id = m.id
             left join ${table('alliance')} a on a.id = ms.alliance_id
        where ${memberIds === null} or m.id = any(${memberIds ?? []}::uuid[])
        group by m.id`,
  );
  return rows.map((r) => ({
    memberId: r.id,
    kind: r.kind,
    name: r.name,
    creditCode: r.credit_code,
    status: memberWideStatus(r),
    cooperativeId: r.cooperative_id,
    memberships: r.memberships,
  }));
}

/** For replicas that predate standing per membership: active while active in any of its alliances. */
function memberWideStatus(r: DirectoryRow): string {
  if (r.memberships.some((ms) => ms.status === 'ACTIVE')) return 'ACTIVE';
  return r.memberships[0]?.status ?? r.status;
}
