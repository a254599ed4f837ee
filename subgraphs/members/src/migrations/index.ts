import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123022823 } from './Migration20261123022823.ts';
import { Migration20261124065922 } from './Migration20261124065922.ts';
import { Migration20261202090000 } from './Migration20261202090000.ts';
import { Migration20261202110000 } from './Migration20261202110000.ts';
import { Migration20261231100000 } from './Migration20261231100000.ts';
import { Migration20270101100000 } from './Migration20270101100000.ts';
import { Migration20270103090000 } from './Migration20270103090000.ts';

/** Committed migrations, in order. `npm run migration:create -- members` writes new ones; list them here. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123022823', class: Migration20261123022823 },
  { name: 'Migration20261124065922', class: Migration20261124065922 },
  { name: 'Migration20261202090000', class: Migration20261202090000 },
  { name: 'Migration20261202110000', class: Migration20261202110000 },
  { name: 'Migration20261231100000', class: Migration20261231100000 },
  { name: 'Migration20270101100000', class: Migration20270101100000 },
  { name: 'Migration20270103090000', class: Migration20270103090000 },
];
