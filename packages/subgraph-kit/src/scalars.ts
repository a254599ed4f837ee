import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDay } from '@alliance/domain-kit';

function badScalar(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;

/** Exact decimals travel as strings so no client or server ever rounds them through a float. */
export const DecimalScalar: GraphQLScalarType<string, string> = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1250.500".',
  serialize: (value) => String(value),
  parseValue: (value) => {
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || !DECIMAL.test(text.trim())) {
      throw badScalar(`"${String(value)}" is not a decimal number such as "1250.5" (at most 6 decimal places).`);
    }
    return text.trim();
  },
  parseLiteral: (ast): any => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      return DecimalScalar.parseValue(ast.value);
    }
    throw badScalar('A Decimal is written as a string, e.g. "1250.5".');
  },
});

export const DateScalar: GraphQLScalarType<string, string> = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day (Asia/Shanghai) as YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isIsoDay(value)) {
      throw badScalar(`"${String(value)}" is not a calendar day written as YYYY-MM-DD.`);
    }
    return value;
  },
  parseLiteral: (ast): any => {
    if (ast.kind !== Kind.STRING) throw badScalar('A Date is written as a string, e.g. "2026-11-23".');
    return DateScalar.parseValue(ast.value);
  },
});

export const DateTimeScalar: GraphQLScalarType<Date, string> = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as an ISO 8601 string, e.g. "2026-11-23T08:00:00Z".',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: (value) => {
    const at = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
    if (!at || Number.isNaN(at.getTime())) {
      throw badScalar(`"${String(value)}" is not an ISO 8601 instant such as "2026-11-23T08:00:00+08:00".`);
    }
    return at;
  },
  parseLiteral: (ast): any => {
    if (ast.kind !== Kind.STRING) throw badScalar('A DateTime is written as a string.');
    return DateTimeScalar.parseValue(ast.value);
  },
});

export const scalarResolvers = { Decimal: DecimalScalar, Date: DateScalar, DateTime: DateTimeScalar };
