import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, schemaOfManager, sql, table } from '@alliance/db';

/** A partition of temperature readings: one month, or the DEFAULT partition (no bounds). */
export interface ReadingPartition {
  name: string;
  from: Date | null;
  to: Date | null;
}

/**
 * Creates the monthly partitions of temperature readings from the month of `from` for `months`
 * months that do not exist yet, moving readings of those months out of the DEFAULT partition (the
 * migration's `ensure_temperature_reading_partitions`, one creator at a time under an advisory
 * lock). Returns how many were created. It waits at most `lockTimeoutMs` for ingest to let go of
 * the default partition, so a busy moment postpones it to the next round instead of queueing ingest.
 */
export async function ensureReadingPartitions(em: EntityManager, from: Date, months: number, lockTimeoutMs = 5_000): Promise<number> {
  return em.transactional(async (tx) => {
    await query(tx, sql`select set_config('lock_timeout', ${String(Math.max(1, Math.floor(lockTimeoutMs)))}, true)`);
    const row = await queryOne<{ created: number }>(tx, sql`select ${table('ensure_temperature_reading_partitions')}(${from.toISOString()}::timestamptz, ${months}::int) as created`);
    return row!.created;
  });
}

/** The partitions of temperature readings, by name (temperature_reading_pYYYYMM, then the default). */
export async function readingPartitions(em: EntityManager): Promise<ReadingPartition[]> {
  const rows = await query<{ name: string; bound: string }>(
    em,
    sql`select c.relname as name, pg_get_expr(c.relpartbound, c.oid) as bound
        from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent = ${`"${schemaOfManager(em)}".temperature_reading`}::regclass order by c.relname`,
  );
  return rows.map((r) => {
    const bounds = /FROM \('([^']+)'\) TO \('([^']+)'\)/.exec(r.bound);
    return { name: r.name, from: bounds ? new Date(bounds[1]!) : null, to: bounds ? new Date(bounds[2]!) : null };
  });
}
