import type { LotResolvers } from '../generated/resolvers.ts';
import * as lots from '../domain/lots.ts';

export const Lot: LotResolvers = {
  __resolveReference: (ref, ctx) => lots.findLot(ctx, ref.id),
  grower: async (lot, _args, ctx) => (await ctx.loaders.memberById.load(lot.member.id))!,
  base: async (lot, _args, ctx) => (await ctx.loaders.baseById.load(lot.base.id))!,
  reservedKg: async (lot, _args, ctx) => lots.reservedKgOf(lot, await ctx.loaders.availableKgByLot.load(lot.id)),
  availableKg: (lot, _args, ctx) => ctx.loaders.availableKgByLot.load(lot.id),
  reservations: (lot, _args, ctx) => lots.reservationsOfLot(ctx, lot),
};
