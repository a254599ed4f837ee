import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from '@alliance/subgraph-kit';
import { createMembersContext, type MembersContext } from './context.ts';
import { entities } from './entities/index.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';
import { membersSdl, typeDefs } from './schema.ts';
import { seedDemoMembers } from './seeds/demo-seeder.ts';

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
  seedDemo: seedDemoMembers,
};

export * from './entities/index.ts';
export type { MembersContext };
export { identityOfMember } from './domain/identity.ts';
