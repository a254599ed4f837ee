import type { EntityManager } from '@mikro-orm/postgresql';
import { publish } from '@alliance/messaging';
import { findDirectoryMembers } from '../store/directory.ts';

/**
 * Tells the other subgraphs who these members are now (name, credit code, status, alliances with
 * their codes, roles per alliance): they authorize their requests from it, and branding names licensees from it. In the caller's transaction, after a flush; `null`: everyone (a catch-up, behind live changes), to every subscriber or only `to`.
 */
export async function announceMembers(em: EntityManager, memberIds: string[] | null, to?: string): Promise<void> {
  if (memberIds && !memberIds.length) return;
  const members = await findDirectoryMembers(em, memberIds);
  const announcedAt = new Date().toISOString();
  await publish(em, 'members', 'members.changed', memberIds?.length === 1 ? memberIds[0]! : 'directory', {
    members: members.map((m) => ({
      memberId: m.memberId,
      kind: m.kind,
      name: m.name,
      creditCode: m.creditCode,
      status: m.status,
      cooperativeId: m.cooperativeId,
      allianceIds: m.memberships.map((ms) => ms.allianceId),
      memberships: m.memberships.map((ms) => ({ allianceId: ms.allianceId, allianceCode: ms.allianceCode, roles: [...ms.roles], status: ms.status })),
      announcedAt,
    })),
  }, { catchUp: memberIds === null, to });
}
