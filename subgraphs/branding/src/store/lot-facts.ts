import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table } from '@alliance/db';
import type { LotEntry } from '@alliance/messaging';
import { LotFact } from '../entities/index.ts';

type FullLotEntry = Required<Omit<LotEntry, 'cooperativeId' | 'variety'>> & Pick<LotEntry, 'cooperativeId' | 'variety'>;

/** Entries announced before lots carried their facts say only the alliance: nothing to certify from. */
function hasFacts(entry: LotEntry): entry is FullLotEntry {
  return !!(entry.growerId && entry.allianceCode && entry.crop && entry.quantityKg && entry.harvestDate && entry.status && entry.announcedAt);
}

/** lots.registered: keeps each lot's newest announcement (announcements may overtake one another). */
export async function recordLotFacts(em: EntityManager, lots: readonly LotEntry[]): Promise<void> {
  const rows = lots.filter(hasFacts).map((l) => ({
    lot_id: l.lotId,
    alliance_id: l.allianceId,
    alliance_code: l.allianceCode,
    county: l.county ?? '',
    grower_id: l.growerId,
    producer_name: l.producerName ?? '',
    producer_phone: l.producerPhone ?? '',
    cooperative_id: l.cooperativeId ?? null,
    crop: l.crop,
    variety: l.variety ?? null,
    grade: l.grade,
    quantity_kg: l.quantityKg,
    harvest_date: l.harvestDate,
    township: l.township ?? '',
    status: l.status,
    announced_at: l.announcedAt,
  }));
  if (!rows.length) return;
  await query(
    em,
    sql`insert into ${table('lot_fact')} as f (lot_id, alliance_id, alliance_code, county, grower_id, producer_name, producer_phone,
          cooperative_id, crop, variety, grade, quantity_kg, harvest_date, township, status, announced_at)
        select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as l(lot_id uuid, alliance_id uuid, alliance_code text, county text, grower_id uuid, producer_name text, producer_phone text,
               cooperative_id uuid, crop text, variety text, grade text, quantity_kg numeric, harvest_date date, township text,
               status text, announced_at timestamptz)
        on conflict (lot_id) do update set
          alliance_id = excluded.alliance_id, alliance_code = excluded.alliance_code, county = excluded.county,
          grower_id = excluded.grower_id, producer_name = excluded.producer_name, producer_phone = excluded.producer_phone,
          cooperative_id = excluded.cooperative_id, crop = excluded.crop, variety = excluded.variety, grade = excluded.grade,
          quantity_kg = excluded.quantity_kg, harvest_date = excluded.harvest_date, township = excluded.township,
          status = excluded.status, announced_at = excluded.announced_at
        where f.announced_at <= excluded.announced_at`,
  );
}

/** Facts of many lots, in one statement (the request's DataLoader). */
export async function lotFactsOf(em: EntityManager, lotIds: readonly string[]): Promise<LotFact[]> {
  return em.find(LotFact, { lotId: { $in: [...lotIds] } });
}

/** The lot's facts, its row locked until the transaction ends: issuers of one lot take turns. */
export async function lockLotFact(em: EntityManager, lotId: string): Promise<{ lot_id: string } | null> {
  return queryOne<{ lot_id: string }>(em, sql`select lot_id from ${table('lot_fact')} where lot_id = ${lotId} for update`);
}

/**
 * The lot's facts row held in share mode until the transaction ends: label issuers of one lot go
 * on together, but a residue test being recorded (which locks the row) and a withdrawal arriving
 * from members (which updates it) wait for them, and they for it.
 */
export async function shareLotFact(em: EntityManager, lotId: string): Promise<{ lot_id: string } | null> {
  return queryOne<{ lot_id: string }>(em, sql`select lot_id from ${table('lot_fact')} where lot_id = ${lotId} for share`);
}

/** Recent listed lots of an alliance, for the demo seeder. */
export async function recentLotFactsOf(em: EntityManager, allianceCode: string, sinceDay: string, untilDay: string): Promise<LotFact[]> {
  return em.find(LotFact, { allianceCode, status: 'LISTED', harvestDate: { $gte: sinceDay, $lte: untilDay } }, { orderBy: { harvestDate: 'asc', lotId: 'asc' } });
}

/** Every listed lot of an alliance and crop, for the demo seeder. */
export async function listedLotFactsOf(em: EntityManager, allianceCode: string, crop: string): Promise<LotFact[]> {
  return em.find(LotFact, { allianceCode, crop: crop as LotFact['crop'], status: 'LISTED' }, { orderBy: { harvestDate: 'asc', lotId: 'asc' } });
}

export async function countLotFacts(em: EntityManager): Promise<number> {
  return em.count(LotFact, {});
}
