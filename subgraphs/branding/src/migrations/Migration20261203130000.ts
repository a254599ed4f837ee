import { Migration } from '@mikro-orm/migrations';

/**
 * Truckload certificates. Shipment facts (the cold chain's shipments.changed: status, vehicle and
 * the kg of each lot loaded) are kept as a replica; a certificate is now of one lot or of one
 * shipment, never both; a truckload's certificate lists every lot it covers with its kg, and at
 * most one certificate of a shipment is VALID at a time.
 */
export class Migration20261203130000 extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."shipment_fact" ("shipment_id" uuid not null, "alliance_id" uuid not null, "status" text not null, "vehicle_id" uuid not null, "vehicle_plate" text not null, "announced_at" timestamptz not null, constraint "shipment_fact_pkey" primary key ("shipment_id"));`);
    this.addSql(`create index "shipment_fact_alliance_id_index" on ${s}."shipment_fact" ("alliance_id");`);
    // No foreign key to lot_fact: the cold chain may announce a load before members' lot reaches branding.
    this.addSql(`create table ${s}."shipment_lot_fact" ("shipment_id" uuid not null, "lot_id" uuid not null, "kg" numeric(14,3) not null, constraint "shipment_lot_fact_pkey" primary key ("shipment_id", "lot_id"), constraint "shipment_lot_fact_kg_positive" check ("kg" > 0));`);
    this.addSql(`alter table ${s}."shipment_lot_fact" add constraint "shipment_lot_fact_shipment_id_foreign" foreign key ("shipment_id") references ${s}."shipment_fact" ("shipment_id") on delete cascade;`);

    this.addSql(`alter table ${s}."origin_certificate" alter column "lot_id" drop not null;`);
    // A truckload of several growers' lots has no one grower.
    this.addSql(`alter table ${s}."origin_certificate" alter column "grower_id" drop not null;`);
    this.addSql(`alter table ${s}."origin_certificate" add column "shipment_id" uuid null;`);
    this.addSql(`alter table ${s}."origin_certificate" add constraint "origin_certificate_shipment_id_foreign" foreign key ("shipment_id") references ${s}."shipment_fact" ("shipment_id");`);
    this.addSql(`alter table ${s}."origin_certificate" add constraint "origin_certificate_of_lot_or_shipment" check (num_nonnulls("lot_id", "shipment_id") = 1);`);
    this.addSql(`alter table ${s}."origin_certificate" add constraint "origin_certificate_grower_of_lot" check ("lot_id" is null or "grower_id" is not null);`);
    // One valid certificate per shipment at a time, whatever the interleaving of issuers.
    this.addSql(`create unique index "origin_certificate_one_valid_per_shipment" on ${s}."origin_certificate" ("shipment_id") where "status" = 'VALID' and "shipment_id" is not null;`);
    // A lot's certificate: within the lot's quantity. A truckload's: lot_quantity_kg holds the truck's total, all of it certified.
    this.addSql(`alter table ${s}."origin_certificate" drop constraint "origin_certificate_within_lot";`);
    this.addSql(`alter table ${s}."origin_certificate" add constraint "origin_certificate_within_lot" check ("certified_kg" > 0 and "certified_kg" <= "lot_quantity_kg" and ("shipment_id" is null or "certified_kg" = "lot_quantity_kg"));`);

    this.addSql(`create table ${s}."certificate_lot" ("certificate_id" uuid not null, "lot_id" uuid not null, "kg" numeric(14,3) not null, "lot_quantity_kg" numeric(14,3) not null, "residue_test_id" uuid not null, constraint "certificate_lot_pkey" primary key ("certificate_id", "lot_id"), constraint "certificate_lot_within_lot" check ("kg" > 0 and "kg" <= "lot_quantity_kg"));`);
    this.addSql(`alter table ${s}."certificate_lot" add constraint "certificate_lot_certificate_id_foreign" foreign key ("certificate_id") references ${s}."origin_certificate" ("id");`);
    this.addSql(`alter table ${s}."certificate_lot" add constraint "certificate_lot_lot_id_foreign" foreign key ("lot_id") references ${s}."lot_fact" ("lot_id");`);
    this.addSql(`alter table ${s}."certificate_lot" add constraint "certificate_lot_residue_test_id_foreign" foreign key ("residue_test_id") references ${s}."residue_test" ("id");`);
    this.addSql(`create index "certificate_lot_lot_id_index" on ${s}."certificate_lot" ("lot_id");`);
    // A truckload certificate's kg are its lots' kg, to the gram: checked when the issuing transaction commits.
    this.addSql(`create function ${s}."truckload_kg_add_up"() returns trigger language plpgsql as $$
      declare bad uuid;
      begin
        select c.id into bad from ${s}."origin_certificate" c
          where c.shipment_id is not null and c.id = coalesce((to_jsonb(new) ->> 'certificate_id')::uuid, (to_jsonb(new) ->> 'id')::uuid)
            and c.certified_kg is distinct from (select sum(l.kg) from ${s}."certificate_lot" l where l.certificate_id = c.id);
        if bad is not null then
          raise exception 'truckload certificate % certifies other kg than its lots hold', bad using errcode = 'check_violation', constraint = 'origin_certificate_truckload_kg_add_up';
        end if;
        return null;
      end $$;`);
    this.addSql(`create constraint trigger "origin_certificate_truckload_kg_add_up" after insert or update on ${s}."origin_certificate" deferrable initially deferred for each row execute function ${s}."truckload_kg_add_up"();`);
    this.addSql(`create constraint trigger "certificate_lot_truckload_kg_add_up" after insert or update on ${s}."certificate_lot" deferrable initially deferred for each row execute function ${s}."truckload_kg_add_up"();`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop table if exists ${s}."certificate_lot" cascade;`);
    this.addSql(`drop trigger if exists "origin_certificate_truckload_kg_add_up" on ${s}."origin_certificate";`);
    this.addSql(`drop function if exists ${s}."truckload_kg_add_up"();`);
    this.addSql(`delete from ${s}."origin_certificate" where "shipment_id" is not null;`);
    this.addSql(`drop index if exists ${s}."origin_certificate_one_valid_per_shipment";`);
    this.addSql(`alter table ${s}."origin_certificate" drop constraint "origin_certificate_within_lot", drop constraint "origin_certificate_of_lot_or_shipment", drop constraint "origin_certificate_grower_of_lot", drop column "shipment_id";`);
    this.addSql(`alter table ${s}."origin_certificate" add constraint "origin_certificate_within_lot" check ("certified_kg" > 0 and "certified_kg" <= "lot_quantity_kg");`);
    this.addSql(`alter table ${s}."origin_certificate" alter column "lot_id" set not null, alter column "grower_id" set not null;`);
    this.addSql(`drop table if exists ${s}."shipment_lot_fact", ${s}."shipment_fact" cascade;`);
  }
}
