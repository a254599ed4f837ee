import type { EntityManager } from '@mikro-orm/postgresql';
import { ResidueTest } from '../entities/index.ts';

/** Every test of many lots, newest first (the request's DataLoader, and the eligibility of one lot). */
export async function residueTestsOfLots(em: EntityManager, lotIds: readonly string[]): Promise<ResidueTest[]> {
  return em.find(ResidueTest, { lotId: { $in: [...lotIds] } }, { orderBy: { testedAt: 'desc', id: 'asc' } });
}

export async function insertResidueTests(em: EntityManager, tests: readonly ResidueTest[]): Promise<void> {
  for (const t of tests) em.persist(t);
  await em.flush();
}
