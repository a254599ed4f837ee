import { Migration } from '@mikro-orm/migrations';

/**
 * Shipments that fulfil the members' reservations, custody tied to them, facilities and bookings
 * scoped to an alliance, the directory of members as the members subgraph announces them, and the
 * inbox of applied messages.
 */
export class Migration20261124070205 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "coldchain"."inbox" ("message_id" uuid not null, "topic" text not null, "producer" text not null, "received_at" timestamptz not null, constraint "inbox_pkey" primary key ("message_id"));`);

    this.addSql(`create table "coldchain"."member_directory" ("member_id" uuid not null, "status" text not null, "alliance_ids" uuid[] not null, "announced_at" timestamptz not null, constraint "member_directory_pkey" primary key ("member_id"));`);

    this.addSql(`alter table "coldchain"."facility" add column "alliance_id" uuid null;`);
    this.addSql(`drop index "coldchain"."facility_kind_township_index";`);
    this.addSql(`create index "facility_alliance_id_kind_township_index" on "coldchain"."facility" ("alliance_id", "kind", "township");`);
    this.addSql(`alter table "coldchain"."vehicle" add column "alliance_id" uuid null;`);
    this.addSql(`alter table "coldchain"."capacity_booking" add column "alliance_id" uuid null;`);

    this.addSql(`create table "coldchain"."shipment" ("id" uuid not null, "alliance_id" uuid not null, "origin_id" uuid not null, "market_id" uuid null, "vehicle_id" uuid not null, "sensor_id" uuid null, "planned_by" uuid not null, "status" text check ("status" in ('PLANNED', 'LOADING', 'IN_TRANSIT', 'DELIVERED', 'REJECTED', 'CANCELLED')) not null default 'PLANNED', "planned_departure" timestamptz null, "departed_at" timestamptz null, "arrived_at" timestamptz null, "rejection_reason" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "shipment_pkey" primary key ("id"));`);
    this.addSql(`create index "shipment_origin_id_index" on "coldchain"."shipment" ("origin_id");`);
    this.addSql(`create index "shipment_market_id_index" on "coldchain"."shipment" ("market_id");`);
    this.addSql(`create index "shipment_vehicle_id_index" on "coldchain"."shipment" ("vehicle_id");`);
    this.addSql(`create index "shipment_alliance_id_created_at_index" on "coldchain"."shipment" ("alliance_id", "created_at");`);
    this.addSql(`alter table "coldchain"."shipment" add constraint "shipment_origin_id_foreign" foreign key ("origin_id") references "coldchain"."facility" ("id") on update cascade;`);
    this.addSql(`alter table "coldchain"."shipment" add constraint "shipment_vehicle_id_foreign" foreign key ("vehicle_id") references "coldchain"."vehicle" ("id") on update cascade;`);
    this.addSql(`alter table "coldchain"."shipment" add constraint "shipment_sensor_id_foreign" foreign key ("sensor_id") references "coldchain"."sensor" ("id") on update cascade on delete set null;`);
    // The times a status implies, and only those: departed once it left, arrived once it arrived.
    this.addSql(`alter table "coldchain"."shipment" add constraint "shipment_times_follow_status" check (
      ("departed_at" is not null) = ("status" in ('IN_TRANSIT', 'DELIVERED', 'REJECTED'))
      and ("arrived_at" is not null) = ("status" in ('DELIVERED', 'REJECTED'))
      and ("arrived_at" is null or "arrived_at" >= "departed_at")
      and ("rejection_reason" is not null) = ("status" = 'REJECTED'));`);

    // A truck is on one trip at a time: loading or on the road.
    this.addSql(`create unique index "shipment_one_trip_per_vehicle" on "coldchain"."shipment" ("vehicle_id") where "status" in ('LOADING', 'IN_TRANSIT');`);

    this.addSql(`create table "coldchain"."shipment_reservation" ("shipment_id" uuid not null, "reservation_id" uuid not null, "position" int not null, "status" text check ("status" in ('PENDING', 'COMMITTED', 'REFUSED', 'RELEASED')) not null default 'PENDING', "reason" text null, "created_at" timestamptz not null, constraint "shipment_reservation_pkey" primary key ("shipment_id", "reservation_id"));`);
    this.addSql(`create index "shipment_reservation_reservation_id_index" on "coldchain"."shipment_reservation" ("reservation_id");`);
    this.addSql(`alter table "coldchain"."shipment_reservation" add constraint "shipment_reservation_shipment_id_foreign" foreign key ("shipment_id") references "coldchain"."shipment" ("id") on update cascade;`);
    // A reservation rides on one shipment at a time.
    this.addSql(`create unique index "shipment_reservation_one_active" on "coldchain"."shipment_reservation" ("reservation_id") where "status" in ('PENDING', 'COMMITTED');`);

    this.addSql(`create table "coldchain"."shipment_line" ("shipment_id" uuid not null, "reservation_id" uuid not null, "lot_id" uuid not null, "crop" text not null, "reserved_kg" numeric(14,3) not null, "loaded_kg" numeric(14,3) not null default 0, constraint "shipment_line_pkey" primary key ("shipment_id", "reservation_id", "lot_id"));`);
    this.addSql(`alter table "coldchain"."shipment_line" add constraint "shipment_line_shipment_id_foreign" foreign key ("shipment_id") references "coldchain"."shipment" ("id") on update cascade;`);
    this.addSql(`alter table "coldchain"."shipment_line" add constraint "shipment_line_of_its_reservation" foreign key ("shipment_id", "reservation_id") references "coldchain"."shipment_reservation" ("shipment_id", "reservation_id");`);
    // Never load more than the market reserved.
    this.addSql(`alter table "coldchain"."shipment_line" add constraint "shipment_line_loaded_within_reserved" check ("reserved_kg" > 0 and "loaded_kg" >= 0 and "loaded_kg" <= "reserved_kg");`);

    this.addSql(`alter table "coldchain"."custody_event" add column "shipment_id" uuid null, add column "reservation_id" uuid null;`);
    this.addSql(`alter table "coldchain"."custody_event" add constraint "custody_event_shipment_id_foreign" foreign key ("shipment_id") references "coldchain"."shipment" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "custody_event_shipment_id_index" on "coldchain"."custody_event" ("shipment_id");`);
    this.addSql(`alter table "coldchain"."custody_event" drop constraint if exists "custody_event_kind_check";`);
    this.addSql(`alter table "coldchain"."custody_event" add constraint "custody_event_kind_check" check ("kind" in ('RECEIVED', 'WASHED', 'ICED', 'PACKED', 'STORED', 'LOADED', 'IN_TRANSIT', 'DELIVERED', 'REJECTED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "coldchain"."custody_event" drop constraint "custody_event_kind_check";`);
    this.addSql(`alter table "coldchain"."custody_event" add constraint "custody_event_kind_check" check ("kind" in ('RECEIVED', 'WASHED', 'ICED', 'PACKED', 'STORED', 'LOADED', 'IN_TRANSIT', 'DELIVERED'));`);
    this.addSql(`alter table "coldchain"."custody_event" drop constraint "custody_event_shipment_id_foreign";`);
    this.addSql(`alter table "coldchain"."custody_event" drop column "shipment_id", drop column "reservation_id";`);
    this.addSql(`drop table if exists "coldchain"."shipment_line" cascade;`);
    this.addSql(`drop table if exists "coldchain"."shipment_reservation" cascade;`);
    this.addSql(`drop table if exists "coldchain"."shipment" cascade;`);
    this.addSql(`alter table "coldchain"."capacity_booking" drop column "alliance_id";`);
    this.addSql(`alter table "coldchain"."vehicle" drop column "alliance_id";`);
    this.addSql(`drop index "coldchain"."facility_alliance_id_kind_township_index";`);
    this.addSql(`create index "facility_kind_township_index" on "coldchain"."facility" ("kind", "township");`);
    this.addSql(`alter table "coldchain"."facility" drop column "alliance_id";`);
    this.addSql(`drop table if exists "coldchain"."member_directory" cascade;`);
    this.addSql(`drop table if exists "coldchain"."inbox" cascade;`);
  }

}
