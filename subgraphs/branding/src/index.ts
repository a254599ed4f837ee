import { fileURLToPath } from 'node:url';
import { withMemberDirectory } from '@alliance/member-directory';
import type { SubgraphModule } from '@alliance/subgraph-kit';
import { createBrandingContext, type BrandingContext } from './context.ts';
import { entities } from './entities/index.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';
import { recordLotFacts } from './store/lot-facts.ts';
import { recordShipmentFacts } from './store/shipment-facts.ts';
import { brandingSdl, typeDefs } from './schema.ts';
import { brandingSettings, type BrandingSettings } from './settings.ts';

export const brandingSubgraph: SubgraphModule<BrandingContext, BrandingSettings> = withMemberDirectory({
  name: 'branding',
  defaultPort: 4003,
  sdl: brandingSdl,
  typeDefs,
  resolvers,
  entities,
  migrations,
  migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
  settings: brandingSettings,
  createContext: createBrandingContext,
  messageHandlers: {
    'lots.registered': (em, message) => recordLotFacts(em, message.lots),
    'shipments.changed': (em, message) => recordShipmentFacts(em, message),
  },
  seedDemo: async (em, log, facts) => (await import('./seeds/demo-seeder.ts')).seedDemoBranding(em, log, facts),
});

export * from './entities/index.ts';
export { defaultGtinOf } from './domain/licences.ts';
export { allianceOwningGtin } from './store/gtin-owners.ts';
export { brandingSettings } from './settings.ts';

export type { BrandingContext };
