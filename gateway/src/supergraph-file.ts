import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from 'pino';

/**
 * Serves the composed supergraph from a file and reloads it when the file changes. A new schema is
 * taken only when every subgraph in it passes the gateway's health check; otherwise the old one stays.
 */
export function supergraphFromFile(file: string, log: Logger): SupergraphSdlHook {
  return async ({ update, healthCheck }) => {
    let current = await readFile(file, 'utf8');
    let timer: NodeJS.Timeout | undefined;
    const reload = async () => {
      const next = await readFile(file, 'utf8').catch(() => null);
      if (!next || next === current) return;
      try {
        await healthCheck(next);
        update(next);
        current = next;
        log.info({ file }, 'supergraph reloaded');
      } catch (error) {
        log.warn({ file, reason: (error as Error).message }, 'new supergraph refused; keeping the previous one');
      }
    };
    // Watch the folder: compose replaces the file, which ends a watch on the file itself.
    const watcher: FSWatcher = watch(path.dirname(file), (_event, name) => {
      if (name !== path.basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), 150);
    });
    return {
      supergraphSdl: current,
      cleanup: async () => {
        clearTimeout(timer);
        watcher.close();
      },
    };
  };
}
