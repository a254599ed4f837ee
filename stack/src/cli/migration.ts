/**
 * `npm run migration:create -- <subgraph>`: writes a migration for the difference between the
 * subgraph's entities and its committed migrations, using a scratch database that is dropped after.
 * Add the new class to the subgraph's src/migrations/index.ts.
 */
process.env.LOG_LEVEL ??= 'silent';
const { openModuleDatabase } = await import('@alliance/subgraph-kit');
const { dropDatabase, ensureDatabase, migrateToLatest, scratchServer } = await import('@alliance/db');
const { subgraphModules } = await import('../subgraphs.ts');

const name = process.argv[2];
const module = subgraphModules.find((m) => m.name === name);
if (!module) {
  console.error(`Usage: npm run migration:create -- <${subgraphModules.map((m) => m.name).join('|')}>`);
  process.exit(2);
}
const server = await scratchServer({ purpose: 'migration', port: 54339 });
const serverUrl = server.url;
const scratch = `migration_scratch_${process.pid}`;
const url = await ensureDatabase(serverUrl, scratch);
const db = await openModuleDatabase(module, url, 2);
try {
  await migrateToLatest(db.orm);
  const result = await db.orm.getMigrator().createMigration(module.migrationsPath);
  console.log(result.fileName ? `wrote ${result.fileName}:\n${result.diff.up.join('\n')}` : 'no changes: the migrations match the entities');
} finally {
  await db.orm.close();
  await dropDatabase(serverUrl, scratch);
  await server.stop();
}
