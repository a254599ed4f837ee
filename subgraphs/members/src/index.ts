import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from '@alliance/subgraph-kit';
import { createMembersContext, type MembersContext } from './context.ts';
import { commitToShipment, fulfil, recordShipped, releaseFromShipment } from './domain/fulfilment.ts';
import { startHoldSweeper } from './domain/sweeper.ts';
import { findDirectoryMembers } from './store/directory.ts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { announceMembers } from './domain/directory-announcements.ts';
import { announceAllLots } from './domain/lots-announcements.ts';
import { announceAllBases } from './domain/bases-announcements.ts';
import { entities } from './entities/index.ts';
import { recordLotFreshness } from './store/freshness.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';
import { membersSdl, typeDefs } from './schema.ts';
import { membersSettings, type MembersSettings } from './settings.ts';

/** The whole directory, every lot and every base, as catch-up messages; `to`: only the subgraph that asked. */
async function announceEverything(em: EntityManager, to?: string): Promise<void> {
  await announceMembers(em, null, to);
  await announceAllLots(em, to);
  await announceAllBases(em, to);
}

export const membersSubgraph: SubgraphModule<MembersContext, MembersSettings> = {
  name: 'members',
  defaultPort: 4001,
  sdl: membersSdl,
  typeDefs,
  resolvers,
  entities,
  migrations,
  migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
  settings: membersSettings,
  createContext: createMembersContext,
  directory: findDirectoryMembers,
  background: (em, log, settings) => {
    // The whole directory and every lot's alliance once at start: replicas that missed an
    // announcement, or predate a field of it (roles), are brought up to date.
    void em()
      .transactional((tx) => announceEverything(tx))
      .catch((error: unknown) => log.warn({ err: error }, 'member directory not announced'));
    return startHoldSweeper(em, log, settings.sweepIntervalMs);
  },
  messageHandlers: {
    'shipment.planned': commitToShipment,
    'shipment.loaded': recordShipped,
    'shipment.dispatched': fulfil,
    'shipment.cancelled': releaseFromShipment,
    'directory.requested': (em, request) => announceEverything(em, request.subgraph),
    // What the cold chain tells of each lot's freshness: shelf life on arrival is predicted from it.
    'lots.freshness': (em, message) => recordLotFreshness(em, message.lots),
  },
  // Loaded only when asked for: production processes never import the demo data.
  seedDemo: async (em, log) => (await import('./seeds/demo-seeder.ts')).seedDemoMembers(em, log),
  demoFacts: async (em) => (await import('./seeds/demo-facts.ts')).demoFacts(em),
};

export * from './entities/index.ts';
export type { MembersContext };
export type { MemberKind } from './entities/vocabulary.ts';
export { identityOfMember } from './domain/identity.ts';
export { numberLot } from './domain/lots.ts';
// For the shared test kit (@alliance/stack/fixtures), which seeds members as admitMember does.
export { announceMembers } from './domain/directory-announcements.ts';
export { announceLots } from './domain/lots-announcements.ts';
export { announceBases } from './domain/bases-announcements.ts';
export { makeCreditCode } from '@alliance/domain-kit';
