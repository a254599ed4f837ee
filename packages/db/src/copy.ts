import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { from as copyFrom } from 'pg-copy-streams';
import { schemaOfManager } from './sql.ts';

/** A value as COPY's text format takes it: \N for null; numbers, ids and ISO times need no escaping. */
export type CopyValue = string | number | null;

const SAFE = /^[^\t\n\r\\]*$/;

function field(value: CopyValue): string {
  if (value === null) return '\\N';
  const text = String(value);
  if (!SAFE.test(text)) throw new Error(`COPY value ${JSON.stringify(text.slice(0, 40))} holds a tab, newline or backslash`);
  return text;
}

/**
 * Rows into a table of the subgraph's schema by one `COPY … FROM STDIN`, the fastest way PostgreSQL
 * takes rows (no statement text to parse per row, no JSON to unpack). It is all or nothing like any
 * statement: a constraint violation (a duplicate key) stores none of the rows and throws MikroORM's
 * typed exception, so a caller can fall back to an `insert … on conflict`. Inside a transaction it
 * runs on the transaction's connection under a savepoint, so a refused COPY leaves the transaction
 * usable for that fallback. Counted and echoed like every statement.
 */
export async function copyRows(em: EntityManager, tableName: string, columns: readonly string[], rows: readonly (readonly CopyValue[])[]): Promise<number> {
  if (!/^[a-z_][a-z0-9_]*$/.test(tableName) || !columns.every((c) => /^[a-z_][a-z0-9_]*$/.test(c))) throw new Error('copyRows: not a table or column name');
  if (!rows.length) return 0;
  const text = `copy "${schemaOfManager(em)}"."${tableName}" (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`;
  const lines = rows.map((row) => `${row.map(field).join('\t')}\n`).join('');
  // A knex transaction's client hands out the transaction's own connection and keeps it on release.
  const client = ((em.getTransactionContext() as Knex.Transaction | undefined) ?? em.getKnex()).client;
  const inTransaction = Boolean(em.getTransactionContext());
  const connection = (await client.acquireConnection()) as import('pg').PoolClient;
  const started = Date.now();
  try {
    if (inTransaction) await connection.query('savepoint copy_rows');
    const stream = connection.query(copyFrom(text));
    try {
      await pipeline(Readable.from([lines]), stream);
    } catch (error) {
      if (inTransaction) await connection.query('rollback to savepoint copy_rows');
      throw error;
    }
    if (inTransaction) await connection.query('release savepoint copy_rows');
    return stream.rowCount;
  } catch (error) {
    throw em.getPlatform().getExceptionConverter().convertException(error as Error);
  } finally {
    await client.releaseConnection(connection);
    em.config.getLogger().logQuery({ query: text, params: [], took: Date.now() - started, level: 'info' });
  }
}
