import { Conflict } from './errors.ts';

/**
 * A unique key of the database said no: the driver's unique violation (SQLSTATE 23505, MikroORM's
 * UniqueConstraintViolationException), with the constraint's name when PostgreSQL gave one.
 */
export function uniqueViolation(error: unknown): { constraint: string | null } | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as { name?: unknown; code?: unknown; constraint?: unknown };
  if (e.name !== 'UniqueConstraintViolationException' && e.code !== '23505') return null;
  return { constraint: typeof e.constraint === 'string' ? e.constraint : null };
}

/**
 * Runs a write whose uniqueness the database guarantees, and turns a unique violation into the
 * CONFLICT the caller should read (the application may check first for a friendlier message; two
 * concurrent writes still meet here). `conflict` gets the violated constraint's name.
 */
export async function uniquely<T>(write: () => Promise<T>, conflict: (constraint: string | null) => Conflict): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const violation = uniqueViolation(error);
    if (violation) throw conflict(violation.constraint);
    throw error;
  }
}
