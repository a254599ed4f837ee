import { Migration } from '@mikro-orm/migrations';

/**
 * Readings folded once, when they are stored, per sensor and hour (store/telemetry-fold.ts): what
 * shelf life, MKT, unmonitored time and the latest reading need, so a lot's figures over a stay read
 * a few rows instead of every reading. Pieces are the segments between a sensor's consecutive
 * readings (each reading holds until the next one of the sensor), split at hour boundaries:
 * - mkt_sum = Σ Δt·e^(−ΔH/(R·T)) (seconds, default ΔH), held_seconds = Σ Δt, over all pieces;
 * - gap_seconds = Σ Δt of pieces of segments longer than gap_limit_s (unlogged time);
 * - q10_sums[k] = Σ Δt·q10ₖ^(T/10) over the other pieces, q10ₖ = FOLD_Q10S[k] (domain/telemetry-fold.ts).
 * readings/first/last/min/max describe the readings taken in the hour. Backfilled here from the
 * readings already stored.
 */
export class Migration20270102090000 extends Migration {
  override async up(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`create table if not exists ${schema}."telemetry_hour" (
      "sensor_id" uuid not null references ${schema}."sensor" ("id") on update cascade,
      "hour" timestamptz not null,
      "readings" int not null,
      "first_at" timestamptz null, "first_c" double precision null,
      "last_at" timestamptz null, "last_c" double precision null, "last_rh" double precision null,
      "min_c" double precision null, "max_c" double precision null, "max_rh" double precision null,
      "mkt_sum" double precision not null, "held_seconds" double precision not null,
      "gap_seconds" double precision not null, "gap_limit_s" int not null,
      "q10_sums" double precision[] not null,
      constraint "telemetry_hour_pkey" primary key ("sensor_id", "hour"),
      constraint "telemetry_hour_on_the_hour" check (date_trunc('hour', "hour" at time zone 'UTC') = "hour" at time zone 'UTC'));`);
    // Backfill: every sensor's whole history, by the same fold as the ingest (store/telemetry-fold.ts).
    this.addSql(`with pts as (
        select sensor_id, at, celsius::float8 as c, relative_humidity::float8 as rh,
               lead(at) over (partition by sensor_id order by at) as next_at
        from ${schema}."temperature_reading"),
      pieces as (
        select p.sensor_id, h.hour, p.at, p.c, p.rh, date_trunc('hour', p.at, 'UTC') = h.hour as owned,
               coalesce(extract(epoch from least(p.next_at, h.hour + interval '1 hour') - greatest(p.at, h.hour))::float8, 0) as dt,
               coalesce(p.next_at - p.at > interval '5400 seconds', false) as gap
        from pts p cross join lateral generate_series(date_trunc('hour', p.at, 'UTC'),
               coalesce(p.next_at - interval '1 microsecond', p.at), interval '1 hour') as h(hour))
      insert into ${schema}."telemetry_hour"
      select sensor_id, hour, count(*) filter (where owned), min(at) filter (where owned),
             (array_agg(c order by at) filter (where owned))[1], max(at) filter (where owned),
             (array_agg(c order by at desc) filter (where owned))[1], (array_agg(rh order by at desc) filter (where owned))[1],
             min(c) filter (where owned), max(c) filter (where owned), max(rh) filter (where owned),
             coalesce(sum(dt * exp(-10000.0 / (c + 273.15))), 0), coalesce(sum(dt), 0),
             coalesce(sum(dt) filter (where gap), 0), 5400,
             array[coalesce(sum(dt * power(2.5::float8, c / 10)) filter (where not gap), 0)]
      from pieces group by sensor_id, hour
      on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`drop table if exists ${schema}."telemetry_hour";`);
  }
}
