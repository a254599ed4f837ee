import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table } from '@alliance/db';
import { concatAll, concatFolds, foldReadings, type FoldKeys, type ReadingFold } from '../domain/reading-fold.ts';

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

type FoldRow = { place_id: string; level: 'hour' | 'day'; bucket: string; fold: ReadingFold };
type Bucket = { place_id: string; bucket: string };

const bucketsOf = (hours: readonly PlaceHour[], of: (at: Date) => Date): Bucket[] => [
  ...new Map(hours.map((h) => [`${h.placeId}|${of(h.hour).getTime()}`, { place_id: h.placeId, bucket: of(h.hour).toISOString() }])).values(),
];

/**
 * Folds the given hours of the given places again from their readings, then each of their days
 * whose hours are all clean, and clears the marks of what it folded: one transaction under the
 * places' locks. Returns how many hours it folded.
 */
export async function refoldHours(em: EntityManager, keys: FoldKeys, hours: readonly PlaceHour[], extraDays: readonly PlaceHour[] = []): Promise<number> {
  const unique = bucketsOf(hours, hourOf);
  if (!unique.length && !extraDays.length) return 0;
  return em.transactional(async (tx) => {
    await lockPlaces(tx, [...hours, ...extraDays].map((h) => h.placeId));
    await writeFolds(tx, await foldHoursFromReadings(tx, keys, unique), unique, 'hour');
    const days = await foldDaysFromHours(tx, bucketsOf([...hours, ...extraDays], dayOf));
    await writeFolds(tx, days.folds, days.clean, 'day');
    return unique.length;
  });
}

/** A reading of an upload at its sensor's place, as the upload gave it. */
export interface PlacedReading {
  placeId: string;
  at: Date;
  tempC: number;
  relativeHumidity: number | null;
}

/**
 * Stores an upload (`store`, given the transaction) and folds the hours and days it touched, in one
 * transaction under the places' locks, taken before the write, so no other write or refold of these
 * places comes between what was read before and what is folded after. An hour that was clean before
 * and whose new readings all come after its fold's last reading (a logger's next readings, the usual
 * upload) becomes its fold followed by the fold of the new readings, from the upload itself, nothing
 * read back; so does such a day. Every other hour (out of order, a re-sent or overlapping upload,
 * an hour already dirty, a fold lacking a profile's keys, a value the column rounds) is folded again
 * from its stored readings, and every other day from its hours' folds. If folding fails, the readings
 * are stored all the same (a savepoint), still marked dirty for the fold keeper: `folded` is false.
 */
export async function storeReadingsFolded(
  em: EntityManager,
  keys: FoldKeys,
  readings: readonly PlacedReading[],
  store: (tx: EntityManager) => Promise<{ stored: number; all: boolean }>,
): Promise<{ stored: number; folded: boolean }> {
  const hours = bucketsOf(readings.map((r) => ({ placeId: r.placeId, hour: r.at })), hourOf);
  const days = bucketsOf(readings.map((r) => ({ placeId: r.placeId, hour: r.at })), dayOf);
  return em.transactional(async (tx) => {
    if (hours.length) await lockPlaces(tx, hours.map((h) => h.place_id));
    const before = hours.length ? await bucketsBefore(tx, hours, days) : new Map<string, BucketBefore>();
    const { stored, all } = await store(tx);
    if (!stored || !hours.length) return { stored, folded: true };
    await query(tx, sql`savepoint fold_readings`);
    try {
      await foldUpload(tx, keys, readings, before, all);
      await query(tx, sql`release savepoint fold_readings`);
      return { stored, folded: true };
    } catch {
      await query(tx, sql`rollback to savepoint fold_readings`);
      return { stored, folded: false };
    }
  });
}

interface BucketBefore {
  dirty: boolean;
  fold: ReadingFold | null;
}

/** Each bucket's fold and whether it is marked dirty, keyed `level|place|epoch ms`. */
async function bucketsBefore(em: EntityManager, hours: readonly Bucket[], days: readonly Bucket[]): Promise<Map<string, BucketBefore>> {
  const json = JSON.stringify([...hours.map((h) => ({ ...h, level: 'hour' })), ...days.map((d) => ({ ...d, level: 'day' }))]);
  const rows = await query<{ place_id: string; level: string; bucket: Date; dirty: boolean; fold: ReadingFold | null }>(
    em,
    sql`select b.place_id, b.level, b.bucket, f.fold,
               exists (select 1 from ${table('reading_fold_dirty')} d where d.place_id = b.place_id and d.level = b.level and d.bucket = b.bucket) as dirty
        from json_to_recordset(${json}::json) as b(place_id uuid, level text, bucket timestamptz)
        left join ${table('reading_fold')} f on f.place_id = b.place_id and f.level = b.level and f.bucket = b.bucket`,
  );
  return new Map(rows.map((r) => [`${r.level}|${r.place_id}|${new Date(r.bucket).getTime()}`, { dirty: r.dirty, fold: r.fold }]));
}

/** numeric(5,2) stores these as given; any other value is rounded, so its hour is folded from what was stored. */
const storedAsGiven = (x: number | null) => x === null || /^-?\d{1,3}(\.\d{1,2})?$/.test(String(x));

const byTimeThenValue = (a: { at: number; c: number }, b: { at: number; c: number }) => a.at - b.at || a.c - b.c;

/**
 * A bucket's fold with the new readings (in the store's order: time, then value) added, without
 * reading anything back; null when it has to be folded from what is stored (see storeReadingsFolded).
 * New readings after the fold's last follow it; a fold of one or two readings is those readings, so
 * new readings among them (a second logger of the place) are folded with them.
 */
function foldWithUpload(before: BucketBefore | undefined, sorted: readonly PlacedReading[], keys: FoldKeys): ReadingFold | null {
  if (!before || before.dirty || !sorted.every((r) => storedAsGiven(r.tempC) && storedAsGiven(r.relativeHumidity))) return null;
  const fold = before.fold;
  if (!fold) return foldReadings(sorted, keys);
  if (!keys.life.every((k) => k.key in fold.life) || !keys.limits.every((l) => l.key in fold.runs)) return null;
  const head = sorted[0]!;
  if (byTimeThenValue(fold.last, { at: head.at.getTime(), c: head.tempC }) < 0) return concatFolds(fold, foldReadings(sorted, keys)!);
  if (fold.n > 2) return null;
  const kept = (fold.n === 1 ? [fold.first] : [fold.first, fold.last]).map((r) => ({ at: new Date(r.at), tempC: r.c, relativeHumidity: r.rh }));
  return foldReadings([...kept, ...sorted].sort((a, b) => a.at.getTime() - b.at.getTime() || a.tempC - b.tempC), keys);
}

async function foldUpload(tx: EntityManager, keys: FoldKeys, readings: readonly PlacedReading[], before: Map<string, BucketBefore>, all: boolean): Promise<void> {
  const groups = (of: (at: Date) => Date) => {
    const byBucket = new Map<string, PlacedReading[]>();
    for (const r of readings) {
      const key = `${r.placeId}|${of(r.at).getTime()}`;
      if (!byBucket.has(key)) byBucket.set(key, []);
      byBucket.get(key)!.push(r);
    }
    // The order the store reads them in: time, then value (two loggers of one place at one instant).
    for (const group of byBucket.values()) group.sort((a, b) => a.at.getTime() - b.at.getTime() || a.tempC - b.tempC);
    return byBucket;
  };
  const followed = (level: 'hour' | 'day', of: (at: Date) => Date, also: (key: string) => boolean) => {
    const folds: FoldRow[] = [];
    const rest: Bucket[] = [];
    for (const [key, group] of groups(of)) {
      const [place_id, ms] = key.split('|') as [string, string];
      const bucket = { place_id, bucket: new Date(Number(ms)).toISOString() };
      const was = before.get(`${level}|${key}`);
      const fold = all && also(key) ? foldWithUpload(was, group, keys) : null;
      if (fold) folds.push({ ...bucket, level, fold });
      else rest.push(bucket);
    }
    return { folds, rest };
  };
  const hours = followed('hour', hourOf, () => true);
  const hourFolds = [...hours.folds, ...(await foldHoursFromReadings(tx, keys, hours.rest))];
  await writeFolds(tx, hourFolds, [...hours.folds, ...hours.rest], 'hour');
  // A day follows on only if each of its hours in the upload did (else its hours' folds are read).
  const notFollowed = new Set(hours.rest.map((h) => `${h.place_id}|${dayOf(new Date(h.bucket)).getTime()}`));
  const days = followed('day', dayOf, (key) => !notFollowed.has(key));
  const rest = await foldDaysFromHours(tx, days.rest);
  await writeFolds(tx, [...days.folds, ...rest.folds], [...days.folds, ...rest.clean], 'day');
}

/** The folds of the given hours from their stored readings (an hour left without readings gets none). */
async function foldHoursFromReadings(tx: EntityManager, keys: FoldKeys, hours: readonly Bucket[]): Promise<FoldRow[]> {
  if (!hours.length) return [];
  const rows = await query<{ place_id: string; bucket: Date; at: Date; celsius: string; relative_humidity: string | null }>(
    tx,
    sql`select h.place_id, h.bucket, r.at, r.celsius, r.relative_humidity
        from json_to_recordset(${JSON.stringify(hours)}::json) as h(place_id uuid, bucket timestamptz)
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
  return hours.flatMap((h) => {
    const fold = foldReadings(readings.get(`${h.place_id}|${new Date(h.bucket).getTime()}`) ?? [], keys);
    return fold ? [{ place_id: h.place_id, level: 'hour' as const, bucket: h.bucket, fold }] : [];
  });
}

/** Replaces the folds of the given buckets (a bucket left without readings loses its fold) and clears their marks. */
async function writeFolds(em: EntityManager, folds: readonly FoldRow[], buckets: readonly Bucket[], level: 'hour' | 'day') {
  if (!buckets.length) return;
  const bucketsJson = JSON.stringify(buckets.map((b) => ({ place_id: b.place_id, bucket: b.bucket })));
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

/** The folds of each given day from its hours' folds, for the days none of whose hours is dirty (the others stay dirty until they are). */
async function foldDaysFromHours(em: EntityManager, days: readonly Bucket[]): Promise<{ folds: FoldRow[]; clean: Bucket[] }> {
  if (!days.length) return { folds: [], clean: [] };
  const rows = await query<{ place_id: string; day: Date; dirty: boolean; fold: ReadingFold | null }>(
    em,
    sql`select d.place_id, d.bucket as day,
               exists (select 1 from ${table('reading_fold_dirty')} x where x.place_id = d.place_id and x.level = 'hour' and x.bucket >= d.bucket and x.bucket < d.bucket + interval '1 day') as dirty,
               f.fold
        from json_to_recordset(${JSON.stringify(days)}::json) as d(place_id uuid, bucket timestamptz)
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
    return fold ? [{ place_id: d.place_id, level: 'day' as const, bucket: d.bucket, fold }] : [];
  });
  return { folds, clean: clean.map((d) => ({ place_id: d.place_id, bucket: d.bucket })) };
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
 * The day a span ends in counts as whole when the span holds every reading of it: a lot still in
 * a place reads today so far as one day fold, not as up to 23 hour folds and the last readings.
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
    sql`with bounds as (
          select s.*, date_bin('1 hour', s.judged_from - interval '1 microsecond', timestamptz 'epoch') + interval '1 hour' as h0,
                 date_bin('1 hour', s.to_at, timestamptz 'epoch') as h1,
                 date_bin('1 day', s.judged_from - interval '1 microsecond', timestamptz 'epoch') + interval '1 day' as d0,
                 date_bin('1 day', s.to_at, timestamptz 'epoch') as d1
          from json_to_recordset(${json}::json) as s(lot_id uuid, span int, place_id uuid, from_at timestamptz, to_at timestamptz, judged_from timestamptz)),
        -- The day a span ends in, read as its one clean day fold (not as its hours and last readings)
        -- when the span holds all of that day's readings: it covers the day from its start, and the
        -- fold's last reading comes before the span's end (a place still holding the lot: today so far).
        s as (
          select b.*, t.fold as tail_fold from bounds b
          left join lateral (select f.fold from ${table('reading_fold')} f
                             where b.d0 <= b.d1 and f.place_id = b.place_id and f.level = 'day' and f.bucket = b.d1
                               and (f.fold->'last'->>'at')::float8 < extract(epoch from b.to_at) * 1000
                               and not exists (select 1 from ${table('reading_fold_dirty')} x where x.place_id = f.place_id and x.level = 'day' and x.bucket = f.bucket)
                             offset 0) t on true),
        days as (
          select s.lot_id, s.span, f.bucket, f.fold from s
          cross join lateral (select f.place_id, f.bucket, f.fold from ${table('reading_fold')} f
                              where f.place_id = s.place_id and f.level = 'day' and f.bucket >= s.d0 and f.bucket <= s.d1 - interval '1 day' offset 0) f
          where not exists (select 1 from ${table('reading_fold_dirty')} x where x.place_id = f.place_id and x.level = 'day' and x.bucket = f.bucket)),
        -- The whole hours not inside a clean day: before the first whole day, after the last (unless its day is the tail fold), and the hours of dirty days.
        hour_ranges as (
          select s.lot_id, s.span, s.place_id, s.h0 as lo, case when s.d0 < s.d1 or s.tail_fold is not null then s.d0 else s.h1 end as hi from s
          union all
          select s.lot_id, s.span, s.place_id, case when s.d0 < s.d1 then s.d1 else s.h1 end, s.h1 from s where s.tail_fold is null
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
          select s.lot_id, s.span, s.place_id, greatest(s.h1, s.h0, s.from_at), s.to_at from s where s.tail_fold is null
          union all
          select g.lot_id, g.span, g.place_id, x.bucket, x.bucket + interval '1 hour' from hour_ranges g
          join ${table('reading_fold_dirty')} x on x.place_id = g.place_id and x.level = 'hour' and x.bucket >= g.lo and x.bucket <= g.hi - interval '1 hour'),
        items as (
          select lot_id, span, bucket as sort_at, fold as item, null::numeric as celsius from days
          union all
          select lot_id, span, bucket, fold, null from hours
          union all
          select lot_id, span, d1, tail_fold, null from s where tail_fold is not null
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
