import type { RequestBase } from '@alliance/subgraph-kit';
import { loaderByKey, loaderOfMany } from '@alliance/subgraph-kit';
import { CostBasis, FloorContract, FloorQuote, FloorScheme, FloorSettlement, PriceObservation } from './entities/index.ts';
import type { InsuranceLoaders, InsuranceRequest } from './domain/request.ts';
import { linesOfCostBases } from './store/cost-bases.ts';
import { contractLoaders } from './store/contract-loaders.ts';

export interface InsuranceContext extends RequestBase, InsuranceRequest {}

export function createInsuranceContext(base: RequestBase): InsuranceContext {
  const { em } = base;
  const loaders: InsuranceLoaders = {
    costBasisById: loaderByKey(em, CostBasis, 'id'),
    costBasisLines: loaderOfMany((ids) => linesOfCostBases(em, ids), (line) => line.costBasisId),
    schemeById: loaderByKey(em, FloorScheme, 'id'),
    quoteById: loaderByKey(em, FloorQuote, 'id'),
    contractById: loaderByKey(em, FloorContract, 'id'),
    contractByQuoteId: loaderByKey(em, FloorContract, 'quoteId'),
    settlementById: loaderByKey(em, FloorSettlement, 'id'),
    observationById: loaderByKey(em, PriceObservation, 'id'),
    ...contractLoaders(em),
  };
  return { ...base, loaders };
}
