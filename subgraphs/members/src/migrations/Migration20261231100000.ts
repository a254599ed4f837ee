import { Migration } from '@mikro-orm/migrations';

/**
 * Every lot gets a short lot number, GS1 AI (10) sized (at most 20 characters of A–Z, 0–9 and '-'):
 * the alliance's code (letters and digits, at most 6), the harvest day (YYMMDD) and a gapless
 * counter per alliance and harvest day, e.g. LUXI-261126-0042. Unique per alliance; the counter
 * table is what registration takes numbers from. Existing lots are numbered in the order they were
 * registered, and each counter starts after the last number given.
 */
export class Migration20261231100000 extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."lot_number_counter" ("alliance_id" uuid not null, "harvest_date" date not null, "last_sequence" int not null, constraint "lot_number_counter_pkey" primary key ("alliance_id", "harvest_date"), constraint "lot_number_counter_positive" check ("last_sequence" > 0));`);
    this.addSql(`alter table ${s}."lot" add column "lot_number" text null;`);
    this.addSql(`with numbered as (
        select l.id, coalesce(nullif(left(regexp_replace(upper(a.code), '[^A-Z0-9]', '', 'g'), 6), ''), 'LOT') || '-' || to_char(l.harvest_date, 'YYMMDD') || '-'
                 || lpad(n::text, greatest(4, length(n::text)), '0') as lot_number
        from (select l.*, row_number() over (partition by l.alliance_id, l.harvest_date order by l.created_at, l.id) as n from ${s}."lot" l) l
        join ${s}."alliance" a on a.id = l.alliance_id)
      update ${s}."lot" l set "lot_number" = n.lot_number from numbered n where n.id = l.id;`);
    this.addSql(`insert into ${s}."lot_number_counter" ("alliance_id", "harvest_date", "last_sequence")
      select "alliance_id", "harvest_date", count(*) from ${s}."lot" group by "alliance_id", "harvest_date";`);
    this.addSql(`alter table ${s}."lot" alter column "lot_number" set not null;`);
    this.addSql(`alter table ${s}."lot" add constraint "lot_number_gs1_ai_10" check ("lot_number" ~ '^[A-Z0-9-]{1,20}$');`);
    this.addSql(`alter table ${s}."lot" add constraint "lot_alliance_id_lot_number_unique" unique ("alliance_id", "lot_number");`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${s}."lot" drop column if exists "lot_number";`);
    this.addSql(`drop table if exists ${s}."lot_number_counter";`);
  }
}
