import type { LotResolvers } from '../generated/resolvers.ts';
import * as lots from '../domain/lots.ts';
import { reservedKgOf } from '../domain/lot-rules.ts';
import type { Lot as LotEntity } from '../entities/index.ts';
import type { MembersContext } from '../context.ts';

/** The lot's terms (volume and price) are read only by those who may see them. */
const terms = <T>(read: (lot: LotEntity, ctx: MembersContext) => T | Promise<T>) => async (lot: LotEntity, _args: unknown, ctx: MembersContext) => {
  lots.requireLotTerms(ctx, lot);
  return read(lot, ctx);
};

export const Lot: LotResolvers = {
  // Other subgraphs reach lots through here: the same visibility rules apply.
  __resolveReference: (ref, ctx) => lots.findLot(ctx, ref.id),
  grower: async (lot, _args, ctx) => (await ctx.loaders.growerById.load(lot.member.id))!,
  base: async (lot, _args, ctx) => (await ctx.loaders.baseById.load(lot.base.id))!,
  quantityKg: terms((lot) => lot.quantityKg),
  shippedKg: terms((lot) => lot.shippedKg),
  askingPricePerKg: terms((lot) => lot.askingPricePerKg),
  reservedKg: terms(async (lot, ctx) => reservedKgOf(lot, await ctx.loaders.availableKgByLot.load(lot.id))),
  availableKg: terms((lot, ctx) => ctx.loaders.availableKgByLot.load(lot.id)),
  reservations: (lot, _args, ctx) => lots.reservationsOfLot(ctx, lot),
};
