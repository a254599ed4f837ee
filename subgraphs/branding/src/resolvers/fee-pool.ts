import type { FeePoolShareResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import * as feePools from '../domain/fee-pool-distribution.ts';

export const FeePoolQuery: Pick<QueryResolvers, 'feePool' | 'feePoolStatements'> = {
  feePool: (_root, { month }, ctx) => feePools.findFeePool(ctx, month),
  feePoolStatements: (_root, { first }, ctx) => feePools.feePoolStatements(ctx, first),
};

export const FeePoolMutation: Pick<MutationResolvers, 'distributeFeePool'> = {
  distributeFeePool: (_root, { allianceId, month }, ctx) => feePools.distributeFeePool(ctx, allianceId, month),
};

export const FeePoolShare: FeePoolShareResolvers = {
  cooperative: (share) => ({ id: share.cooperativeId }),
};
