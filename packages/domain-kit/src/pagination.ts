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

export function pageSize(first: number | null | undefined, { fallback = 20, max = 100 } = {}): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadInput(`\`first\` must be a whole number from 1 to ${max}; got ${first}.`, { field: 'first' });
  }
  return first;
}
