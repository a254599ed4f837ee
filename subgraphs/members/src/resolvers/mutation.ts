import type { MutationResolvers } from '../generated/resolvers.ts';
import * as members from '../domain/members.ts';

export const Mutation: MutationResolvers = {
  admitMember: (_root, { input }, ctx) => members.admitMember(ctx, input),
  updateMember: (_root, { id, input }, ctx) => members.updateMember(ctx, id, input),
  suspendMember: (_root, { id, reason }, ctx) => members.suspendMember(ctx, id, reason),
  reinstateMember: (_root, { id }, ctx) => members.reinstateMember(ctx, id),
  updateMyProfile: (_root, { input }, ctx) => members.updateMyProfile(ctx, input),
  addBase: (_root, { input, memberId }, ctx) => members.addBase(ctx, input, memberId),
  updateBase: (_root, { id, input }, ctx) => members.updateBase(ctx, id, input),
  removeBase: (_root, { id }, ctx) => members.removeBase(ctx, id),
};
