import { Migration } from '@mikro-orm/migrations';

/**
 * Lot facts (the members subgraph's lots.registered), residue tests, origin certificates and the
 * counter that numbers certificates per alliance and year without gaps.
 */
export class Migration20261202100000 extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."lot_fact" ("lot_id" uuid not null, "alliance_id" uuid not null, "alliance_code" text not null, "county" text not null, "grower_id" uuid not null, "producer_name" text not null, "producer_phone" text not null, "cooperative_id" uuid null, "crop" text not null, "variety" text null, "grade" text not null, "quantity_kg" numeric(14,3) not null, "harvest_date" date not null, "township" text not null, "status" text not null, "announced_at" timestamptz not null, constraint "lot_fact_pkey" primary key ("lot_id"));`);
    this.addSql(`create index "lot_fact_alliance_id_index" on ${s}."lot_fact" ("alliance_id");`);
    this.addSql(`create index "lot_fact_grower_id_index" on ${s}."lot_fact" ("grower_id");`);

    this.addSql(`create table ${s}."residue_test" ("id" uuid not null, "lot_id" uuid not null, "alliance_id" uuid not null, "basis" text check ("basis" in ('SELF_TEST', 'COMMISSIONED_TEST', 'INTERNAL_CONTROL', 'SELF_COMMITMENT')) not null, "tester" text not null, "report_number" text null, "sampled_at" timestamptz not null, "tested_at" timestamptz not null, "result" text check ("result" in ('PASS', 'FAIL')) not null, "failed_analytes" text[] not null, "recorded_by" uuid not null, "recorded_at" timestamptz not null, constraint "residue_test_pkey" primary key ("id"));`);
    this.addSql(`alter table ${s}."residue_test" add constraint "residue_test_lot_id_foreign" foreign key ("lot_id") references ${s}."lot_fact" ("lot_id");`);
    this.addSql(`create index "residue_test_lot_id_index" on ${s}."residue_test" ("lot_id", "tested_at" desc);`);
    // A pass names no analyte, a fail at least one; a test is done after its sample.
    this.addSql(`alter table ${s}."residue_test" add constraint "residue_test_analytes_match_result" check (("result" = 'PASS') = (cardinality("failed_analytes") = 0));`);
    this.addSql(`alter table ${s}."residue_test" add constraint "residue_test_after_sample" check ("tested_at" >= "sampled_at");`);

    this.addSql(`create table ${s}."certificate_counter" ("alliance_id" uuid not null, "year" int not null, "last_sequence" int not null, constraint "certificate_counter_pkey" primary key ("alliance_id", "year"), constraint "certificate_counter_positive" check ("last_sequence" > 0));`);

    this.addSql(`create table ${s}."origin_certificate" ("id" uuid not null, "alliance_id" uuid not null, "lot_id" uuid not null, "number" text not null, "year" int not null, "sequence" int not null, "product_name" text not null, "crop" text not null, "variety" text null, "grade" text not null, "certified_kg" numeric(14,3) not null, "lot_quantity_kg" numeric(14,3) not null, "producer_name" text not null, "producer_phone" text not null, "grower_id" uuid not null, "township" text not null, "county" text not null, "issued_on" date not null, "issued_at" timestamptz not null, "issued_by" uuid not null, "commitment_statement" text not null, "basis" text check ("basis" in ('SELF_TEST', 'COMMISSIONED_TEST', 'INTERNAL_CONTROL', 'SELF_COMMITMENT')) not null, "residue_test_id" uuid not null, "status" text check ("status" in ('VALID', 'REVOKED')) not null, "revoked_reason" text null, "revoked_at" timestamptz null, constraint "origin_certificate_pkey" primary key ("id"));`);
    this.addSql(`alter table ${s}."origin_certificate" add constraint "origin_certificate_lot_id_foreign" foreign key ("lot_id") references ${s}."lot_fact" ("lot_id");`);
    this.addSql(`alter table ${s}."origin_certificate" add constraint "origin_certificate_residue_test_id_foreign" foreign key ("residue_test_id") references ${s}."residue_test" ("id");`);
    this.addSql(`create index "origin_certificate_lot_id_index" on ${s}."origin_certificate" ("lot_id");`);
    this.addSql(`create unique index "origin_certificate_number_unique" on ${s}."origin_certificate" ("alliance_id", "number");`);
    this.addSql(`create unique index "origin_certificate_sequence_unique" on ${s}."origin_certificate" ("alliance_id", "year", "sequence");`);
    // One valid certificate per lot at a time, whatever the interleaving of issuers.
    this.addSql(`create unique index "origin_certificate_one_valid_per_lot" on ${s}."origin_certificate" ("lot_id") where "status" = 'VALID';`);
    // Never more than the lot's quantity, never nothing.
    this.addSql(`alter table ${s}."origin_certificate" add constraint "origin_certificate_within_lot" check ("certified_kg" > 0 and "certified_kg" <= "lot_quantity_kg");`);
    this.addSql(`alter table ${s}."origin_certificate" add constraint "origin_certificate_revoked_with_reason" check (("status" = 'REVOKED') = ("revoked_reason" is not null));`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    for (const t of ['origin_certificate', 'certificate_counter', 'residue_test', 'lot_fact']) this.addSql(`drop table if exists ${s}."${t}" cascade;`);
  }
}
