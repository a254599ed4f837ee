import type { MigrationObject } from '@mikro-orm/core';

/**
 * Committed migrations, in order. `npm run migration:create -- branding` writes new ones; list them here.
 * The schema itself is created by the migrator; the member directory brings its own migration.
 */
export const migrations: MigrationObject[] = [];
