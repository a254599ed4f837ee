/**
 * Codegen mappers of the insurance subgraph: GraphQL type -> the model its resolvers receive as parent.
 * Read by the root codegen.ts; paths are relative to src/generated/. No imports: codegen loads this file alone.
 */
export const mappers: Record<string, string> = {
  CostBasis: '../entities/index.ts#CostBasis',
  PriceObservation: '../entities/index.ts#PriceObservation',
  FloorScheme: '../entities/index.ts#FloorScheme',
  FloorQuote: '../entities/index.ts#FloorQuote',
  FloorContract: '../entities/index.ts#FloorContract',
  FloorSettlement: '../entities/index.ts#FloorSettlement',
  ContractWindow: '../domain/contract-terms.ts#ContractWindowView',
  FloorContractConnection: '../domain/contract-reads.ts#ContractPage',
  StatementLine: '../domain/settlement.ts#StatementLineView',
  Member: '../domain/references.ts#MemberReference',
  Lot: '../domain/references.ts#LotReference',
};
