import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table } from '@alliance/db';
import type { Crop } from '../entities/index.ts';

/** What the insurer has at risk in a scheme: two aggregate statements, whatever the number of contracts. */

/** The scheme of the crop whose season holds the day (the latest starting, should seasons overlap), with its contracts' totals. */
export interface ExposureTotalsRow {
  scheme_id: string;
  contracts: number;
  insured_kg: string;
  sum_insured_cny: string;
  premium_cny: string;
}

export async function exposureTotals(em: EntityManager, allianceId: string, crop: Crop, day: string): Promise<ExposureTotalsRow | null> {
  return queryOne<ExposureTotalsRow>(
    em,
    sql`with scheme as (
          select id from ${table('floor_scheme')}
          where alliance_id = ${allianceId} and crop = ${crop} and ${day}::date between season_from and season_to
          order by season_from desc limit 1)
        select scheme.id as scheme_id, count(c.id)::int as contracts,
               coalesce(sum(c.insured_kg * (select count(*) from ${table('contract_window')} w where w.contract_id = c.id)), 0)::text as insured_kg,
               coalesce(sum(c.sum_insured_cny), 0)::text as sum_insured_cny, coalesce(sum(c.premium_cny), 0)::text as premium_cny
        from scheme left join ${table('floor_contract')} c on c.scheme_id = scheme.id
        group by scheme.id`,
  );
}

/** One window of a scheme's contracts: how many, their kg, sum insured, expected payout, and what settlements paid. */
export interface WindowExposureRow {
  start: string;
  end: string;
  contracts: number;
  insured_kg: string;
  sum_insured_cny: string;
  expected_payout_cny: string;
  settled: number;
  paid_cny: string;
}

export async function exposureByWindow(em: EntityManager, schemeId: string): Promise<WindowExposureRow[]> {
  return query<WindowExposureRow>(
    em,
    sql`select to_char(w.window_start, 'YYYY-MM-DD') as start, to_char(w.window_end, 'YYYY-MM-DD') as end, count(*)::int as contracts,
               sum(c.insured_kg)::text as insured_kg, round(sum(c.floor_per_kg * c.insured_kg), 2)::text as sum_insured_cny,
               sum(w.expected_payout_cny)::text as expected_payout_cny, count(s.id)::int as settled, coalesce(sum(s.payout_cny), 0)::text as paid_cny
        from ${table('floor_contract')} c
        join ${table('contract_window')} w on w.contract_id = c.id
        left join ${table('floor_settlement')} s on s.contract_id = w.contract_id and s.window_start = w.window_start
        where c.scheme_id = ${schemeId}
        group by w.window_start, w.window_end
        order by w.window_start, w.window_end`,
  );
}
