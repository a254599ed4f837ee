import type { MutationResolvers } from '../generated/resolvers.ts';
import * as lots from '../domain/lots.ts';
import * as members from '../domain/members.ts';
import * as reservations from '../domain/reservations.ts';

export const Mutation: MutationResolvers = {
  admitMember: (_root, { input }, ctx) => members.admitMember(ctx, input),
  updateMember: (_root, { id, input }, ctx) => members.updateMember(ctx, id, input),
  suspendMember: (_root, { id, reason }, ctx) => members.suspendMember(ctx, id, reason),
  reinstateMember: (_root, { id }, ctx) => members.reinstateMember(ctx, id),
  updateMyProfile: (_root, { input }, ctx) => members.updateMyProfile(ctx, input),
  addBase: (_root, { input, memberId }, ctx) => members.addBase(ctx, input, memberId),
  updateBase: (_root, { id, input }, ctx) => members.updateBase(ctx, id, input),
  removeBase: (_root, { id }, ctx) => members.removeBase(ctx, id),
  registerLot: (_root, { input }, ctx) => lots.registerLot(ctx, input),
  updateLot: (_root, { id, input }, ctx) => lots.updateLot(ctx, id, input),
  withdrawLot: (_root, { id }, ctx) => lots.withdrawLot(ctx, id),
  reserveSupply: (_root, { input }, ctx) => reservations.reserveSupply(ctx, input),
  confirmReservation: (_root, { id }, ctx) => reservations.confirmReservation(ctx, id),
  cancelReservation: (_root, { id }, ctx) => reservations.cancelReservation(ctx, id),
};
