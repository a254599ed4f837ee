import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';

/**
 * One SELECT … WHERE key IN (…) per tick for any number of loads by a unique key.
 * Missing keys resolve to null.
 */
export function loaderByKey<T extends object, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityName<T>,
  key: K,
  options: { populate?: readonly string[] } = {},
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await em.find(entity, { [key]: { $in: [...keys] } } as FilterQuery<T>, {
      populate: (options.populate ?? []) as never,
    });
    const byKey = new Map(rows.map((row) => [String(row[key]), row]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** One query for the children of many parents, grouped by the parent's key. */
export function loaderOfMany<T extends object>(
  load: (keys: readonly string[]) => Promise<T[]>,
  parentKey: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await load(keys);
    const grouped = new Map<string, T[]>();
    for (const row of rows) {
      const k = parentKey(row);
      grouped.set(k, [...(grouped.get(k) ?? []), row]);
    }
    return keys.map((k) => grouped.get(k) ?? []);
  });
}
