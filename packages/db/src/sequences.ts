import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne, sql, table } from './sql.ts';

/**
 * The next number of a gapless series per alliance and year, from a counter table of the caller's
 * schema with columns (alliance_id, year, last_sequence) and that primary key. The upsert locks the
 * counter row until the caller's transaction ends (as `select … for update` would), so concurrent
 * callers take turns and a rolled-back one gives its number back: no gaps, no duplicates.
 */
export async function takeYearlySequence(em: EntityManager, counterTable: string, allianceId: string, year: number): Promise<number> {
  const row = await queryOne<{ last_sequence: number }>(
    em,
    sql`insert into ${table(counterTable)} as c (alliance_id, year, last_sequence) values (${allianceId}, ${year}, 1)
        on conflict (alliance_id, year) do update set last_sequence = c.last_sequence + 1
        returning last_sequence`,
  );
  return row!.last_sequence;
}
