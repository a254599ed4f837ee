import type { EntityManager } from '@mikro-orm/postgresql';
import { InboxMessageSchema, publish, type Messages } from '@alliance/messaging';
import type { RequestBase, SubgraphModule } from '@alliance/subgraph-kit';
import { DirectoryEntrySchema } from './entity.ts';
import { memberDirectoryMigration } from './migration.ts';
import { memberDirectoryNamesMigration } from './migration-names.ts';
import { findDirectoryMembers, upsertDirectoryEntries } from './store.ts';

export { DirectoryEntry, DirectoryEntrySchema } from './entity.ts';
export { allianceCodeOf, findDirectoryMembers, findDirectoryNames, upsertDirectoryEntries, type DirectoryName } from './store.ts';

/** members.changed: the members subgraph's announcement of who members are now. */
export async function recordMembers(em: EntityManager, message: Messages['members.changed']): Promise<void> {
  await upsertDirectoryEntries(em, message.members);
}

/**
 * Mounts the member directory on a subgraph other than `members`: its table and migration, the
 * handler of members.changed, and the directory the kit authorizes each request from.
 *
 *   export const brandingSubgraph = withMemberDirectory({ name: 'branding', … });
 */
export function withMemberDirectory<C extends RequestBase>(module: Omit<SubgraphModule<C>, 'directory'>): SubgraphModule<C> {
  return {
    ...module,
    entities: [...module.entities.filter((e) => e !== InboxMessageSchema && e !== DirectoryEntrySchema), DirectoryEntrySchema, InboxMessageSchema],
    // In this order, after the subgraph's own: the names step alters the table the first creates.
    migrations: [...module.migrations, memberDirectoryMigration, memberDirectoryNamesMigration],
    messageHandlers: { ...module.messageHandlers, 'members.changed': recordMembers },
    directory: findDirectoryMembers,
    background: (em, log, settings) => {
      // Announcements made before this subgraph first started (or while its replica lagged a
      // change of the announcement's shape) are asked for again: members answers with everyone.
      void em()
        .transactional((tx) => publish(tx, module.name, 'directory.requested', 'directory', { subgraph: module.name }))
        .catch((error: unknown) => log.warn({ err: error }, 'member directory not requested'));
      return module.background?.(em, log, settings) ?? (async () => {});
    },
  };
}
