import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table, verbatim, type Sql } from '@alliance/db';
import type { Crop } from '../entities/index.ts';

/**
 * The statements of settlement, all set-based: the window's index of every series the contracts
 * settle on (computed once, with a copy of the observations it used), then every contract's
 * settlement in one insert, whatever the number of contracts.
 */

/** Which contracts of a window a settlement is for: every bound one of the crop in the alliance, or one. */
export interface WindowScope {
  allianceId: string;
  crop: Crop;
  start: string;
  end: string;
  /** Only this contract (settleFloor); null: every contract with the window (settleWindow). */
  contractId: string | null;
}

/** The contracts of the scope whose window is not settled yet. */
function pending(scope: WindowScope): Sql {
  return sql`select c.id, c.variety, c.grade, sc.min_observation_days
    from ${table('floor_contract')} c
    join ${table('contract_window')} cw on cw.contract_id = c.id and cw.window_start = ${scope.start}::date and cw.window_end = ${scope.end}::date
    join ${table('floor_scheme')} sc on sc.id = c.scheme_id
    where c.alliance_id = ${scope.allianceId} and c.crop = ${scope.crop}
      ${scope.contractId ? sql`and c.id = ${scope.contractId}` : sql``}
      and not exists (select 1 from ${table('floor_settlement')} fs where fs.contract_id = c.id and fs.window_start = cw.window_start)`;
}

/** An observation of the scope's window in a series (s.variety, s.grade; null: every one). */
function observationOf(scope: WindowScope, s: 's' | 'ins'): Sql {
  const v = verbatim(`${s}.variety`);
  const g = verbatim(`${s}.grade`);
  return sql`o.alliance_id = ${scope.allianceId} and o.crop = ${scope.crop} and o.day between ${scope.start}::date and ${scope.end}::date
    and (${v} is null or o.variety = ${v}) and (${g} is null or o.grade = ${g})`;
}

/** What the window's observations of a series of pending contracts add up to. */
export interface SeriesCount {
  variety: string | null;
  grade: string | null;
  observation_days: number;
  min_observation_days: number;
}

/**
 * Computes the window's index of every series the scope's unsettled contracts settle on that has
 * none yet and enough days with observations (the smallest minimum of their schemes), with its
 * observations copied, in one statement; an index already there is kept as it was (on conflict do
 * nothing: concurrent settlers wait for the first and keep its index). Series in a fixed order, so
 * that concurrent settlers take the index keys in the same order. Returns the count of every series.
 */
export async function computeWindowIndexes(em: EntityManager, scope: WindowScope): Promise<SeriesCount[]> {
  return query<SeriesCount>(
    em,
    sql`with pending as (${pending(scope)}),
        series as (select variety, grade, min(min_observation_days) as min_days from pending group by variety, grade),
        agg as (
          select s.variety, s.grade, s.min_days, coalesce(sum(o.price_cny_per_kg * o.volume_kg), 0) as value, coalesce(sum(o.volume_kg), 0) as volume,
                 count(distinct o.day)::int as days, count(o.id)::int as n
          from series s left join ${table('price_observation')} o on ${observationOf(scope, 's')}
          group by s.variety, s.grade, s.min_days),
        ins as (
          insert into ${table('window_index')} (id, alliance_id, crop, variety, grade, window_start, window_end, value_cny, volume_kg, index_per_kg, observation_days, observation_count, computed_at)
          select gen_random_uuid(), ${scope.allianceId}, ${scope.crop}, a.variety, a.grade, ${scope.start}::date, ${scope.end}::date,
                 a.value, a.volume, round(a.value / a.volume, 6), a.days, a.n, now()
          from agg a where a.days >= a.min_days and a.volume > 0
          order by a.variety nulls first, a.grade nulls first
          on conflict do nothing
          returning id, variety, grade),
        snapshot as (
          insert into ${table('window_index_observation')} (window_index_id, observation_id, market_id, day, variety, grade, price_cny_per_kg, volume_kg)
          select ins.id, o.id, o.market_id, o.day, o.variety, o.grade, o.price_cny_per_kg, o.volume_kg
          from ins join ${table('price_observation')} o on ${observationOf(scope, 'ins')}
          returning 1)
        select a.variety, a.grade, a.days as observation_days, a.min_days as min_observation_days
        from agg a order by a.variety nulls first, a.grade nulls first`,
  );
}

/** An unsettled contract of the scope that its window's index cannot settle (none, or fewer days than its scheme requires). */
export interface UnsettleableRow {
  contract_id: string;
  variety: string | null;
  grade: string | null;
  min_observation_days: number;
  observation_days: number | null;
}

export async function unsettleableContracts(em: EntityManager, scope: WindowScope): Promise<UnsettleableRow[]> {
  return query<UnsettleableRow>(
    em,
    sql`select p.id as contract_id, p.variety, p.grade, p.min_observation_days, wi.observation_days
        from (${pending(scope)}) p
        left join ${table('window_index')} wi on wi.alliance_id = ${scope.allianceId} and wi.crop = ${scope.crop}
          and wi.variety is not distinct from p.variety and wi.grade is not distinct from p.grade
          and wi.window_start = ${scope.start}::date and wi.window_end = ${scope.end}::date
        where wi.id is null or wi.observation_days < p.min_observation_days
        order by p.id`,
  );
}

/**
 * Settles every unsettled contract of the scope against its series' index in one insert.
 * Payout = max(0, K − Σvalue/Σvolume) × insured kg, rounded half up to the fen once, computed
 * exactly as greatest(0, K·V − S) × kg ÷ V: the fen is div(200·N + D, 2·D) ÷ 100 for N ÷ D, whole
 * numbers only, so no digit of a division is cut off before the rounding. The per-mu indemnity is
 * sum insured per mu (K × a window's yield per mu, to the fen) × (K − index) ÷ K, floored at 0 —
 * N = sum insured per mu × greatest(0, K·V − S), D = K·V — rounded the same way (the domain's
 * settlementPayoutCny and settlementIndemnityPerMuCny). Contracts in id order; a settlement already
 * there (a concurrent settler's) is left as it was.
 */
export async function settleContracts(em: EntityManager, scope: WindowScope, settledBy: string, settledAt: Date): Promise<{ contract_id: string; payout_cny: string }[]> {
  return query(
    em,
    sql`insert into ${table('floor_settlement')} (id, alliance_id, contract_id, window_start, window_end, window_index_id, index_per_kg, floor_per_kg, insured_kg,
          payout_cny, indemnity_per_mu_cny, settled_by, settled_at)
        select gen_random_uuid(), ${scope.allianceId}, c.id, ${scope.start}::date, ${scope.end}::date, wi.id, wi.index_per_kg, c.floor_per_kg, c.insured_kg,
               div(200 * greatest(0, c.floor_per_kg * wi.volume_kg - wi.value_cny) * c.insured_kg + wi.volume_kg, 2 * wi.volume_kg) / 100,
               div(200 * round(c.floor_per_kg * c.expected_yield_kg_per_mu, 2) * greatest(0, c.floor_per_kg * wi.volume_kg - wi.value_cny) + c.floor_per_kg * wi.volume_kg,
                   2 * c.floor_per_kg * wi.volume_kg) / 100,
               ${settledBy}, ${settledAt}
        from (${pending(scope)}) p
        join ${table('floor_contract')} c on c.id = p.id
        join ${table('window_index')} wi on wi.alliance_id = c.alliance_id and wi.crop = c.crop
          and wi.variety is not distinct from c.variety and wi.grade is not distinct from c.grade
          and wi.window_start = ${scope.start}::date and wi.window_end = ${scope.end}::date
        order by c.id
        on conflict (contract_id, window_start) do nothing
        returning contract_id, payout_cny::text`,
  );
}

/** The settlement of a contract's window, if any. */
export async function settlementIdOf(em: EntityManager, contractId: string, windowStart: string): Promise<string | null> {
  const row = await queryOne<{ id: string }>(em, sql`select id from ${table('floor_settlement')} where contract_id = ${contractId} and window_start = ${windowStart}::date`);
  return row?.id ?? null;
}

/** The window's contracts of the crop in the alliance, how many are settled, their payouts, and the index when they all used one. */
export async function windowTotals(
  em: EntityManager,
  scope: Omit<WindowScope, 'contractId'>,
): Promise<{ contracts: number; settled: number; payout_cny: string; index_per_kg: string | null }> {
  const row = await queryOne<{ contracts: number; settled: number; payout_cny: string; index_per_kg: string | null }>(
    em,
    sql`select count(*)::int as contracts, count(s.id)::int as settled, coalesce(sum(s.payout_cny), 0)::text as payout_cny,
               case when count(distinct s.window_index_id) = 1 then max(s.index_per_kg)::text end as index_per_kg
        from ${table('floor_contract')} c
        join ${table('contract_window')} cw on cw.contract_id = c.id and cw.window_start = ${scope.start}::date and cw.window_end = ${scope.end}::date
        left join ${table('floor_settlement')} s on s.contract_id = c.id and s.window_start = cw.window_start
        where c.alliance_id = ${scope.allianceId} and c.crop = ${scope.crop}`,
  );
  return row!;
}

/** The windows with contracts of a crop in an alliance (a refusal lists some). */
export async function windowsWithContracts(em: EntityManager, allianceId: string, crop: Crop, limit: number): Promise<{ start: string; end: string }[]> {
  return query(
    em,
    sql`select distinct to_char(cw.window_start, 'YYYY-MM-DD') as start, to_char(cw.window_end, 'YYYY-MM-DD') as end
        from ${table('contract_window')} cw join ${table('floor_contract')} c on c.id = cw.contract_id
        where c.alliance_id = ${allianceId} and c.crop = ${crop}
        order by 1 desc limit ${limit}`,
  );
}

/** A window's index as it was computed once. */
export interface WindowIndexRow {
  id: string;
  value_cny: string;
  volume_kg: string;
  index_per_kg: string;
  observation_days: number;
  observation_count: number;
}

export async function windowIndexesByIds(em: EntityManager, ids: readonly string[]): Promise<WindowIndexRow[]> {
  if (!ids.length) return [];
  return query<WindowIndexRow>(
    em,
    sql`select id, value_cny::text, volume_kg::text, index_per_kg::text, observation_days, observation_count
        from ${table('window_index')} where id = any(${[...ids]}::uuid[])`,
  );
}

/** One observation a window's index used, as it was then. */
export interface StatementLineRow {
  window_index_id: string;
  market_id: string;
  day: string;
  variety: string | null;
  grade: string;
  price_cny_per_kg: string;
  volume_kg: string;
}

/** The observations of many window indexes, each's by day and market. */
export async function statementLinesOf(em: EntityManager, windowIndexIds: readonly string[]): Promise<StatementLineRow[]> {
  if (!windowIndexIds.length) return [];
  return query<StatementLineRow>(
    em,
    sql`select window_index_id, market_id, to_char(day, 'YYYY-MM-DD') as day, variety, grade, price_cny_per_kg::text, volume_kg::text
        from ${table('window_index_observation')} where window_index_id = any(${[...windowIndexIds]}::uuid[])
        order by window_index_id, day, market_id, variety nulls first, grade`,
  );
}
