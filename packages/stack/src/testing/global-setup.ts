import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dropDatabase, ensureDatabase, migrateToLatest, startEmbeddedPostgres } from '@alliance/db';
import { prepareMessaging } from '@alliance/messaging';
import { createLogger, openModuleDatabase } from '@alliance/subgraph-kit';
import { subgraphModules } from '../subgraphs.ts';

import './provided-context.ts';

/**
 * One PostgreSQL for the whole test run: the server at DATABASE_URL when set, otherwise an
 * embedded one in a temporary directory. Tests get a fresh database, migrated like production.
 */
export default async function setup(project: TestProject) {
  process.env.LOG_LEVEL ??= 'silent';
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};
  if (serverUrl) {
    console.log('tests: using the PostgreSQL at DATABASE_URL');
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'alliance-test-'));
    await chmod(dir, 0o755); // PostgreSQL may run as another user (see startEmbeddedPostgres)
    const port = 55000 + Math.floor(Math.random() * 5000);
    console.log(`tests: starting an embedded PostgreSQL on port ${port}`);
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, password: 'test', ephemeral: true });
    serverUrl = server.url;
    stopServer = server.stop;
  }
  const database = `alliance_test_${Date.now()}_${process.pid}`;
  const url = await ensureDatabase(serverUrl, database);
  for (const module of subgraphModules) {
    const db = await openModuleDatabase(module, url, 2);
    await migrateToLatest(db.orm);
    await db.orm.close();
  }
  await prepareMessaging(url, createLogger('test'));
  project.provide('databaseUrl', url);
  return async () => {
    await dropDatabase(serverUrl!, database).catch(() => {});
    await stopServer();
  };
}
