import type { EntityManager } from '@mikro-orm/postgresql';
import { publish, type BaseEntry } from '@alliance/messaging';
import { baseFactsAfter, baseFactsOf, type BaseFactsRow } from '../store/bases.ts';

async function publishBases(em: EntityManager, rows: readonly BaseFactsRow[], removed: boolean, catchUp?: { to?: string }): Promise<void> {
  if (!rows.length) return;
  const announcedAt = new Date().toISOString();
  const bases: BaseEntry[] = rows.map((r) => ({ ...r, removed, announcedAt }));
  // A catch-up page is keyed by its first base, so the same page asked for again replaces it.
  const key = catchUp ? `bases-from:${rows[0]!.baseId}` : rows.length === 1 ? rows[0]!.baseId : 'bases';
  await publish(em, 'members', 'bases.changed', key, { bases }, { catchUp: catchUp !== undefined, to: catchUp?.to });
}

/**
 * bases.changed: insurance learns what each member can grow (it never insures more kg than its
 * bases can grow). Published in the transaction that adds or changes the bases, after a flush.
 */
export async function announceBases(em: EntityManager, bases: readonly { id: string }[]): Promise<void> {
  if (!bases.length) return;
  await publishBases(em, await baseFactsOf(em, bases.map((b) => b.id)), false);
}

/** A base being removed, announced in the removing transaction with the facts it had. */
export async function announceRemovedBase(em: EntityManager, base: BaseFactsRow): Promise<void> {
  await publishBases(em, [base], true);
}

/** Every base, in messages of a few thousand: at start and when a subgraph asks for the directory again. */
export async function announceAllBases(em: EntityManager, to?: string, pageSize = 1000): Promise<void> {
  for (let after: string | null = null; ; ) {
    const page = await baseFactsAfter(em, after, pageSize);
    if (!page.length) return;
    await publishBases(em, page, false, { to });
    after = page[page.length - 1]!.baseId;
  }
}
