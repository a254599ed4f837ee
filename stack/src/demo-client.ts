import type { EntityManager } from '@mikro-orm/postgresql';
import { signToken } from '@alliance/auth';
import { identityOfMember } from '@alliance/members';

/** An error the API answered, with its `extensions.code` (BAD_USER_INPUT, CONFLICT, …). */
export class DemoCallError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** One demo member's calls through the gateway: the answer's data, or a DemoCallError with the first error. */
export interface DemoClient {
  (query: string, variables?: Record<string, unknown>): Promise<any>;
}

/**
 * Demo members calling the gateway with tokens of their own (the member's first alliance, or the
 * one named), as the partners would: nothing of the demo goes around the API.
 */
export function demoCallers(gatewayUrl: string, membersEm: EntityManager, jwtSecret: string) {
  return async (code: string, allianceCode?: string): Promise<DemoClient> => {
    const token = await signToken(await identityOfMember(membersEm, code, allianceCode), jwtSecret);
    return async (query, variables = {}) => {
      const res = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const answer = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
      const error = answer.errors?.[0];
      if (error) throw new DemoCallError(`${code}: ${error.message}`, error.extensions?.code);
      return answer.data;
    };
  };
}
