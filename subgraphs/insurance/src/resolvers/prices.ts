import { edgesOf, pageInfoOf } from '@alliance/subgraph-kit';
import type { MutationResolvers, PriceObservationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import { listPriceObservations, priceIndex } from '../domain/prices/price-queries.ts';
import { importPricesCsv, reportPrices } from '../domain/prices/price-reports.ts';

export const PriceQuery: QueryResolvers = {
  priceIndex: (_root, { crop, variety, grade, from, to, interval }, ctx) => priceIndex(ctx, { crop, variety, grade, from, to, interval }),
  priceObservations: async (_root, { filter, first, after }, ctx) => {
    const page = await listPriceObservations(ctx, filter, first, after);
    return { edges: edgesOf(page), pageInfo: pageInfoOf(page) };
  },
};

export const PriceMutation: MutationResolvers = {
  reportPrices: (_root, { observations, onDuplicate }, ctx) => reportPrices(ctx, observations, onDuplicate),
  importPricesCsv: (_root, { csv, onDuplicate }, ctx) => importPricesCsv(ctx, csv, onDuplicate),
};

export const PriceObservation: PriceObservationResolvers = {
  market: (observation) => ({ id: observation.marketId }),
};
