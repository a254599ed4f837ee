import { EntitySchema } from '@mikro-orm/core';

/**
 * A member's standing as the members subgraph last announced it (member.status-changed). Members
 * never announced are in good standing; a suspended member's token acts here no more.
 */
export class MemberStanding {
  memberId!: string;
  status!: string;
  updatedAt: Date = new Date();
}

export const MemberStandingSchema = new EntitySchema<MemberStanding>({
  class: MemberStanding,
  tableName: 'member_standing',
  properties: {
    memberId: { type: 'uuid', primary: true },
    status: { type: 'text' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
