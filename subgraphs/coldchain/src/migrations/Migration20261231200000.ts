import { Migration } from '@mikro-orm/migrations';

/**
 * The lot replica learns the lot's number (lots.registered carries it): the lot part of the EPCIS
 * LGTIN, which GS1 AI (10) limits to 20 characters. Null until an announcement with it is heard
 * (members announces every lot at its start).
 */
export class Migration20261231200000 extends Migration {
  override async up(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${schema}."lot_alliance" add column if not exists "lot_number" text null;`);
  }

  override async down(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${schema}."lot_alliance" drop column if exists "lot_number";`);
  }
}
