import { getHeapStatistics } from 'node:v8';
import { withAdvisoryLock } from '@alliance/db';
import { createLogger } from './logger.ts';
import { runSubgraph, type SubgraphModule } from './module.ts';

/**
 * The V8 heap a subgraph process runs with (docker-compose.yml gives it as NODE_OPTIONS, and the
 * bench too): the old generation capped at 256 MB, where by default V8 lets it grow to gigabytes
 * and keeps what it grew to. A subgraph's live heap is about 50 MB.
 */
export const SUBGRAPH_NODE_OPTIONS = '--max-old-space-size=256';

/**
 * The coldchain also keeps its semi-spaces at 8 MB (V8's default is 16): each joined page allocates
 * its lots' histories, and with the default young generation the process held 280 MB idle and
 * 360-520 MB under the joined load; with these limits 208-219 MB (README, Performance). Not for
 * members: there the smaller young generation cost the supply page more than it saved.
 */
export const COLDCHAIN_NODE_OPTIONS = `${SUBGRAPH_NODE_OPTIONS} --max-semi-space-size=8`;

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
  const heapLimitMb = Math.round(getHeapStatistics().heap_size_limit / 1048576);
  log.info({ url: running.url, heapLimitMb, nodeOptions: process.env.NODE_OPTIONS ?? '' }, `${module.name} subgraph ready`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void running.close().then(() => process.exit(0)));
  }
}
