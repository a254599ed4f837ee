import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The availability rule, in SQL so that lists, totals and locks agree on it:
 *   available = quantity − confirmed − shipped − live holds,
 * where a hold is live while its hold time has not passed. Expired holds stop counting at once,
 * before any sweeper has marked them; most lots have no holds, and those skip the lookup.
 */
export function availableKgSql(schema: string, lot = 'l'): string {
  return `(${lot}.quantity_kg - ${lot}.confirmed_kg - ${lot}.shipped_kg - CASE WHEN ${lot}.held_kg = 0 THEN 0 ELSE
    coalesce((select sum(rl.kg) from "${schema}".reservation_line rl
              where rl.lot_id = ${lot}.id and rl.status = 'HELD' and rl.hold_until > now()), 0) END)`;
}

/** The predicate of the partial supply indexes: listed, and not all confirmed or shipped. */
export function openLotSql(lot = 'l'): string {
  return `${lot}.status = 'LISTED' and ${lot}.quantity_kg > ${lot}.confirmed_kg + ${lot}.shipped_kg`;
}

export function schemaOf(em: EntityManager): string {
  return em.config.get('schema') ?? 'public';
}

/** Available kg of many lots in one statement. */
export async function availableKgOfLots(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const schema = schemaOf(em);
  const rows: { id: string; available_kg: string }[] = await em.execute(
    `select l.id, ${availableKgSql(schema)}::numeric(14,3) as available_kg from "${schema}".lot l where l.id in (?)`,
    [[...ids]],
  );
  return new Map(rows.map((r) => [r.id, String(r.available_kg)]));
}
