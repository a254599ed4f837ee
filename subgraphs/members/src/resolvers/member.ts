import type { MemberResolvers } from '../generated/resolvers.ts';
import * as lots from '../domain/lots.ts';
import * as members from '../domain/member-reads.ts';
import * as reservations from '../domain/reservation-reads.ts';

export const Member: MemberResolvers = {
  // Other subgraphs reach members through here: the same visibility rules apply.
  __resolveReference: (ref, ctx) => members.findMember(ctx, ref.id),
  contact: (member, _args, ctx) => members.contactOf(ctx, member),
  status: (member, _args, ctx) => members.statusOf(ctx, member),
  statusReason: (member, _args, ctx) => members.statusReasonOf(ctx, member),
  cooperative: (member, _args, ctx) => members.cooperativeOf(ctx, member),
  alliances: (member, _args, ctx) => members.alliancesOf(ctx, member),
  bases: (member, _args, ctx) => ctx.loaders.basesByMember.load(member.id),
  reservations: (member, { status, first }, ctx) => reservations.reservationsOfMarket(ctx, member, status, first),
  lots: (member, { first }, ctx) => lots.lotsOfMember(ctx, member, first),
};
