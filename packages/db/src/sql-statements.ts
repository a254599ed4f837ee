import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { recordSqlSpan } from '@alliance/telemetry';

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

/** Process-wide running totals per ORM instance, for in-process tests and benchmarks. */
export class StatementCounter {
  /** Every statement, message handlers' and background work's included. */
  total = 0;
  /** Only those sent while answering a request: what an operation costs, whatever the consumer applies meanwhile. */
  inRequests = 0;
}

/** Also records each statement as a span of the active trace when tracing is on (`@alliance/telemetry`). */
export function statementCountingLogger(counter: StatementCounter, echo: boolean, schema?: string) {
  return (options: LoggerOptions) =>
    new (class extends DefaultLogger {
      override logQuery(context: { query: string } & LogContext): void {
        counter.total++;
        const tally = current.getStore();
        if (tally) {
          tally.statements++;
          counter.inRequests++;
        }
        recordSqlSpan(context.query, context.took ?? 0, context.level === 'error', schema);
        if (echo) super.logQuery(context);
      }
    })(options);
}
