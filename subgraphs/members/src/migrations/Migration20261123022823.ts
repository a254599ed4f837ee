import { Migration } from '@mikro-orm/migrations';

/** Members, alliances, bases, lots and reservations, with the invariants the database guards. */

export class Migration20261123022823 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "members";`);
    this.addSql(`create table "members"."alliance" ("id" uuid not null, "code" text not null, "name" text not null, "region" text not null, "crops" text[] not null, "created_at" timestamptz not null, constraint "alliance_pkey" primary key ("id"));`);
    this.addSql(`alter table "members"."alliance" add constraint "alliance_code_unique" unique ("code");`);

    this.addSql(`create table "members"."member" ("id" uuid not null, "code" text not null, "name" text not null, "kind" text check ("kind" in ('GROWER', 'COOPERATIVE', 'WASHING_PLANT', 'ICE_PLANT', 'COLD_STORE', 'INPUT_SUPPLIER', 'SALES_ENTITY', 'LABOR_AGENCY', 'LOGISTICS', 'PARTNER_MARKET', 'INSURER', 'BRAND_OFFICE')) not null, "credit_code" text null, "township" text not null, "contact_name" text not null, "contact_phone" text not null, "status" text check ("status" in ('PENDING', 'ACTIVE', 'SUSPENDED')) not null default 'ACTIVE', "status_reason" text null, "joined_on" date not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "member_pkey" primary key ("id"));`);
    this.addSql(`alter table "members"."member" add constraint "member_code_unique" unique ("code");`);
    this.addSql(`alter table "members"."member" add constraint "member_credit_code_unique" unique ("credit_code");`);
    this.addSql(`create index "member_township_index" on "members"."member" ("township");`);

    this.addSql(`create table "members"."base" ("id" uuid not null, "member_id" uuid not null, "township" text not null, "area_mu" numeric(12,2) not null, "crop" text not null, constraint "base_pkey" primary key ("id"));`);
    this.addSql(`create index "base_member_id_index" on "members"."base" ("member_id");`);

    this.addSql(`create table "members"."lot" ("id" uuid not null, "member_id" uuid not null, "alliance_id" uuid not null, "base_id" uuid not null, "township" text not null, "crop" text not null, "variety" text check ("variety" in ('RED', 'WHITE', 'BLACK')) null, "grade" text check ("grade" in ('A', 'B', 'C')) not null, "quantity_kg" numeric(14,3) not null, "held_kg" numeric(14,3) not null default 0, "confirmed_kg" numeric(14,3) not null default 0, "shipped_kg" numeric(14,3) not null default 0, "harvest_date" date not null, "forward" boolean not null default false, "asking_price_per_kg" numeric(12,2) not null, "status" text check ("status" in ('LISTED', 'WITHDRAWN')) not null default 'LISTED', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "lot_pkey" primary key ("id"));`);
    this.addSql(`create index "lot_member_id_index" on "members"."lot" ("member_id");`);
    this.addSql(`create index "lot_base_id_index" on "members"."lot" ("base_id");`);

    this.addSql(`create table "members"."membership" ("member_id" uuid not null, "alliance_id" uuid not null, "roles" text[] not null, constraint "membership_pkey" primary key ("member_id", "alliance_id"));`);
    this.addSql(`create index "membership_alliance_id_index" on "members"."membership" ("alliance_id");`);

    this.addSql(`create table "members"."reservation" ("id" uuid not null, "market_id" uuid not null, "alliance_id" uuid not null, "idempotency_key" text not null, "request_fingerprint" text not null, "status" text check ("status" in ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED')) not null default 'HELD', "hold_until" timestamptz not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "reservation_pkey" primary key ("id"));`);
    this.addSql(`create index "reservation_market_id_index" on "members"."reservation" ("market_id");`);
    this.addSql(`create index "reservation_status_hold_until_index" on "members"."reservation" ("status", "hold_until");`);
    this.addSql(`alter table "members"."reservation" add constraint "reservation_market_id_idempotency_key_unique" unique ("market_id", "idempotency_key");`);

    this.addSql(`create table "members"."reservation_line" ("id" uuid not null, "reservation_id" uuid not null, "lot_id" uuid not null, "kg" numeric(14,3) not null, "price_per_kg" numeric(12,2) not null, "status" text check ("status" in ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED')) not null default 'HELD', "hold_until" timestamptz not null, constraint "reservation_line_pkey" primary key ("id"));`);
    this.addSql(`create index "reservation_line_reservation_id_index" on "members"."reservation_line" ("reservation_id");`);
    this.addSql(`create index "reservation_line_lot_id_index" on "members"."reservation_line" ("lot_id");`);

    this.addSql(`alter table "members"."base" add constraint "base_member_id_foreign" foreign key ("member_id") references "members"."member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "members"."lot" add constraint "lot_member_id_foreign" foreign key ("member_id") references "members"."member" ("id") on update cascade;`);
    this.addSql(`alter table "members"."lot" add constraint "lot_base_id_foreign" foreign key ("base_id") references "members"."base" ("id") on update cascade;`);

    this.addSql(`alter table "members"."membership" add constraint "membership_member_id_foreign" foreign key ("member_id") references "members"."member" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "members"."membership" add constraint "membership_alliance_id_foreign" foreign key ("alliance_id") references "members"."alliance" ("id") on update cascade;`);

    this.addSql(`alter table "members"."reservation" add constraint "reservation_market_id_foreign" foreign key ("market_id") references "members"."member" ("id") on update cascade;`);

    this.addSql(`alter table "members"."reservation_line" add constraint "reservation_line_reservation_id_foreign" foreign key ("reservation_id") references "members"."reservation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "members"."reservation_line" add constraint "reservation_line_lot_id_foreign" foreign key ("lot_id") references "members"."lot" ("id") on update cascade;`);

    // Invariants the database guards, whatever code path writes the row.
    // The credit-code check (GB 32100-2015) as it stood when this migration was written: a migration
    // never changes with the live code.
    this.addSql(`create or replace function "members".is_valid_credit_code(code text) returns boolean
language plpgsql immutable strict as $fn$
declare
  charset constant text := '0123456789ABCDEFGHJKLMNPQRTUWXY';
  weights constant int[] := array[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28];
  org_weights constant int[] := array[3,7,9,10,5,8,4,2];
  total int := 0;
  v int;
  c text;
  expected text;
begin
  if length(code) <> 18 then return false; end if;
  for i in 1..17 loop
    v := strpos(charset, substr(code, i, 1)) - 1;
    if v < 0 then return false; end if;
    total := total + v * weights[i];
  end loop;
  if strpos(charset, substr(code, 18, 1)) = 0 then return false; end if;
  if substr(charset, ((31 - total % 31) % 31) + 1, 1) <> substr(code, 18, 1) then return false; end if;
  total := 0;
  for i in 1..8 loop
    c := substr(code, 8 + i, 1);
    if c ~ '[0-9]' then v := c::int; elsif c ~ '[A-Z]' then v := ascii(c) - 55; else return false; end if;
    total := total + v * org_weights[i];
  end loop;
  v := 11 - total % 11;
  expected := case v when 10 then 'X' when 11 then '0' else v::text end;
  return substr(code, 17, 1) = expected;
end
$fn$;`);
    this.addSql(`alter table "members"."member" add constraint "member_credit_code_valid" check ("credit_code" is null or "members".is_valid_credit_code("credit_code"));`);
    this.addSql(`alter table "members"."member" add constraint "member_code_format" check ("code" ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$' and length("code") between 3 and 32);`);
    this.addSql(`alter table "members"."member" add constraint "member_grower_has_no_credit_code" check ("kind" <> 'GROWER' or "credit_code" is null);`);
    this.addSql(`alter table "members"."base" add constraint "base_area_positive" check ("area_mu" > 0);`);
    this.addSql(`alter table "members"."base" add constraint "base_crop_known" check ("crop" in ('SCALLION', 'SAFFLOWER_FLORET', 'SAFFLOWER_SEED'));`);
    this.addSql(`alter table "members"."lot" add constraint "lot_crop_known" check ("crop" in ('SCALLION', 'SAFFLOWER_FLORET', 'SAFFLOWER_SEED'));`);
    this.addSql(`alter table "members"."lot" add constraint "lot_variety_for_scallion" check (("crop" = 'SCALLION') = ("variety" is not null));`);
    this.addSql(`alter table "members"."lot" add constraint "lot_price_positive" check ("asking_price_per_kg" > 0);`);
    // Never oversell: what is held, confirmed and shipped never exceeds the quantity, and no counter goes negative.
    this.addSql(`alter table "members"."lot" add constraint "lot_never_oversold" check ("quantity_kg" > 0 and "held_kg" >= 0 and "confirmed_kg" >= 0 and "shipped_kg" >= 0 and "held_kg" + "confirmed_kg" + "shipped_kg" <= "quantity_kg");`);
    this.addSql(`alter table "members"."reservation_line" add constraint "reservation_line_kg_positive" check ("kg" > 0);`);
    // Supply reads only open lots; partial indexes keep its cost with the lots on offer, not the table's history.
    this.addSql(`create index "lot_open_by_harvest" on "members"."lot" ("alliance_id", "crop", "harvest_date", "id") where "status" = 'LISTED' and "quantity_kg" > "confirmed_kg" + "shipped_kg";`);
    this.addSql(`create index "lot_open_by_price" on "members"."lot" ("alliance_id", "crop", "asking_price_per_kg", "id") where "status" = 'LISTED' and "quantity_kg" > "confirmed_kg" + "shipped_kg";`);
    // Filters and totals of a market's query, answered from the index alone (index-only scans).
    this.addSql(`create index "lot_open_supply" on "members"."lot" ("alliance_id", "crop", "variety", "grade", "township", "harvest_date") include ("id", "forward", "quantity_kg", "held_kg", "confirmed_kg", "shipped_kg", "asking_price_per_kg") where "status" = 'LISTED' and "quantity_kg" > "confirmed_kg" + "shipped_kg";`);
    // A lot's live holds, found without touching the reservation table.
    this.addSql(`create index "reservation_line_live_holds" on "members"."reservation_line" ("lot_id", "hold_until") include ("kg") where "status" = 'HELD';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "members"."membership" drop constraint "membership_alliance_id_foreign";`);

    this.addSql(`alter table "members"."base" drop constraint "base_member_id_foreign";`);

    this.addSql(`alter table "members"."lot" drop constraint "lot_member_id_foreign";`);

    this.addSql(`alter table "members"."membership" drop constraint "membership_member_id_foreign";`);

    this.addSql(`alter table "members"."reservation" drop constraint "reservation_market_id_foreign";`);

    this.addSql(`alter table "members"."lot" drop constraint "lot_base_id_foreign";`);

    this.addSql(`alter table "members"."reservation_line" drop constraint "reservation_line_lot_id_foreign";`);

    this.addSql(`alter table "members"."reservation_line" drop constraint "reservation_line_reservation_id_foreign";`);

    this.addSql(`drop table if exists "members"."alliance" cascade;`);

    this.addSql(`drop table if exists "members"."member" cascade;`);

    this.addSql(`drop table if exists "members"."base" cascade;`);

    this.addSql(`drop table if exists "members"."lot" cascade;`);

    this.addSql(`drop table if exists "members"."membership" cascade;`);

    this.addSql(`drop table if exists "members"."reservation" cascade;`);

    this.addSql(`drop table if exists "members"."reservation_line" cascade;`);

    this.addSql(`drop function if exists "members".is_valid_credit_code(text);`);
    this.addSql(`drop schema if exists "members";`);
  }

}
