import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table, type Sql } from '@alliance/db';

/** A growing base with what other subgraphs need of it (insurance caps insured kg by it). */
export interface BaseFactsRow {
  baseId: string;
  memberId: string;
  crop: string;
  township: string;
  areaMu: string;
}

function baseFactsWhere(em: EntityManager, where: Sql, limit: number | null): Promise<BaseFactsRow[]> {
  return query<BaseFactsRow>(
    em,
    sql`select b.id as "baseId", b.member_id as "memberId", b.crop, b.township, b.area_mu::text as "areaMu"
        from ${table('base')} b where ${where} order by b.id limit ${limit}`,
  );
}

export function baseFactsOf(em: EntityManager, baseIds: readonly string[]): Promise<BaseFactsRow[]> {
  return baseFactsWhere(em, sql`b.id = any(${[...baseIds]}::uuid[])`, null);
}

/** Bases in id order after `afterId`, a page at a time (to announce them all). */
export function baseFactsAfter(em: EntityManager, afterId: string | null, limit: number): Promise<BaseFactsRow[]> {
  return baseFactsWhere(em, sql`(${afterId}::uuid is null or b.id > ${afterId}::uuid)`, limit);
}
