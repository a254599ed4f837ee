import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table } from '@alliance/db';
import { PriceObservation } from '../entities/index.ts';
import type { Crop, Grade, PriceSource, Variety } from '../entities/vocabulary.ts';

/** Every statement of price observations but the index's (price-index.ts). */

interface ObservationRow {
  id: string;
  alliance_id: string;
  market_id: string;
  crop: Crop;
  variety: Variety | null;
  grade: Grade;
  day: string;
  price_cny_per_kg: string;
  volume_kg: string;
  source: PriceSource;
  reported_by: string;
  reported_at: Date;
}

const OBSERVATION_COLUMNS = sql`id, alliance_id, market_id, crop, variety, grade, to_char(day, 'YYYY-MM-DD') as day,
  price_cny_per_kg::text as price_cny_per_kg, volume_kg::text as volume_kg, source, reported_by, reported_at`;

function observationOf(r: ObservationRow): PriceObservation {
  return Object.assign(new PriceObservation(), {
    id: r.id,
    allianceId: r.alliance_id,
    marketId: r.market_id,
    crop: r.crop,
    variety: r.variety,
    grade: r.grade,
    day: r.day,
    priceCnyPerKg: r.price_cny_per_kg,
    volumeKg: r.volume_kg,
    source: r.source,
    reportedBy: r.reported_by,
    reportedAt: r.reported_at,
  });
}

/** A series' days to read: crop, variety (null: none), grade, from and to (inclusive). */
export interface SeriesSpan {
  crop: string;
  variety: string | null;
  grade: string;
  from: string;
  to: string;
}

export interface StoredObservation {
  marketId: string;
  crop: string;
  variety: string | null;
  grade: string;
  day: string;
  priceCnyPerKg: string;
}

/** The stored observations of the alliance on the spans' days (every market), in one statement. */
export async function observationsInSpans(em: EntityManager, allianceId: string, spans: readonly SeriesSpan[]): Promise<StoredObservation[]> {
  if (!spans.length) return [];
  const rows = await query<{ market_id: string; crop: string; variety: string | null; grade: string; day: string; price: string }>(
    em,
    sql`select o.market_id, o.crop, o.variety, o.grade, to_char(o.day, 'YYYY-MM-DD') as day, o.price_cny_per_kg::text as price
        from unnest(${spans.map((s) => s.crop)}::text[], ${spans.map((s) => s.variety ?? '')}::text[], ${spans.map((s) => s.grade)}::text[],
                    ${spans.map((s) => s.from)}::date[], ${spans.map((s) => s.to)}::date[]) as s(crop, variety, grade, from_day, to_day)
        join ${table('price_observation')} o
          on o.alliance_id = ${allianceId} and o.crop = s.crop and coalesce(o.variety, '') = s.variety and o.grade = s.grade
         and o.day between s.from_day and s.to_day`,
  );
  return rows.map((r) => ({ marketId: r.market_id, crop: r.crop, variety: r.variety, grade: r.grade, day: r.day, priceCnyPerKg: r.price }));
}

/** One observation to write. */
export interface ObservationToWrite {
  id: string;
  marketId: string;
  crop: string;
  variety: string | null;
  grade: string;
  day: string;
  priceCnyPerKg: string;
  volumeKg: string;
}

/**
 * Writes the observations in one statement. REFUSE: a plain insert, so that a row another request
 * wrote meanwhile is a unique violation of price_observation_one_per_day (the caller maps it);
 * REPLACE: the row reported before for the same market, series and day takes the new price and
 * volume (its id stays). Each written row says whether it was inserted (xmax 0: no older version).
 */
export async function writeObservations(
  em: EntityManager,
  write: { allianceId: string; reportedBy: string; source: PriceSource; replace: boolean; rows: readonly ObservationToWrite[] },
): Promise<(PriceObservation & { inserted: boolean })[]> {
  const payload = JSON.stringify(
    write.rows.map((r) => ({ id: r.id, market_id: r.marketId, crop: r.crop, variety: r.variety, grade: r.grade, day: r.day, price: r.priceCnyPerKg, volume: r.volumeKg })),
  );
  const onConflict = write.replace
    ? sql`on conflict (alliance_id, market_id, crop, (coalesce(variety, '')), grade, day) do update
            set price_cny_per_kg = excluded.price_cny_per_kg, volume_kg = excluded.volume_kg, source = excluded.source,
                reported_by = excluded.reported_by, reported_at = excluded.reported_at`
    : sql``;
  const rows = await query<ObservationRow & { inserted: boolean }>(
    em,
    sql`insert into ${table('price_observation')} (id, alliance_id, market_id, crop, variety, grade, day, price_cny_per_kg, volume_kg, source, reported_by, reported_at)
        select r.id, ${write.allianceId}, r.market_id, r.crop, r.variety, r.grade, r.day, r.price, r.volume, ${write.source}, ${write.reportedBy}, now()
        from jsonb_to_recordset(${payload}::jsonb) as r(id uuid, market_id uuid, crop text, variety text, grade text, day date, price numeric, volume numeric)
        ${onConflict}
        returning ${OBSERVATION_COLUMNS}, (xmax = 0) as inserted`,
  );
  return rows.map((r) => Object.assign(observationOf(r), { inserted: r.inserted }));
}

/** Members of the alliance in the directory whose unified social credit code is one of these (upper case). */
export async function membersByCreditCode(em: EntityManager, allianceId: string, codes: readonly string[]): Promise<{ memberId: string; creditCode: string }[]> {
  if (!codes.length) return [];
  const rows = await query<{ member_id: string; credit_code: string }>(
    em,
    sql`select member_id, upper(credit_code) as credit_code from ${table('member_directory')}
        where alliance_ids @> array[${allianceId}]::uuid[] and upper(credit_code) = any(${[...codes]}::text[])`,
  );
  return rows.map((r) => ({ memberId: r.member_id, creditCode: r.credit_code }));
}

export interface ObservationListFilter {
  allianceId: string;
  /** Only this market's. */
  marketId: string | null;
  crop: string | null;
  from: string | null;
  to: string | null;
  /** Keyset: (day, id) strictly before this one. */
  before: [string, string] | null;
  limit: number;
}

/** Observations of the alliance, newest day first (then id), a keyset page (limit + 1 rows). */
export async function listObservations(em: EntityManager, f: ObservationListFilter): Promise<PriceObservation[]> {
  const rows = await query<ObservationRow>(
    em,
    sql`select ${OBSERVATION_COLUMNS} from ${table('price_observation')}
        where alliance_id = ${f.allianceId}
          ${f.marketId ? sql`and market_id = ${f.marketId}` : sql``}
          ${f.crop ? sql`and crop = ${f.crop}` : sql``}
          ${f.from ? sql`and day >= ${f.from}::date` : sql``}
          ${f.to ? sql`and day <= ${f.to}::date` : sql``}
          ${f.before ? sql`and (day, id) < (${f.before[0]}::date, ${f.before[1]}::uuid)` : sql``}
        order by day desc, id desc
        limit ${f.limit + 1}`,
  );
  return rows.map(observationOf);
}
