import { Migration } from '@mikro-orm/migrations';

/**
 * Origin-label licences (numbered per alliance and year without gaps), label batches and their
 * serialized codes, and the kg labelled against each certificate. The limits that must never be
 * crossed — a licence's quota, a certificate's certified kg — are check constraints on the two
 * running totals, so concurrent issuers cannot overrun them whatever the interleaving.
 */
export class Migration20261203100000 extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."licence_counter" ("alliance_id" uuid not null, "year" int not null, "last_sequence" int not null, constraint "licence_counter_pkey" primary key ("alliance_id", "year"), constraint "licence_counter_positive" check ("last_sequence" > 0));`);

    this.addSql(`create table ${s}."licence" ("id" uuid not null, "alliance_id" uuid not null, "number" text not null, "year" int not null, "sequence" int not null, "licensee_member_id" uuid null, "licensee_name" text not null, "licensee_credit_code" text not null, "trademark_name" text not null, "trademark_registration_number" text not null, "crop" text check ("crop" in ('SCALLION', 'SAFFLOWER_FLORET', 'SAFFLOWER_SEED')) not null, "gtin" text not null, "valid_from" date not null, "valid_until" date not null, "quota_kg" numeric(14,3) not null, "used_kg" numeric(14,3) not null default 0, "fee_per_kg" numeric(12,4) not null, "fees_accrued_cny" numeric(14,2) not null default 0, "status" text check ("status" in ('ACTIVE', 'SUSPENDED', 'REVOKED')) not null, "status_reason" text null, "granted_at" timestamptz not null, "granted_by" uuid not null, constraint "licence_pkey" primary key ("id"));`);
    this.addSql(`create unique index "licence_number_unique" on ${s}."licence" ("alliance_id", "number");`);
    this.addSql(`create unique index "licence_sequence_unique" on ${s}."licence" ("alliance_id", "year", "sequence");`);
    this.addSql(`create index "licence_licensee_index" on ${s}."licence" ("alliance_id", "licensee_member_id");`);
    this.addSql(`alter table ${s}."licence" add constraint "licence_quota_positive" check ("quota_kg" > 0);`);
    // The quota is never overrun: the guarantee behind issueLabels' friendly check.
    this.addSql(`alter table ${s}."licence" add constraint "licence_within_quota" check ("used_kg" >= 0 and "used_kg" <= "quota_kg");`);
    this.addSql(`alter table ${s}."licence" add constraint "licence_fee_not_negative" check ("fee_per_kg" >= 0 and "fees_accrued_cny" >= 0);`);
    this.addSql(`alter table ${s}."licence" add constraint "licence_period_ordered" check ("valid_from" <= "valid_until");`);
    this.addSql(`alter table ${s}."licence" add constraint "licence_gtin_14_digits" check ("gtin" ~ '^[0-9]{14}$');`);
    this.addSql(`alter table ${s}."licence" add constraint "licence_reason_when_not_active" check (("status" = 'ACTIVE') = ("status_reason" is null));`);

    this.addSql(`alter table ${s}."origin_certificate" add column "labelled_kg" numeric(14,3) not null default 0;`);
    this.addSql(`alter table ${s}."origin_certificate" add constraint "origin_certificate_labelled_within_certified" check ("labelled_kg" >= 0 and "labelled_kg" <= "certified_kg");`);

    this.addSql(`create table ${s}."label_batch" ("id" uuid not null, "alliance_id" uuid not null, "licence_id" uuid not null, "lot_id" uuid not null, "certificate_id" uuid not null, "count" int not null, "pack_kg" numeric(14,3) not null, "total_kg" numeric(14,3) not null, "fee_cny" numeric(14,2) not null, "gtin" text not null, "lot_number" text not null, "month" text not null, "issued_at" timestamptz not null, "issued_by" uuid not null, constraint "label_batch_pkey" primary key ("id"));`);
    this.addSql(`alter table ${s}."label_batch" add constraint "label_batch_licence_id_foreign" foreign key ("licence_id") references ${s}."licence" ("id");`);
    this.addSql(`alter table ${s}."label_batch" add constraint "label_batch_lot_id_foreign" foreign key ("lot_id") references ${s}."lot_fact" ("lot_id");`);
    this.addSql(`alter table ${s}."label_batch" add constraint "label_batch_certificate_id_foreign" foreign key ("certificate_id") references ${s}."origin_certificate" ("id");`);
    this.addSql(`create index "label_batch_licence_index" on ${s}."label_batch" ("licence_id", "issued_at" desc, "id" desc);`);
    this.addSql(`create index "label_batch_certificate_index" on ${s}."label_batch" ("certificate_id");`);
    this.addSql(`create index "label_batch_alliance_month_index" on ${s}."label_batch" ("alliance_id", "month");`);
    this.addSql(`alter table ${s}."label_batch" add constraint "label_batch_count_range" check ("count" between 1 and 10000);`);
    this.addSql(`alter table ${s}."label_batch" add constraint "label_batch_total" check ("pack_kg" > 0 and "total_kg" = "count" * "pack_kg" and "fee_cny" >= 0);`);
    this.addSql(`alter table ${s}."label_batch" add constraint "label_batch_month_format" check ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');`);

    // A code's status is not stored: it is REVOKED exactly when its licence or its certificate is.
    this.addSql(`create table ${s}."label_code" ("serial" text not null, "batch_id" uuid not null, "licence_id" uuid not null, "certificate_id" uuid not null, "lot_id" uuid not null, "alliance_id" uuid not null, "scan_count" int not null default 0, "first_scanned_at" timestamptz null, "first_place" text null, "suspicious" boolean not null default false, constraint "label_code_pkey" primary key ("serial"));`);
    this.addSql(`alter table ${s}."label_code" add constraint "label_code_batch_id_foreign" foreign key ("batch_id") references ${s}."label_batch" ("id");`);
    this.addSql(`alter table ${s}."label_code" add constraint "label_code_licence_id_foreign" foreign key ("licence_id") references ${s}."licence" ("id");`);
    this.addSql(`alter table ${s}."label_code" add constraint "label_code_certificate_id_foreign" foreign key ("certificate_id") references ${s}."origin_certificate" ("id");`);
    this.addSql(`create index "label_code_batch_index" on ${s}."label_code" ("batch_id", "serial");`);
    this.addSql(`alter table ${s}."label_code" add constraint "label_code_serial_format" check ("serial" ~ '^[0-9A-HJKMNP-TV-Z]{16,20}$');`);
    this.addSql(`alter table ${s}."label_code" add constraint "label_code_scans_not_negative" check ("scan_count" >= 0);`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    for (const t of ['label_code', 'label_batch', 'licence', 'licence_counter']) this.addSql(`drop table if exists ${s}."${t}" cascade;`);
    this.addSql(`alter table ${s}."origin_certificate" drop constraint if exists "origin_certificate_labelled_within_certified";`);
    this.addSql(`alter table ${s}."origin_certificate" drop column if exists "labelled_kg";`);
  }
}
