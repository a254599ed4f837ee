import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@alliance/domain-kit';
import type { Alliance, Base, Member, Membership } from '../entities/index.ts';

/** What a domain operation needs from the request: the caller, a unit of work, batched loads. */
export interface MembersRequest {
  em: EntityManager;
  viewer: Viewer | null;
  loaders: MembersLoaders;
}

export interface MembersLoaders {
  memberById: DataLoader<string, Member | null>;
  allianceById: DataLoader<string, Alliance | null>;
  membershipsByMember: DataLoader<string, Membership[]>;
  basesByMember: DataLoader<string, Base[]>;
}
