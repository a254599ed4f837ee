import { BadInput } from './errors.ts';

/** Opaque keyset cursors: base64url of a JSON array of the sort key values. */
export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    // fall through to the error below
  }
  throw new BadInput('The `after` cursor is not one this API gave out; start again without it.', { field: 'after' });
}

/**
 * The page size a `first` argument asks for: the default when absent, BAD_USER_INPUT when it is
 * not a whole number from 1 to `max` (a negative or absurd `first` never reaches SQL as a LIMIT).
 * `fallback` is the older name of `default`.
 */
export function pageSize(
  first: number | null | undefined,
  options: { default?: number; fallback?: number; max?: number } = {},
): number {
  const max = options.max ?? 100;
  const fallback = options.default ?? options.fallback ?? Math.min(20, max);
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadInput(`\`first\` must be a whole number from 1 to ${max}; got ${first}.`, { field: 'first' });
  }
  return first;
}
