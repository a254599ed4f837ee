import { Migration } from '@mikro-orm/migrations';

/**
 * A GTIN names one trade item, so it belongs to one alliance: the first alliance to license it
 * claims it (licence_gtin), and a licence of another alliance with that GTIN is refused. Without
 * this a brand office could print its labels under another alliance's GTIN, and unknown codes
 * under it would no longer be attributed to the alliance they imitate. Concurrent first grants of
 * one GTIN by two alliances meet on licence_gtin's primary key: the second waits, then is refused.
 */
export class Migration20261204100000 extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."licence_gtin" ("gtin" text not null, "alliance_id" uuid not null, constraint "licence_gtin_pkey" primary key ("gtin"));`);
    // Licences granted before: the earliest alliance to license a GTIN keeps it.
    this.addSql(`insert into ${s}."licence_gtin" ("gtin", "alliance_id") select distinct on ("gtin") "gtin", "alliance_id" from ${s}."licence" order by "gtin", "granted_at", "id";`);
    this.addSql(`create function ${s}."licence_gtin_of_one_alliance"() returns trigger language plpgsql as $$
begin
  insert into ${s}."licence_gtin" ("gtin", "alliance_id") values (new.gtin, new.alliance_id) on conflict ("gtin") do nothing;
  if not exists (select 1 from ${s}."licence_gtin" g where g.gtin = new.gtin and g.alliance_id = new.alliance_id) then
    raise exception 'GTIN % is licensed by another alliance', new.gtin
      using errcode = 'unique_violation', constraint = 'licence_gtin_of_one_alliance';
  end if;
  return new;
end
$$;`);
    this.addSql(`create trigger "licence_gtin_of_one_alliance" before insert or update of "gtin", "alliance_id" on ${s}."licence" for each row execute function ${s}."licence_gtin_of_one_alliance"();`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop trigger if exists "licence_gtin_of_one_alliance" on ${s}."licence";`);
    this.addSql(`drop function if exists ${s}."licence_gtin_of_one_alliance"();`);
    this.addSql(`drop table if exists ${s}."licence_gtin";`);
  }
}
