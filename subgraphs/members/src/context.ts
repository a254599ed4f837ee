import DataLoader from 'dataloader';
import type { RequestBase } from '@alliance/subgraph-kit';
import { loaderByKey, loaderOfMany } from '@alliance/subgraph-kit';
import { Alliance, Base, Lot, Member, Membership, Reservation, ReservationLine } from './entities/index.ts';
import { availableKgOfLots } from './store/availability.ts';
import { memberRowsById } from './store/members.ts';
import type { MembersLoaders, MembersRequest } from './domain/request.ts';

export interface MembersContext extends RequestBase, MembersRequest {}

export function createMembersContext(base: RequestBase): MembersContext {
  const { em } = base;
  const loaders: MembersLoaders = {
    memberById: loaderByKey(em, Member, 'id'),
    growerById: new DataLoader(async (ids) => {
      const found = new Map((await memberRowsById(em, ids)).map((m) => [m.id, m as Member]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    allianceById: loaderByKey(em, Alliance, 'id'),
    membershipsByMember: loaderOfMany(
      (ids) => em.find(Membership, { member: { $in: [...ids] } }, { orderBy: { alliance: 'asc' } }),
      (m) => m.member.id,
    ),
    basesByMember: loaderOfMany(
      (ids) => em.find(Base, { member: { $in: [...ids] } }, { orderBy: { township: 'asc', id: 'asc' } }),
      (b) => b.member.id,
    ),
    baseById: loaderByKey(em, Base, 'id'),
    lotById: loaderByKey(em, Lot, 'id'),
    availableKgByLot: new DataLoader(async (ids) => {
      const found = await availableKgOfLots(em, ids);
      return ids.map((id) => found.get(id) ?? '0.000');
    }),
    reservationById: loaderByKey(em, Reservation, 'id'),
    linesByReservation: loaderOfMany(
      // In allocation order: oldest harvest first.
      (ids) => em.find(ReservationLine, { reservation: { $in: [...ids] } }, { orderBy: { lot: { harvestDate: 'asc', id: 'asc' } } }),
      (l) => l.reservation.id,
    ),
    linesByLot: loaderOfMany(
      (ids) => em.find(ReservationLine, { lot: { $in: [...ids] } }, { orderBy: { holdUntil: 'desc' } }),
      (l) => l.lot.id,
    ),
  };
  return { ...base, loaders };
}
