import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDay } from '@alliance/domain-kit';

function badScalar(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;

/** Years a date of this domain can sensibly carry (harvests, shipments, readings, contracts). */
export const YEAR_RANGE = { min: 1900, max: 2200 };

/** The value as it is quoted back in a message: never the whole of a long one. */
function quoted(value: unknown): string {
  const text = String(value);
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

function yearInRange(year: number): boolean {
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
}

/** Exact decimals travel as strings so no client or server ever rounds them through a float. */
export const DecimalScalar: GraphQLScalarType<string, string> = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1250.500".',
  serialize: (value) => String(value),
  parseValue: (value) => {
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || !DECIMAL.test(text.trim())) {
      throw badScalar(`${quoted(value)} is not a decimal number such as "1250.5" (at most 6 decimal places).`);
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
      throw badScalar(`${quoted(value)} is not a calendar day written as YYYY-MM-DD.`);
    }
    if (!yearInRange(Number(value.slice(0, 4)))) {
      throw badScalar(`${quoted(value)} is outside the years ${YEAR_RANGE.min}–${YEAR_RANGE.max} this API accepts.`);
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
    // 64 characters is far more than any ISO 8601 instant; a longer string is not one.
    const at = typeof value === 'string' && value.length <= 64 && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
    if (!at || Number.isNaN(at.getTime())) {
      throw badScalar(`${quoted(value)} is not an ISO 8601 instant such as "2026-11-23T08:00:00+08:00".`);
    }
    if (!yearInRange(at.getUTCFullYear())) {
      throw badScalar(`${quoted(value)} is outside the years ${YEAR_RANGE.min}–${YEAR_RANGE.max} this API accepts.`);
    }
    return at;
  },
  parseLiteral: (ast): any => {
    if (ast.kind !== Kind.STRING) throw badScalar('A DateTime is written as a string.');
    return DateTimeScalar.parseValue(ast.value);
  },
});

/**
 * A text as long as a request body allows (a CSV of history to import): the edge's 10,000-character
 * limit of String does not apply to it (`@alliance/http`'s request guards know it by name), the
 * body limit does. Strings only; a subgraph that declares `scalar LongText` gets this resolver.
 */
export const LongTextScalar: GraphQLScalarType<string, string> = new GraphQLScalarType<string, string>({
  name: 'LongText',
  description: 'A long text, e.g. a CSV file, limited only by the size of a request.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string') throw badScalar('A LongText is written as a string.');
    return value;
  },
  parseLiteral: (ast): any => {
    if (ast.kind !== Kind.STRING) throw badScalar('A LongText is written as a string.');
    return ast.value;
  },
});

export const scalarResolvers = { Decimal: DecimalScalar, Date: DateScalar, DateTime: DateTimeScalar, LongText: LongTextScalar };
