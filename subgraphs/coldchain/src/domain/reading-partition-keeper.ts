import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { ensureReadingPartitions } from '../store/reading-partitions.ts';

/**
 * One round of the partition keeper: last month (late uploads), this month and `aheadMonths` more
 * have their partitions. Replicas run it too; the database function lets one create at a time.
 */
export function keepReadingPartitions(em: EntityManager, aheadMonths: number, now = new Date()): Promise<number> {
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return ensureReadingPartitions(em, lastMonth, aheadMonths + 2);
}

/** Runs a round at start and every interval; a failed round is logged and tried at the next. */
export function startReadingPartitionKeeper(em: () => EntityManager, log: Logger, settings: { intervalMs: number; aheadMonths: number }) {
  let running: Promise<unknown> = Promise.resolve();
  const round = () => {
    running = keepReadingPartitions(em(), settings.aheadMonths)
      .then((created) => created && log.info({ created }, 'created monthly partitions of temperature readings'))
      .catch((error: unknown) => log.error({ err: error }, 'could not create the coming months’ partitions of temperature readings (readings go to the default partition meanwhile); it runs again at the next interval'));
  };
  round();
  const timer = setInterval(round, settings.intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
