import type { QueryResolvers } from '../generated/resolvers.ts';
import * as members from '../domain/members.ts';

export const Query: QueryResolvers = {
  alliances: (_root, _args, ctx) => members.listAlliances(ctx.em),
  alliance: (_root, { id }, ctx) => ctx.loaders.allianceById.load(id),
  member: (_root, { id }, ctx) => members.findMember(ctx, id),
  memberByCode: (_root, { code }, ctx) => members.findMemberByCode(ctx, code),
  members: (_root, { filter, first, after }, ctx) => members.listMembers(ctx, filter ?? {}, first, after),
  viewer: (_root, _args, ctx) => members.viewerMember(ctx),
};
