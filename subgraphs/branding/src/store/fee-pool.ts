import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table } from '@alliance/db';

/** The stored distribution of an alliance's month: what was paid out, to whom, when, by whom. */
export interface DistributionRow {
  alliance_id: string;
  month: string;
  pool_cny: string;
  certified_kg: string;
  distributed_at: Date;
  distributed_by: string;
}

export interface ShareRow {
  alliance_id: string;
  month: string;
  cooperative_id: string;
  certified_kg: string;
  amount_cny: string;
  got_remainder_fen: boolean;
}

/** A share with the certified kg of its whole distribution (the denominator of its share). */
export interface StatementRow extends ShareRow {
  pool_certified_kg: string;
}

/** Σ fee_cny of the alliance's label batches of the month (Asia/Shanghai), whatever became of their labels since. */
export async function feePoolOfMonth(em: EntityManager, allianceId: string, month: string): Promise<string> {
  const row = await queryOne<{ pool_cny: string }>(
    em,
    sql`select coalesce(sum(fee_cny), 0)::numeric(14,2)::text as pool_cny from ${table('label_batch')} where alliance_id = ${allianceId} and month = ${month}`,
  );
  return row!.pool_cny;
}

/** Certified kg of a valid per-lot certificate, by its lot's grower and that lot's cooperative. */
export interface CertifiedKgRow {
  grower_id: string;
  cooperative_id: string | null;
  certified_kg: string;
}

/**
 * Certified kg of the alliance's VALID per-lot certificates issued in [start, end), summed by the
 * lot's grower and cooperative. Truckload certificates (no lot) are left out: their kg are the
 * lots' own certificates' kg again.
 */
export async function certifiedKgOfMonth(em: EntityManager, allianceId: string, start: Date, end: Date): Promise<CertifiedKgRow[]> {
  return query<CertifiedKgRow>(
    em,
    sql`select f.grower_id, f.cooperative_id, sum(c.certified_kg)::text as certified_kg
        from ${table('origin_certificate')} c join ${table('lot_fact')} f on f.lot_id = c.lot_id
        where c.alliance_id = ${allianceId} and c.lot_id is not null and c.status = 'VALID'
          and c.issued_at >= ${start} and c.issued_at < ${end}
        group by f.grower_id, f.cooperative_id
        order by f.grower_id, f.cooperative_id nulls first`,
  );
}

/**
 * Holds label_batch in SHARE mode until the transaction ends: every transaction writing a batch
 * (ROW EXCLUSIVE) is waited for, and new ones wait for this one. A finished month's batches are
 * then all committed and read; a batch whose issue began in that month and commits later waits,
 * then meets the label_batch_month_open trigger and is refused.
 */
export async function holdLabelBatches(em: EntityManager): Promise<void> {
  await query(em, sql`lock table ${table('label_batch')} in share mode`);
}

export async function distributionOf(em: EntityManager, allianceId: string, month: string): Promise<DistributionRow | null> {
  return queryOne<DistributionRow>(
    em,
    sql`select alliance_id, month, pool_cny::text, certified_kg::text, distributed_at, distributed_by
        from ${table('fee_pool_distribution')} where alliance_id = ${allianceId} and month = ${month}`,
  );
}

/** The shares of a distribution, by cooperative id; only one cooperative's when named. */
export async function sharesOf(em: EntityManager, allianceId: string, month: string, cooperativeId: string | null = null): Promise<ShareRow[]> {
  return query<ShareRow>(
    em,
    sql`select alliance_id, month, cooperative_id, certified_kg::text, amount_cny::text, got_remainder_fen
        from ${table('fee_pool_share')}
        where alliance_id = ${allianceId} and month = ${month} and (${cooperativeId}::uuid is null or cooperative_id = ${cooperativeId}::uuid)
        order by cooperative_id`,
  );
}

/**
 * Writes the distribution unless one exists (a retry, or a concurrent run that committed first:
 * the insert waits for that one and then does nothing). True when this call wrote it.
 */
export async function insertDistribution(em: EntityManager, row: DistributionRow): Promise<boolean> {
  const written = await query(
    em,
    sql`insert into ${table('fee_pool_distribution')} (alliance_id, month, pool_cny, certified_kg, distributed_at, distributed_by)
        values (${row.alliance_id}, ${row.month}, ${row.pool_cny}::numeric, ${row.certified_kg}::numeric, ${row.distributed_at}, ${row.distributed_by})
        on conflict (alliance_id, month) do nothing
        returning alliance_id`,
  );
  return written.length === 1;
}

/** Every share of a distribution, in one statement. */
export async function insertShares(em: EntityManager, rows: readonly ShareRow[]): Promise<void> {
  if (!rows.length) return;
  await query(
    em,
    sql`insert into ${table('fee_pool_share')} (alliance_id, month, cooperative_id, certified_kg, amount_cny, got_remainder_fen)
        select alliance_id, month, cooperative_id, certified_kg, amount_cny, got_remainder_fen
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as s(alliance_id uuid, month text, cooperative_id uuid, certified_kg numeric, amount_cny numeric, got_remainder_fen boolean)`,
  );
}

/** A cooperative's distributed shares in an alliance, newest month first. */
export async function statementsOf(em: EntityManager, allianceId: string, cooperativeId: string, limit: number): Promise<StatementRow[]> {
  return query<StatementRow>(
    em,
    sql`select s.alliance_id, s.month, s.cooperative_id, s.certified_kg::text, s.amount_cny::text, s.got_remainder_fen,
               d.certified_kg::text as pool_certified_kg
        from ${table('fee_pool_share')} s
          join ${table('fee_pool_distribution')} d on d.alliance_id = s.alliance_id and d.month = s.month
        where s.cooperative_id = ${cooperativeId} and s.alliance_id = ${allianceId}
        order by s.month desc
        limit ${limit}`,
  );
}
