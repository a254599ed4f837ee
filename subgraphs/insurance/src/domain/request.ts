import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DirectoryLookup, Viewer } from '@alliance/domain-kit';
import type { CostBasisLineRow } from '../store/cost-bases.ts';
import type { StatementLineRow, WindowIndexRow } from '../store/settlements.ts';
import type { ContractWindowView } from './contract-terms.ts';
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
  /** The contract a quote was bound into (floor_contract_quote_unique: at most one). */
  contractByQuoteId: DataLoader<string, FloorContract | null>;
  settlementById: DataLoader<string, FloorSettlement | null>;
  observationById: DataLoader<string, PriceObservation | null>;
  /** A contract's windows with their settlements, in order. */
  windowsByContract: DataLoader<string, ContractWindowView[]>;
  /** A member's contracts of every alliance, newest first. */
  contractsByMember: DataLoader<string, FloorContract[]>;
  /** A lot as insurance heard of it, with the contract covering it. */
  coverByLot: DataLoader<string, { allianceId: string; growerId: string; contractId: string | null } | null>;
  windowIndexById: DataLoader<string, WindowIndexRow | null>;
  /** The observations a window index used. */
  statementByWindowIndex: DataLoader<string, StatementLineRow[]>;
}
