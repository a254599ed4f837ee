import type { AllianceMembershipResolvers, AllianceResolvers } from '../generated/resolvers.ts';

export const Alliance: AllianceResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.allianceById.load(ref.id),
};

export const AllianceMembership: AllianceMembershipResolvers = {
  alliance: async (membership, _args, ctx) => (await ctx.loaders.allianceById.load(membership.alliance.id))!,
};
