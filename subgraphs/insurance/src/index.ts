import { fileURLToPath } from 'node:url';
import { withMemberDirectory } from '@alliance/member-directory';
import type { SubgraphModule } from '@alliance/subgraph-kit';
import { createInsuranceContext, type InsuranceContext } from './context.ts';
import { entities } from './entities/index.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';
import { recordBaseFacts, recordLotFacts } from './store/facts.ts';
import { seedDemoInsurance } from './seeds/demo-seeder.ts';
import { insuranceSdl, typeDefs } from './schema.ts';

export const insuranceSubgraph: SubgraphModule<InsuranceContext> = withMemberDirectory({
  name: 'insurance',
  defaultPort: 4004,
  sdl: insuranceSdl,
  typeDefs,
  resolvers,
  entities,
  migrations,
  migrationsPath: fileURLToPath(new URL('./migrations', import.meta.url)),
  createContext: createInsuranceContext,
  messageHandlers: {
    'bases.changed': (em, message) => recordBaseFacts(em, message.bases),
    'lots.registered': (em, message) => recordLotFacts(em, message.lots),
  },
  seedDemo: (em, log, facts) => seedDemoInsurance(em, log, facts),
});

export * from './entities/index.ts';

export type { InsuranceContext };
