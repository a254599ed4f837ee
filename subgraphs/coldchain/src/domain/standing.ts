import type { EntityManager } from '@mikro-orm/postgresql';
import { Forbidden, requireRole, requireViewer, type Role, type Viewer } from '@alliance/domain-kit';
import type { Messages } from '@alliance/messaging';
import type { ColdchainRequest } from './request.ts';

/**
 * The caller, who must be in good standing: the members subgraph owns member status and announces
 * every change, so a suspended member's still-valid token cannot book, report or ship here.
 */
export async function requireActive(req: ColdchainRequest): Promise<Viewer> {
  const viewer = requireViewer(req.viewer);
  const status = await req.loaders.standingOfMember.load(viewer.memberId);
  if (status && status !== 'ACTIVE') throw new Forbidden(`Your membership is ${status.toLowerCase()}; you cannot make changes.`);
  return viewer;
}

/** The caller in good standing, holding one of the roles. */
export async function requireActiveRole(req: ColdchainRequest, roles: Role[], action: string): Promise<Viewer> {
  requireRole(req.viewer, roles, action);
  return requireActive(req);
}

/** member.status-changed: keep the latest status. Messages of one member arrive in order. */
export async function recordStanding(em: EntityManager, message: Messages['member.status-changed']): Promise<void> {
  const schema = em.config.get('schema');
  await em.execute(
    `insert into "${schema}".member_standing (member_id, status, updated_at) values (?, ?, now())
     on conflict (member_id) do update set status = excluded.status, updated_at = excluded.updated_at`,
    [message.memberId, message.status],
  );
}
