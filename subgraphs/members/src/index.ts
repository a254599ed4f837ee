import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from '@alliance/subgraph-kit';
import { createMembersContext, type MembersContext } from './context.ts';
import { commitToShipment, fulfil, recordShipped, releaseFromShipment } from './domain/fulfilment.ts';
import { startHoldSweeper } from './domain/sweeper.ts';
import { entities } from './entities/index.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';
import { membersSdl, typeDefs } from './schema.ts';

export const membersSubgraph: SubgraphModule<MembersContext> = {
  name: 'members',
  defaultPort: 4001,
  sdl: membersSdl,
  typeDefs,
  resolvers,
  entities,
  migrations,
  migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
  createContext: createMembersContext,
  background: (em, log) => startHoldSweeper(em, log),
  messageHandlers: {
    'shipment.planned': commitToShipment,
    'shipment.loaded': recordShipped,
    'shipment.dispatched': fulfil,
    'shipment.cancelled': releaseFromShipment,
  },
  // Loaded only when asked for: production processes never import the demo data.
  seedDemo: async (em, log) => (await import('./seeds/demo-seeder.ts')).seedDemoMembers(em, log),
};

export * from './entities/index.ts';
export type { MembersContext };
export { identityOfMember } from './domain/identity.ts';
