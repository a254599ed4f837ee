import { EntitySchema } from '@mikro-orm/core';

/**
 * What the cold chain knows of a member, as the members subgraph last announced it
 * (members.changed): its standing and its alliances. Operators named in the registry must be in
 * it; a member that is not ACTIVE cannot change anything here.
 */
export class DirectoryEntry {
  memberId!: string;
  status!: string;
  allianceIds: string[] = [];
  announcedAt!: Date;
}

export const DirectoryEntrySchema = new EntitySchema<DirectoryEntry>({
  class: DirectoryEntry,
  tableName: 'member_directory',
  properties: {
    memberId: { type: 'uuid', primary: true },
    status: { type: 'text' },
    allianceIds: { type: 'uuid[]', columnType: 'uuid[]' },
    announcedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
