import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { isRole, type Role, type Viewer } from '@alliance/domain-kit';

/**
 * JWT claims of a caller: `sub` = member id, `alliance` = alliance id, `roles` = its roles in that
 * alliance. The gateway verifies the token; subgraphs receive the resulting Viewer.
 */
export interface TokenVerifierOptions {
  /** HS256 shared secret (development and simple deployments). */
  secret?: string;
  /** JWKS URL of an identity provider (production); tried when set. */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

export class InvalidToken extends Error {}

export function createTokenVerifier(options: TokenVerifierOptions): (token: string) => Promise<Viewer> {
  const secret = options.secret ? new TextEncoder().encode(options.secret) : undefined;
  const jwks: JWTVerifyGetKey | undefined = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;
  if (!secret && !jwks) throw new Error('Token verification needs JWT_SECRET or JWT_JWKS_URL.');
  const verifyOptions = {
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
  };

  return async (token) => {
    try {
      const { payload } = jwks
        ? await jwtVerify(token, jwks, verifyOptions)
        : await jwtVerify(token, secret!, { ...verifyOptions, algorithms: ['HS256'] });
      return viewerFromClaims(payload);
    } catch (error) {
      if (error instanceof InvalidToken) throw error;
      throw new InvalidToken(`The bearer token was refused (${(error as Error).message}); get a new one.`);
    }
  };
}

export function viewerFromClaims(claims: Record<string, unknown>): Viewer {
  const { sub, alliance, roles } = claims;
  if (typeof sub !== 'string' || typeof alliance !== 'string' || !Array.isArray(roles) || !roles.every(isRole)) {
    throw new InvalidToken('The bearer token lacks the claims sub, alliance and roles; get a new one.');
  }
  return { memberId: sub, allianceId: alliance, roles };
}

export async function signToken(
  viewer: Viewer,
  secret: string,
  { expiresIn = '12h', issuer, audience }: { expiresIn?: string; issuer?: string; audience?: string } = {},
): Promise<string> {
  let jwt = new SignJWT({ alliance: viewer.allianceId, roles: [...viewer.roles] as Role[] })
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

export function encodeViewerHeader(viewer: Viewer): string {
  return Buffer.from(JSON.stringify(viewer)).toString('base64url');
}

export function decodeViewerHeader(value: string): Viewer {
  const claims = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Record<string, unknown>;
  return viewerFromClaims({ sub: claims.memberId, alliance: claims.allianceId, roles: claims.roles });
}
