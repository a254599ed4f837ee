import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table } from '@alliance/db';
import type { BaseEntry, LotEntry } from '@alliance/messaging';

/**
 * What insurance hears from the members subgraph, kept newest-first: growing bases
 * (bases.changed: what a member can grow caps what it may insure) and lots (lots.registered:
 * Lot.priceFloor finds the contract of the lot's grower, crop and harvest day).
 */
export async function recordBaseFacts(em: EntityManager, bases: readonly BaseEntry[]): Promise<void> {
  if (!bases.length) return;
  await query(
    em,
    sql`insert into ${table('base_fact')} (base_id, member_id, crop, township, area_mu, removed, announced_at)
        select b.base_id, b.member_id, b.crop, b.township, b.area_mu, b.removed, b.announced_at
        from jsonb_to_recordset(${JSON.stringify(bases.map((b) => ({ base_id: b.baseId, member_id: b.memberId, crop: b.crop, township: b.township, area_mu: b.areaMu, removed: b.removed, announced_at: b.announcedAt })))}::jsonb)
          as b(base_id uuid, member_id uuid, crop text, township text, area_mu numeric, removed boolean, announced_at timestamptz)
        on conflict (base_id) do update set member_id = excluded.member_id, crop = excluded.crop, township = excluded.township,
          area_mu = excluded.area_mu, removed = excluded.removed, announced_at = excluded.announced_at
        where ${table('base_fact')}.announced_at <= excluded.announced_at`,
  );
}

/** The mu a member's bases of a crop cover now, as last announced (removed bases left out). */
export async function growingAreaMu(em: EntityManager, memberId: string, crop: string): Promise<string> {
  const row = await queryOne<{ area: string }>(
    em,
    sql`select coalesce(sum(area_mu), 0)::text as area from ${table('base_fact')} where member_id = ${memberId} and crop = ${crop} and not removed`,
  );
  return row!.area;
}

/** A lot as insurance knows it. */
export interface LotFactRow {
  lot_id: string;
  alliance_id: string;
  grower_id: string;
  cooperative_id: string | null;
  crop: string;
  variety: string | null;
  grade: string;
  harvest_date: string;
}

export async function recordLotFacts(em: EntityManager, lots: readonly LotEntry[]): Promise<void> {
  const complete = lots.filter((l) => l.growerId && l.crop && l.grade && l.harvestDate);
  if (!complete.length) return;
  await query(
    em,
    sql`insert into ${table('lot_fact')} (lot_id, alliance_id, grower_id, cooperative_id, crop, variety, grade, harvest_date, announced_at)
        select l.lot_id, l.alliance_id, l.grower_id, l.cooperative_id, l.crop, l.variety, l.grade, l.harvest_date, l.announced_at
        from jsonb_to_recordset(${JSON.stringify(
          complete.map((l) => ({
            lot_id: l.lotId,
            alliance_id: l.allianceId,
            grower_id: l.growerId,
            cooperative_id: l.cooperativeId ?? null,
            crop: l.crop,
            variety: l.variety ?? null,
            grade: l.grade,
            harvest_date: l.harvestDate,
            announced_at: l.announcedAt ?? new Date().toISOString(),
          })),
        )}::jsonb)
          as l(lot_id uuid, alliance_id uuid, grower_id uuid, cooperative_id uuid, crop text, variety text, grade text, harvest_date date, announced_at timestamptz)
        on conflict (lot_id) do update set alliance_id = excluded.alliance_id, grower_id = excluded.grower_id, cooperative_id = excluded.cooperative_id,
          crop = excluded.crop, variety = excluded.variety, grade = excluded.grade, harvest_date = excluded.harvest_date, announced_at = excluded.announced_at
        where ${table('lot_fact')}.announced_at <= excluded.announced_at`,
  );
}

export async function lotFactsOf(em: EntityManager, lotIds: readonly string[]): Promise<LotFactRow[]> {
  if (!lotIds.length) return [];
  return query<LotFactRow>(
    em,
    sql`select lot_id, alliance_id, grower_id, cooperative_id, crop, variety, grade, to_char(harvest_date, 'YYYY-MM-DD') as harvest_date
        from ${table('lot_fact')} where lot_id = any(${[...lotIds]}::uuid[])`,
  );
}
