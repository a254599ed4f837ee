import { EntitySchema } from '@mikro-orm/core';
import type { Role } from '@alliance/domain-kit';
import type { Alliance } from './alliance.ts';
import type { Member } from './member.ts';
import { MEMBER_STATUSES, type MemberStatus } from './vocabulary.ts';

/**
 * A member's place in one alliance: the roles it holds there and its standing there (each office
 * suspends and reinstates in its own alliance only). A new membership takes the standing the
 * member was admitted with.
 */
export class Membership {
  status: MemberStatus;
  statusReason: string | null;

  constructor(
    public member: Member,
    public alliance: Alliance,
    public roles: Role[] = [],
  ) {
    this.status = member.status ?? 'ACTIVE';
    this.statusReason = member.statusReason ?? null;
  }
}

export const MembershipSchema = new EntitySchema<Membership>({
  class: Membership,
  tableName: 'membership',
  properties: {
    member: { kind: 'm:1', entity: 'Member', primary: true, deleteRule: 'cascade' },
    alliance: { kind: 'm:1', entity: 'Alliance', primary: true, index: true },
    roles: { type: 'text[]', columnType: 'text[]' },
    status: { enum: true, items: () => [...MEMBER_STATUSES], type: 'text', default: 'ACTIVE' },
    statusReason: { type: 'text', nullable: true },
  },
});
