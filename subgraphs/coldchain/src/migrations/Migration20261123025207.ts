import { Migration } from '@mikro-orm/migrations';

/** Facilities, vehicles, sensors, readings, custody and the capacity ledger, with their guards. */

export class Migration20261123025207 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "coldchain";`);
    this.addSql(`create table "coldchain"."facility" ("id" uuid not null, "code" text not null, "name" text not null, "kind" text check ("kind" in ('COLD_STORE', 'ICE_PLANT', 'WASHING_PLANT', 'DRY_WAREHOUSE')) not null, "operator_id" uuid not null, "township" text not null, "status" text check ("status" in ('ACTIVE', 'MAINTENANCE', 'CLOSED')) not null default 'ACTIVE', "storage_cubic_metres" numeric(12,2) null, "storage_capacity_kg" numeric(14,3) null, "ice_tonnes_per_day" numeric(10,3) null, "washing_lines" int null, "washing_tonnes_per_day" numeric(10,3) null, "created_at" timestamptz not null, constraint "facility_pkey" primary key ("id"));`);
    this.addSql(`alter table "coldchain"."facility" add constraint "facility_code_unique" unique ("code");`);
    this.addSql(`create index "facility_operator_id_index" on "coldchain"."facility" ("operator_id");`);
    this.addSql(`create index "facility_kind_township_index" on "coldchain"."facility" ("kind", "township");`);

    this.addSql(`create table "coldchain"."capacity_day" ("facility_id" uuid not null, "kind" text check ("kind" in ('COLD_STORAGE', 'WASHING', 'ICE')) not null, "day" date not null, "capacity" numeric(14,3) not null, "booked" numeric(14,3) not null, constraint "capacity_day_pkey" primary key ("facility_id", "kind", "day"));`);

    this.addSql(`create table "coldchain"."capacity_booking" ("id" uuid not null, "facility_id" uuid not null, "member_id" uuid not null, "kind" text check ("kind" in ('COLD_STORAGE', 'WASHING', 'ICE')) not null, "amount" numeric(14,3) not null, "from_day" date not null, "to_day" date not null, "status" text check ("status" in ('BOOKED', 'CANCELLED')) not null default 'BOOKED', "created_at" timestamptz not null, constraint "capacity_booking_pkey" primary key ("id"));`);
    this.addSql(`create index "capacity_booking_facility_id_index" on "coldchain"."capacity_booking" ("facility_id");`);
    this.addSql(`create index "capacity_booking_member_id_index" on "coldchain"."capacity_booking" ("member_id");`);

    this.addSql(`create table "coldchain"."temperature_reading" ("sensor_id" uuid not null, "at" timestamptz not null, "celsius" numeric(5,2) not null, "relative_humidity" numeric(5,2) null, constraint "temperature_reading_pkey" primary key ("sensor_id", "at"));`);

    this.addSql(`create table "coldchain"."vehicle" ("id" uuid not null, "plate" text not null, "operator_id" uuid not null, constraint "vehicle_pkey" primary key ("id"));`);
    this.addSql(`alter table "coldchain"."vehicle" add constraint "vehicle_plate_unique" unique ("plate");`);
    this.addSql(`create index "vehicle_operator_id_index" on "coldchain"."vehicle" ("operator_id");`);

    this.addSql(`create table "coldchain"."sensor" ("id" uuid not null, "code" text not null, "facility_id" uuid null, "vehicle_id" uuid null, constraint "sensor_pkey" primary key ("id"));`);
    this.addSql(`alter table "coldchain"."sensor" add constraint "sensor_code_unique" unique ("code");`);
    this.addSql(`create index "sensor_facility_id_index" on "coldchain"."sensor" ("facility_id");`);
    this.addSql(`create index "sensor_vehicle_id_index" on "coldchain"."sensor" ("vehicle_id");`);

    this.addSql(`create table "coldchain"."custody_event" ("id" uuid not null, "lot_id" uuid not null, "kind" text check ("kind" in ('RECEIVED', 'WASHED', 'ICED', 'PACKED', 'STORED', 'LOADED', 'IN_TRANSIT', 'DELIVERED')) not null, "at" timestamptz not null, "facility_id" uuid null, "vehicle_id" uuid null, "actor_id" uuid not null, "quantity_kg" numeric(14,3) not null, "recorded_at" timestamptz not null, constraint "custody_event_pkey" primary key ("id"));`);
    this.addSql(`create index "custody_event_lot_id_at_index" on "coldchain"."custody_event" ("lot_id", "at");`);

    this.addSql(`alter table "coldchain"."capacity_day" add constraint "capacity_day_facility_id_foreign" foreign key ("facility_id") references "coldchain"."facility" ("id") on update cascade;`);

    this.addSql(`alter table "coldchain"."capacity_booking" add constraint "capacity_booking_facility_id_foreign" foreign key ("facility_id") references "coldchain"."facility" ("id") on update cascade;`);

    this.addSql(`alter table "coldchain"."sensor" add constraint "sensor_facility_id_foreign" foreign key ("facility_id") references "coldchain"."facility" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "coldchain"."sensor" add constraint "sensor_vehicle_id_foreign" foreign key ("vehicle_id") references "coldchain"."vehicle" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "coldchain"."custody_event" add constraint "custody_event_facility_id_foreign" foreign key ("facility_id") references "coldchain"."facility" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "coldchain"."custody_event" add constraint "custody_event_vehicle_id_foreign" foreign key ("vehicle_id") references "coldchain"."vehicle" ("id") on update cascade on delete set null;`);

    // Guards the database keeps whatever code writes the rows.
    this.addSql(`alter table "coldchain"."sensor" add constraint "sensor_in_one_place" check (("facility_id" is null) <> ("vehicle_id" is null));`);
    this.addSql(`alter table "coldchain"."capacity_day" add constraint "capacity_day_never_overbooked" check ("booked" >= 0 and "booked" <= "capacity");`);
    this.addSql(`alter table "coldchain"."capacity_booking" add constraint "capacity_booking_positive" check ("amount" > 0 and "to_day" >= "from_day");`);
    this.addSql(`alter table "coldchain"."custody_event" add constraint "custody_quantity_positive" check ("quantity_kg" > 0);`);
    this.addSql(`alter table "coldchain"."temperature_reading" add constraint "temperature_reading_sensor_id_foreign" foreign key ("sensor_id") references "coldchain"."sensor" ("id") on update cascade;`);
    this.addSql(`alter table "coldchain"."temperature_reading" add constraint "reading_plausible" check ("celsius" between -40 and 60 and ("relative_humidity" is null or "relative_humidity" between 0 and 100));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "coldchain"."capacity_day" drop constraint "capacity_day_facility_id_foreign";`);

    this.addSql(`alter table "coldchain"."capacity_booking" drop constraint "capacity_booking_facility_id_foreign";`);

    this.addSql(`alter table "coldchain"."sensor" drop constraint "sensor_facility_id_foreign";`);

    this.addSql(`alter table "coldchain"."custody_event" drop constraint "custody_event_facility_id_foreign";`);

    this.addSql(`alter table "coldchain"."sensor" drop constraint "sensor_vehicle_id_foreign";`);

    this.addSql(`alter table "coldchain"."custody_event" drop constraint "custody_event_vehicle_id_foreign";`);

    this.addSql(`drop table if exists "coldchain"."facility" cascade;`);

    this.addSql(`drop table if exists "coldchain"."capacity_day" cascade;`);

    this.addSql(`drop table if exists "coldchain"."capacity_booking" cascade;`);

    this.addSql(`drop table if exists "coldchain"."temperature_reading" cascade;`);

    this.addSql(`drop table if exists "coldchain"."vehicle" cascade;`);

    this.addSql(`drop table if exists "coldchain"."sensor" cascade;`);

    this.addSql(`drop table if exists "coldchain"."custody_event" cascade;`);

    this.addSql(`drop schema if exists "coldchain";`);
  }

}
