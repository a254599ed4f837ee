import type { EntityManager } from '@mikro-orm/postgresql';
import { Forbidden, NotFound, requireRole, requireViewer, type Role, type Viewer } from '@alliance/domain-kit';
import type { Messages } from '@alliance/messaging';
import type { ColdchainRequest } from './request.ts';

/**
 * The members subgraph owns members; it announces every admission, suspension and reinstatement
 * (members.changed), and the cold chain keeps the newest of each in its directory. So a suspended
 * member's still-valid token cannot book, report, load or ship here, and an operator named in the
 * registry must be a member of the alliance.
 */
export async function requireActive(req: ColdchainRequest): Promise<Viewer> {
  const viewer = requireViewer(req.viewer);
  const entry = await req.loaders.directoryEntry.load(viewer.memberId);
  if (entry && entry.status !== 'ACTIVE') {
    throw new Forbidden(`Your membership is ${entry.status.toLowerCase()}: you can see your own records, but not make changes until the alliance office reinstates you.`);
  }
  return viewer;
}

/** The caller in good standing, holding one of the roles. */
export async function requireActiveRole(req: ColdchainRequest, roles: Role[], action: string): Promise<Viewer> {
  requireRole(req.viewer, roles, action);
  return requireActive(req);
}

/** A member of the alliance, as the members subgraph announced it; NOT_FOUND otherwise. */
export async function requireMemberOf(req: ColdchainRequest, memberId: string, allianceId: string, field: string): Promise<void> {
  const entry = await req.loaders.directoryEntry.load(memberId);
  if (!entry || !entry.allianceIds.includes(allianceId)) throw new NotFound(`No member ${memberId} in your alliance.`, { field });
}

/** members.changed: keep each member's newest announcement (announcements of many members may overtake one another). */
export async function recordMembers(em: EntityManager, message: Messages['members.changed']): Promise<void> {
  if (!message.members.length) return;
  const schema = em.config.get('schema');
  await em.execute(
    `insert into "${schema}".member_directory (member_id, status, alliance_ids, announced_at)
     select m.member_id, m.status, m.alliance_ids, m.announced_at
     from json_to_recordset(?::json) as m(member_id uuid, status text, alliance_ids uuid[], announced_at timestamptz)
     on conflict (member_id) do update set status = excluded.status, alliance_ids = excluded.alliance_ids, announced_at = excluded.announced_at
     where member_directory.announced_at < excluded.announced_at`,
    [JSON.stringify(message.members.map((m) => ({ member_id: m.memberId, status: m.status, alliance_ids: m.allianceIds, announced_at: m.announcedAt })))],
  );
}
