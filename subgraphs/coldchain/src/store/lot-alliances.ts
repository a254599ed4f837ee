import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table } from '@alliance/db';
import type { Crop } from '@alliance/domain-kit';

/** A lot as lots.registered announces it; the number, grower, kg, crop, harvest day and time travel in newer announcements only. */
export interface AnnouncedLot {
  lotId: string;
  allianceId: string;
  lotNumber?: string | null;
  growerId?: string | null;
  quantityKg?: string | null;
  crop?: string | null;
  harvestDate?: string | null;
  announcedAt?: string | null;
}

/** What the cold chain knows of a lot: its alliance, and its grower, kg, crop and harvest day when announced. */
export interface KnownLot {
  lotId: string;
  allianceId: string;
  /** The lot's number in its alliance (at most 20 characters); null until an announcement carried it. */
  lotNumber: string | null;
  growerId: string | null;
  quantityKg: string | null;
  crop: Crop | null;
  /** YYYY-MM-DD. */
  harvestDate: string | null;
}

/**
 * Which alliance each lot belongs to, with its grower and kg, as the members subgraph announced it
 * (lots.registered). The newest announcement wins: a page of every lot sent at start travels under
 * another key than a single lot's update, so the two may arrive in either order.
 */
export async function recordLotAlliances(em: EntityManager, lots: readonly AnnouncedLot[]): Promise<void> {
  if (!lots.length) return;
  const json = JSON.stringify(
    lots.map((l) => ({
      lot_id: l.lotId,
      alliance_id: l.allianceId,
      lot_number: l.lotNumber ?? null,
      grower_id: l.growerId ?? null,
      quantity_kg: l.quantityKg ?? null,
      crop: l.crop ?? null,
      harvest_date: l.harvestDate ?? null,
      announced_at: l.announcedAt ?? null,
    })),
  );
  await query(
    em,
    sql`insert into ${table('lot_alliance')} as known (lot_id, alliance_id, lot_number, grower_id, quantity_kg, crop, harvest_date, announced_at)
        select lot_id, alliance_id, lot_number, grower_id, quantity_kg, crop, harvest_date, announced_at
        from json_to_recordset(${json}::json)
             as l(lot_id uuid, alliance_id uuid, lot_number text, grower_id uuid, quantity_kg numeric, crop text, harvest_date date, announced_at timestamptz)
        on conflict (lot_id) do update set alliance_id = excluded.alliance_id,
          lot_number = coalesce(excluded.lot_number, known.lot_number),
          grower_id = coalesce(excluded.grower_id, known.grower_id),
          quantity_kg = coalesce(excluded.quantity_kg, known.quantity_kg),
          crop = coalesce(excluded.crop, known.crop),
          harvest_date = coalesce(excluded.harvest_date, known.harvest_date),
          announced_at = coalesce(excluded.announced_at, known.announced_at)
        where known.announced_at is null or excluded.announced_at is null or excluded.announced_at >= known.announced_at`,
  );
}

/** The lot's alliance; null for a lot the cold chain has not heard of. */
export async function allianceOfLot(em: EntityManager, lotId: string): Promise<string | null> {
  return (await knownLots(em, [lotId]))[0]?.allianceId ?? null;
}

/** The lots the cold chain has heard of, among these. */
export async function knownLots(em: EntityManager, lotIds: readonly string[]): Promise<KnownLot[]> {
  if (!lotIds.length) return [];
  return query<KnownLot>(
    em,
    sql`select lot_id as "lotId", alliance_id as "allianceId", lot_number as "lotNumber", grower_id as "growerId", quantity_kg::text as "quantityKg",
               crop, to_char(harvest_date, 'YYYY-MM-DD') as "harvestDate"
        from ${table('lot_alliance')} where lot_id = any(${[...lotIds]}::uuid[])`,
  );
}
