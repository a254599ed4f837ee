import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { foldDirtyReadings } from '../store/reading-folds.ts';
import type { ColdchainSettings } from '../settings.ts';
import { foldKeysOfSettings } from './reading-fold.ts';

/**
 * Folds whatever readings are marked dirty (written other than by recordTemperatures, which folds
 * its own: a bulk load, readings stored before folds existed, a sensor moved), round after round
 * until none is left. Readers never wait for it: a dirty hour is read raw.
 */
export async function foldAllDirtyReadings(em: EntityManager, settings: Pick<ColdchainSettings, 'cropProfiles'>, onProgress?: (folded: number) => void): Promise<number> {
  const keys = foldKeysOfSettings(settings.cropProfiles);
  let total = 0;
  for (;;) {
    const folded = await foldDirtyReadings(em.fork(), keys);
    if (!folded) return total;
    total += folded;
    onProgress?.(total);
  }
}

/** Runs the fold keeper at start and every interval; a failed round is logged and tried at the next. */
export function startReadingFoldKeeper(em: () => EntityManager, log: Logger, settings: ColdchainSettings, intervalMs: number) {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const round = () => {
    if (busy) return;
    busy = true;
    let said = Date.now();
    // A first start on years of readings folds for a while: it says how far it got every 10 s.
    const progress = (folded: number) => {
      if (Date.now() - said < 10_000) return;
      said = Date.now();
      log.info({ folded }, 'folding readings of hours and days written outside recordTemperatures');
    };
    running = foldAllDirtyReadings(em(), settings, progress)
      .then((folded) => folded && log.info({ folded }, 'folded readings of hours and days written outside recordTemperatures'))
      .catch((error: unknown) => log.error({ err: error }, 'could not fold dirty readings (figures read those hours raw meanwhile); it runs again at the next interval'))
      .finally(() => (busy = false));
  };
  round();
  const timer = setInterval(round, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
