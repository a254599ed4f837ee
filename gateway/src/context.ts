import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { InvalidToken, REQUEST_ID_HEADER } from '@alliance/auth';
import type { Identity } from '@alliance/domain-kit';

export interface GatewayContext {
  viewer: Identity | null;
  requestId: string;
  /** The client's address (express's req.ip, through the proxies `trust proxy` names); null if unknown. */
  client: string | null;
}

/** Verifies the bearer token, if any; an invalid one is refused rather than treated as anonymous. */
export function gatewayContext(verify: (token: string) => Promise<Identity>) {
  return async ({ req }: { req: Request }): Promise<GatewayContext> => {
    const requestId = req.header(REQUEST_ID_HEADER) ?? randomUUID();
    const client = req.ip ?? null;
    const authorization = req.header('authorization');
    if (!authorization) return { viewer: null, requestId, client };
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw unauthenticated('The Authorization header must be "Bearer <token>".');
    }
    try {
      return { viewer: await verify(token), requestId, client };
    } catch (error) {
      throw unauthenticated(error instanceof InvalidToken ? error.message : 'The bearer token was refused; get a new one.');
    }
  };
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
