import { Migration } from '@mikro-orm/migrations';

/**
 * Temperature readings are partitioned by month of `at`: years of 5-minute readings (105,000 a
 * year per logger) stay in tables of one month each, so an old month is detached or dropped in one
 * statement instead of a DELETE of millions of rows, vacuum works month by month, and a query for
 * a stay reads only the months it spans. `ensure_temperature_reading_partitions(from, months)`
 * creates the monthly partitions (the subgraph's partition keeper runs it at start and hourly);
 * a reading outside every month lands in the DEFAULT partition, and creating its month later moves
 * it there. The primary key (sensor, time) stays: it holds the time, so PostgreSQL enforces it per
 * partition, which is all of it.
 */
export class Migration20270103100000 extends Migration {
  override async up(): Promise<void> {
    const name = this.config.get('schema') as string;
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected schema name ${name}`);
    const schema = `"${name}"`;
    this.addSql(`alter table ${schema}."temperature_reading" rename to "temperature_reading_unpartitioned";`);
    this.addSql(`alter index ${schema}."temperature_reading_pkey" rename to "temperature_reading_unpartitioned_pkey";`);
    this.addSql(`create table ${schema}."temperature_reading" (
      "sensor_id" uuid not null,
      "at" timestamptz not null,
      "celsius" numeric(5,2) not null,
      "relative_humidity" numeric(5,2) null,
      constraint "temperature_reading_pkey" primary key ("sensor_id", "at"),
      constraint "reading_plausible" check ("celsius" between -40 and 60 and ("relative_humidity" is null or "relative_humidity" between 0 and 100))
    ) partition by range ("at");`);
    this.addSql(`alter table ${schema}."temperature_reading" add constraint "temperature_reading_sensor_id_foreign" foreign key ("sensor_id") references ${schema}."sensor" ("id") on update cascade;`);
    this.addSql(`create table ${schema}."temperature_reading_default" partition of ${schema}."temperature_reading" default;`);
    this.addSql(`create or replace function ${schema}."ensure_temperature_reading_partitions"(from_at timestamptz, months integer) returns integer
      language plpgsql as $fn$
      declare
        s constant text := '${name}';
        first_month timestamp := date_trunc('month', from_at at time zone 'UTC');
        month timestamp;
        lo timestamptz;
        hi timestamptz;
        part text;
        created integer := 0;
      begin
        if months is null or months < 1 or months > 1200 then
          raise exception 'months must be between 1 and 1200; got %', months using errcode = '22023';
        end if;
        -- One creator at a time (replicas run the keeper too); the others wait and find the months made.
        perform pg_advisory_xact_lock(hashtext(s || ':temperature_reading partitions'));
        for i in 0 .. months - 1 loop
          month := first_month + make_interval(months => i);
          part := 'temperature_reading_p' || to_char(month, 'YYYYMM');
          continue when to_regclass(format('%I.%I', s, part)) is not null;
          lo := month at time zone 'UTC';
          hi := (month + interval '1 month') at time zone 'UTC';
          execute format('create table %I.%I (like %I.temperature_reading including defaults including constraints)', s, part, s);
          -- The range as a check lets ATTACH skip scanning the new table.
          execute format('alter table %I.%I add constraint %I check (at >= %L and at < %L)', s, part, part || '_range', lo, hi);
          -- Readings of that month that came before it had a table move out of the default partition.
          execute format('with moved as (delete from %I.temperature_reading_default where at >= %L and at < %L returning *) insert into %I.%I select * from moved',
                         s, lo, hi, s, part);
          execute format('alter table %I.temperature_reading attach partition %I.%I for values from (%L) to (%L)', s, s, part, lo, hi);
          execute format('alter table %I.%I drop constraint %I', s, part, part || '_range');
          created := created + 1;
        end loop;
        return created;
      end
      $fn$;`);
    // Months of the readings already stored, through three months ahead; then the rows move in.
    this.addSql(`select ${schema}."ensure_temperature_reading_partitions"(first, (extract(year from age(last, first)) * 12 + extract(month from age(last, first)))::int + 1)
      from (select date_trunc('month', least(coalesce(min("at"), now()), now() - interval '1 month')) as first, date_trunc('month', now() + interval '3 months') as last
            from ${schema}."temperature_reading_unpartitioned") m;`);
    this.addSql(`insert into ${schema}."temperature_reading" select * from ${schema}."temperature_reading_unpartitioned";`);
    this.addSql(`drop table ${schema}."temperature_reading_unpartitioned";`);
  }

  override async down(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${schema}."temperature_reading" rename to "temperature_reading_partitioned";`);
    this.addSql(`alter index ${schema}."temperature_reading_pkey" rename to "temperature_reading_partitioned_pkey";`);
    this.addSql(`create table ${schema}."temperature_reading" ("sensor_id" uuid not null, "at" timestamptz not null, "celsius" numeric(5,2) not null, "relative_humidity" numeric(5,2) null, constraint "temperature_reading_pkey" primary key ("sensor_id", "at"));`);
    this.addSql(`insert into ${schema}."temperature_reading" select * from ${schema}."temperature_reading_partitioned";`);
    this.addSql(`alter table ${schema}."temperature_reading" add constraint "temperature_reading_sensor_id_foreign" foreign key ("sensor_id") references ${schema}."sensor" ("id") on update cascade;`);
    this.addSql(`alter table ${schema}."temperature_reading" add constraint "reading_plausible" check ("celsius" between -40 and 60 and ("relative_humidity" is null or "relative_humidity" between 0 and 100));`);
    this.addSql(`drop table ${schema}."temperature_reading_partitioned" cascade;`);
    this.addSql(`drop function if exists ${schema}."ensure_temperature_reading_partitions"(timestamptz, integer);`);
  }
}
