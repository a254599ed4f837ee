import type { Resolvers } from '../generated/resolvers.ts';
import { PriceMutation, PriceObservation, PriceQuery } from './prices.ts';
import { CostBasis, CostBasisMutation, CostBasisQuery } from './cost-bases.ts';
import { FloorScheme, SchemeMutation, SchemeQuery } from './schemes.ts';

/** Each part of the schema has its file; this joins them. */
export const resolvers: Resolvers = {
  Query: { ...CostBasisQuery, ...SchemeQuery, ...PriceQuery },
  Mutation: { ...CostBasisMutation, ...SchemeMutation, ...PriceMutation },
  PriceObservation,
  CostBasis,
  FloorScheme,
};
