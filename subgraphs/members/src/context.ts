import type { RequestBase } from '@alliance/subgraph-kit';
import { loaderByKey, loaderOfMany } from '@alliance/subgraph-kit';
import { Alliance, Base, Member, Membership } from './entities/index.ts';
import type { MembersLoaders, MembersRequest } from './domain/request.ts';

export interface MembersContext extends RequestBase, MembersRequest {}

export function createMembersContext(base: RequestBase): MembersContext {
  const { em } = base;
  const loaders: MembersLoaders = {
    memberById: loaderByKey(em, Member, 'id'),
    allianceById: loaderByKey(em, Alliance, 'id'),
    membershipsByMember: loaderOfMany(
      (ids) => em.find(Membership, { member: { $in: [...ids] } }, { orderBy: { alliance: 'asc' } }),
      (m) => m.member.id,
    ),
    basesByMember: loaderOfMany(
      (ids) => em.find(Base, { member: { $in: [...ids] } }, { orderBy: { township: 'asc', id: 'asc' } }),
      (b) => b.member.id,
    ),
  };
  return { ...base, loaders };
}
