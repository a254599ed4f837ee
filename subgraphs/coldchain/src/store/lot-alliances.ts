import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table } from '@alliance/db';

/**
 * Which alliance each lot belongs to, as the members subgraph announced it (lots.registered). The
 * cold chain records custody only for a lot of the place's alliance.
 */
export async function recordLotAlliances(em: EntityManager, lots: readonly { lotId: string; allianceId: string }[]): Promise<void> {
  if (!lots.length) return;
  const json = JSON.stringify(lots.map((l) => ({ lot_id: l.lotId, alliance_id: l.allianceId })));
  await query(
    em,
    sql`insert into ${table('lot_alliance')} (lot_id, alliance_id)
        select lot_id, alliance_id from json_to_recordset(${json}::json) as l(lot_id uuid, alliance_id uuid)
        on conflict (lot_id) do update set alliance_id = excluded.alliance_id`,
  );
}

/** The lot's alliance; null for a lot the cold chain has not heard of. */
export async function allianceOfLot(em: EntityManager, lotId: string): Promise<string | null> {
  const row = await queryOne<{ alliance_id: string }>(em, sql`select alliance_id from ${table('lot_alliance')} where lot_id = ${lotId}`);
  return row?.alliance_id ?? null;
}
