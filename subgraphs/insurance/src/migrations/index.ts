import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261220100000 } from './Migration20261220100000.ts';
import { Migration20261220160000 } from './Migration20261220160000.ts';

/**
 * Committed migrations, in order. `npm run migration:create -- insurance` writes new ones; list them here.
 * The schema itself is created by the migrator; the member directory brings its own migration.
 */
export const migrations: MigrationObject[] = [{ name: 'Migration20261220100000', class: Migration20261220100000 },
  { name: 'Migration20261220160000', class: Migration20261220160000 },];
