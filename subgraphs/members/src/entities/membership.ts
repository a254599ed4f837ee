import { EntitySchema } from '@mikro-orm/core';
import type { Role } from '@alliance/domain-kit';
import type { Alliance } from './alliance.ts';
import type { Member } from './member.ts';

/** A member's place in one alliance, with the roles it holds there. */
export class Membership {
  constructor(
    public member: Member,
    public alliance: Alliance,
    public roles: Role[] = [],
  ) {}
}

export const MembershipSchema = new EntitySchema<Membership>({
  class: Membership,
  tableName: 'membership',
  properties: {
    member: { kind: 'm:1', entity: 'Member', primary: true, deleteRule: 'cascade' },
    alliance: { kind: 'm:1', entity: 'Alliance', primary: true, index: true },
    roles: { type: 'text[]', columnType: 'text[]' },
  },
});
