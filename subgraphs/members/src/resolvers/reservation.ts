import type { ReservationLineResolvers, ReservationResolvers } from '../generated/resolvers.ts';
import * as reservations from '../domain/reservation-reads.ts';
import { lineAmount } from '../domain/reservation-rules.ts';

export const Reservation: ReservationResolvers = {
  __resolveReference: (ref, ctx) => reservations.findReservation(ctx, ref.id),
  market: async (reservation, _args, ctx) => (await ctx.loaders.memberById.load(reservation.market.id))!,
  lines: (reservation, _args, ctx) => reservations.linesOf(ctx, reservation),
  totalKg: async (reservation, _args, ctx) => (await reservations.totalsFor(ctx, reservation)).totalKg,
  totalPrice: async (reservation, _args, ctx) => (await reservations.totalsFor(ctx, reservation)).totalPrice,
  shippedKg: async (reservation, _args, ctx) => (await reservations.totalsFor(ctx, reservation)).shippedKg,
};

export const ReservationLine: ReservationLineResolvers = {
  lot: async (line, _args, ctx) => (await ctx.loaders.lotById.load(line.lot.id))!,
  amount: (line) => lineAmount(line),
};
