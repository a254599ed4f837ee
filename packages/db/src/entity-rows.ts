import { ReferenceKind, type EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { verbatim } from './sql.ts';

/**
 * Entities read by a statement of one's own, for a read the ORM's query builder would make costly
 * on a hot path (building a populated joined query is more CPU than the statement takes to run):
 *
 *   const rows = await query(em, sql`select ${entityColumns(em, Reservation, 'r')}, ${entityColumns(em, Lot, 'l')} from …`);
 *   const reservation = em.map(Reservation, entityRow(rows[0], 'r'));
 *
 * `entityColumns` selects every column the entity maps under its alias (`r.status as "r__status"`);
 * `entityRow` takes one alias's columns back out of a row as the table's own column names, which
 * `em.map` turns into a managed entity (custom types converted, one that the request already holds
 * refreshed), as the ORM's own reads would.
 */
const columnLists = new Map<string, string>();

function mappedColumns(em: EntityManager, entity: EntityName<object>): string[] {
  const meta = em.getMetadata().get(entity as never);
  return meta.props
    .filter((p) => p.persist !== false && !p.formula && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)))
    .flatMap((p) => p.fieldNames);
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function entityColumns(em: EntityManager, entity: EntityName<object>, alias: string): ReturnType<typeof verbatim> {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`"${alias}" is not a table alias`);
  const meta = em.getMetadata().get(entity as never);
  const key = `${meta.className}|${alias}`;
  let list = columnLists.get(key);
  if (list === undefined) {
    list = mappedColumns(em, entity)
      .map((column) => `${alias}.${quoted(column)} as ${quoted(`${alias}__${column}`)}`)
      .join(', ');
    columnLists.set(key, list);
  }
  return verbatim(list);
}

/** The columns of one alias in a row read with entityColumns, by their own names; null when the alias's row is absent (an outer join that found none). */
export function entityRow(row: Record<string, unknown>, alias: string): Record<string, unknown> | null {
  const prefix = `${alias}__`;
  const own: Record<string, unknown> = {};
  let present = false;
  for (const name in row) {
    if (!name.startsWith(prefix)) continue;
    const value = row[name];
    own[name.slice(prefix.length)] = value;
    if (value !== null) present = true;
  }
  return present ? own : null;
}
