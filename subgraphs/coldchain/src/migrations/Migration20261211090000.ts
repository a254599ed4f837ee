import { Migration } from '@mikro-orm/migrations';

/**
 * The lot replica learns the lot's crop and harvest day (lots.registered carries them), so the cold
 * chain can judge a lot's freshness from its key alone: a label verification names only the lot.
 * Null while an announcement without them is the newest heard.
 */
export class Migration20261211090000 extends Migration {
  override async up(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${schema}."lot_alliance" add column if not exists "crop" text null, add column if not exists "harvest_date" date null;`);
  }

  override async down(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${schema}."lot_alliance" drop column if exists "crop", drop column if exists "harvest_date";`);
  }
}
