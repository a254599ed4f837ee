import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261202100000 } from './Migration20261202100000.ts';
import { Migration20261203100000 } from './Migration20261203100000.ts';
import { Migration20261203110000 } from './Migration20261203110000.ts';
import { Migration20261203120000 } from './Migration20261203120000.ts';
import { Migration20261203130000 } from './Migration20261203130000.ts';
import { Migration20261204100000 } from './Migration20261204100000.ts';

/**
 * Committed migrations, in order. `npm run migration:create -- branding` writes new ones; list them here.
 * The schema itself is created by the migrator; the member directory brings its own migration.
 */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261202100000', class: Migration20261202100000 },
  { name: 'Migration20261203100000', class: Migration20261203100000 },
  { name: 'Migration20261203110000', class: Migration20261203110000 },
  { name: 'Migration20261203120000', class: Migration20261203120000 },
  { name: 'Migration20261203130000', class: Migration20261203130000 },
  { name: 'Migration20261204100000', class: Migration20261204100000 },
];
