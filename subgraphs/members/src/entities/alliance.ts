import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type { Crop } from './vocabulary.ts';

export class Alliance {
  id: string = randomUUID();
  code!: string;
  name!: string;
  region!: string;
  crops: Crop[] = [];
  createdAt: Date = new Date();
}

export const AllianceSchema = new EntitySchema<Alliance>({
  class: Alliance,
  tableName: 'alliance',
  properties: {
    id: { type: 'uuid', primary: true },
    code: { type: 'text', unique: true },
    name: { type: 'text' },
    region: { type: 'text' },
    crops: { type: 'text[]', columnType: 'text[]' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
