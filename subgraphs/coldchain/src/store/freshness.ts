import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table } from '@alliance/db';

/** A lot whose freshness is due to be announced, with what was last said of it. */
export interface FreshnessCandidate {
  lotId: string;
  lastExpiresAt: Date | null;
  lastTempC: number | null;
  announced: boolean;
}

/**
 * Lots with custody in the last `activeDays` whose freshness was never announced, whose custody
 * changed since, or whose announcement is older than `refreshMinutes`; the least recently
 * announced first, at most `limit`.
 */
export async function lotsDueForFreshness(em: EntityManager, opts: { refreshMinutes: number; activeDays: number; limit: number }): Promise<FreshnessCandidate[]> {
  const rows = await query<{ lot_id: string; expires_at: Date | null; current_temp_c: string | null; announced_at: Date | null }>(
    em,
    sql`select c.lot_id, a.expires_at, a.current_temp_c, a.announced_at
        from (select lot_id, max(recorded_at) as changed_at from ${table('custody_event')} group by lot_id having max(at) > now() - make_interval(days => ${opts.activeDays})) c
        join ${table('lot_alliance')} l on l.lot_id = c.lot_id
        left join ${table('lot_freshness_announced')} a on a.lot_id = c.lot_id
        where a.lot_id is null or a.announced_at < c.changed_at or a.announced_at < now() - make_interval(mins => ${opts.refreshMinutes})
        order by a.announced_at nulls first, c.lot_id
        limit ${opts.limit}`,
  );
  return rows.map((r) => ({
    lotId: r.lot_id,
    lastExpiresAt: r.expires_at ? new Date(r.expires_at) : null,
    lastTempC: r.current_temp_c === null ? null : Number(r.current_temp_c),
    announced: r.announced_at !== null,
  }));
}

/** Records what was announced (or re-checked unchanged) of these lots, in one statement. */
export async function recordFreshnessAnnounced(em: EntityManager, lots: readonly { lotId: string; expiresAt: string | null; currentTempC: number | null }[]): Promise<void> {
  if (!lots.length) return;
  const json = JSON.stringify(lots.map((l) => ({ lot_id: l.lotId, expires_at: l.expiresAt, current_temp_c: l.currentTempC })));
  await query(
    em,
    sql`insert into ${table('lot_freshness_announced')} (lot_id, expires_at, current_temp_c, announced_at)
        select lot_id, expires_at, current_temp_c, clock_timestamp() from json_to_recordset(${json}::json) as l(lot_id uuid, expires_at timestamptz, current_temp_c numeric)
        on conflict (lot_id) do update set expires_at = excluded.expires_at, current_temp_c = excluded.current_temp_c, announced_at = excluded.announced_at`,
  );
}
