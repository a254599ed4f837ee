import type pg from 'pg';

/**
 * The insurance bench's own SQL: the floors it measures the API against, and the copies of a bound
 * contract it settles (bench data only; the API never writes contracts this way).
 */

/** The daily index of scallion over a span (VWAP, volume and observations per day), as priceIndex by DAY computes it: the floor of quoting's reads. */
export const DAILY_INDEX = `select day, sum(price_cny_per_kg * volume_kg) / sum(volume_kg) as vwap, sum(volume_kg) as volume_kg, count(*) as observations
  from insurance.price_observation
  where alliance_id = $1 and crop = 'SCALLION' and day between $2::date and $3::date
  group by day order by day`;

/** Where the settling floor writes its payouts. */
export const FLOOR_TABLE = `create table insurance.bench_floor_settlement (
  contract_id uuid not null, window_start date not null, index_per_kg numeric(14,6) not null, payout_cny numeric(16,2) not null,
  primary key (contract_id, window_start))`;

/**
 * The floor of settleWindow, one statement: the window's contracts, the index of every series they
 * settle on (Σ price × volume ÷ Σ volume), and each payout max(0, K − index) × insured kg rounded
 * half up to the fen once, inserted.
 */
export const FLOOR_SETTLEMENT = `with w as (
    select c.id, c.variety, c.grade, c.floor_per_kg, c.insured_kg
    from insurance.floor_contract c
    join insurance.contract_window cw on cw.contract_id = c.id and cw.window_start = $2::date and cw.window_end = $3::date
    where c.alliance_id = $1 and c.crop = 'SCALLION'),
  series as (select distinct variety, grade from w),
  idx as materialized (
    select s.variety, s.grade, sum(o.price_cny_per_kg * o.volume_kg) as value, sum(o.volume_kg) as volume
    from series s
    join insurance.price_observation o on o.alliance_id = $1 and o.crop = 'SCALLION' and o.day between $2::date and $3::date
      and (s.variety is null or o.variety = s.variety) and (s.grade is null or o.grade = s.grade)
    group by s.variety, s.grade)
  insert into insurance.bench_floor_settlement (contract_id, window_start, index_per_kg, payout_cny)
  select w.id, $2::date, round(i.value / i.volume, 6), round(greatest(0, w.floor_per_kg * i.volume - i.value) * w.insured_kg / i.volume, 2)
  from w join idx i on i.variety is not distinct from w.variety and i.grade is not distinct from w.grade`;

/** How many of the floor's payouts of a window are settleWindow's, to the fen (and its index to 6 places). */
export async function samePayouts(client: pg.Client, windowStart: string): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `select count(*)::int as n from insurance.bench_floor_settlement b
     join insurance.floor_settlement s on s.contract_id = b.contract_id and s.window_start = b.window_start
     where b.window_start = $1::date and s.payout_cny = b.payout_cny and s.index_per_kg = b.index_per_kg`,
    [windowStart],
  );
  return rows[0]!.n;
}

/**
 * Copies of one bound contract (its quote, terms and member) onto a past month, numbered
 * BENCH-<run>-<n> (sequences from a million × run, clear of the counter's), in one
 * transaction of set-based statements: a quote and a contract each, with one window; floors spread
 * over 1.80–3.29 CNY/kg, 500–5,250 kg, and five series in turn (every variety and grade, RED A,
 * RED B, WHITE A, WHITE B). The scheme's bound sum rises by theirs, as binding would raise it.
 */
export async function cloneContracts(client: pg.Client, spec: { contractId: string; count: number; window: { start: string; end: string }; run: number }): Promise<number> {
  const { start, end } = spec.window;
  await client.query('begin');
  try {
    await client.query(
      `create temp table bench_clone on commit drop as
       select i, gen_random_uuid() as quote_id, gen_random_uuid() as contract_id,
              (array[null, 'RED', 'RED', 'WHITE', 'WHITE'])[1 + i % 5] as variety, (array[null, 'A', 'B', 'A', 'B'])[1 + i % 5] as grade,
              round(1.80 + (i % 150) * 0.01, 2) as floor_per_kg, (500 + (i % 20) * 250)::numeric(14,3) as insured_kg
       from generate_series(1, $1::int) as i`,
      [spec.count],
    );
    const template = `from bench_clone g, insurance.floor_contract c join insurance.floor_quote q on q.id = c.quote_id where c.id = $1`;
    await client.query(
      `insert into insurance.floor_quote (id, alliance_id, member_id, requested_by, crop, variety, grade, insured_kg, coverage, cover_from, cover_to, window_length,
         cost_basis_id, scheme_id, marginal_cost_per_kg, floor_per_kg, sum_insured_cny, windows, black76_per_kg, burn_cost_per_kg, technical_per_kg, loading,
         premium_cny, premium_shares, expected_yield_kg_per_mu, valid_until, created_at)
       select g.quote_id, q.alliance_id, q.member_id, q.requested_by, q.crop, g.variety, g.grade, g.insured_kg, q.coverage, $2::date, $3::date, 'MONTH',
         q.cost_basis_id, q.scheme_id, q.marginal_cost_per_kg, g.floor_per_kg, round(g.floor_per_kg * g.insured_kg, 2),
         jsonb_build_array(jsonb_set(jsonb_set(q.windows -> 0, '{start}', to_jsonb($2::text)), '{end}', to_jsonb($3::text))),
         q.black76_per_kg, q.burn_cost_per_kg, q.technical_per_kg, q.loading, round(q.premium_cny * g.insured_kg / (q.insured_kg * jsonb_array_length(q.windows)), 2),
         q.premium_shares, q.expected_yield_kg_per_mu, q.valid_until, q.created_at
       ${template}`,
      [spec.contractId, start, end],
    );
    await client.query(
      `insert into insurance.floor_contract (id, alliance_id, number, year, sequence, quote_id, idempotency_key, member_id, crop, variety, grade, insured_kg, coverage,
         floor_per_kg, cost_basis_id, scheme_id, sum_insured_cny, premium_cny, premium_shares, cover_from, cover_to, window_length, expected_yield_kg_per_mu, bound_by, bound_at)
       select g.contract_id, c.alliance_id, 'BENCH-' || $4::int || '-' || g.i, c.year, 1000000 * $4::int + g.i, g.quote_id,
         'bench-' || $4::int || '-' || g.i, c.member_id, c.crop, g.variety, g.grade, g.insured_kg, c.coverage, g.floor_per_kg, c.cost_basis_id, c.scheme_id,
         round(g.floor_per_kg * g.insured_kg, 2), round(c.premium_cny * g.insured_kg / (c.insured_kg * jsonb_array_length(q.windows)), 2), c.premium_shares,
         $2::date, $3::date, 'MONTH', c.expected_yield_kg_per_mu, c.bound_by, c.bound_at
       ${template}`,
      [spec.contractId, start, end, spec.run],
    );
    await client.query(
      `insert into insurance.contract_window (contract_id, window_start, window_end, expected_payout_cny) select contract_id, $1::date, $2::date, 0 from bench_clone`,
      [start, end],
    );
    await client.query(
      `update insurance.floor_scheme set bound_cny = bound_cny + (select sum(round(floor_per_kg * insured_kg, 2)) from bench_clone)
       where id = (select scheme_id from insurance.floor_contract where id = $1)`,
      [spec.contractId],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  // Statistics of the new rows, as autovacuum would gather them soon after: both settling paths plan with them.
  await client.query('analyze insurance.floor_quote, insurance.floor_contract, insurance.contract_window, insurance.price_observation');
  return spec.count;
}
