import { z } from 'zod';

export { z };

/**
 * Parses a service's environment once, at start, with a zod schema: the domain takes typed
 * settings as arguments and never reads `process.env`. A wrong value stops the service with one
 * line per variable saying what is expected.
 */
export function parseEnvironment<S extends z.ZodType>(service: string, schema: S, env: Record<string, string | undefined> = process.env): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
  throw new Error(`The ${service} settings in the environment are not valid:\n${lines.join('\n')}\nSee README.md, "Environment variables".`);
}
