import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table } from '@alliance/db';
import type { DirectoryMember, Role } from '@alliance/domain-kit';
import type { MemberEntry } from '@alliance/messaging';

interface DirectoryRow {
  member_id: string;
  kind: string | null;
  status: string;
  memberships: { allianceId: string; roles: Role[] }[];
}

/** Directory entries of many members, in one statement. */
export async function findDirectoryMembers(em: EntityManager, memberIds: readonly string[]): Promise<DirectoryMember[]> {
  if (!memberIds.length) return [];
  const rows = await query<DirectoryRow>(
    em,
    sql`select member_id, kind, status, memberships from ${table('member_directory')} where member_id = any(${[...memberIds]}::uuid[])`,
  );
  return rows.map((r) => ({ memberId: r.member_id, kind: r.kind ?? 'UNKNOWN', status: r.status, memberships: r.memberships }));
}

/** A member's name and credit code as last announced: what branding writes on a member licensee's licence. */
export interface DirectoryName {
  memberId: string;
  /** Null while the replica holds only an announcement made before names travelled. */
  name: string | null;
  creditCode: string | null;
}

/** Names and credit codes of many members, in one statement; members the directory has not heard of are absent. */
export async function findDirectoryNames(em: EntityManager, memberIds: readonly string[]): Promise<DirectoryName[]> {
  if (!memberIds.length) return [];
  const rows = await query<{ member_id: string; name: string | null; credit_code: string | null }>(
    em,
    sql`select member_id, name, credit_code from ${table('member_directory')} where member_id = any(${[...memberIds]}::uuid[])`,
  );
  return rows.map((r) => ({ memberId: r.member_id, name: r.name, creditCode: r.credit_code }));
}

/**
 * An alliance's code (e.g. LUXI) as the directory last heard it on any membership of that alliance
 * (codes never change, so any entry will do; the newest is read). Null while the replica holds no
 * entry of the alliance announced since codes travelled: members announces everyone again when a
 * mounting subgraph starts.
 */
export async function allianceCodeOf(em: EntityManager, allianceId: string): Promise<string | null> {
  const row = await queryOne<{ code: string }>(
    em,
    sql`select ms->>'allianceCode' as code
        from ${table('member_directory')} d cross join lateral jsonb_array_elements(d.memberships) ms
        where d.alliance_ids @> array[${allianceId}]::uuid[] and ms->>'allianceId' = ${allianceId} and ms->>'allianceCode' is not null
        order by d.announced_at desc
        limit 1`,
  );
  return row?.code ?? null;
}

/** Keeps each member's newest announcement: announcements of many members may overtake one another. */
export async function upsertDirectoryEntries(em: EntityManager, entries: readonly MemberEntry[]): Promise<void> {
  if (!entries.length) return;
  const rows = entries.map((m) => ({
    member_id: m.memberId,
    kind: m.kind ?? null,
    name: m.name ?? null,
    credit_code: m.creditCode ?? null,
    status: m.status,
    alliance_ids: m.memberships ? m.memberships.map((ms) => ms.allianceId) : m.allianceIds,
    memberships: m.memberships ?? m.allianceIds.map((allianceId) => ({ allianceId, roles: [] })),
    announced_at: m.announcedAt,
  }));
  await query(
    em,
    sql`insert into ${table('member_directory')} as d (member_id, kind, name, credit_code, status, alliance_ids, memberships, announced_at)
        select m.member_id, m.kind, m.name, m.credit_code, m.status, m.alliance_ids, m.memberships, m.announced_at
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
             as m(member_id uuid, kind text, name text, credit_code text, status text, alliance_ids uuid[], memberships jsonb, announced_at timestamptz)
        on conflict (member_id) do update
          set kind = excluded.kind, name = excluded.name, credit_code = excluded.credit_code,
              status = excluded.status, alliance_ids = excluded.alliance_ids,
              memberships = excluded.memberships, announced_at = excluded.announced_at
        where d.announced_at < excluded.announced_at`,
  );
}
