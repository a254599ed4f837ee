import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The one way a subgraph runs SQL of its own. A statement is written as a tagged template:
 *
 *   await query<{ id: string }>(em, sql`select id from ${table('lot')} where member_id = ${memberId}`)
 *
 * - Every interpolated value is a bind parameter, never text in the statement: a NUL, a quote or a
 *   megabyte of JSON travels as data, and PostgreSQL cannot be told to run it.
 * - `table(name)` is qualified with the schema of the entity manager the statement runs on (each
 *   subgraph has its own), so no statement names a schema by hand.
 * - A nested `sql` fragment is spliced in with its own parameters; `join` joins fragments.
 * - `query` runs in the entity manager's transaction when it has one, is counted and echoed like
 *   every ORM statement, and turns driver errors into MikroORM's typed exceptions (unique and
 *   check violations included).
 */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

class TableRef {
  constructor(readonly name: string) {}
}

/** Trusted SQL text (a column list, `asc`/`desc` from a closed set): never a value from a client. */
class Verbatim {
  constructor(readonly text: string) {}
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return new Sql([...strings], values);
}

/** A table of the subgraph's own schema. */
export function table(name: string): TableRef {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`"${name}" is not a table name`);
  return new TableRef(name);
}

/** Text spliced into the statement as it is; only for constants chosen by the code. */
export function verbatim(text: string): Verbatim {
  return new Verbatim(text);
}

export function join(parts: readonly Sql[], separator: Sql = sql`, `): Sql {
  if (!parts.length) return sql``;
  const strings: string[] = [''];
  const values: unknown[] = [];
  parts.forEach((part, index) => {
    if (index > 0) {
      values.push(separator);
      strings.push('');
    }
    values.push(part);
    strings.push('');
  });
  return new Sql(strings, values);
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The statement as knex's raw text with `?` placeholders and its bindings. A literal `?` in the SQL
 * (jsonb operators) is escaped for knex.
 */
export function render(statement: Sql, schema: string): { text: string; bindings: unknown[] } {
  const bindings: unknown[] = [];
  const walk = (s: Sql): string => {
    let text = s.strings[0]!.replace(/\?/g, '\\?');
    s.values.forEach((value, i) => {
      if (value instanceof Sql) text += walk(value);
      else if (value instanceof TableRef) text += `${quoteIdentifier(schema)}.${quoteIdentifier(value.name)}`;
      else if (value instanceof Verbatim) text += value.text;
      else {
        bindings.push(value === undefined ? null : value);
        text += '?';
      }
      text += s.strings[i + 1]!.replace(/\?/g, '\\?');
    });
    return text;
  };
  return { text: walk(statement), bindings };
}

/** The schema an entity manager works in: the subgraph's own. */
export function schemaOfManager(em: EntityManager): string {
  const schema = em.config.get('schema');
  if (!schema) throw new Error('This entity manager has no schema: open it with openSubgraphDatabase.');
  return schema;
}

export async function query<T = Record<string, unknown>>(em: EntityManager, statement: Sql): Promise<T[]> {
  const { text, bindings } = render(statement, schemaOfManager(em));
  const knexQuery = em.getKnex().raw(text, bindings as never[]);
  const transaction = em.getTransactionContext();
  if (transaction) knexQuery.transacting(transaction);
  const started = Date.now();
  try {
    const result = (await knexQuery) as { rows: T[] };
    return result.rows;
  } catch (error) {
    throw em.getPlatform().getExceptionConverter().convertException(error as Error);
  } finally {
    em.config.getLogger().logQuery({ query: text, params: bindings as unknown[], took: Date.now() - started, level: 'info' });
  }
}

export async function queryOne<T = Record<string, unknown>>(em: EntityManager, statement: Sql): Promise<T | null> {
  const rows = await query<T>(em, statement);
  return rows[0] ?? null;
}
