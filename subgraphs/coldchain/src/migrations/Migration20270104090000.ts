import { Migration } from '@mikro-orm/migrations';

/**
 * Folded readings (domain/reading-fold.ts): per place (the facility or vehicle a sensor logs) and
 * per hour and per day, the fold of the readings of all its sensors, so a lot's figures read a few
 * folds per stay instead of every reading.
 *
 * A fold is only used when it is clean: every statement that writes readings (recordTemperatures'
 * COPY or INSERT, a bulk load, a fix by hand) marks the hours and days it touched dirty in the same
 * statement, by a trigger, so a reader never takes a stale fold for the truth: it reads the raw
 * readings of a dirty hour instead. recordTemperatures refolds what it touched right after; the
 * fold keeper refolds whatever else is dirty. The trigger takes the place's advisory lock, which the
 * refold holds too, so a write and a refold of one place never cross. Readings stored before this
 * migration are marked dirty here and folded by the keeper.
 */
export class Migration20270104090000 extends Migration {
  override async up(): Promise<void> {
    const name = this.config.get('schema') as string;
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected schema name ${name}`);
    const s = `"${name}"`;
    this.addSql(`create table ${s}."reading_fold" (
      "place_id" uuid not null,
      "level" text not null,
      "bucket" timestamptz not null,
      "fold" jsonb not null,
      "folded_at" timestamptz not null default now(),
      constraint "reading_fold_pkey" primary key ("place_id", "level", "bucket"),
      constraint "reading_fold_level" check ("level" in ('hour', 'day'))
    );`);
    this.addSql(`create table ${s}."reading_fold_dirty" (
      "place_id" uuid not null,
      "level" text not null,
      "bucket" timestamptz not null,
      constraint "reading_fold_dirty_pkey" primary key ("place_id", "level", "bucket"),
      constraint "reading_fold_dirty_level" check ("level" in ('hour', 'day'))
    );`);
    // The hours and days of the given (sensor, time) rows, at their sensors' places.
    const marks = (rows: string) => `
        with touched as (select distinct coalesce(sn.facility_id, sn.vehicle_id) as place_id, date_bin('1 hour', r.at, timestamptz 'epoch') as hour
                         from ${rows} r join ${s}."sensor" sn on sn.id = r.sensor_id
                         where coalesce(sn.facility_id, sn.vehicle_id) is not null),
             locked as (select pg_advisory_xact_lock(hashtext('reading-fold:' || p.place_id::text)) from (select distinct place_id from touched order by place_id) p)
        insert into ${s}."reading_fold_dirty" (place_id, level, bucket)
        select place_id, level, bucket from (
          select place_id, 'hour' as level, hour as bucket from touched
          union select place_id, 'day', date_bin('1 day', hour, timestamptz 'epoch') from touched) m
        where (select count(*) from locked) >= 0
        on conflict do nothing;`;
    this.addSql(`create function ${s}."mark_reading_folds_dirty"() returns trigger language plpgsql as $fn$
      begin
        if tg_op in ('INSERT', 'UPDATE') then ${marks('new_rows')} end if;
        if tg_op in ('DELETE', 'UPDATE') then ${marks('old_rows')} end if;
        return null;
      end
      $fn$;`);
    this.addSql(`create trigger "temperature_reading_inserted_marks_folds" after insert on ${s}."temperature_reading"
      referencing new table as new_rows for each statement execute function ${s}."mark_reading_folds_dirty"();`);
    this.addSql(`create trigger "temperature_reading_updated_marks_folds" after update on ${s}."temperature_reading"
      referencing new table as new_rows old table as old_rows for each statement execute function ${s}."mark_reading_folds_dirty"();`);
    this.addSql(`create trigger "temperature_reading_deleted_marks_folds" after delete on ${s}."temperature_reading"
      referencing old table as old_rows for each statement execute function ${s}."mark_reading_folds_dirty"();`);
    // A sensor moved to another place takes its readings' hours with it: both places' folds are stale.
    this.addSql(`create function ${s}."mark_moved_sensor_folds_dirty"() returns trigger language plpgsql as $fn$
      begin
        insert into ${s}."reading_fold_dirty" (place_id, level, bucket)
        select distinct p.place_id, l.level, date_bin(l.stride, r.at, timestamptz 'epoch')
        from ${s}."temperature_reading" r
        cross join (values (coalesce(old.facility_id, old.vehicle_id)), (coalesce(new.facility_id, new.vehicle_id))) p(place_id)
        cross join (values ('hour', interval '1 hour'), ('day', interval '1 day')) l(level, stride)
        where r.sensor_id = new.id and p.place_id is not null
        on conflict do nothing;
        return null;
      end
      $fn$;`);
    this.addSql(`create trigger "sensor_moved_marks_folds" after update of "facility_id", "vehicle_id" on ${s}."sensor"
      for each row when (old.facility_id is distinct from new.facility_id or old.vehicle_id is distinct from new.vehicle_id)
      execute function ${s}."mark_moved_sensor_folds_dirty"();`);
    // What is stored already waits for the keeper.
    this.addSql(`insert into ${s}."reading_fold_dirty" (place_id, level, bucket)
      select distinct coalesce(sn.facility_id, sn.vehicle_id), l.level, date_bin(l.stride, r.at, timestamptz 'epoch')
      from ${s}."temperature_reading" r join ${s}."sensor" sn on sn.id = r.sensor_id
      cross join (values ('hour', interval '1 hour'), ('day', interval '1 day')) l(level, stride)
      where coalesce(sn.facility_id, sn.vehicle_id) is not null
      on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    for (const trigger of ['temperature_reading_inserted_marks_folds', 'temperature_reading_updated_marks_folds', 'temperature_reading_deleted_marks_folds']) {
      this.addSql(`drop trigger if exists "${trigger}" on ${s}."temperature_reading";`);
    }
    this.addSql(`drop trigger if exists "sensor_moved_marks_folds" on ${s}."sensor";`);
    this.addSql(`drop function if exists ${s}."mark_reading_folds_dirty"();`);
    this.addSql(`drop function if exists ${s}."mark_moved_sensor_folds_dirty"();`);
    this.addSql(`drop table if exists ${s}."reading_fold_dirty";`);
    this.addSql(`drop table if exists ${s}."reading_fold";`);
  }
}
