import { EntitySchema } from '@mikro-orm/core';
import type { Role } from '@alliance/domain-kit';

/**
 * What a subgraph knows of a member, as the members subgraph last announced it (members.changed):
 * its kind, name, credit code, standing, and roles in each of its alliances. The subgraph authorizes
 * every request from this row, never from what a token claimed.
 */
export class DirectoryEntry {
  memberId!: string;
  kind: string | null = null;
  /** Null until members announces the member with its name (entries heard before names travelled). */
  name: string | null = null;
  /** The unified social credit code: null for a person, or until announced with it. */
  creditCode: string | null = null;
  status!: string;
  allianceIds: string[] = [];
  /** `allianceCode`: absent in entries announced before codes travelled. */
  memberships: { allianceId: string; allianceCode?: string; roles: Role[] }[] = [];
  announcedAt!: Date;
}

export const DirectoryEntrySchema = new EntitySchema<DirectoryEntry>({
  class: DirectoryEntry,
  tableName: 'member_directory',
  properties: {
    memberId: { type: 'uuid', primary: true },
    kind: { type: 'text', nullable: true },
    name: { type: 'text', nullable: true },
    creditCode: { type: 'text', nullable: true },
    status: { type: 'text' },
    allianceIds: { type: 'uuid[]', columnType: 'uuid[]' },
    memberships: { type: 'json', columnType: 'jsonb' },
    announcedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
