import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Identity } from '@alliance/domain-kit';

/**
 * JWT claims of a caller: `sub` = member id, `alliance` = the alliance it acts in, and `exp`. The
 * gateway verifies the token and forwards the identity; each subgraph looks up what the member may
 * do in its member directory at the time of the request, so roles a token might carry are ignored.
 */
export interface TokenVerifierOptions {
  /** HS256 shared secret (development and simple deployments). */
  secret?: string;
  /** JWKS URL of an identity provider (production); tried when set. */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** In production an identity provider's tokens must name this issuer and audience. */
  production?: boolean;
  /**
   * How long a token once verified is believed again without checking its signature (ms; default
   * 60 s, never past its expiry; 0 checks every time). The gateway verified the same client's token
   * on every request through WebCrypto: ~11 % of its CPU on the hot lot's load (CPU profile).
   */
  verifiedForMs?: number;
}

export class InvalidToken extends Error {}

export function createTokenVerifier(options: TokenVerifierOptions): (token: string) => Promise<Identity> {
  const secret = options.secret ? new TextEncoder().encode(options.secret) : undefined;
  const jwks: JWTVerifyGetKey | undefined = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;
  if (!secret && !jwks) throw new Error('Token verification needs JWT_SECRET or JWT_JWKS_URL.');
  if (jwks && options.production && (!options.issuer || !options.audience)) {
    throw new Error('With JWT_JWKS_URL in production, set JWT_ISSUER and JWT_AUDIENCE too: otherwise any token of the identity provider would be accepted.');
  }
  const verifyOptions = {
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
  };

  // Keyed by the whole token: a hit is the very string whose signature was checked. Only successes
  // are kept; what the caller may do is looked up by each subgraph on every request either way.
  const verifiedForMs = options.verifiedForMs ?? 60_000;
  const verified = new LRUCache<string, { identity: Identity; expiresAtMs: number }>({ max: 10_000 });

  return async (token) => {
    const known = verifiedForMs > 0 ? verified.get(token) : undefined;
    if (known) {
      if (Date.now() < known.expiresAtMs) return { ...known.identity };
      verified.delete(token);
    }
    try {
      const { payload } = jwks
        ? await jwtVerify(token, jwks, verifyOptions)
        : await jwtVerify(token, secret!, { ...verifyOptions, algorithms: ['HS256'] });
      if (typeof payload.exp !== 'number') throw new InvalidToken('The bearer token has no expiry (exp); get a new one.');
      const identity = identityFromClaims(payload);
      const expiresAtMs = payload.exp * 1000;
      if (verifiedForMs > 0) verified.set(token, { identity, expiresAtMs }, { ttl: Math.max(1, Math.min(verifiedForMs, expiresAtMs - Date.now())) });
      return identity;
    } catch (error) {
      if (error instanceof InvalidToken) throw error;
      throw new InvalidToken(`The bearer token was refused (${(error as Error).message}); get a new one.`);
    }
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function identityFromClaims(claims: Record<string, unknown>): Identity {
  const { sub, alliance } = claims;
  if (typeof sub !== 'string' || typeof alliance !== 'string' || !UUID.test(sub) || !UUID.test(alliance)) {
    throw new InvalidToken('The bearer token lacks the claims sub and alliance (member and alliance ids); get a new one.');
  }
  return { memberId: sub, allianceId: alliance };
}

export async function signToken(
  viewer: Identity,
  secret: string,
  { expiresIn = '12h', issuer, audience }: { expiresIn?: string; issuer?: string; audience?: string } = {},
): Promise<string> {
  let jwt = new SignJWT({ alliance: viewer.allianceId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(viewer.memberId)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (issuer) jwt = jwt.setIssuer(issuer);
  if (audience) jwt = jwt.setAudience(audience);
  return jwt.sign(new TextEncoder().encode(secret));
}

/** Header names between the gateway and the subgraphs. */
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';
export const VIEWER_HEADER = 'x-viewer';
export const REQUEST_ID_HEADER = 'x-request-id';
/** The client's network address as the gateway saw it (through trusted proxies only). */
export const CLIENT_HEADER = 'x-alliance-client';

/** The verified identity, as the gateway forwards it (only the two ids, whatever else it holds). */
export function encodeViewerHeader(identity: Identity): string {
  return Buffer.from(JSON.stringify({ memberId: identity.memberId, allianceId: identity.allianceId })).toString('base64url');
}

export function decodeViewerHeader(value: string): Identity {
  const claims = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Record<string, unknown>;
  return identityFromClaims({ sub: claims.memberId, alliance: claims.allianceId });
}

export interface SubgraphHeaderInput {
  gatewaySecret: string;
  /** The verified caller, or null for an anonymous one. */
  viewer: Identity | null | undefined;
  requestId: string | null | undefined;
  /** The client's address as the gateway saw it (through trusted proxies only), or null if unknown. */
  client: string | null | undefined;
}

/** Every header `subgraphHeaders` owns: a gateway sets the ones it returns and removes the others. */
export const SUBGRAPH_HEADER_NAMES = [GATEWAY_SECRET_HEADER, VIEWER_HEADER, REQUEST_ID_HEADER, CLIENT_HEADER] as const;

/**
 * The headers every gateway (ours on @apollo/gateway, Hive Gateway) sends a subgraph with each
 * fetch, built in one place so the gateways cannot drift: the shared secret, the verified viewer,
 * the request id and the client's address. A header left out of the record must be removed from
 * the fetch (see SUBGRAPH_HEADER_NAMES): the client header above all is always set or removed, so
 * no client can name itself (subgraphs trust it as they trust the viewer). W3C trace context is
 * the gateway's own (its fetch span).
 */
export function subgraphHeaders({ gatewaySecret, viewer, requestId, client }: SubgraphHeaderInput): Record<string, string> {
  return {
    [GATEWAY_SECRET_HEADER]: gatewaySecret,
    ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
    ...(viewer ? { [VIEWER_HEADER]: encodeViewerHeader(viewer) } : {}),
    ...(client ? { [CLIENT_HEADER]: client } : {}),
  };
}
