import type { TestProject } from 'vitest/node';
import { dropDatabase, ensureDatabase, freePort, migrateToLatest, scratchServer } from '@alliance/db';
import { prepareMessaging, registerSubscriptions } from '@alliance/messaging';
import { createLogger, openModuleDatabase } from '@alliance/subgraph-kit';
import { subgraphModules } from '../subgraphs.ts';

import './provided-context.ts';

/**
 * One PostgreSQL for the whole test run: the server at DATABASE_URL when set, otherwise an
 * embedded one in a temporary directory. Tests get a fresh database, migrated like production.
 */
export default async function setup(project: TestProject) {
  process.env.LOG_LEVEL ??= 'silent';
  const port = await freePort();
  console.log(process.env.DATABASE_URL ? 'tests: using the PostgreSQL at DATABASE_URL' : `tests: starting an embedded PostgreSQL on port ${port}`);
  const server = await scratchServer({ purpose: 'test', port });
  const serverUrl = server.url;
  const database = `alliance_test_${Date.now()}_${process.pid}`;
  const url = await ensureDatabase(serverUrl, database);
  for (const module of subgraphModules) {
    const db = await openModuleDatabase(module, url, 2);
    await migrateToLatest(db.orm);
    await db.orm.close();
  }
  await prepareMessaging(url, createLogger('test'));
  // Every subgraph receives its topics from the first message on, whichever test stack starts first.
  for (const module of subgraphModules) await registerSubscriptions(url, module.name, Object.keys(module.messageHandlers ?? {}));
  project.provide('databaseUrl', url);
  return async () => {
    await dropDatabase(serverUrl, database).catch(() => {});
    await server.stop();
  };
}
