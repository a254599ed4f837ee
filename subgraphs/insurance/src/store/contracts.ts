import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table, takeYearlySequence } from '@alliance/db';
import { FloorContract, type Crop } from '../entities/index.ts';

/**
 * The statements of floor contracts: binding (the scheme's capacity, the alliance's counter, the
 * contract and its windows), and reading them back in batches.
 */

/** A contract as far as binding needs it to answer a retry or a second bind. */
export interface BoundContractRow {
  id: string;
  quote_id: string;
  number: string;
  idempotency_key: string;
  alliance_id: string;
  member_id: string;
}

/** The contract a caller bound in its alliance under one of its idempotency keys, if any. */
export async function contractUnderKey(em: EntityManager, allianceId: string, boundBy: string, key: string): Promise<BoundContractRow | null> {
  return queryOne<BoundContractRow>(
    em,
    sql`select id, quote_id, number, idempotency_key, alliance_id, member_id from ${table('floor_contract')} where alliance_id = ${allianceId} and bound_by = ${boundBy} and idempotency_key = ${key}`,
  );
}

/** The contract a quote was bound into, if any. */
export async function contractOfQuote(em: EntityManager, quoteId: string): Promise<BoundContractRow | null> {
  return queryOne<BoundContractRow>(em, sql`select id, quote_id, number, idempotency_key, alliance_id, member_id from ${table('floor_contract')} where quote_id = ${quoteId}`);
}

/**
 * Adds a bind's sum insured to its scheme. The row lock it takes lasts to the end of the binding
 * transaction, so binds of one scheme take turns; floor_scheme_within_capacity refuses going over.
 */
export async function addBoundToScheme(em: EntityManager, schemeId: string, sumInsuredCny: string): Promise<void> {
  await query(em, sql`update ${table('floor_scheme')} set bound_cny = bound_cny + ${sumInsuredCny}::numeric where id = ${schemeId}`);
}

/** A scheme's capacity and what is bound of it, as committed now. */
export async function schemeCapacityOf(em: EntityManager, schemeId: string): Promise<{ capacity_cny: string; bound_cny: string } | null> {
  return queryOne(em, sql`select capacity_cny::text, bound_cny::text from ${table('floor_scheme')} where id = ${schemeId}`);
}

/**
 * The next contract sequence of an alliance and year: the upsert locks the counter row until the
 * binding transaction ends, so numbers are gapless (a refused bind gives its number back).
 */
export function takeContractSequence(em: EntityManager, allianceId: string, year: number): Promise<number> {
  return takeYearlySequence(em, 'contract_counter', allianceId, year);
}

/**
 * Kg a member has insured per window on a crop in contracts whose cover overlaps the days given, in
 * windows of a cover whose mu grows `windowYieldKgPerMu`: each contract counts for the mu it uses
 * (its kg ÷ its own window's yield per mu), so that weekly and monthly covers add up; to the gram, up.
 */
export async function insuredKgOverlapping(em: EntityManager, memberId: string, crop: Crop, from: string, to: string, windowYieldKgPerMu: string): Promise<string> {
  const row = await queryOne<{ kg: string }>(
    em,
    sql`select (ceil(coalesce(sum(insured_kg * ${windowYieldKgPerMu}::numeric / expected_yield_kg_per_mu), 0) * 1000) / 1000)::text as kg from ${table('floor_contract')}
        where member_id = ${memberId} and crop = ${crop} and cover_from <= ${to}::date and cover_to >= ${from}::date`,
  );
  return row!.kg;
}

/** A window of a new contract and what the quote expected it to pay. */
export interface NewContractWindow {
  start: string;
  end: string;
  expectedPayoutCny: string;
}

/** Writes a contract and its windows (two statements, in the caller's transaction). */
export async function insertContract(em: EntityManager, c: FloorContract, windows: readonly NewContractWindow[]): Promise<void> {
  await query(
    em,
    sql`insert into ${table('floor_contract')} (id, alliance_id, number, year, sequence, quote_id, idempotency_key, member_id, crop, variety, grade,
          insured_kg, coverage, floor_per_kg, cost_basis_id, scheme_id, sum_insured_cny, premium_cny, premium_shares, cover_from, cover_to,
          window_length, expected_yield_kg_per_mu, bound_by, bound_at)
        values (${c.id}, ${c.allianceId}, ${c.number}, ${c.year}, ${c.sequence}, ${c.quoteId}, ${c.idempotencyKey}, ${c.memberId}, ${c.crop}, ${c.variety}, ${c.grade},
          ${c.insuredKg}::numeric, ${c.coverage}::numeric, ${c.floorPerKg}::numeric, ${c.costBasisId}, ${c.schemeId}, ${c.sumInsuredCny}::numeric, ${c.premiumCny}::numeric,
          ${JSON.stringify(c.premiumShares)}::jsonb, ${c.coverFrom}::date, ${c.coverTo}::date, ${c.windowLength}, ${c.expectedYieldKgPerMu}::numeric, ${c.boundBy}, ${c.boundAt})`,
  );
  await query(
    em,
    sql`insert into ${table('contract_window')} (contract_id, window_start, window_end, expected_payout_cny)
        select ${c.id}, w.start_day, w.end_day, w.expected
        from unnest(${windows.map((w) => w.start)}::date[], ${windows.map((w) => w.end)}::date[], ${windows.map((w) => w.expectedPayoutCny)}::numeric[]) as w(start_day, end_day, expected)`,
  );
}

/** A contract's window with its settlement, if settled. */
export interface ContractWindowRow {
  contract_id: string;
  start: string;
  end: string;
  expected_payout_cny: string;
  settlement_id: string | null;
  payout_cny: string | null;
}

/** The windows of many contracts with their settlements, in one statement, each contract's in order. */
export async function windowsOfContracts(em: EntityManager, contractIds: readonly string[]): Promise<ContractWindowRow[]> {
  if (!contractIds.length) return [];
  return query<ContractWindowRow>(
    em,
    sql`select w.contract_id, to_char(w.window_start, 'YYYY-MM-DD') as start, to_char(w.window_end, 'YYYY-MM-DD') as end,
               w.expected_payout_cny::text, s.id as settlement_id, s.payout_cny::text
        from ${table('contract_window')} w
        left join ${table('floor_settlement')} s on s.contract_id = w.contract_id and s.window_start = w.window_start
        where w.contract_id = any(${[...contractIds]}::uuid[])
        order by w.contract_id, w.window_start`,
  );
}

export interface ContractListFilter {
  allianceId: string;
  /** Only this member's contracts (a grower or cooperative reading its own, or a filter). */
  memberIds: string[] | null;
  crop: Crop | null;
  status: 'BOUND' | 'SETTLED' | null;
  /** Keyset: (year, sequence) strictly before this one. */
  before: [number, number] | null;
  limit: number;
}

/** Every window of the contract is settled. */
const ALL_SETTLED = sql`not exists (select 1 from ${table('contract_window')} w
  where w.contract_id = c.id and not exists (select 1 from ${table('floor_settlement')} s where s.contract_id = w.contract_id and s.window_start = w.window_start))`;

/** An alliance's contracts, newest number first, a keyset page (limit + 1 rows). */
export async function listContracts(em: EntityManager, f: ContractListFilter): Promise<FloorContract[]> {
  const rows = await query<{ id: string }>(
    em,
    sql`select c.id from ${table('floor_contract')} c
        where c.alliance_id = ${f.allianceId}
          ${f.memberIds ? sql`and c.member_id = any(${f.memberIds}::uuid[])` : sql``}
          ${f.crop ? sql`and c.crop = ${f.crop}` : sql``}
          ${f.status === 'SETTLED' ? sql`and ${ALL_SETTLED}` : f.status === 'BOUND' ? sql`and not ${ALL_SETTLED}` : sql``}
          ${f.before ? sql`and (c.year, c.sequence) < (${f.before[0]}::int, ${f.before[1]}::int)` : sql``}
        order by c.year desc, c.sequence desc
        limit ${f.limit + 1}`,
  );
  if (!rows.length) return [];
  const contracts = await em.find(FloorContract, { id: { $in: rows.map((r) => r.id) } });
  const byId = new Map(contracts.map((c) => [c.id, c]));
  return rows.map((r) => byId.get(r.id)!);
}

/** The contracts of many members (of every alliance: the domain keeps the caller's), newest first. */
export async function contractsOfMembers(em: EntityManager, memberIds: readonly string[]): Promise<FloorContract[]> {
  if (!memberIds.length) return [];
  return em.find(FloorContract, { memberId: { $in: [...memberIds] } }, { orderBy: { year: 'desc', sequence: 'desc' } });
}

/** A lot and the contract that covers it, if one does. */
export interface LotCoverRow {
  lot_id: string;
  alliance_id: string;
  grower_id: string;
  contract_id: string | null;
}

/**
 * For each lot (as lots.registered announced it), the bound contract of its grower or the
 * grower's cooperative, of the lot's alliance and crop, of every variety or the lot's, whose cover
 * holds the lot's harvest day: the grower's own before its cooperative's, the latest bound first.
 */
export async function coverOfLots(em: EntityManager, lotIds: readonly string[]): Promise<LotCoverRow[]> {
  if (!lotIds.length) return [];
  return query<LotCoverRow>(
    em,
    sql`select l.lot_id, l.alliance_id, l.grower_id,
               (select c.id from ${table('floor_contract')} c
                where c.alliance_id = l.alliance_id and c.member_id in (l.grower_id, l.cooperative_id) and c.crop = l.crop
                  and (c.variety is null or c.variety = l.variety) and l.harvest_date between c.cover_from and c.cover_to
                order by (c.member_id = l.grower_id) desc, c.bound_at desc, c.id
                limit 1) as contract_id
        from ${table('lot_fact')} l
        where l.lot_id = any(${[...lotIds]}::uuid[])`,
  );
}
