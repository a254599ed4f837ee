import { cnyString, kgString } from '@alliance/domain-kit';
import { edgesOf, pageInfoOf } from '@alliance/subgraph-kit';
import type {
  ContractWindowResolvers,
  FloorContractConnectionResolvers,
  FloorContractResolvers,
  LotResolvers,
  MemberResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../generated/resolvers.ts';
import * as reads from '../domain/contract-reads.ts';
import { bindFloor } from '../domain/contracts.ts';
import { exposure } from '../domain/exposure.ts';

export const ContractQuery: QueryResolvers = {
  floorContract: (_root, { id }, ctx) => reads.findContract(ctx, id),
  floorContracts: (_root, { filter, first, after }, ctx) => reads.listContracts(ctx, filter, first, after),
  exposure: (_root, { crop, seasonOn }, ctx) => exposure(ctx, crop, seasonOn),
};

export const ContractMutation: MutationResolvers = {
  bindFloor: (_root, { quoteId, idempotencyKey }, ctx) => bindFloor(ctx, quoteId, idempotencyKey),
};

export const FloorContract: FloorContractResolvers = {
  // Other subgraphs reach contracts through here: the same visibility rule applies.
  __resolveReference: (ref, ctx) => reads.findContract(ctx, ref.id),
  member: (contract) => ({ id: contract.memberId }),
  insuredKg: (contract) => kgString(contract.insuredKg),
  coverage: (contract) => contract.coverage,
  floorPerKg: (contract) => cnyString(contract.floorPerKg),
  sumInsuredCny: (contract) => cnyString(contract.sumInsuredCny),
  premiumCny: (contract) => cnyString(contract.premiumCny),
  premiumShares: (contract) => contract.premiumShares,
  costBasis: (contract, _args, ctx) => reads.costBasisOf(ctx, contract),
  scheme: (contract, _args, ctx) => reads.schemeOf(ctx, contract),
  quote: (contract, _args, ctx) => reads.quoteOf(ctx, contract),
  windows: (contract, _args, ctx) => reads.windowsOf(ctx, contract),
  status: (contract, _args, ctx) => reads.statusOf(ctx, contract),
  paidCny: (contract, _args, ctx) => reads.paidOf(ctx, contract),
};

export const ContractWindow: ContractWindowResolvers = {
  settlement: (window, _args, ctx) => reads.settlementOfWindow(ctx, window),
};

export const FloorContractConnection: FloorContractConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
};

/** What insurance adds to a member: its floor contracts. */
export const Member: MemberResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  floorContracts: (member, _args, ctx) => reads.contractsOfMember(ctx, member),
};

/** What insurance adds to a lot: the floor that covers it. */
export const Lot: LotResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  priceFloor: (lot, _args, ctx) => reads.priceFloorOfLot(ctx, lot),
};
