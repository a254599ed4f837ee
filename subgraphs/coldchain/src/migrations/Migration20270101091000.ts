import { Migration } from '@mikro-orm/migrations';

/**
 * What the cold chain last told the members subgraph of each lot's freshness (lots.freshness): a
 * lot is announced again when its custody changes, when the figures move, and every refresh period.
 */
export class Migration20270101091000 extends Migration {
  override async up(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`create table if not exists ${schema}."lot_freshness_announced" (
      "lot_id" uuid not null,
      "expires_at" timestamptz null,
      "current_temp_c" numeric(5,2) null,
      "announced_at" timestamptz not null,
      constraint "lot_freshness_announced_pkey" primary key ("lot_id")
    );`);
    this.addSql(`create index if not exists "custody_event_lot_id_recorded_at_index" on ${schema}."custody_event" ("lot_id", "recorded_at");`);
  }

  override async down(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`drop index if exists ${schema}."custody_event_lot_id_recorded_at_index";`);
    this.addSql(`drop table if exists ${schema}."lot_freshness_announced";`);
  }
}
