import type { Resolvers } from '../generated/resolvers.ts';
import { PriceMutation, PriceObservation, PriceQuery } from './prices.ts';
import { CostBasis, CostBasisMutation, CostBasisQuery } from './cost-bases.ts';
import { FloorScheme, SchemeMutation, SchemeQuery } from './schemes.ts';
import { ContractMutation, ContractQuery, ContractWindow, FloorContract, FloorContractConnection, Lot, Member } from './contracts.ts';
import { FloorSettlement, SettlementMutation, SettlementQuery } from './settlement.ts';
import { FloorQuote, QuoteMutation, QuoteQuery } from './quotes.ts';

/** Each part of the schema has its file; this joins them. */
export const resolvers: Resolvers = {
  Query: { ...CostBasisQuery, ...SchemeQuery, ...PriceQuery, ...ContractQuery, ...SettlementQuery, ...QuoteQuery },
  Mutation: { ...CostBasisMutation, ...SchemeMutation, ...PriceMutation, ...ContractMutation, ...SettlementMutation, ...QuoteMutation },
  PriceObservation,
  CostBasis,
  FloorScheme,
  FloorQuote,
  FloorContract,
  FloorContractConnection,
  ContractWindow,
  FloorSettlement,
  Member,
  Lot,
};
