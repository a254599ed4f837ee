import { Migration } from '@mikro-orm/migrations';

/**
 * Public label checks: every scan (of a known code or not), and the per-client allowance of
 * anonymous checks (a fixed window per minute, counted in the database so that every replica
 * counts the same client alike). A scan keeps a keyed hash of the client, never its address.
 */
export class Migration20261203110000 extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."label_scan" ("id" bigint generated always as identity, "alliance_id" uuid null, "licence_id" uuid null, "serial" text null, "code_as_scanned" text not null, "scanned_at" timestamptz not null, "place" text null, "latitude" double precision null, "longitude" double precision null, "client_hash" text not null, "outcome" text check ("outcome" in ('GENUINE', 'ALREADY_VERIFIED', 'REVOKED', 'UNKNOWN')) not null, constraint "label_scan_pkey" primary key ("id"));`);
    this.addSql(`alter table ${s}."label_scan" add constraint "label_scan_serial_foreign" foreign key ("serial") references ${s}."label_code" ("serial");`);
    this.addSql(`alter table ${s}."label_scan" add constraint "label_scan_licence_id_foreign" foreign key ("licence_id") references ${s}."licence" ("id");`);
    // A known code's scan names it; an unknown code's names none (it is what was scanned, kept short).
    this.addSql(`alter table ${s}."label_scan" add constraint "label_scan_serial_iff_known" check (("outcome" = 'UNKNOWN') = ("serial" is null));`);
    this.addSql(`alter table ${s}."label_scan" add constraint "label_scan_code_short" check (char_length("code_as_scanned") <= 200);`);
    this.addSql(`alter table ${s}."label_scan" add constraint "label_scan_coordinates_paired" check (("latitude" is null) = ("longitude" is null));`);
    this.addSql(`create index "label_scan_serial_index" on ${s}."label_scan" ("serial", "scanned_at" desc) where "serial" is not null;`);
    this.addSql(`create index "label_scan_alliance_index" on ${s}."label_scan" ("alliance_id", "scanned_at" desc) where "alliance_id" is not null;`);
    // The brand office's list of suspicious codes; licences by GTIN attribute an unknown Digital Link.
    this.addSql(`create index "label_code_suspicious_index" on ${s}."label_code" ("alliance_id") where "suspicious";`);
    this.addSql(`create index "licence_gtin_index" on ${s}."licence" ("gtin");`);

    this.addSql(`create table ${s}."verification_allowance" ("client_hash" text not null, "window_start" timestamptz not null, "count" int not null, constraint "verification_allowance_pkey" primary key ("client_hash", "window_start"), constraint "verification_allowance_positive" check ("count" > 0));`);
    this.addSql(`create index "verification_allowance_window_index" on ${s}."verification_allowance" ("window_start");`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    for (const t of ['verification_allowance', 'label_scan']) this.addSql(`drop table if exists ${s}."${t}" cascade;`);
    this.addSql(`drop index if exists ${s}."label_code_suspicious_index";`);
    this.addSql(`drop index if exists ${s}."licence_gtin_index";`);
  }
}
