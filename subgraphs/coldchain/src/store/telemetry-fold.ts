import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table, verbatim, type Sql } from '@alliance/db';
import { FOLD_GAP_LIMIT_SECONDS, FOLD_MKT_RATIO, FOLD_Q10S, type EdgeReading, type SpanFold } from '../domain/telemetry-fold.ts';

/**
 * The per-sensor, per-hour fold of the readings (table telemetry_hour; formulas in
 * domain/telemetry-fold.ts). Maintained by the ingest in the statement that stores the readings,
 * read by `foldSpans`.
 */

/**
 * The fold's upsert as CTEs after a CTE `inserted(sensor_id, at, celsius, relative_humidity)` of the
 * rows just stored: per sensor, the hours from the hour of the reading before the earliest new one
 * (its segment now ends at a new reading) to the hour of the reading after the latest new one are
 * recomputed from the raw readings (the table as it was plus the inserted rows, which the statement
 * cannot see in the table) and upserted whole. Order of arrival and duplicates change nothing.
 * Ends with a CTE `folded` (one row per hour written).
 */
export function foldInsertedCtes(): Sql {
  const tr = table('temperature_reading');
  const q10Sums = verbatim(`array[${FOLD_Q10S.map((q) => `coalesce(sum(dt * power(${Number(q)}::float8, c / 10)) filter (where not gap), 0)`).join(', ')}]::float8[]`);
  const gapLimit = verbatim(String(Math.trunc(FOLD_GAP_LIMIT_SECONDS)));
  const ratio = verbatim(String(FOLD_MKT_RATIO));
  return sql`,
    bounds as (select sensor_id, min(at) as lo, max(at) as hi from inserted group by sensor_id),
    ranges as (
      select b.sensor_id, date_trunc('hour', coalesce(p.at, b.lo), 'UTC') as h_from,
             date_trunc('hour', coalesce(n.at, b.hi), 'UTC') + interval '1 hour' as h_to
      from bounds b
      left join lateral (select at from ${tr} where sensor_id = b.sensor_id and at < b.lo order by at desc limit 1) p on true
      left join lateral (select at from ${tr} where sensor_id = b.sensor_id and at > b.hi order by at limit 1) n on true),
    pts as (
      select t.sensor_id, t.at, t.celsius, t.relative_humidity from ranges r join ${tr} t on t.sensor_id = r.sensor_id and t.at >= r.h_from and t.at < r.h_to
      union all select sensor_id, at, celsius, relative_humidity from inserted
      union all select r.sensor_id, p.at, p.celsius, p.relative_humidity from ranges r
        cross join lateral (select at, celsius, relative_humidity from ${tr} where sensor_id = r.sensor_id and at < r.h_from order by at desc limit 1) p
      union all select r.sensor_id, n.at, n.celsius, n.relative_humidity from ranges r
        cross join lateral (select at, celsius, relative_humidity from ${tr} where sensor_id = r.sensor_id and at >= r.h_to order by at limit 1) n),
    segs as (select sensor_id, at, celsius::float8 as c, relative_humidity::float8 as rh, lead(at) over (partition by sensor_id order by at) as next_at from pts),
    pieces as (
      select s.sensor_id, h.hour, s.at, s.c, s.rh, date_trunc('hour', s.at, 'UTC') = h.hour as owned,
             coalesce(extract(epoch from least(s.next_at, h.hour + interval '1 hour') - greatest(s.at, h.hour))::float8, 0) as dt,
             coalesce(s.next_at - s.at > make_interval(secs => ${gapLimit}), false) as gap
      from segs s join ranges r on r.sensor_id = s.sensor_id
      cross join lateral generate_series(date_trunc('hour', greatest(s.at, r.h_from), 'UTC'),
                                         least(coalesce(s.next_at - interval '1 microsecond', s.at), r.h_to - interval '1 microsecond'), interval '1 hour') as h(hour)),
    folded as (
      insert into ${table('telemetry_hour')} as th (sensor_id, hour, readings, first_at, first_c, last_at, last_c, last_rh, min_c, max_c, max_rh,
                                              mkt_sum, held_seconds, gap_seconds, gap_limit_s, q10_sums)
      select sensor_id, hour, count(*) filter (where owned), min(at) filter (where owned),
             (array_agg(c order by at) filter (where owned))[1], max(at) filter (where owned),
             (array_agg(c order by at desc) filter (where owned))[1], (array_agg(rh order by at desc) filter (where owned))[1],
             min(c) filter (where owned), max(c) filter (where owned), max(rh) filter (where owned),
             coalesce(sum(dt * exp(-${ratio}::float8 / (c + 273.15))), 0), coalesce(sum(dt), 0),
             coalesce(sum(dt) filter (where gap), 0), ${gapLimit}, ${q10Sums}
      from pieces group by sensor_id, hour
      on conflict (sensor_id, hour) do update set
        readings = excluded.readings, first_at = excluded.first_at, first_c = excluded.first_c, last_at = excluded.last_at,
        last_c = excluded.last_c, last_rh = excluded.last_rh, min_c = excluded.min_c, max_c = excluded.max_c, max_rh = excluded.max_rh,
        mkt_sum = excluded.mkt_sum, held_seconds = excluded.held_seconds, gap_seconds = excluded.gap_seconds,
        gap_limit_s = excluded.gap_limit_s, q10_sums = excluded.q10_sums
      returning 1)`;
}

/** A stretch of one sensor's readings a history needs: those taken in [from, to). */
export interface SensorSpan {
  sensorId: string;
  from: Date;
  to: Date;
}

interface SpanRow {
  i: number;
  first_at: Date | null;
  first_c: number | null;
  last_at: Date | null;
  last_c: number | null;
  last_rh: number | null;
  f_at: Date | null;
  l_at: Date | null;
  hours: number | null;
  mkt: number | null;
  held: number | null;
  gap: number | null;
  gap_limits: number[] | null;
  min_c: number | null;
  max_c: number | null;
  max_rh: number | null;
  q10_sums: number[] | null;
  edges: { at: string; c: number; rh: number | null; next: string | null }[] | null;
}

/**
 * The folded figures of many spans in one statement: per span, its first and last reading, the
 * sums of the whole hours between them from telemetry_hour (hours [ceil(first), floor(last))), and
 * the few raw readings of the partial hours at the edges (with their sensor's next reading), which
 * combineFolds (domain/telemetry-fold.ts) clips and adds. Results in the order of `spans`.
 */
export async function foldSpans(em: EntityManager, spans: readonly SensorSpan[]): Promise<SpanFold[]> {
  if (!spans.length) return [];
  const tr = table('temperature_reading');
  const th = table('telemetry_hour');
  const json = JSON.stringify(spans.map((s, i) => ({ i, sensor_id: s.sensorId, from_at: s.from.toISOString(), to_at: s.to.toISOString() })));
  const rows = await query<SpanRow>(
    em,
    sql`with s as (select * from json_to_recordset(${json}::json) as s(i int, sensor_id uuid, from_at timestamptz, to_at timestamptz)),
        e as (
          select s.i, s.sensor_id, fr.at as first_at, fr.celsius::float8 as first_c, lr.at as last_at, lr.celsius::float8 as last_c, lr.relative_humidity::float8 as last_rh
          from s
          left join lateral (select at, celsius from ${tr} where sensor_id = s.sensor_id and at >= s.from_at and at < s.to_at order by at limit 1) fr on true
          left join lateral (select at, celsius, relative_humidity from ${tr} where sensor_id = s.sensor_id and at >= s.from_at and at < s.to_at order by at desc limit 1) lr on true),
        w as (
          select e.*, date_trunc('hour', first_at, 'UTC') + case when date_trunc('hour', first_at, 'UTC') = first_at then interval '0' else interval '1 hour' end as f_at,
                 date_trunc('hour', last_at, 'UTC') as l_at
          from e)
        select w.i, w.first_at, w.first_c, w.last_at, w.last_c, w.last_rh, w.f_at, w.l_at,
               fh.hours, fh.mkt, fh.held, fh.gap, fh.gap_limits, fh.min_c, fh.max_c, fh.max_rh, fq.q10_sums, ed.edges
        from w
        left join lateral (
          select count(*)::int as hours, sum(mkt_sum) as mkt, sum(held_seconds) as held, sum(gap_seconds) as gap,
                 array_agg(distinct gap_limit_s) filter (where gap_limit_s is not null) as gap_limits, min(min_c) as min_c, max(max_c) as max_c, max(max_rh) as max_rh
          from ${th} where sensor_id = w.sensor_id and hour >= w.f_at and hour < w.l_at) fh on true
        left join lateral (
          select array_agg(v order by k) as q10_sums
          from (select u.k, sum(u.v) as v from ${th} cross join unnest(q10_sums) with ordinality as u(v, k)
                where sensor_id = w.sensor_id and hour >= w.f_at and hour < w.l_at group by u.k) x) fq on true
        left join lateral (
          select json_agg(json_build_object('at', r.at, 'c', r.celsius, 'rh', r.relative_humidity,
                   'next', (select n.at from ${tr} n where n.sensor_id = w.sensor_id and n.at > r.at order by n.at limit 1)) order by r.at) as edges
          from ${tr} r
          where r.sensor_id = w.sensor_id and r.at >= w.first_at and r.at <= w.last_at
            and (w.f_at >= w.l_at or r.at < w.f_at
                 or r.at >= coalesce((select max(h.at) from ${tr} h where h.sensor_id = w.sensor_id and h.at <= w.l_at and h.at >= w.first_at), w.l_at))) ed on true
        order by w.i`,
  );
  return rows.map(spanFold);
}

function spanFold(r: SpanRow): SpanFold {
  const empty = { mkt: 0, held: 0, gap: 0, q10Sums: FOLD_Q10S.map(() => 0) };
  if (!r.first_at || !r.last_at || r.first_c === null || r.last_c === null || !r.f_at || !r.l_at) {
    return { first: null, last: null, hours: empty, edges: [], edgeWindows: [], hoursExpected: 0, hoursFound: 0, gapLimits: [], minC: null, maxC: null, maxRh: null };
  }
  const firstAt = new Date(r.first_at);
  const lastAt = new Date(r.last_at);
  const fAt = new Date(r.f_at);
  const lAt = new Date(r.l_at);
  const folded = fAt < lAt;
  const edges: EdgeReading[] = (r.edges ?? []).map((e) => ({ at: new Date(e.at), tempC: Number(e.c), nextAt: e.next ? new Date(e.next) : null }));
  const edgeTemps = (r.edges ?? []).map((e) => Number(e.c));
  const edgeRh = (r.edges ?? []).flatMap((e) => (e.rh === null ? [] : [Number(e.rh)]));
  const hoursExpected = folded ? Math.round((lAt.getTime() - fAt.getTime()) / 3_600_000) : 0;
  const pick = (values: (number | null)[], f: (...n: number[]) => number) => {
    const present = values.filter((v): v is number => v !== null && v !== undefined);
    return present.length ? f(...present) : null;
  };
  return {
    first: { at: firstAt, tempC: Number(r.first_c) },
    last: { at: lastAt, tempC: Number(r.last_c), relativeHumidity: r.last_rh === null ? null : Number(r.last_rh) },
    hours: folded
      ? { mkt: Number(r.mkt ?? 0), held: Number(r.held ?? 0), gap: Number(r.gap ?? 0), q10Sums: FOLD_Q10S.map((_, k) => Number(r.q10_sums?.[k] ?? 0)) }
      : empty,
    edges,
    edgeWindows: folded ? [{ from: firstAt, to: fAt }, { from: lAt, to: lastAt }] : [{ from: firstAt, to: lastAt }],
    hoursExpected,
    hoursFound: folded ? (r.hours ?? 0) : 0,
    gapLimits: r.gap_limits ?? [],
    minC: pick([folded ? r.min_c : null, ...edgeTemps], Math.min),
    maxC: pick([folded ? r.max_c : null, ...edgeTemps], Math.max),
    maxRh: pick([folded ? r.max_rh : null, ...edgeRh], Math.max),
  };
}
