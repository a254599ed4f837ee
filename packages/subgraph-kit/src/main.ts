import { withAdvisoryLock } from '@alliance/db';
import { createLogger } from './logger.ts';
import { runSubgraph, type SubgraphModule } from './module.ts';

/**
 * Runs one subgraph as its own process (docker compose, production), configured from the
 * environment: DATABASE_URL, GATEWAY_SECRET, PORT, HOST, DB_POOL_SIZE.
 */
export async function runSubgraphFromEnv(module: SubgraphModule<any>): Promise<void> {
  const missing = ['DATABASE_URL', 'GATEWAY_SECRET'].filter((name) => !process.env[name]);
  if (missing.length) {
    console.error(`${missing.join(' and ')} not set: the ${module.name} subgraph needs them. See README.md, "Environment variables".`);
    process.exit(1);
  }
  const log = createLogger(module.name);
  const running = await runSubgraph(module, {
    databaseUrl: process.env.DATABASE_URL!,
    gatewaySecret: process.env.GATEWAY_SECRET!,
    log,
    port: Number(process.env.PORT ?? module.defaultPort),
    host: process.env.HOST ?? '0.0.0.0',
    poolSize: process.env.DB_POOL_SIZE ? Number(process.env.DB_POOL_SIZE) : undefined,
  });
  if (process.env.SEED_DEMO === 'true' && module.seedDemo) {
    // Replicas start together: one seeds an empty database, the others then find it seeded.
    const seed = module.seedDemo;
    await withAdvisoryLock(running.db.orm, `seed:${module.name}`, () => seed(running.db.orm.em.fork() as never, log, { members: [], lots: [] }, running.settings));
  }
  log.info({ url: running.url }, `${module.name} subgraph ready`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void running.close().then(() => process.exit(0)));
  }
}
