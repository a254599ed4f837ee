import type { SubgraphModule } from '@alliance/subgraph-kit';
import { coldchainSubgraph } from '@alliance/coldchain';
import { membersSubgraph } from '@alliance/members';

/** Every subgraph of the supergraph, in start order. Adding one: its package, then a line here. */
export const subgraphModules: SubgraphModule<any>[] = [membersSubgraph, coldchainSubgraph];
