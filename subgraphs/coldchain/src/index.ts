import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from '@alliance/subgraph-kit';
import { createColdchainContext, type ColdchainContext } from './context.ts';
import { entities } from './entities/index.ts';
import { reservationCommitted, reservationRefused } from './domain/shipment-saga.ts';
import { withMemberDirectory } from '@alliance/member-directory';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';
import { coldchainSdl, typeDefs } from './schema.ts';

export const coldchainSubgraph: SubgraphModule<ColdchainContext> = withMemberDirectory({
  name: 'coldchain',
  defaultPort: 4002,
  sdl: coldchainSdl,
  typeDefs,
  resolvers,
  entities,
  migrations,
  migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
  createContext: createColdchainContext,
  messageHandlers: {
    'reservation.committed': reservationCommitted,
    'reservation.refused': reservationRefused,
  },
  seedDemo: async (em, log, facts) => (await import('./seeds/demo-seeder.ts')).seedDemoColdChain(em, log, facts),
});

export * from './entities/index.ts';
export type { ColdchainContext };
