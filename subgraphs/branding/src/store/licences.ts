import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table, takeYearlySequence } from '@alliance/db';
import { findDirectoryNames, type DirectoryName } from '@alliance/member-directory';
import { Licence } from '../entities/index.ts';
import type { Crop } from '../entities/index.ts';

/**
 * The next licence sequence of an alliance and year: the upsert locks the counter row until the
 * granting transaction ends, so grants take turns and a rolled-back grant gives its number back.
 */
export function takeLicenceSequence(em: EntityManager, allianceId: string, year: number): Promise<number> {
  return takeYearlySequence(em, 'licence_counter', allianceId, year);
}

/**
 * The alliance's code as the member directory last heard it (it travels with every membership of
 * the alliance, the brand office's own included): licence numbers and the default GTIN are made
 * from it, so a brand office may license buyers before the season's first lot.
 */
export { allianceCodeOf } from '@alliance/member-directory';

/** The licence, its row locked and read afresh for a change. */
export async function lockLicence(em: EntityManager, id: string): Promise<Licence | null> {
  const locked = await queryOne<{ id: string }>(em, sql`select id from ${table('licence')} where id = ${id} for update`);
  return locked ? em.findOne(Licence, { id }, { refresh: true }) : null;
}

export interface LicenceListFilter {
  allianceId: string;
  /** Only this licensee's (a licensee reading its own). */
  licenseeMemberId: string | null;
  /** As read now: EXPIRED is an ACTIVE or SUSPENDED licence whose last day is before `today`. */
  status: 'ACTIVE' | 'SUSPENDED' | 'EXPIRED' | 'REVOKED' | null;
  crop: Crop | null;
  /** The Asia/Shanghai day now. */
  today: string;
  /** Keyset: (year, sequence) strictly before this one. */
  before: [number, number] | null;
  limit: number;
}

/** An alliance's licences, newest number first, a keyset page (limit + 1 rows). */
export async function listLicences(em: EntityManager, f: LicenceListFilter): Promise<Licence[]> {
  const status =
    f.status === 'EXPIRED'
      ? sql`and status in ('ACTIVE', 'SUSPENDED') and valid_until < ${f.today}::date`
      : f.status === 'ACTIVE' || f.status === 'SUSPENDED'
        ? sql`and status = ${f.status} and valid_until >= ${f.today}::date`
        : f.status === 'REVOKED'
          ? sql`and status = 'REVOKED'`
          : sql``;
  const rows = await query<{ id: string }>(
    em,
    sql`select id from ${table('licence')}
        where alliance_id = ${f.allianceId}
          ${f.licenseeMemberId ? sql`and licensee_member_id = ${f.licenseeMemberId}` : sql``}
          ${f.crop ? sql`and crop = ${f.crop}` : sql``}
          ${status}
          ${f.before ? sql`and (year, sequence) < (${f.before[0]}, ${f.before[1]})` : sql``}
        order by year desc, sequence desc
        limit ${f.limit + 1}`,
  );
  if (!rows.length) return [];
  const licences = await em.find(Licence, { id: { $in: rows.map((r) => r.id) } });
  const byId = new Map(licences.map((l) => [l.id, l]));
  return rows.map((r) => byId.get(r.id)!);
}

/** A member's name and credit code as the member directory last heard them (printed on a member licensee's labels). */
export async function directoryNameOf(em: EntityManager, memberId: string): Promise<DirectoryName | null> {
  return (await findDirectoryNames(em, [memberId]))[0] ?? null;
}
