import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table, verbatim, type Sql } from '@alliance/db';
import type { LotFreshnessEntry } from '@alliance/messaging';
import type { MarketRoute } from '../domain/freshness.ts';

/**
 * The freshness replica (lots.freshness) and the alliance's market routes, and the prediction of
 * shelf life on arrival in SQL: the same arithmetic as domain/freshness.ts (a test shows they agree).
 */

/** SL(T) in hours over the freshness row aliased `f`. */
function shelfLifeHours(f: string, tempC: Sql): Sql {
  const a = verbatim(f);
  return sql`(${a}.reference_days * 24 * power(${a}.q10, (${a}.reference_temp_c - (${tempC})::float8) / 10))`;
}

/**
 * Days of shelf life left on arrival, over the freshness row aliased `f` (a lot_freshness row, or
 * nulls when there is none) and the route aliased `r` (market_route), at the instant `now`; null
 * when the lot's freshness is unknown or there is no route.
 */
export function predictedDaysOnArrivalSql(f: string, r: string, now: Sql = sql`now()`): Sql {
  const a = verbatim(f);
  const route = verbatim(r);
  // greatest() skips nulls, so what is unknown is tested first.
  return sql`(case when ${a}.expires_at is null or ${a}.current_temp_c is null or ${a}.reference_days is null or ${a}.reference_temp_c is null
      or ${a}.q10 is null or ${route}.transit_hours is null or ${route}.truck_temp_c is null then null
    else greatest(0,
      extract(epoch from ${a}.expires_at - ${now})::float8 / 3600.0 / ${shelfLifeHours(f, sql`${a}.current_temp_c`)}
      - ${route}.transit_hours::float8 / ${shelfLifeHours(f, sql`${route}.truck_temp_c`)}
    ) * ${a}.reference_days end)::float8`;
}

/** lots.freshness: keeps each lot's newest figures (messages may overtake one another). */
export async function recordLotFreshness(em: EntityManager, lots: readonly LotFreshnessEntry[]): Promise<void> {
  if (!lots.length) return;
  const rows = lots.map((l) => ({
    lot_id: l.lotId,
    expires_at: l.expiresAt,
    current_temp_c: l.currentTempC,
    reference_days: l.referenceDays,
    reference_temp_c: l.referenceTempC,
    q10: l.q10,
    as_of: l.asOf,
  }));
  await query(
    em,
    sql`insert into ${table('lot_freshness')} as f (lot_id, expires_at, current_temp_c, reference_days, reference_temp_c, q10, as_of)
        select distinct on (lot_id) * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as l(lot_id uuid, expires_at timestamptz, current_temp_c float8, reference_days float8, reference_temp_c float8, q10 float8, as_of timestamptz)
        order by lot_id, as_of desc
        on conflict (lot_id) do update set
          expires_at = excluded.expires_at, current_temp_c = excluded.current_temp_c, reference_days = excluded.reference_days,
          reference_temp_c = excluded.reference_temp_c, q10 = excluded.q10, as_of = excluded.as_of
        where f.as_of <= excluded.as_of`,
  );
}

/** Whether the member is an active partner market of the alliance (holding the role there). */
export async function isMarketOf(em: EntityManager, allianceId: string, marketId: string): Promise<boolean> {
  const row = await queryOne<{ ok: boolean }>(
    em,
    sql`select exists (select 1 from ${table('membership')} ms join ${table('member')} m on m.id = ms.member_id
          where ms.alliance_id = ${allianceId} and ms.member_id = ${marketId}::uuid and 'PARTNER_MARKET' = any(ms.roles)) as ok`,
  );
  return !!row?.ok;
}

export interface MarketRouteRow {
  marketId: string;
  transitHours: number;
  truckTempC: number;
  updatedAt: Date;
}

const ROUTE_COLUMNS = sql`market_id as "marketId", transit_hours::float8 as "transitHours", truck_temp_c::float8 as "truckTempC", updated_at as "updatedAt"`;

/** Sets (or replaces) the alliance's route to a market. */
export async function upsertMarketRoute(em: EntityManager, allianceId: string, marketId: string, route: MarketRoute): Promise<MarketRouteRow> {
  const row = await queryOne<MarketRouteRow>(
    em,
    sql`insert into ${table('market_route')} (alliance_id, market_id, transit_hours, truck_temp_c, updated_at)
        values (${allianceId}, ${marketId}, ${route.transitHours}, ${route.truckTempC}, now())
        on conflict (alliance_id, market_id) do update set transit_hours = excluded.transit_hours, truck_temp_c = excluded.truck_temp_c, updated_at = now()
        returning ${ROUTE_COLUMNS}`,
  );
  return row!;
}

/** The alliance's routes, by market; only the one market's when `marketId` is given. */
export async function marketRoutesOf(em: EntityManager, allianceId: string, marketId: string | null): Promise<MarketRouteRow[]> {
  const only = marketId ? sql`and market_id = ${marketId}` : sql``;
  return query<MarketRouteRow>(em, sql`select ${ROUTE_COLUMNS} from ${table('market_route')} where alliance_id = ${allianceId} ${only} order by market_id`);
}

/**
 * A savepoint in the caller's transaction: rolling back to it undoes what followed, row locks
 * included (a reservation that locked too few lots lets them go before it locks more, in order).
 */
export async function savepoint(em: EntityManager, name: 'fefo_lock'): Promise<void> {
  await query(em, sql`${verbatim(`savepoint ${name}`)}`);
}

export async function rollbackToSavepoint(em: EntityManager, name: 'fefo_lock'): Promise<void> {
  await query(em, sql`${verbatim(`rollback to savepoint ${name}`)}`);
}
