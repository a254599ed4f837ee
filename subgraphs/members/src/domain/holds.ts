import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal } from '@alliance/domain-kit';
import { lockLotsWithExpiredHolds, releaseExpiredHolds, type LockedLot } from '../store/reservations.ts';
import type { AllocatableLot } from './allocation.ts';

/**
 * Releases the expired holds on locked lots (only where there are any: the lots stay locked for
 * fewer statements), then says what each has available.
 */
export async function withLiveHolds(em: EntityManager, locked: readonly LockedLot[]): Promise<AllocatableLot[]> {
  const released = await releaseExpiredHolds(em, locked.filter((l) => new Decimal(l.expired_kg).gt(0)).map((l) => l.id));
  return locked.map((lot) => ({
    id: lot.id,
    pricePerKg: lot.asking_price_per_kg,
    availableKg: new Decimal(lot.quantity_kg)
      .minus(lot.confirmed_kg)
      .minus(lot.shipped_kg)
      .minus(new Decimal(lot.held_kg).minus(released.get(lot.id) ?? 0)),
  }));
}

/**
 * The sweeper: releases expired holds in batches. Lots that a reservation is working on are
 * skipped (SKIP LOCKED); that reservation releases their expired holds itself.
 */
export async function sweepExpiredHolds(em: EntityManager, batch = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const released = await em.transactional(async (tx) => (await releaseExpiredHolds(tx, await lockLotsWithExpiredHolds(tx, batch))).size);
    total += released;
    if (released < batch) return total;
  }
}
