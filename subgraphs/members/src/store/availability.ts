import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table } from '@alliance/db';

/**
 * The availability rule, in SQL so that lists, totals and locks agree on it:
 *   available = quantity − confirmed − shipped − live holds,
 * where a hold is live while its hold time has not passed. Expired holds stop counting at once,
 * before any sweeper has marked them; most lots have no holds, and those skip the lookup.
 * A fragment over the lot aliased `l`.
 */
export const availableKgOfLot = sql`(l.quantity_kg - l.confirmed_kg - l.shipped_kg - CASE WHEN l.held_kg = 0 THEN 0 ELSE
    coalesce((select sum(rl.kg) from ${table('reservation_line')} rl
              where rl.lot_id = l.id and rl.status = 'HELD' and rl.hold_until > now()), 0) END)`;

/** The predicate of the partial supply indexes over the lot aliased `l`: listed, and not all confirmed or shipped. */
export const lotIsOpen = sql`l.status = 'LISTED' and l.quantity_kg > l.confirmed_kg + l.shipped_kg`;

/** Available kg of many lots in one statement. */
export async function availableKgOfLots(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await query<{ id: string; available_kg: string }>(
    em,
    sql`select l.id, ${availableKgOfLot}::numeric(14,3) as available_kg from ${table('lot')} l where l.id = any(${[...ids]}::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id, String(r.available_kg)]));
}
