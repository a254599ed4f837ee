import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Counts SQL statements per request. The subgraph kit runs each request inside `countStatements`;
 * the ORM's logger adds one per statement it sends. Benchmarks and tests read the figures to show
 * that the statements of an operation do not grow with the page size.
 */
export interface StatementTally {
  statements: number;
}

const current = new AsyncLocalStorage<StatementTally>();

export function countStatements<T>(tally: StatementTally, fn: () => T): T {
  return current.run(tally, fn);
}

/** A process-wide running total per ORM instance, for in-process tests and benchmarks. */
export class StatementCounter {
  total = 0;
}

export function statementCountingLogger(counter: StatementCounter, echo: boolean) {
  return (options: LoggerOptions) =>
    new (class extends DefaultLogger {
      override logQuery(context: { query: string } & LogContext): void {
        counter.total++;
        const tally = current.getStore();
        if (tally) tally.statements++;
        if (echo) super.logQuery(context);
      }
    })(options);
}

/**
 * One statement with real bind parameters ($1, $2…), in the entity manager's transaction if it has
 * one. MikroORM's `execute` inlines parameters as escaped literals, which for a large payload (a
 * 10,000-reading batch is about 1 MB of JSON) costs more than the statement itself. Counted and
 * echoed like every other statement; errors become MikroORM's typed exceptions.
 */
export async function executeBound<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const query = em.getKnex().raw(sql, params as never[]);
  const transaction = em.getTransactionContext();
  if (transaction) query.transacting(transaction);
  const started = Date.now();
  try {
    const result = (await query) as { rows: T[] };
    return result.rows;
  } catch (error) {
    throw em.getPlatform().getExceptionConverter().convertException(error as Error);
  } finally {
    em.config.getLogger().logQuery({ query: sql, params, took: Date.now() - started, level: 'info' });
  }
}
