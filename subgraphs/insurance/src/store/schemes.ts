import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table } from '@alliance/db';
import { FloorScheme, type Crop } from '../entities/index.ts';

/** Floor schemes: every statement of opening, changing and listing them. */

/**
 * Openings of an alliance's schemes of one crop take turns (a transaction-scoped advisory lock),
 * so that two overlapping seasons opened at once cannot both pass the overlap check.
 */
export async function lockSchemesOfCrop(em: EntityManager, allianceId: string, crop: Crop): Promise<void> {
  await query(em, sql`select pg_advisory_xact_lock(hashtextextended(${`floor_scheme:${allianceId}:${crop}`}, 0))`);
}

export interface SchemeSeason {
  id: string;
  seasonFrom: string;
  seasonTo: string;
}

/** The alliance's schemes of the crop whose season shares a day with [from, to]. */
export async function schemesOverlapping(em: EntityManager, allianceId: string, crop: Crop, from: string, to: string): Promise<SchemeSeason[]> {
  return query<SchemeSeason>(
    em,
    sql`select id, to_char(season_from, 'YYYY-MM-DD') as "seasonFrom", to_char(season_to, 'YYYY-MM-DD') as "seasonTo"
        from ${table('floor_scheme')}
        where alliance_id = ${allianceId} and crop = ${crop} and season_from <= ${to}::date and season_to >= ${from}::date
        order by season_from`,
  );
}

export async function insertScheme(em: EntityManager, scheme: FloorScheme): Promise<void> {
  await query(
    em,
    sql`insert into ${table('floor_scheme')} (id, alliance_id, crop, season_from, season_to, capacity_cny, bound_cny, loading, risk_free_rate,
                                              past_seasons, quote_valid_minutes, min_observation_days, subsidy_shares, opened_by, opened_at)
        values (${scheme.id}, ${scheme.allianceId}, ${scheme.crop}, ${scheme.seasonFrom}::date, ${scheme.seasonTo}::date, ${scheme.capacityCny}::numeric,
                ${scheme.boundCny}::numeric, ${scheme.loading}::numeric, ${scheme.riskFreeRate}::numeric, ${scheme.pastSeasons}, ${scheme.quoteValidMinutes},
                ${scheme.minObservationDays}, ${JSON.stringify(scheme.subsidyShares)}::jsonb, ${scheme.openedBy}, ${scheme.openedAt})`,
  );
}

/** The scheme, its row locked (binders raise bound_cny under the same lock) and read afresh. */
export async function lockScheme(em: EntityManager, id: string): Promise<FloorScheme | null> {
  const locked = await queryOne<{ id: string }>(em, sql`select id from ${table('floor_scheme')} where id = ${id} for update`);
  return locked ? em.findOne(FloorScheme, { id }, { refresh: true }) : null;
}

/** The terms a change writes (all of them: those not changed as they were). */
export type SchemeTermsRow = Pick<FloorScheme, 'capacityCny' | 'loading' | 'riskFreeRate' | 'pastSeasons' | 'quoteValidMinutes' | 'minObservationDays' | 'subsidyShares'>;

/** Writes the scheme's terms; floor_scheme_within_capacity refuses a capacity below what is bound. */
export async function updateSchemeTerms(em: EntityManager, id: string, terms: SchemeTermsRow): Promise<void> {
  await query(
    em,
    sql`update ${table('floor_scheme')}
        set capacity_cny = ${terms.capacityCny}::numeric, loading = ${terms.loading}::numeric, risk_free_rate = ${terms.riskFreeRate}::numeric,
            past_seasons = ${terms.pastSeasons}, quote_valid_minutes = ${terms.quoteValidMinutes}, min_observation_days = ${terms.minObservationDays},
            subsidy_shares = ${JSON.stringify(terms.subsidyShares)}::jsonb
        where id = ${id}`,
  );
}

/** A bound on a list without paging: an insurer opens a scheme or two per crop and season. */
const MAX_LISTED = 1000;

/** An alliance's schemes, newest season first. */
export async function listSchemes(em: EntityManager, allianceId: string, crop: Crop | null): Promise<FloorScheme[]> {
  return em.find(FloorScheme, { allianceId, ...(crop ? { crop } : {}) }, { orderBy: { seasonFrom: 'desc', crop: 'asc' }, limit: MAX_LISTED });
}
