import { edgesOf, pageInfoOf } from '@alliance/subgraph-kit';
import type { SupplyConnectionResolvers } from '../generated/resolvers.ts';

export const SupplyConnection: SupplyConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
};
