import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DirectoryLookup, Viewer } from '@alliance/domain-kit';
import type { CostBasisLineRow } from '../store/cost-bases.ts';
import type { CostBasis, FloorContract, FloorQuote, FloorScheme, FloorSettlement, PriceObservation } from '../entities/index.ts';

/** What a use case of insurance gets from the request: the caller, the directory, the entity manager, loaders. */
export interface InsuranceRequest {
  em: EntityManager;
  viewer: Viewer | null;
  directory: DirectoryLookup;
  loaders: InsuranceLoaders;
}

export interface InsuranceLoaders {
  costBasisById: DataLoader<string, CostBasis | null>;
  costBasisLines: DataLoader<string, CostBasisLineRow[]>;
  schemeById: DataLoader<string, FloorScheme | null>;
  quoteById: DataLoader<string, FloorQuote | null>;
  contractById: DataLoader<string, FloorContract | null>;
  settlementById: DataLoader<string, FloorSettlement | null>;
  observationById: DataLoader<string, PriceObservation | null>;
}
