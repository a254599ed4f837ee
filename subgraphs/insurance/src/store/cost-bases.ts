import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table } from '@alliance/db';
import { CostBasis, type CostLine, type Crop } from '../entities/index.ts';

/** Cost bases and their lines: every statement of publishing and reading them. */

/**
 * Publications of one series (alliance, crop, variety, season) take turns: a transaction-scoped
 * advisory lock on the series' key, taken before the current version is read, so that two
 * publishers never both number theirs after the same one (the first publication has no row to lock).
 */
export async function lockCostBasisSeries(em: EntityManager, seriesKey: string): Promise<void> {
  await query(em, sql`select pg_advisory_xact_lock(hashtextextended(${seriesKey}, 0))`);
}

export interface SeriesHead {
  /** The current version's id; null when none is current (or none was published). */
  currentId: string | null;
  /** The highest version published; 0 when none was. */
  lastVersion: number;
}

export async function seriesHeadOf(
  em: EntityManager,
  allianceId: string,
  series: { crop: Crop; variety: string | null; seasonFrom: string; seasonTo: string },
): Promise<SeriesHead> {
  const row = await queryOne<{ current_id: string | null; last_version: number }>(
    em,
    sql`select (array_agg(id) filter (where superseded_at is null))[1] as current_id, coalesce(max(version), 0)::int as last_version
        from ${table('cost_basis')}
        where alliance_id = ${allianceId} and crop = ${series.crop} and coalesce(variety, '') = ${series.variety ?? ''}
          and season_from = ${series.seasonFrom}::date and season_to = ${series.seasonTo}::date`,
  );
  return { currentId: row?.current_id ?? null, lastVersion: row?.last_version ?? 0 };
}

export async function supersedeCostBasis(em: EntityManager, id: string, at: Date): Promise<void> {
  await query(em, sql`update ${table('cost_basis')} set superseded_at = ${at} where id = ${id} and superseded_at is null`);
}

/** The basis and its lines, in one statement. */
export async function insertCostBasis(em: EntityManager, basis: CostBasis, lines: readonly { line: CostLine; cnyPerKg: string }[]): Promise<void> {
  await query(
    em,
    sql`with basis as (
          insert into ${table('cost_basis')} (id, alliance_id, crop, variety, county, season_from, season_to, version, marginal_cost_per_kg,
                                              expected_yield_kg_per_mu, note, published_by, published_at, superseded_at)
          values (${basis.id}, ${basis.allianceId}, ${basis.crop}, ${basis.variety}, ${basis.county}, ${basis.seasonFrom}::date, ${basis.seasonTo}::date,
                  ${basis.version}, ${basis.marginalCostPerKg}::numeric, ${basis.expectedYieldKgPerMu}::numeric, ${basis.note}, ${basis.publishedBy},
                  ${basis.publishedAt}, null)
          returning id)
        insert into ${table('cost_basis_line')} (cost_basis_id, line, cny_per_kg)
        select basis.id, l.line, l.cny_per_kg
        from basis, jsonb_to_recordset(${JSON.stringify(lines.map((l) => ({ line: l.line, cny_per_kg: l.cnyPerKg })))}::jsonb) as l(line text, cny_per_kg numeric)`,
  );
}

/** The county of the alliance's latest cost basis, if it published one. */
export async function latestCountyOf(em: EntityManager, allianceId: string): Promise<string | null> {
  const row = await queryOne<{ county: string }>(
    em,
    sql`select county from ${table('cost_basis')} where alliance_id = ${allianceId} order by published_at desc, version desc limit 1`,
  );
  return row?.county ?? null;
}

export interface CostBasisLineRow {
  costBasisId: string;
  line: CostLine;
  cnyPerKg: string;
}

/** The lines of many bases, in one statement. */
export async function linesOfCostBases(em: EntityManager, ids: readonly string[]): Promise<CostBasisLineRow[]> {
  return query<CostBasisLineRow>(
    em,
    sql`select cost_basis_id as "costBasisId", line, cny_per_kg::text as "cnyPerKg"
        from ${table('cost_basis_line')} where cost_basis_id = any(${[...ids]}::uuid[])`,
  );
}

/** A bound on a list without paging: an alliance publishes a handful of bases a season. */
const MAX_LISTED = 1000;

/** An alliance's bases, newest season and version first. */
export async function listCostBases(em: EntityManager, allianceId: string, crop: Crop | null, currentOnly: boolean): Promise<CostBasis[]> {
  return em.find(
    CostBasis,
    { allianceId, ...(crop ? { crop } : {}), ...(currentOnly ? { supersededAt: null } : {}) },
    { orderBy: { seasonFrom: 'desc', seasonTo: 'desc', crop: 'asc', variety: 'asc nulls first', version: 'desc' }, limit: MAX_LISTED },
  );
}
