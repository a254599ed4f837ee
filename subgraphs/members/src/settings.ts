import { parseEnvironment, z } from '@alliance/subgraph-kit';

/** The members subgraph's settings, parsed once at start from the environment. */
const schema = z.object({
  /** How often the sweeper releases expired holds (availability never waits for it). */
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(86_400_000).default(60_000),
});

export interface MembersSettings {
  sweepIntervalMs: number;
}

export function membersSettings(env: Record<string, string | undefined>): MembersSettings {
  const parsed = parseEnvironment('members', schema, env);
  return { sweepIntervalMs: parsed.SWEEP_INTERVAL_MS };
}
