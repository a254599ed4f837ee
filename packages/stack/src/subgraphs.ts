import type { SubgraphModule } from '@alliance/subgraph-kit';
import { membersSubgraph } from '@alliance/members';

/** Every subgraph of the supergraph. Adding one: its package, then a line here. */
export const subgraphModules: SubgraphModule<any>[] = [membersSubgraph];
