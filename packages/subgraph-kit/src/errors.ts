import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  CheckConstraintViolationException,
  DriverException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { DomainError } from '@alliance/domain-kit';
import type { Logger } from 'pino';

/**
 * Errors of reaching PostgreSQL (not of a statement): refused, reset, timed out, shutting down.
 * Not 08P01, a protocol violation: a NUL inside a statement's text, a fault rather than an outage.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE',
  '08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03', '53300',
]);
const UNAVAILABLE_MESSAGES = /Connection terminated|Timeout acquiring a connection|connection error|Connection ended|terminating connection|the database system is (starting up|shutting down)|too many clients/i;

/** Whether an error (or what it wraps) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5 || error instanceof DomainError) return false;
  const e = error as { code?: unknown; sqlState?: unknown; message?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  const code = typeof e.code === 'string' ? e.code : typeof e.sqlState === 'string' ? e.sqlState : '';
  if (UNAVAILABLE_CODES.has(code)) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner: unknown) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.originalError, depth + 1);
}

/**
 * The one place where errors become GraphQL errors. Domain errors keep their code and message;
 * constraint violations the application did not foresee still answer with a clear code; anything
 * else is logged and answered without internals.
 */
export function formatErrorFor(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const path = formatted.path ? { path: formatted.path } : {};
    if (isDatabaseUnavailable(original)) {
      log.warn({ err: original }, 'database unavailable');
      return { message: 'The service is unavailable (its database cannot be reached); try again in a moment.', ...path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    if (original instanceof DomainError) {
      return { message: original.message, ...path, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof UniqueConstraintViolationException) {
      return { message: 'That record already exists (a unique value is taken).', ...path, extensions: { code: 'CONFLICT' } };
    }
    if (original instanceof CheckConstraintViolationException || original instanceof NotNullConstraintViolationException) {
      return { message: 'The change breaks a rule of the data and was not saved.', ...path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    // 22P02: PostgreSQL could not read a value as its type, in practice an id that is not a UUID.
    if (original instanceof DriverException && original.code === '22P02') {
      const value = /invalid input syntax for type \w+: "([^"]*)"/.exec(original.message)?.[1];
      const what = value === undefined ? 'A value' : `"${value.slice(0, 60)}"`;
      return { message: `${what} is not in the form expected; ids are UUIDs such as 3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b.`, ...path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    // Class 22, data exceptions (a date or number out of range, text PostgreSQL cannot store): the
    // edge refuses most of them first; any other is still the value's fault, not the server's.
    if (original instanceof DriverException && typeof original.code === 'string' && original.code.startsWith('22')) {
      return { message: 'A value is outside the range or form this field accepts.', ...path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (original instanceof ForeignKeyConstraintViolationException) {
      return { message: 'The change refers to a record that does not exist.', ...path, extensions: { code: 'NOT_FOUND' } };
    }
    // A scalar refusing a literal surfaces as a validation error; it is bad input all the same.
    const scalarCode = (error as { originalError?: { extensions?: { code?: unknown } } })?.originalError?.extensions?.code;
    const code = scalarCode === 'BAD_USER_INPUT' ? scalarCode : formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') return { message: formatted.message, ...path, extensions: { code } };
    log.error({ err: original }, 'unexpected error in a resolver');
    return { message: 'Internal error; it has been logged. Try again, and report it if it persists.', ...path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
