import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from '@alliance/subgraph-kit';
import { createMembersContext, type MembersContext } from './context.ts';
import { commitToShipment, fulfil, recordShipped, releaseFromShipment } from './domain/fulfilment.ts';
import { startHoldSweeper } from './domain/sweeper.ts';
import { findDirectoryMembers } from './store/directory.ts';
import { announceMembers } from './domain/members.ts';
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
  directory: findDirectoryMembers,
  background: (em, log) => {
    // The whole directory once at start: replicas that missed an announcement, or predate a field
    // of it (roles), are brought up to date.
    void em()
      .transactional((tx) => announceMembers(tx, null))
      .catch((error: unknown) => log.warn({ err: error }, 'member directory not announced'));
    return startHoldSweeper(em, log);
  },
  messageHandlers: {
    'shipment.planned': commitToShipment,
    'shipment.loaded': recordShipped,
    'shipment.dispatched': fulfil,
    'shipment.cancelled': releaseFromShipment,
    'directory.requested': (em) => announceMembers(em, null),
  },
  // Loaded only when asked for: production processes never import the demo data.
  seedDemo: async (em, log) => (await import('./seeds/demo-seeder.ts')).seedDemoMembers(em, log),
};

export * from './entities/index.ts';
export type { MembersContext };
export { identityOfMember } from './domain/identity.ts';
export { demoFacts } from './seeds/demo-facts.ts';
