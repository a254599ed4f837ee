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

async function send(gatewayUrl: string, who: string, token: string | null, query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  const error = answer.errors?.[0];
  if (error) throw new DemoCallError(`${who}: ${error.message}`, error.extensions?.code);
  return answer.data;
}

/**
 * Demo members calling the gateway with tokens of their own (the member's first alliance, or the
 * one named), as the partners would: nothing of the demo goes around the API.
 */
export function demoCallers(gatewayUrl: string, membersEm: EntityManager, jwtSecret: string) {
  return async (code: string, allianceCode?: string): Promise<DemoClient> => {
    const token = await signToken(await identityOfMember(membersEm, code, allianceCode), jwtSecret);
    return (query, variables = {}) => send(gatewayUrl, code, token, query, variables);
  };
}

/** Someone without a token (a shopper checking a label). */
export function anonymousCaller(gatewayUrl: string): DemoClient {
  return (query, variables = {}) => send(gatewayUrl, 'shopper', null, query, variables);
}
