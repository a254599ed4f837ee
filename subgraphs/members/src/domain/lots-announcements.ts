import type { EntityManager } from '@mikro-orm/postgresql';
import { publish } from '@alliance/messaging';

/**
 * lots.registered: other subgraphs learn which alliance a lot belongs to (the cold chain records
 * custody only for a lot of the place's alliance). Published in the transaction that saves the lots.
 */
export async function announceLots(em: EntityManager, lots: readonly { id: string; allianceId: string }[]): Promise<void> {
  if (!lots.length) return;
  await publish(em, 'members', 'lots.registered', lots.length === 1 ? lots[0]!.id : 'lots', { lots: lots.map((l) => ({ lotId: l.id, allianceId: l.allianceId })) });
}
