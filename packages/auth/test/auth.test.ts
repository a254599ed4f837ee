import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenVerifier, decodeViewerHeader, encodeViewerHeader, signToken } from '../src/index.ts';

const secret = 'a-test-secret-of-enough-length-0123456789';
const key = new TextEncoder().encode(secret);
const identity = { memberId: randomUUID(), allianceId: randomUUID() };

describe('token verification', () => {
  const verify = createTokenVerifier({ secret });

  it('gives the identity only: roles a token carries are not believed', async () => {
    const token = await new SignJWT({ alliance: identity.allianceId, roles: ['ALLIANCE_ADMIN'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(identity.memberId)
      .setExpirationTime('1h')
      .sign(key);
    expect(await verify(token)).toEqual(identity);
  });

  it('refuses a token without an expiry', async () => {
    const token = await new SignJWT({ alliance: identity.allianceId }).setProtectedHeader({ alg: 'HS256' }).setSubject(identity.memberId).sign(key);
    await expect(verify(token)).rejects.toThrow(/no expiry/);
  });

  it('refuses an expired token and one signed with another secret', async () => {
    const expired = await new SignJWT({ alliance: identity.allianceId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(identity.memberId)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    await expect(verify(expired)).rejects.toThrow(/refused/);
    await expect(verify(await signToken(identity, 'another-secret-of-enough-length-987654'))).rejects.toThrow(/refused/);
  });

  it('refuses claims that are not a member and an alliance id', async () => {
    const token = await new SignJWT({ alliance: 'LX' }).setProtectedHeader({ alg: 'HS256' }).setSubject('LX-G0001').setExpirationTime('1h').sign(key);
    await expect(verify(token)).rejects.toThrow(/lacks the claims sub and alliance/);
  });

  it('accepts what signToken issues', async () => {
    expect(await verify(await signToken({ ...identity, roles: ['GROWER'] } as never, secret))).toEqual(identity);
  });

  it('believes a verified token again only until it expires, and only that very token', async () => {
    const soon = await new SignJWT({ alliance: identity.allianceId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(identity.memberId)
      .setExpirationTime(Math.floor(Date.now() / 1000) + 2)
      .sign(key);
    expect(await verify(soon)).toEqual(identity);
    const again = await verify(soon);
    expect(again).toEqual(identity);
    // A caller changing what it was given changes nothing for the next request.
    (again as { memberId: string }).memberId = 'changed';
    expect(await verify(soon)).toEqual(identity);
    // The same claims with a forged signature are not the token that was verified.
    const [header, payload] = soon.split('.');
    await expect(verify(`${header}.${payload}.${'A'.repeat(43)}`)).rejects.toThrow(/refused/);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(verify(soon)).rejects.toThrow(/refused/);
  });

  it('requires issuer and audience for an identity provider in production', () => {
    expect(() => createTokenVerifier({ jwksUrl: 'https://idp.example/jwks', production: true })).toThrow(/JWT_ISSUER and JWT_AUDIENCE/);
    expect(() => createTokenVerifier({ jwksUrl: 'https://idp.example/jwks', production: true, issuer: 'i', audience: 'a' })).not.toThrow();
    expect(() => createTokenVerifier({ jwksUrl: 'https://idp.example/jwks' })).not.toThrow();
  });
});

describe('the header from gateway to subgraphs', () => {
  it('carries the two ids and nothing else', () => {
    const header = encodeViewerHeader({ ...identity, roles: ['ALLIANCE_ADMIN'] } as never);
    expect(JSON.parse(Buffer.from(header, 'base64url').toString('utf8'))).toEqual(identity);
    expect(decodeViewerHeader(header)).toEqual(identity);
  });
});
