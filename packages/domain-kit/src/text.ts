import { BadInput } from './errors.ts';

/** Text a client typed: trimmed, not empty, at most `max` characters; the refusal names the field. */
export function requiredText(value: string, field: string, max = 200): string {
  const trimmed = value.trim();
  if (!trimmed) throw new BadInput(`${field} must not be empty.`, { field });
  if (trimmed.length > max) throw new BadInput(`${field} is longer than ${max} characters.`, { field });
  return trimmed;
}

/** Optional text: null when absent or blank, otherwise as `requiredText`. */
export function text(value: string | null | undefined, field: string, max = 200): string | null {
  if (value === null || value === undefined || !value.trim()) return null;
  return requiredText(value, field, max);
}
