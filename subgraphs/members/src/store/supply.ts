import type { EntityManager } from '@mikro-orm/postgresql';
import { join, queryOne, sql, table, verbatim, type Sql } from '@alliance/db';
import type { Crop, Grade, LotStatus, Variety } from '../entities/vocabulary.ts';
import { availableKgOfLot, lotIsOpen } from './availability.ts';
import { predictedDaysOnArrivalSql } from './freshness.ts';
import { memberJson, memberRowOf, type MemberRow } from './members.ts';

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
  /** Shelf life on arrival at a market: predicted for the page's lots and, with `minDays`, the lots kept that arrive with at least that. */
  arrival?: ArrivalCriteria | null;
}

export interface ArrivalCriteria {
  marketId: string;
  /** Days of shelf life left on arrival, at least; null predicts without filtering. */
  minDays: number | null;
}

export type SupplyColumn = 'harvest_date' | 'asking_price_per_kg';
export type SupplyGrouping = 'crop' | 'variety' | 'grade' | 'township' | 'harvest_date';

/** One page of supply in (column, id) order after the keyset `after`, with the totals over the whole filter. */
export interface SupplyPageAsk {
  kind: 'page';
  criteria: SupplyCriteria;
  orderBy: SupplyColumn;
  after: [string, string] | null;
  /** Rows asked for; `limit + 1` come back at most, to tell whether more follow. */
  limit: number;
}

/** Available kg and lot count per group of the given columns, in group order. */
export interface SupplySummaryAsk {
  kind: 'summary';
  criteria: SupplyCriteria;
  groupings: readonly SupplyGrouping[];
}

export type SupplyAsk = SupplyPageAsk | SupplySummaryAsk;

/**
 * A lot on the supply page, read as a plain object (no ORM entity: the page only reads it). It has
 * the shape of the `Lot` entity's columns, its grower and base as references by id, so the `Lot`
 * resolvers read it as they read an entity.
 */
export interface SupplyLotRow {
  id: string;
  member: { id: string };
  base: { id: string };
  allianceId: string;
  lotNumber: string;
  township: string;
  crop: Crop;
  variety: Variety | null;
  grade: Grade;
  quantityKg: string;
  heldKg: string;
  confirmedKg: string;
  shippedKg: string;
  harvestDate: string;
  forward: boolean;
  askingPricePerKg: string;
  status: LotStatus;
  createdAt: Date;
  updatedAt: Date;
  availableKg: string;
  /** Days of shelf life left on arrival at the criteria's market; null without one, or when unknown. */
  predictedShelfLifeOnArrivalDays: number | null;  /** The lot's grower, read in the same statement (a page shows it beside every lot). */
  grower: MemberRow;
}

export interface SupplyPageAnswer {
  kind: 'page';
  rows: SupplyLotRow[];
  lots: number;
  availableKg: string;
  /** Whether the alliance has a route to the criteria's market (true when none was asked for). */
  routeFound: boolean;
}

export interface SupplySummaryAnswer {
  kind: 'summary';
  routeFound: boolean;
  /** `values[i]` is the i-th grouping's value. */
  groups: { values: (string | null)[]; availableKg: string; lots: number }[];
}

export type SupplyAnswer = SupplyPageAnswer | SupplySummaryAnswer;

/**
 * The filter of a criteria over the lot (or open-lot row) aliased `l`, without its alliance, the
 * open-lot predicate and the minimum available kg (which the statement applies around it).
 */
function filterOf(c: SupplyCriteria): Sql {
  const where: Sql[] = [sql`true`];
  if (c.crop) where.push(sql`l.crop = ${c.crop}`);
  if (c.varieties?.length) where.push(sql`l.variety = any(${[...c.varieties]}::text[])`);
  if (c.grades?.length) where.push(sql`l.grade = any(${[...c.grades]}::text[])`);
  if (c.townships?.length) where.push(sql`l.township = any(${[...c.townships]}::text[])`);
  if (c.harvestedBy) where.push(sql`l.harvest_date <= ${c.harvestedBy}::date and not l.forward`);
  if (c.availableBy) where.push(sql`l.harvest_date <= ${c.availableBy}::date`);
  if (c.maxPricePerKg) where.push(sql`l.asking_price_per_kg <= ${c.maxPricePerKg}::numeric`);
  return join(where, sql` and `);
}

const GROUPING_SQL: Record<SupplyGrouping, string> = {
  crop: 'l.crop',
  variety: 'l.variety',
  grade: 'l.grade',
  township: 'l.township',
  harvest_date: "to_char(l.harvest_date, 'YYYY-MM-DD')",
};

/** Columns of the partial covering index `lot_open_supply`: what the scan of open lots reads, and no more. */
const OPEN_COLUMNS = sql`l.id, l.crop, l.variety, l.grade, l.township, l.harvest_date, l.forward, l.asking_price_per_kg`;

/**
 * The open lots matching a criteria; when a minimum shelf life on arrival is asked, only those
 * predicted to arrive with at least that much (a lot with no freshness row predicts null and is
 * left out). Without a minimum nothing is predicted here: only a page's rows show the prediction
 * (pageParts), and a summary never does, so it is not computed for every open lot.
 */
function matching(c: SupplyCriteria): Sql {
  const where = sql`${filterOf(c)} and l.available_kg >= ${c.minAvailableKg}::numeric`;
  if (c.arrival?.minDays == null) return sql`select l.* from open l where ${where}`;
  return sql`select l.* from open l
    join ${table('lot_freshness')} f on f.lot_id = l.id
    left join ${table('market_route')} r on r.alliance_id = ${c.allianceId} and r.market_id = ${c.arrival.marketId}::uuid
    where ${where} and ${predictedDaysOnArrivalSql('f', 'r')} >= ${c.arrival.minDays}::float8`;
}

/** Whether the alliance has a route to the criteria's market. */
function routeFound(c: SupplyCriteria): Sql {
  if (!c.arrival) return sql`true`;
  return sql`exists (select 1 from ${table('market_route')} r where r.alliance_id = ${c.allianceId} and r.market_id = ${c.arrival.marketId}::uuid)`;
}

/** A page ask's CTEs (matching lots `m<i>`, page `p<i>`) and its answer expression. */
function pageParts(ask: SupplyPageAsk, i: number): { ctes: Sql[]; answer: Sql } {
  const m = verbatim(`m${i}`);
  const p = verbatim(`p${i}`);
  const column = verbatim(`l.${ask.orderBy}`);
  const keyset = ask.after ? sql`and (${column}, l.id) > (${ask.after[0]}, ${ask.after[1]}::uuid)` : sql``;
  const ctes = [
    sql`${m} as (${matching(ask.criteria)})`,
    sql`${p} as (select l.id, l.available_kg, ${column} as k from ${m} l where true ${keyset} order by ${column}, l.id limit ${ask.limit + 1})`,
  ];
  // Only the page's rows (at most limit + 1) go back to the table, by primary key, for the columns
  // the index does not hold and their growers, and have their shelf life on arrival predicted
  // (with the statement's one now(), so the figure the filter kept them by).
  const arrival = ask.criteria.arrival;
  const predicted = arrival ? predictedDaysOnArrivalSql('f', 'r') : sql`null::float8`;
  const forecast = arrival
    ? sql`left join ${table('lot_freshness')} f on f.lot_id = pg.id
          left join ${table('market_route')} r on r.alliance_id = ${ask.criteria.allianceId} and r.market_id = ${arrival.marketId}::uuid`
    : sql``;
  const rows = sql`(select coalesce(json_agg(json_build_object(
      'id', x.id, 'memberId', x.member_id, 'baseId', x.base_id, 'allianceId', x.alliance_id, 'lotNumber', x.lot_number,
      'township', x.township, 'crop', x.crop, 'variety', x.variety, 'grade', x.grade,
      'quantityKg', x.quantity_kg::text, 'heldKg', x.held_kg::text, 'confirmedKg', x.confirmed_kg::text, 'shippedKg', x.shipped_kg::text,
      'harvestDate', to_char(x.harvest_date, 'YYYY-MM-DD'), 'forward', x.forward, 'askingPricePerKg', x.asking_price_per_kg::text,
      'status', x.status, 'createdAt', x.created_at, 'updatedAt', x.updated_at, 'availableKg', pg.available_kg::text, 'predicted', ${predicted}, 'grower', ${memberJson('g')}
    ) order by pg.k, pg.id), '[]'::json) from ${p} pg join ${table('lot')} x on x.id = pg.id join ${table('member')} g on g.id = x.member_id ${forecast})`;
  const answer = sql`json_build_object('rows', ${rows}, 'route', ${routeFound(ask.criteria)},
    'lots', (select count(*) from ${m}), 'kg', (select coalesce(sum(available_kg), 0)::text from ${m}))`;
  return { ctes, answer };
}

/** A summary ask's CTE (groups `g<i>` over the open lots) and its answer expression. */
function summaryParts(ask: SupplySummaryAsk, i: number): { ctes: Sql[]; answer: Sql } {
  const g = verbatim(`g${i}`);
  const selected = ask.groupings.map((grouping, d) => sql`${verbatim(`${GROUPING_SQL[grouping]} as d${d}`)}`);
  const names = ask.groupings.map((_, d) => sql`${verbatim(`d${d}`)}`);
  const grouped = names.length ? sql`group by ${join(names)}` : sql``;
  const ctes = [
    sql`${g} as (select ${join([...selected, sql`sum(l.available_kg) as kg`, sql`count(*) as lots`])} from (${matching(ask.criteria)}) l ${grouped})`,
  ];
  const values = names.length ? sql`json_build_array(${join(names)})` : sql`'[]'::json`;
  const order = names.length ? sql`order by ${join(names)}` : sql``;
  const groups = sql`(select coalesce(json_agg(json_build_object('values', ${values}, 'kg', coalesce(kg, 0)::text, 'lots', lots) ${order}), '[]'::json) from ${g})`;
  const answer = sql`json_build_object('groups', ${groups}, 'route', ${routeFound(ask.criteria)})`;
  return { ctes, answer };
}

/** The one statement of `readSupply`: a JSON array with one answer per ask, in order. */
export function supplyStatement(asks: readonly SupplyAsk[]): Sql {
  const allianceId = asks[0]!.criteria.allianceId;
  if (asks.some((a) => a.criteria.allianceId !== allianceId)) throw new Error('readSupply answers one alliance at a time');
  const parts = asks.map((ask, i) => (ask.kind === 'page' ? pageParts(ask, i) : summaryParts(ask, i)));
  const anyOf = join(asks.map((a) => sql`(${filterOf(a.criteria)})`), sql` or `);
  return sql`with open as materialized (
      select ${OPEN_COLUMNS}, a.available_kg from ${table('lot')} l
      cross join lateral (select ${availableKgOfLot} as available_kg offset 0) a
      where l.alliance_id = ${allianceId} and ${lotIsOpen} and (${anyOf}) and a.available_kg > 0
    ), ${join(parts.flatMap((p) => p.ctes))}
    select json_build_array(${join(parts.map((p) => p.answer))}) as answers`;
}

/**
 * Answers supply pages (with their totals) and summaries of one alliance in ONE statement: one
 * scan of its open lots (index-only over the partial covering index `lot_open_supply`, the live
 * holds looked up only for lots with held kg) computes each lot's availability once, and every
 * page, total and group is taken from that one set. Rows come back as plain objects.
 */
export async function readSupply(em: EntityManager, asks: readonly SupplyAsk[]): Promise<SupplyAnswer[]> {
  if (!asks.length) return [];
  const row = await queryOne<{ answers: unknown[] }>(em, supplyStatement(asks));
  const answers = row!.answers as Record<string, any>[];
  return asks.map((ask, i) => {
    const a = answers[i]!;
    if (ask.kind === 'summary') {
      return {
        kind: 'summary',
        groups: (a.groups as { values: (string | null)[]; kg: string; lots: number }[]).map((g) => ({ values: g.values, availableKg: g.kg, lots: Number(g.lots) })),
        routeFound: !!a.route,
      };
    }
    return { kind: 'page', rows: (a.rows as Record<string, any>[]).map(lotRowOf), lots: Number(a.lots), availableKg: String(a.kg), routeFound: !!a.route };
  });
}

function lotRowOf(r: Record<string, any>): SupplyLotRow {
  return {
    id: r.id,
    member: { id: r.memberId },
    base: { id: r.baseId },
    allianceId: r.allianceId,
    lotNumber: r.lotNumber,
    township: r.township,
    crop: r.crop,
    variety: r.variety,
    grade: r.grade,
    quantityKg: r.quantityKg,
    heldKg: r.heldKg,
    confirmedKg: r.confirmedKg,
    shippedKg: r.shippedKg,
    harvestDate: r.harvestDate,
    forward: r.forward,
    askingPricePerKg: r.askingPricePerKg,
    status: r.status,
    createdAt: new Date(r.createdAt),
    updatedAt: new Date(r.updatedAt),
    availableKg: r.availableKg,
    predictedShelfLifeOnArrivalDays: r.predicted === null || r.predicted === undefined ? null : Number(r.predicted),
    grower: memberRowOf(r.grower),
  };
}
