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
 * The one place where errors become GraphQL errors. Domain errors keep their code and message;
 * constraint violations the application did not foresee still answer with a clear code; anything
 * else is logged and answered without internals.
 */
export function formatErrorFor(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const path = formatted.path ? { path: formatted.path } : {};
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
