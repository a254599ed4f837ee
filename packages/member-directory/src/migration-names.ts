import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';

/**
 * Each directory entry gains the member's name and credit code (branding records them on a
 * member licensee's licence). Rows heard before keep nulls until the members subgraph announces the
 * whole directory again, which it does when a mounting subgraph starts (directory.requested).
 * Self-contained: the SQL is written here, not imported.
 */
export class Migration20261202013000MemberDirectoryNames extends Migration {
  override async up(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${schema}."member_directory" add column if not exists "name" text null, add column if not exists "credit_code" text null;`);
  }

  override async down(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${schema}."member_directory" drop column if exists "name", drop column if exists "credit_code";`);
  }
}

export const memberDirectoryNamesMigration: MigrationObject = {
  name: 'Migration20261202013000MemberDirectoryNames',
  class: Migration20261202013000MemberDirectoryNames,
};
