import type { CostBasisResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import * as costBases from '../domain/cost-bases.ts';

export const CostBasisQuery: QueryResolvers = {
  costBasis: (_root, { id }, ctx) => costBases.findCostBasis(ctx, id),
  costBases: (_root, { crop, current }, ctx) => costBases.listCostBases(ctx, crop, current),
};

export const CostBasisMutation: MutationResolvers = {
  publishCostBasis: (_root, { input }, ctx) => costBases.publishCostBasis(ctx, input),
};

export const CostBasis: CostBasisResolvers = {
  // Other subgraphs reach cost bases through here: the same visibility as costBasis(id).
  __resolveReference: (ref, ctx) => costBases.findCostBasis(ctx, ref.id),
  current: (basis) => costBases.isCurrent(basis),
  lines: (basis, _args, ctx) => costBases.linesOf(ctx, basis),
  marginalCostPerKg: (basis) => basis.marginalCostPerKg,
  expectedYieldKgPerMu: (basis) => basis.expectedYieldKgPerMu,
};
