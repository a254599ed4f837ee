import type { Resolvers } from '../generated/resolvers.ts';
import { Alliance, AllianceMembership } from './alliance.ts';
import { Lot } from './lot.ts';
import { Member } from './member.ts';
import { Reservation, ReservationLine } from './reservation.ts';
import { SupplyConnection } from './supply-connection.ts';
import { MarketRoute } from './market-route.ts';
import { MemberConnection } from './member-connection.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Alliance,
  AllianceMembership,
  Member,
  MemberConnection,
  Lot,
  Reservation,
  ReservationLine,
  SupplyConnection,
  MarketRoute,
};
