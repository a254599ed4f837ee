import { requireActive as requireActiveViewer, requireActiveRole as requireActiveViewerRole, requireMemberOf as requireDirectoryMemberOf, type Role, type Viewer } from '@alliance/domain-kit';
import type { ColdchainRequest } from './request.ts';

// Transitional shims over the shared access module (@alliance/domain-kit access.ts).
export async function requireActive(req: ColdchainRequest): Promise<Viewer> {
  return requireActiveViewer(req.viewer);
}

export async function requireActiveRole(req: ColdchainRequest, roles: Role[], action: string): Promise<Viewer> {
  return requireActiveViewerRole(req.viewer, roles, action);
}

export async function requireMemberOf(req: ColdchainRequest, memberId: string, allianceId: string, field: string): Promise<void> {
  await requireDirectoryMemberOf(req.directory, memberId, allianceId, field);
}
