import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';

/**
 * The replica of the member directory, in the schema of the subgraph that mounts it. A subgraph
 * that had the earlier table (status and alliances only) gains kind and roles per alliance; its
 * rows are refreshed by the members subgraph's announcement of the whole directory at its start.
 * Self-contained: the SQL is written here, not imported.
 */
export class Migration20261201000000MemberDirectory extends Migration {
  override async up(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`create table if not exists ${schema}."member_directory" ("member_id" uuid not null, "status" text not null, "alliance_ids" uuid[] not null, "announced_at" timestamptz not null, constraint "member_directory_pkey" primary key ("member_id"));`);
    // Messages are applied once through the subgraph's inbox (see @alliance/messaging).
    this.addSql(`create table if not exists ${schema}."inbox" ("message_id" uuid not null, "topic" text not null, "producer" text not null, "received_at" timestamptz not null, constraint "inbox_pkey" primary key ("message_id"));`);
    this.addSql(`alter table ${schema}."member_directory" add column if not exists "kind" text null, add column if not exists "memberships" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    const schema = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${schema}."member_directory" drop column if exists "kind", drop column if exists "memberships";`);
  }
}

export const memberDirectoryMigration: MigrationObject = { name: 'Migration20261201000000MemberDirectory', class: Migration20261201000000MemberDirectory };
