import { Migration } from '@mikro-orm/migrations';

/**
 * Shipments (cold chain) fulfil reservations: a reservation is committed to one shipment, its lines
 * count what was loaded, and FULFILLED says the shipment left. The inbox records the messages this
 * subgraph has applied, so each is applied once.
 */
export class Migration20261124065922 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "members"."inbox" ("message_id" uuid not null, "topic" text not null, "producer" text not null, "received_at" timestamptz not null, constraint "inbox_pkey" primary key ("message_id"));`);

    this.addSql(`alter table "members"."reservation" add column "shipment_id" uuid null;`);
    this.addSql(`create index "reservation_shipment_id_index" on "members"."reservation" ("shipment_id");`);
    this.addSql(`alter table "members"."reservation" drop constraint if exists "reservation_status_check";`);
    this.addSql(`alter table "members"."reservation" add constraint "reservation_status_check" check ("status" in ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'FULFILLED'));`);
    // Only a confirmed reservation is handed to a shipment, and it stays with it once fulfilled.
    this.addSql(`alter table "members"."reservation" add constraint "reservation_shipped_when_confirmed" check ("shipment_id" is null or "status" in ('CONFIRMED', 'FULFILLED'));`);

    this.addSql(`alter table "members"."reservation_line" add column "shipped_kg" numeric(14,3) not null default 0;`);
    this.addSql(`alter table "members"."reservation_line" drop constraint if exists "reservation_line_status_check";`);
    this.addSql(`alter table "members"."reservation_line" add constraint "reservation_line_status_check" check ("status" in ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'FULFILLED'));`);
    // One line per lot in a reservation: the cold chain loads against (reservation, lot).
    this.addSql(`create unique index "reservation_line_reservation_lot_unique" on "members"."reservation_line" ("reservation_id", "lot_id");`);
    // Never ship more than was reserved.
    this.addSql(`alter table "members"."reservation_line" add constraint "reservation_line_shipped_within_reserved" check ("shipped_kg" >= 0 and "shipped_kg" <= "kg");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "members"."inbox" cascade;`);
    this.addSql(`drop index "members"."reservation_line_reservation_lot_unique";`);
    this.addSql(`alter table "members"."reservation_line" drop constraint "reservation_line_shipped_within_reserved";`);
    this.addSql(`alter table "members"."reservation_line" drop column "shipped_kg";`);
    this.addSql(`alter table "members"."reservation_line" drop constraint "reservation_line_status_check";`);
    this.addSql(`alter table "members"."reservation_line" add constraint "reservation_line_status_check" check ("status" in ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED'));`);
    this.addSql(`alter table "members"."reservation" drop constraint "reservation_shipped_when_confirmed";`);
    this.addSql(`alter table "members"."reservation" drop column "shipment_id";`);
    this.addSql(`alter table "members"."reservation" drop constraint "reservation_status_check";`);
    this.addSql(`alter table "members"."reservation" add constraint "reservation_status_check" check ("status" in ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED'));`);
  }

}
