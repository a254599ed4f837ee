import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type { Crop } from './vocabulary.ts';
import type { Member } from './member.ts';

/** A growing base of a grower or cooperative. Area in mu as an exact decimal string. */
export class Base {
  id: string = randomUUID();
  constructor(
    public member: Member,
    public township: string,
    public areaMu: string,
    public crop: Crop,
  ) {}
}

export const BaseSchema = new EntitySchema<Base>({
  class: Base,
  tableName: 'base',
  properties: {
    id: { type: 'uuid', primary: true },
    member: { kind: 'm:1', entity: 'Member', index: true, deleteRule: 'cascade' },
    township: { type: 'text' },
    areaMu: { type: 'decimal', columnType: 'numeric(12,2)' },
    crop: { type: 'text' },
  },
});
