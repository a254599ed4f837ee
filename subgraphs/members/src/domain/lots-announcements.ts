import type { EntityManager } from '@mikro-orm/postgresql';
import { publish } from '@alliance/messaging';
import { lotAlliancesAfter } from '../store/lots.ts';

/**
 * lots.registered: other subgraphs learn which alliance a lot belongs to (the cold chain records
 * custody only for a lot of the place's alliance). Published in the transaction that saves the lots.
 */
export async function announceLots(em: EntityManager, lots: readonly { id: string; allianceId: string }[]): Promise<void> {
  if (!lots.length) return;
  await publish(em, 'members', 'lots.registered', lots.length === 1 ? lots[0]!.id : 'lots', { lots: lots.map((l) => ({ lotId: l.id, allianceId: l.allianceId })) });
}

/**
 * Every lot's alliance, in messages of a few thousand: at start and when a subgraph asks for the
 * directory again, so a replica that predates lots.registered (or missed some) catches up.
 */
export async function announceAllLots(em: EntityManager, pageSize = 5000): Promise<void> {
  for (let after: string | null = null; ; ) {
    const page = await lotAlliancesAfter(em, after, pageSize);
    if (!page.length) return;
    await announceLots(em, page);
    after = page[page.length - 1]!.id;
  }
}
