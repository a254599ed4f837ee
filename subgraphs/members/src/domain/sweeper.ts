import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { sweepExpiredHolds } from './holds.ts';

/**
 * Marks expired holds EXPIRED every interval. Availability never waits for it (expiry is part of
 * the availability rule); the sweep keeps the lots' held counters and reservation statuses tidy.
 */
export function startHoldSweeper(em: () => EntityManager, log: Logger, intervalMs: number) {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = sweepExpiredHolds(em())
      .then((lots) => lots && log.info({ lots }, 'released expired holds'))
      .catch((error: unknown) => log.error({ err: error }, 'hold sweep failed; it runs again at the next interval'));
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
