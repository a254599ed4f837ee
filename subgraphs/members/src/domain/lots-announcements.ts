import type { EntityManager } from '@mikro-orm/postgresql';
import { publish, type LotEntry } from '@alliance/messaging';
import { lotFactsAfter, lotFactsOf, lotFactsOfMember, type LotFactsRow } from '../store/lots.ts';

/** The county of an alliance: the last part of its region ("Yunnan, Honghe, Luxi County" → "Luxi County"). */
export function countyOfRegion(region: string): string {
  const parts = region.split(',').map((p) => p.trim()).filter(Boolean);
  return parts[parts.length - 1] ?? region;
}

function entryOf(row: LotFactsRow, announcedAt: string): LotEntry {
  const { region, ...facts } = row;
  return { ...facts, county: countyOfRegion(region), announcedAt };
}

async function publishLots(em: EntityManager, rows: readonly LotFactsRow[], catchUp?: { to?: string }): Promise<void> {
  if (!rows.length) return;
  const announcedAt = new Date().toISOString();
  // A catch-up page is keyed by its first lot, so the same page asked for again replaces it.
  const key = catchUp ? `lots-from:${rows[0]!.lotId}` : rows.length === 1 ? rows[0]!.lotId : 'lots';
  await publish(em, 'members', 'lots.registered', key, { lots: rows.map((r) => entryOf(r, announcedAt)) }, { catchUp: catchUp !== undefined, to: catchUp?.to });
}

/**
 * lots.registered: other subgraphs learn each lot as it is now — its alliance (the cold chain records
 * custody only within it) and its facts (branding certifies from them). Published in the
 * transaction that registers, updates or withdraws the lots, after a flush.
 */
export async function announceLots(em: EntityManager, lots: readonly { id: string }[]): Promise<void> {
  if (!lots.length) return;
  await publishLots(em, await lotFactsOf(em, lots.map((l) => l.id)));
}

/** A member's lots again: they carry its name, phone and cooperative. */
export async function announceLotsOfMember(em: EntityManager, memberId: string): Promise<void> {
  await publishLots(em, await lotFactsOfMember(em, memberId));
}

/**
 * Every lot, in messages of a few thousand: at start and when a subgraph asks for the directory
 * again, so a replica that predates lots.registered (or missed some) catches up.
 */
export async function announceAllLots(em: EntityManager, to?: string, pageSize = 1000): Promise<void> {
  for (let after: string | null = null; ; ) {
    const page = await lotFactsAfter(em, after, pageSize);
    if (!page.length) return;
    await publishLots(em, page, { to });
    after = page[page.length - 1]!.lotId;
  }
}
