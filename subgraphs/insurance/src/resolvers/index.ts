import type { Resolvers } from '../generated/resolvers.ts';
import { PriceMutation, PriceObservation, PriceQuery } from './prices.ts';

/** Each part of the schema has its file; this joins them. */
export const resolvers: Resolvers = {
  Query: { ...PriceQuery },
  Mutation: { ...PriceMutation },
  PriceObservation,
};
