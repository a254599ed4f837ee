import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table } from '@alliance/db';
import type { Crop, FloorQuote, Variety } from '../entities/index.ts';

/** The statements of quoting a floor: what is in force for a cover, and the quote written once. */

export interface InForce {
  /** The current cost basis of the crop whose season holds the cover, the exact variety before the variety-null one. */
  costBasisId: string | null;
  /** The alliance's scheme of the crop whose season holds the cover. */
  schemeId: string | null;
}

/** The cost basis and the scheme in force for a cover, in one statement. */
export async function inForceFor(em: EntityManager, allianceId: string, crop: Crop, variety: Variety | null, from: string, to: string): Promise<InForce> {
  const row = await queryOne<{ cost_basis_id: string | null; scheme_id: string | null }>(
    em,
    sql`select (select id from ${table('cost_basis')}
                 where alliance_id = ${allianceId} and crop = ${crop} and superseded_at is null
                   and season_from <= ${from}::date and season_to >= ${to}::date
                   and (variety is null or variety = ${variety}::text)
                 order by variety is null, season_from desc, published_at desc
                 limit 1) as cost_basis_id,
               (select id from ${table('floor_scheme')}
                 where alliance_id = ${allianceId} and crop = ${crop} and season_from <= ${from}::date and season_to >= ${to}::date
                 order by season_from desc
                 limit 1) as scheme_id`,
  );
  return { costBasisId: row?.cost_basis_id ?? null, schemeId: row?.scheme_id ?? null };
}

export async function insertQuote(em: EntityManager, q: FloorQuote): Promise<void> {
  await query(
    em,
    sql`insert into ${table('floor_quote')} (id, alliance_id, member_id, requested_by, crop, variety, grade, insured_kg, coverage, cover_from, cover_to,
                                             window_length, cost_basis_id, scheme_id, marginal_cost_per_kg, floor_per_kg, sum_insured_cny, windows,
                                             black76_per_kg, burn_cost_per_kg, technical_per_kg, loading, premium_cny, premium_shares,
                                             expected_yield_kg_per_mu, valid_until, created_at)
        values (${q.id}, ${q.allianceId}, ${q.memberId}, ${q.requestedBy}, ${q.crop}, ${q.variety}, ${q.grade}, ${q.insuredKg}::numeric, ${q.coverage}::numeric,
                ${q.coverFrom}::date, ${q.coverTo}::date, ${q.windowLength}, ${q.costBasisId}, ${q.schemeId}, ${q.marginalCostPerKg}::numeric,
                ${q.floorPerKg}::numeric, ${q.sumInsuredCny}::numeric, ${JSON.stringify(q.windows)}::jsonb, ${q.black76PerKg}::numeric,
                ${q.burnCostPerKg}::numeric, ${q.technicalPerKg}::numeric, ${q.loading}::numeric, ${q.premiumCny}::numeric,
                ${JSON.stringify(q.premiumShares)}::jsonb, ${q.expectedYieldKgPerMu}::numeric, ${q.validUntil}, ${q.createdAt})`,
  );
}
