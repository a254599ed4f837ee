import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@alliance/domain-kit';
import type { Alliance, Base, Lot, Member, Membership, Reservation, ReservationLine } from '../entities/index.ts';

/** What a domain operation needs from the request: the caller, a unit of work, batched loads. */
export interface MembersRequest {
  em: EntityManager;
  viewer: Viewer | null;
  loaders: MembersLoaders;
}

export interface MembersLoaders {
  memberById: DataLoader<string, Member | null>;
  /**
   * Lots' growers for reading only: plain rows with the Member entity's columns (store/members.ts
   * MemberRow), typed as Member because the Member resolvers read no more than those columns. A
   * supply page primes it from its own statement.
   */
  growerById: DataLoader<string, Member | null>;
  allianceById: DataLoader<string, Alliance | null>;
  membershipsByMember: DataLoader<string, Membership[]>;
  basesByMember: DataLoader<string, Base[]>;
  baseById: DataLoader<string, Base | null>;
  lotById: DataLoader<string, Lot | null>;
  availableKgByLot: DataLoader<string, string>;
  reservationById: DataLoader<string, Reservation | null>;
  linesByReservation: DataLoader<string, ReservationLine[]>;
  linesByLot: DataLoader<string, ReservationLine[]>;
}
