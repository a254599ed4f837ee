import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table } from '@alliance/db';
import { concatAll, foldReadings, type FoldKeys, type ReadingFold } from '../domain/reading-fold.ts';

/**
 * Folds of readings per place (a sensor's facility or vehicle), per hour and per day
 * (Migration20270104090000). A fold is clean unless its hour or day is marked dirty: the trigger
 * marks what every write of readings touches, in the write's own statement.
 */
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface PlaceHour {
  placeId: string;
  /** The hour's start (UTC, whole hours since the epoch). */
  hour: Date;
}

const hourOf = (at: Date) => new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
const dayOf = (at: Date) => new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);

/** Takes the places' fold locks (as the trigger does, in the same order) until the transaction ends. */
async function lockPlaces(em: EntityManager, placeIds: readonly string[]): Promise<void> {
  await query(em, sql`select pg_advisory_xact_lock(hashtext('reading-fold:' || p::text)) from (select distinct p from unnest(${[...placeIds]}::uuid[]) p order by p) x`);
}

/**
 * Folds the given hours of the given places again from their readings, then each of their days
 * whose hours are all clean, and clears the marks of what it folded: one transaction under the
 * places' locks. Returns how many hours it folded.
 */
export async function refoldHours(em: EntityManager, keys: FoldKeys, hours: readonly PlaceHour[], extraDays: readonly PlaceHour[] = []): Promise<number> {
  const unique = [...new Map(hours.map((h) => [`${h.placeId}|${hourOf(h.hour).getTime()}`, { placeId: h.placeId, hour: hourOf(h.hour) }])).values()];
  if (!unique.length && !extraDays.length) return 0;
  return em.transactional(async (tx) => {
    await lockPlaces(tx, [...unique, ...extraDays].map((h) => h.placeId));
    const hoursJson = JSON.stringify(unique.map((h) => ({ place_id: h.placeId, bucket: h.hour.toISOString() })));
    const rows = await query<{ place_id: string; bucket: Date; at: Date; celsius: string; relative_humidity: string | null }>(
      tx,
      sql`select h.place_id, h.bucket, r.at, r.celsius, r.relative_humidity
          from json_to_recordset(${hoursJson}::json) as h(place_id uuid, bucket timestamptz)
          join ${table('sensor')} sn on sn.facility_id = h.place_id or sn.vehicle_id = h.place_id
          cross join lateral (select r.at, r.celsius, r.relative_humidity from ${table('temperature_reading')} r
                              where r.sensor_id = sn.id and r.at >= h.bucket and r.at < h.bucket + interval '1 hour' offset 0) r
          order by h.place_id, h.bucket, r.at, r.celsius`,
    );
    const readings = new Map<string, { at: Date; tempC: number; relativeHumidity: number | null }[]>();
    for (const r of rows) {
      const key = `${r.place_id}|${new Date(r.bucket).getTime()}`;
      if (!readings.has(key)) readings.set(key, []);
      readings.get(key)!.push({ at: new Date(r.at), tempC: Number(r.celsius), relativeHumidity: r.relative_humidity === null ? null : Number(r.relative_humidity) });
    }
    const folds = unique.flatMap((h) => {
      const fold = foldReadings(readings.get(`${h.placeId}|${h.hour.getTime()}`) ?? [], keys);
      return fold ? [{ place_id: h.placeId, level: 'hour', bucket: h.hour.toISOString(), fold }] : [];
    });
    await writeFolds(tx, folds, hoursJson, 'hour');
    const days = [...new Map([...unique, ...extraDays].map((h) => [`${h.placeId}|${dayOf(h.hour).getTime()}`, { place_id: h.placeId, bucket: dayOf(h.hour).toISOString() }])).values()];
    await refoldDays(tx, JSON.stringify(days));
    return unique.length;
  });
}

/** Replaces the folds of the given buckets (a bucket left without readings loses its fold) and clears their marks. */
async function writeFolds(em: EntityManager, folds: readonly { place_id: string; level: string; bucket: string; fold: ReadingFold }[], bucketsJson: string, level: 'hour' | 'day') {
  await query(
    em,
    sql`with buckets as (select * from json_to_recordset(${bucketsJson}::json) as b(place_id uuid, bucket timestamptz)),
         cleared as (delete from ${table('reading_fold_dirty')} d using buckets b where d.place_id = b.place_id and d.level = ${level} and d.bucket = b.bucket),
         emptied as (delete from ${table('reading_fold')} f using buckets b where f.place_id = b.place_id and f.level = ${level} and f.bucket = b.bucket
                     and not exists (select 1 from json_to_recordset(${JSON.stringify(folds)}::json) as x(place_id uuid, bucket timestamptz) where x.place_id = b.place_id and x.bucket = b.bucket))
        insert into ${table('reading_fold')} (place_id, level, bucket, fold)
        select place_id, ${level}, bucket, fold from json_to_recordset(${JSON.stringify(folds)}::json) as x(place_id uuid, bucket timestamptz, fold jsonb)
        on conflict (place_id, level, bucket) do update set fold = excluded.fold, folded_at = now()`,
  );
}

/** Folds each given day from its hours' folds, when none of its hours is dirty (else the day stays dirty until they are folded). */
async function refoldDays(em: EntityManager, daysJson: string): Promise<void> {
  const rows = await query<{ place_id: string; day: Date; dirty: boolean; fold: ReadingFold | null }>(
    em,
    sql`select d.place_id, d.bucket as day,
               exists (select 1 from ${table('reading_fold_dirty')} x where x.place_id = d.place_id and x.level = 'hour' and x.bucket >= d.bucket and x.bucket < d.bucket + interval '1 day') as dirty,
               f.fold
        from json_to_recordset(${daysJson}::json) as d(place_id uuid, bucket timestamptz)
        left join ${table('reading_fold')} f on f.place_id = d.place_id and f.level = 'hour' and f.bucket >= d.bucket and f.bucket < d.bucket + interval '1 day'
        order by d.place_id, d.bucket, f.bucket`,
  );
  const byDay = new Map<string, { place_id: string; bucket: string; dirty: boolean; folds: ReadingFold[] }>();
  for (const r of rows) {
    const bucket = new Date(r.day).toISOString();
    const key = `${r.place_id}|${bucket}`;
    if (!byDay.has(key)) byDay.set(key, { place_id: r.place_id, bucket, dirty: r.dirty, folds: [] });
    if (r.fold) byDay.get(key)!.folds.push(r.fold);
  }
  const clean = [...byDay.values()].filter((d) => !d.dirty);
  const folds = clean.flatMap((d) => {
    const fold = concatAll(d.folds);
    return fold ? [{ place_id: d.place_id, level: 'day', bucket: d.bucket, fold }] : [];
  });
  await writeFolds(em, folds, JSON.stringify(clean.map((d) => ({ place_id: d.place_id, bucket: d.bucket }))), 'day');
}

/**
 * One round of the fold keeper: up to `limit` dirty hours (oldest places first), and days left
 * dirty with all their hours clean. Returns how many hours and days it folded; 0 when nothing is dirty.
 */
export async function foldDirtyReadings(em: EntityManager, keys: FoldKeys, limit = 2_000): Promise<number> {
  const hours = await query<{ place_id: string; bucket: Date }>(
    em,
    sql`select place_id, bucket from ${table('reading_fold_dirty')} where level = 'hour' order by place_id, bucket limit ${limit}`,
  );
  const days = hours.length
    ? []
    : await query<{ place_id: string; bucket: Date }>(em, sql`select place_id, bucket from ${table('reading_fold_dirty')} where level = 'day' order by place_id, bucket limit ${limit}`);
  if (!hours.length && !days.length) return 0;
  await refoldHours(
    em,
    keys,
    hours.map((h) => ({ placeId: h.place_id, hour: new Date(h.bucket) })),
    days.map((d) => ({ placeId: d.place_id, hour: new Date(d.bucket) })),
  );
  return hours.length + days.length;
}

/** How many hours and days wait to be folded. */
export async function dirtyFoldCount(em: EntityManager): Promise<number> {
  const [row] = await query<{ n: number }>(em, sql`select count(*)::int as n from ${table('reading_fold_dirty')}`);
  return row?.n ?? 0;
}

/** A span of a lot's life in one place, whose readings a figure needs. */
export interface FoldSpan {
  lotId: string;
  span: number;
  placeId: string;
  from: Date;
  to: Date;
  /** Readings before this are in the ignore period after loading: they come raw, never inside a fold. */
  judgedFrom: Date;
}

export type FoldItem = { kind: 'fold'; fold: ReadingFold } | { kind: 'reading'; at: Date; tempC: number; relativeHumidity: number | null };

/**
 * What each span's figures need, in one statement: the clean folds of the whole days and hours it
 * spans, and the raw readings of the rest (its edges, and any dirty hour), in time order per span.
 * One statement sees one snapshot, so a fold and the marks that say whether to trust it agree.
 */
export async function foldedSpans(em: EntityManager, spans: readonly FoldSpan[]): Promise<Map<string, FoldItem[]>> {
  const result = new Map<string, FoldItem[]>();
  if (!spans.length) return result;
  const json = JSON.stringify(
    spans.map((s) => ({ lot_id: s.lotId, span: s.span, place_id: s.placeId, from_at: s.from.toISOString(), to_at: s.to.toISOString(), judged_from: s.judgedFrom.toISOString() })),
  );
  const rows = await query<{ lot_id: string; span: number; items: (ReadingFold | [number, number, number | null])[] }>(
    em,
    sql`with s as (
          select s.*, date_bin('1 hour', s.judged_from - interval '1 microsecond', timestamptz 'epoch') + interval '1 hour' as h0,
                 date_bin('1 hour', s.to_at, timestamptz 'epoch') as h1,
                 date_bin('1 day', s.judged_from - interval '1 microsecond', timestamptz 'epoch') + interval '1 day' as d0,
                 date_bin('1 day', s.to_at, timestamptz 'epoch') as d1
          from json_to_recordset(${json}::json) as s(lot_id uuid, span int, place_id uuid, from_at timestamptz, to_at timestamptz, judged_from timestamptz)),
        days as (
          select s.lot_id, s.span, f.bucket, f.fold from s
          cross join lateral (select f.place_id, f.bucket, f.fold from ${table('reading_fold')} f
                              where f.place_id = s.place_id and f.level = 'day' and f.bucket >= s.d0 and f.bucket <= s.d1 - interval '1 day' offset 0) f
          where not exists (select 1 from ${table('reading_fold_dirty')} x where x.place_id = f.place_id and x.level = 'day' and x.bucket = f.bucket)),
        -- The whole hours not inside a clean day: before the first whole day, after the last, and the hours of dirty days.
        hour_ranges as (
          select s.lot_id, s.span, s.place_id, s.h0 as lo, case when s.d0 < s.d1 then s.d0 else s.h1 end as hi from s
          union all
          select s.lot_id, s.span, s.place_id, case when s.d0 < s.d1 then s.d1 else s.h1 end, s.h1 from s
          union all
          select s.lot_id, s.span, s.place_id, x.bucket, x.bucket + interval '1 day' from s
          join ${table('reading_fold_dirty')} x on x.place_id = s.place_id and x.level = 'day' and x.bucket >= s.d0 and x.bucket <= s.d1 - interval '1 day'),
        -- Each range is read by a range scan of its index (lateral, offset 0), whatever the planner guesses of the
        -- spans' number: never a scan of every fold or reading of every place.
        hours as (
          select g.lot_id, g.span, f.bucket, f.fold from hour_ranges g
          cross join lateral (select f.place_id, f.bucket, f.fold from ${table('reading_fold')} f
                              where f.place_id = g.place_id and f.level = 'hour' and f.bucket >= g.lo and f.bucket <= g.hi - interval '1 hour' offset 0) f
          where not exists (select 1 from ${table('reading_fold_dirty')} x where x.place_id = f.place_id and x.level = 'hour' and x.bucket = f.bucket)),
        -- The raw readings: the edges before the first whole hour and after the last, and the dirty hours.
        raw_ranges as (
          select s.lot_id, s.span, s.place_id, s.from_at as lo, least(s.h0, s.to_at) as hi from s
          union all
          select s.lot_id, s.span, s.place_id, greatest(s.h1, s.h0, s.from_at), s.to_at from s
          union all
          select g.lot_id, g.span, g.place_id, x.bucket, x.bucket + interval '1 hour' from hour_ranges g
          join ${table('reading_fold_dirty')} x on x.place_id = g.place_id and x.level = 'hour' and x.bucket >= g.lo and x.bucket <= g.hi - interval '1 hour'),
        items as (
          select lot_id, span, bucket as sort_at, fold as item, null::numeric as celsius from days
          union all
          select lot_id, span, bucket, fold, null from hours
          union all
          select g.lot_id, g.span, r.at, jsonb_build_array(floor(extract(epoch from r.at) * 1000), r.celsius, r.relative_humidity), r.celsius from raw_ranges g
          join ${table('sensor')} sn on sn.facility_id = g.place_id or sn.vehicle_id = g.place_id
          cross join lateral (select r.at, r.celsius, r.relative_humidity from ${table('temperature_reading')} r where r.sensor_id = sn.id and r.at >= g.lo and r.at < g.hi offset 0) r
          where g.lo < g.hi)
        -- One row per span, its items in time order: a fold is an object, a raw reading [epoch ms, °C, RH].
        select lot_id, span, jsonb_agg(item order by sort_at, celsius) as items from items group by lot_id, span`,
  );
  for (const r of rows) {
    result.set(
      `${r.lot_id}|${r.span}`,
      r.items.map((item) =>
        Array.isArray(item)
          ? { kind: 'reading', at: new Date(item[0]), tempC: Number(item[1]), relativeHumidity: item[2] === null ? null : Number(item[2]) }
          : { kind: 'fold', fold: item },
      ),
    );
  }
  return result;
}
