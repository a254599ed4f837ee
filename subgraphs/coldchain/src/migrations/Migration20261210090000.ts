import { Migration } from '@mikro-orm/migrations';

/**
 * The lot replica learns the lot's grower and quantity (lots.registered carries them now), so the
 * cold chain can tell who may read its kg and refuse custody of more than the lot holds. Null while
 * an announcement without them is the newest heard; announced_at keeps the newest.
 */
export class Migration20261210090000 extends Migration {
  override async up(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${schema}."lot_alliance" add column if not exists "grower_id" uuid null, add column if not exists "quantity_kg" numeric(14,3) null, add column if not exists "announced_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${schema}."lot_alliance" drop column if exists "grower_id", drop column if exists "quantity_kg", drop column if exists "announced_at";`);
  }
}
