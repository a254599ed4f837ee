import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123025207 } from './Migration20261123025207.ts';
import { Migration20261124070205 } from './Migration20261124070205.ts';
import { Migration20261201100000 } from './Migration20261201100000.ts';
import { Migration20261210090000 } from './Migration20261210090000.ts';
import { Migration20261211090000 } from './Migration20261211090000.ts';
import { Migration20261231200000 } from './Migration20261231200000.ts';
import { Migration20270101090000 } from './Migration20270101090000.ts';
import { Migration20270101091000 } from './Migration20270101091000.ts';
import { Migration20270103100000 } from './Migration20270103100000.ts';
import { Migration20270104090000 } from './Migration20270104090000.ts';

/** Committed migrations, in order. `npm run migration:create -- coldchain` writes new ones; list them here. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123025207', class: Migration20261123025207 },
  { name: 'Migration20261124070205', class: Migration20261124070205 },
  { name: 'Migration20261201100000', class: Migration20261201100000 },
  { name: 'Migration20261210090000', class: Migration20261210090000 },
  { name: 'Migration20261211090000', class: Migration20261211090000 },
  { name: 'Migration20261231200000', class: Migration20261231200000 },
  { name: 'Migration20270101090000', class: Migration20270101090000 },
  { name: 'Migration20270101091000', class: Migration20270101091000 },
  { name: 'Migration20270103100000', class: Migration20270103100000 },
  { name: 'Migration20270104090000', class: Migration20270104090000 },
];
