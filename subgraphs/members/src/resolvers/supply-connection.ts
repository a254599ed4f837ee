import { edgesOf, pageInfoOf } from '@alliance/subgraph-kit';
import type { SupplyConnectionResolvers } from '../generated/resolvers.ts';

export const SupplyConnection: SupplyConnectionResolvers = {
  edges: (page) => edgesOf(page).map((edge) => ({ ...edge, predictedShelfLifeOnArrivalDays: page.predictedByLot.get(edge.node.id) ?? null })),
  pageInfo: (page) => pageInfoOf(page),
};
