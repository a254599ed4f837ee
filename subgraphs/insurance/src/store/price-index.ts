import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table, type Sql } from '@alliance/db';

/** A price series of the alliance: a crop, and a variety and grade or every one (null). */
export interface PriceSeries {
  allianceId: string;
  crop: string;
  variety: string | null;
  grade: string | null;
}

/** One period of the index: VWAP exact as PostgreSQL computes it (numeric, as text); the domain rounds. */
export interface IndexRow {
  periodStart: string;
  periodEnd: string;
  /** Σ price × volume ÷ Σ volume, unrounded. */
  vwap: string;
  volumeKg: string;
  observationCount: number;
  observationDays: number;
}

function ofSeries(series: PriceSeries): Sql {
  return sql`alliance_id = ${series.allianceId} and crop = ${series.crop}
    and (${series.variety}::text is null or variety = ${series.variety}::text)
    and (${series.grade}::text is null or grade = ${series.grade}::text)`;
}

/**
 * The index of a series per day, ISO week (Monday first) or calendar month between two days
 * (inclusive), in one statement; periods without observations are absent. Period ends are clipped
 * to `from` and `to`.
 */
export async function indexByPeriod(em: EntityManager, series: PriceSeries, from: string, to: string, interval: 'DAY' | 'WEEK' | 'MONTH'): Promise<IndexRow[]> {
  const unit = interval === 'DAY' ? 'day' : interval === 'WEEK' ? 'week' : 'month';
  const step = interval === 'DAY' ? '1 day' : interval === 'WEEK' ? '1 week' : '1 month';
  const rows = await query<{ period_start: string; period_end: string; vwap: string; volume_kg: string; observation_count: number; observation_days: number }>(
    em,
    sql`select to_char(greatest(p.period, ${from}::date), 'YYYY-MM-DD') as period_start,
               to_char(least((p.period + ${step}::interval - interval '1 day')::date, ${to}::date), 'YYYY-MM-DD') as period_end,
               (p.value / p.volume)::text as vwap, p.volume::text as volume_kg, p.observations::int as observation_count, p.days::int as observation_days
        from (select date_trunc(${unit}, day)::date as period, sum(price_cny_per_kg * volume_kg) as value, sum(volume_kg) as volume,
                     count(*) as observations, count(distinct day) as days
              from ${table('price_observation')}
              where ${ofSeries(series)} and day between ${from}::date and ${to}::date
              group by 1) p
        order by p.period`,
  );
  return rows.map((r) => ({ periodStart: r.period_start, periodEnd: r.period_end, vwap: r.vwap, volumeKg: r.volume_kg, observationCount: r.observation_count, observationDays: r.observation_days }));
}

/** A day range. */
export interface DayRange {
  start: string;
  end: string;
}

/**
 * The index of a series over each of many windows, in one statement (a quote's past seasons, a
 * settlement's window): one row per window given, in the same order; a window without
 * observations has vwap null and counts 0.
 */
export async function indexOfWindows(em: EntityManager, series: PriceSeries, windows: readonly DayRange[]): Promise<(Omit<IndexRow, 'vwap'> & { vwap: string | null })[]> {
  if (!windows.length) return [];
  const rows = await query<{ ordinal: number; vwap: string | null; volume_kg: string; observation_count: number; observation_days: number }>(
    em,
    sql`select w.ordinal::int as ordinal, (sum(o.price_cny_per_kg * o.volume_kg) / nullif(sum(o.volume_kg), 0))::text as vwap,
               coalesce(sum(o.volume_kg), 0)::text as volume_kg, count(o.id)::int as observation_count, count(distinct o.day)::int as observation_days
        from unnest(${windows.map((w) => w.start)}::date[], ${windows.map((w) => w.end)}::date[]) with ordinality as w(start_day, end_day, ordinal)
        left join ${table('price_observation')} o on ${ofSeries(series)} and o.day between w.start_day and w.end_day
        group by w.ordinal
        order by w.ordinal`,
  );
  return rows.map((r, i) => ({ periodStart: windows[i]!.start, periodEnd: windows[i]!.end, vwap: r.vwap, volumeKg: r.volume_kg, observationCount: r.observation_count, observationDays: r.observation_days }));
}
