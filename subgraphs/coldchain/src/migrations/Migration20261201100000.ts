import { Migration } from '@mikro-orm/migrations';

/** The alliance of each lot, as the members subgraph announces it (lots.registered). */
export class Migration20261201100000 extends Migration {
  override async up(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`create table if not exists ${schema}."lot_alliance" ("lot_id" uuid not null, "alliance_id" uuid not null, constraint "lot_alliance_pkey" primary key ("lot_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "${this.config.get('schema')}"."lot_alliance";`);
  }
}
