import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne, sql, table } from '@alliance/db';

/** The alliance that licensed this GTIN first (it alone may license it); null when none has. */
export async function allianceOwningGtin(em: EntityManager, gtin14: string): Promise<string | null> {
  const row = await queryOne<{ alliance_id: string }>(em, sql`select alliance_id from ${table('licence_gtin')} where gtin = ${gtin14}`);
  return row?.alliance_id ?? null;
}
