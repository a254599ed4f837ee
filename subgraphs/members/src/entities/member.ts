import { randomUUID } from 'node:crypto';
import { Collection, EntitySchema } from '@mikro-orm/core';
import { MEMBER_KINDS, MEMBER_STATUSES, type MemberKind, type MemberStatus } from './vocabulary.ts';
import type { Base } from './growing-base.ts';
import type { Membership } from './membership.ts';

export class Member {
  id: string = randomUUID();
  code!: string;
  name!: string;
  kind!: MemberKind;
  /** Unified social credit code; organisations only. */
  creditCode: string | null = null;
  township!: string;
  contactName!: string;
  contactPhone!: string;
  /** The standing the member is admitted (or seeded) with; its standing in each alliance is its Membership's. */
  status: MemberStatus = 'ACTIVE';
  statusReason: string | null = null;
  joinedOn!: string;
  /** The cooperative (a COOPERATIVE member of the same alliance) a grower belongs to, set by the office. */
  cooperativeId: string | null = null;
  memberships = new Collection<Membership>(this);
  bases = new Collection<Base>(this);
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const MemberSchema = new EntitySchema<Member>({
  class: Member,
  tableName: 'member',
  properties: {
    id: { type: 'uuid', primary: true },
    code: { type: 'text', unique: true },
    name: { type: 'text' },
    kind: { enum: true, items: () => [...MEMBER_KINDS], type: 'text', nativeEnumName: undefined },
    creditCode: { type: 'text', nullable: true, unique: true },
    township: { type: 'text', index: true },
    contactName: { type: 'text' },
    contactPhone: { type: 'text' },
    status: { enum: true, items: () => [...MEMBER_STATUSES], type: 'text' },
    statusReason: { type: 'text', nullable: true },
    joinedOn: { type: 'date', columnType: 'date' },
    cooperativeId: { type: 'uuid', nullable: true, index: true },
    memberships: { kind: '1:m', entity: 'Membership', mappedBy: 'member' },
    bases: { kind: '1:m', entity: 'Base', mappedBy: 'member', orderBy: { township: 'asc', id: 'asc' } },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() },
  },
});
