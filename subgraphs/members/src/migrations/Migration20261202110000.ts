import { Migration } from '@mikro-orm/migrations';

/**
 * Standing is per alliance: one office's suspension must not stop a member in another alliance.
 * Each membership takes the standing its member had until now.
 */
export class Migration20261202110000 extends Migration {
  override async up(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${schema}."membership" add column "status" text not null default 'ACTIVE', add column "status_reason" text null;`);
    this.addSql(`alter table ${schema}."membership" add constraint "membership_status_check" check ("status" in ('PENDING', 'ACTIVE', 'SUSPENDED'));`);
    this.addSql(`update ${schema}."membership" ms set "status" = m."status", "status_reason" = m."status_reason" from ${schema}."member" m where m."id" = ms."member_id";`);
  }

  override async down(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${schema}."membership" drop column if exists "status", drop column if exists "status_reason";`);
  }
}
