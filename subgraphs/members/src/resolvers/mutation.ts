import type { MutationResolvers } from '../generated/resolvers.ts';
import * as lots from '../domain/lots.ts';
import * as office from '../domain/member-office.ts';
import * as profile from '../domain/member-profile.ts';
import * as changes from '../domain/reservation-changes.ts';
import { reserveSupply } from '../domain/reserve-supply.ts';
import * as routes from '../domain/market-routes.ts';

export const Mutation: MutationResolvers = {
  admitMember: (_root, { input }, ctx) => office.admitMember(ctx, input),
  updateMember: (_root, { id, input }, ctx) => office.updateMember(ctx, id, input),
  suspendMember: (_root, { id, reason }, ctx) => office.suspendMember(ctx, id, reason),
  reinstateMember: (_root, { id }, ctx) => office.reinstateMember(ctx, id),
  updateMyProfile: (_root, { input }, ctx) => profile.updateMyProfile(ctx, input),
  addBase: (_root, { input, memberId }, ctx) => profile.addBase(ctx, input, memberId),
  updateBase: (_root, { id, input }, ctx) => profile.updateBase(ctx, id, input),
  removeBase: (_root, { id }, ctx) => profile.removeBase(ctx, id),
  registerLot: (_root, { input }, ctx) => lots.registerLot(ctx, input),
  updateLot: (_root, { id, input }, ctx) => lots.updateLot(ctx, id, input),
  withdrawLot: (_root, { id }, ctx) => lots.withdrawLot(ctx, id),
  reserveSupply: (_root, { input }, ctx) => reserveSupply(ctx, input),
  setMarketRoute: (_root, { input }, ctx) => routes.setMarketRoute(ctx, input),
  confirmReservation: (_root, { id }, ctx) => changes.confirmReservation(ctx, id),
  cancelReservation: (_root, { id }, ctx) => changes.cancelReservation(ctx, id),
};
