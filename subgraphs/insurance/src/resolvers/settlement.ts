import { cnyString, kgString } from '@alliance/domain-kit';
import type { FloorSettlementResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import * as settlement from '../domain/settlement.ts';

export const SettlementQuery: QueryResolvers = {
  floorSettlement: (_root, { id }, ctx) => settlement.findSettlement(ctx, id),
};

export const SettlementMutation: MutationResolvers = {
  settleFloor: (_root, { contractId, window }, ctx) => settlement.settleFloor(ctx, contractId, window),
  settleWindow: (_root, { crop, window }, ctx) => settlement.settleWindow(ctx, crop, window),
};

export const FloorSettlement: FloorSettlementResolvers = {
  __resolveReference: (ref, ctx) => settlement.findSettlement(ctx, ref.id),
  contract: (s, _args, ctx) => settlement.contractOfSettlement(ctx, s),
  floorPerKg: (s) => cnyString(s.floorPerKg),
  insuredKg: (s) => kgString(s.insuredKg),
  payoutCny: (s) => cnyString(s.payoutCny),
  indemnityPerMuCny: (s) => cnyString(s.indemnityPerMuCny),
  observationDays: async (s, _args, ctx) => (await settlement.indexOfSettlement(ctx, s)).observation_days,
  observationCount: async (s, _args, ctx) => (await settlement.indexOfSettlement(ctx, s)).observation_count,
  volumeKg: async (s, _args, ctx) => kgString((await settlement.indexOfSettlement(ctx, s)).volume_kg),
  statement: (s, _args, ctx) => settlement.statementOf(ctx, s),
};
