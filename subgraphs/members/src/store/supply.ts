import type { EntityManager } from '@mikro-orm/postgresql';
import { join, query, queryOne, sql, table, verbatim, type Sql } from '@alliance/db';
import { Lot } from '../entities/index.ts';
import type { Crop, Grade, Variety } from '../entities/vocabulary.ts';
import { availableKgOfLot, lotIsOpen } from './availability.ts';

/** What the supply of one alliance is filtered by, already validated. */
export interface SupplyCriteria {
  allianceId: string;
  crop?: Crop | null;
  varieties?: readonly Variety[] | null;
  grades?: readonly Grade[] | null;
  townships?: readonly string[] | null;
  /** Harvested (not forward) on or before this day. */
  harvestedBy?: string | null;
  /** Harvested or expected on or before this day. */
  availableBy?: string | null;
  maxPricePerKg?: string | null;
  minAvailableKg: string;
}

export type SupplyColumn = 'harvest_date' | 'asking_price_per_kg';
export type SupplyGrouping = 'crop' | 'variety' | 'grade' | 'township' | 'harvest_date';

/**
 * The lots of the alliance that match, with their available kg computed by the availability rule.
 * Served by the partial indexes on open lots, so its cost follows the lots on offer, not the
 * whole history of the table.
 */
function candidates(c: SupplyCriteria): Sql {
  const where: Sql[] = [sql`l.alliance_id = ${c.allianceId}`, lotIsOpen];
  if (c.crop) where.push(sql`l.crop = ${c.crop}`);
  if (c.varieties?.length) where.push(sql`l.variety = any(${[...c.varieties]}::text[])`);
  if (c.grades?.length) where.push(sql`l.grade = any(${[...c.grades]}::text[])`);
  if (c.townships?.length) where.push(sql`l.township = any(${[...c.townships]}::text[])`);
  if (c.harvestedBy) where.push(sql`l.harvest_date <= ${c.harvestedBy}::date and not l.forward`);
  if (c.availableBy) where.push(sql`l.harvest_date <= ${c.availableBy}::date`);
  if (c.maxPricePerKg) where.push(sql`l.asking_price_per_kg <= ${c.maxPricePerKg}::numeric`);
  // The lateral computes each lot's availability once, for the filter and the output alike.
  return sql`select l.*, a.available_kg from ${table('lot')} l
    cross join lateral (select ${availableKgOfLot} as available_kg) a
    where ${join(where, sql` and `)} and a.available_kg > 0 and a.available_kg >= ${c.minAvailableKg}::numeric`;
}

/** One page of supply in (column, id) order after the keyset `after`; `limit + 1` rows to tell whether more follow. */
export async function findSupplyLots(
  em: EntityManager,
  criteria: SupplyCriteria,
  orderBy: SupplyColumn,
  after: [string, string] | null,
  limit: number,
): Promise<{ lot: Lot; availableKg: string }[]> {
  const column = verbatim(`c.${orderBy}`);
  const keyset = after ? sql`and (${column}, c.id) > (${after[0]}, ${after[1]}::uuid)` : sql``;
  const rows = await query<Record<string, unknown>>(
    em,
    sql`select * from (${candidates(criteria)}) c where true ${keyset} order by ${column}, c.id limit ${limit + 1}`,
  );
  return rows.map((row) => ({ lot: em.map(Lot, row), availableKg: String(row.available_kg) }));
}

/** How many lots match, and their available kg together. */
export async function supplyTotals(em: EntityManager, criteria: SupplyCriteria): Promise<{ lots: number; availableKg: string }> {
  const row = await queryOne<{ lots: string; kg: string | null }>(
    em,
    sql`select count(*) as lots, sum(available_kg) as kg from (${candidates(criteria)}) t`,
  );
  return { lots: Number(row?.lots ?? 0), availableKg: row?.kg ?? '0' };
}

const GROUPING_SQL: Record<SupplyGrouping, string> = {
  crop: 'crop',
  variety: 'variety',
  grade: 'grade',
  township: 'township',
  harvest_date: "to_char(harvest_date, 'YYYY-MM-DD')",
};

/** Available kg and lot count per group of the given columns, in group order; `values[i]` is the i-th grouping's value. */
export async function supplyByGroups(
  em: EntityManager,
  criteria: SupplyCriteria,
  groupings: readonly SupplyGrouping[],
): Promise<{ values: (string | null)[]; availableKg: string; lots: number }[]> {
  const selected = groupings.map((g, i) => sql`${verbatim(`${GROUPING_SQL[g]} as d${i}`)}`);
  const names = groupings.map((_, i) => sql`${verbatim(`d${i}`)}`);
  const grouped = names.length ? sql`group by ${join(names)} order by ${join(names)}` : sql``;
  const rows = await query<Record<string, string | null>>(
    em,
    sql`select ${join([...selected, sql`sum(available_kg) as kg`, sql`count(*) as lots`])} from (${candidates(criteria)}) t ${grouped}`,
  );
  return rows.map((row) => ({
    values: groupings.map((_, i) => row[`d${i}`] ?? null),
    availableKg: row.kg ?? '0',
    lots: Number(row.lots),
  }));
}
