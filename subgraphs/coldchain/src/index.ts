import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from '@alliance/subgraph-kit';
import { withMemberDirectory } from '@alliance/member-directory';
import { createColdchainContext, type ColdchainContext } from './context.ts';
import { reservationCommitted, reservationRefused } from './domain/shipment-saga.ts';
import { entities } from './entities/index.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';
import { coldchainSdl, typeDefs } from './schema.ts';
import { coldchainSettings, type ColdchainSettings } from './settings.ts';
import { recordLotAlliances } from './store/lot-alliances.ts';
import { startFreshnessAnnouncer } from './domain/freshness-announcer.ts';
import { startReadingPartitionKeeper } from './domain/reading-partition-keeper.ts';
import { startReadingFoldKeeper } from './domain/reading-fold-keeper.ts';

export const coldchainSubgraph: SubgraphModule<ColdchainContext, ColdchainSettings> = withMemberDirectory({
  name: 'coldchain',
  defaultPort: 4002,
  sdl: coldchainSdl,
  typeDefs,
  resolvers,
  entities,
  migrations,
  migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
  settings: coldchainSettings,
  createContext: createColdchainContext,
  background: (em, log, settings) => {
    const stops = [
      // Members predicts shelf life on arrival from what the cold chain tells it (lots.freshness).
      settings.freshnessIntervalMs > 0 ? startFreshnessAnnouncer(em, log, settings, settings.freshnessIntervalMs) : null,
      // Readings are partitioned by month; the coming months get their partitions ahead of time.
      settings.readingPartitions.intervalMs > 0 ? startReadingPartitionKeeper(em, log, settings.readingPartitions) : null,
      // Readings written other than by recordTemperatures get folded (they are read raw until then).
      settings.readingFoldsIntervalMs > 0 ? startReadingFoldKeeper(em, log, settings, settings.readingFoldsIntervalMs) : null,
    ];
    return async () => {
      await Promise.all(stops.map((stop) => stop?.()));
    };
  },
  messageHandlers: {
    'reservation.committed': reservationCommitted,
    'reservation.refused': reservationRefused,
    'lots.registered': (em, message) => recordLotAlliances(em, message.lots),
  },
  seedDemo: async (em, log, facts) => (await import('./seeds/demo-seeder.ts')).seedDemoColdChain(em, log, facts),
});

export * from './entities/index.ts';
export type { ColdchainContext };
export { announceFreshness } from './domain/freshness-announcer.ts';
export { keepReadingPartitions } from './domain/reading-partition-keeper.ts';
export { foldAllDirtyReadings } from './domain/reading-fold-keeper.ts';
export { ensureReadingPartitions, readingPartitions } from './store/reading-partitions.ts';
