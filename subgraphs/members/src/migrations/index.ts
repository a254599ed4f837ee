import type { MigrationObject } from '@mikro-orm/core';

/** Committed migrations, in order. `npm run migration:create -- members` adds new ones here. */
export const migrations: MigrationObject[] = [];
