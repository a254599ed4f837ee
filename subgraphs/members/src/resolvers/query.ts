import type { QueryResolvers } from '../generated/resolvers.ts';
import * as lots from '../domain/lots.ts';
import * as members from '../domain/member-reads.ts';
import * as reservations from '../domain/reservation-reads.ts';
import * as supply from '../domain/supply.ts';
import * as routes from '../domain/market-routes.ts';

export const Query: QueryResolvers = {
  alliances: (_root, _args, ctx) => members.listAlliances(ctx.em),
  alliance: (_root, { id }, ctx) => ctx.loaders.allianceById.load(id),
  member: (_root, { id }, ctx) => members.findMember(ctx, id),
  memberByCode: (_root, { code }, ctx) => members.findMemberByCode(ctx, code),
  members: (_root, { filter, first, after }, ctx) => members.listMembers(ctx, filter ?? {}, first, after),
  viewer: (_root, _args, ctx) => members.viewerMember(ctx),
  supply: (_root, { filter, orderBy, first, after }, ctx) => supply.supply(ctx, filter, orderBy ?? 'HARVEST_DATE', first, after),
  supplySummary: (_root, { filter, groupBy }, ctx) => supply.supplySummary(ctx, filter, groupBy),
  marketRoutes: (_root, _args, ctx) => routes.marketRoutes(ctx),
  lot: (_root, { id }, ctx) => lots.findLot(ctx, id),
  reservation: (_root, { id }, ctx) => reservations.findReservation(ctx, id),
};
