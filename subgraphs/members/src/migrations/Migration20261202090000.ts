import { Migration } from '@mikro-orm/migrations';

/**
 * The cooperative a grower belongs to (licence fees are paid out to cooperatives by their growers'
 * certified kg). That it is a COOPERATIVE of the same alliance is the office's rule, checked on update.
 */
export class Migration20261202090000 extends Migration {
  override async up(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${schema}."member" add column "cooperative_id" uuid null;`);
    this.addSql(`alter table ${schema}."member" add constraint "member_cooperative_id_foreign" foreign key ("cooperative_id") references ${schema}."member" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table ${schema}."member" add constraint "member_not_own_cooperative" check ("cooperative_id" is null or "cooperative_id" <> "id");`);
    this.addSql(`create index "member_cooperative_id_index" on ${schema}."member" ("cooperative_id");`);
  }

  override async down(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${schema}."member" drop column if exists "cooperative_id";`);
  }
}
