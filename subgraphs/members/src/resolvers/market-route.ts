import type { MarketRouteResolvers } from '../generated/resolvers.ts';

export const MarketRoute: MarketRouteResolvers = {
  market: async (route, _args, ctx) => (await ctx.loaders.memberById.load(route.marketId))!,
};
