import { describe, expect, it } from 'vitest';
import { defaultSupergraphFile, GatewaySettingError, gatewaySettingsFromEnv } from '../src/settings.ts';

/** One reading of the environment for both gateways (gateway/src/main.ts, gateways/hive/src/main.ts). */
describe('gatewaySettingsFromEnv', () => {
  const base = { GATEWAY_SECRET: 's3cret' };

  it('reads every subgraph URL, the token settings and the limits as compose sets them', () => {
    const settings = gatewaySettingsFromEnv({
      ...base,
      SUBGRAPH_URL_MEMBERS: 'http://members:4001/graphql',
      SUBGRAPH_URL_COLDCHAIN: 'http://coldchain:4002/graphql',
      SUBGRAPH_URL_BRANDING: '',
      JWT_JWKS_URL: 'https://idp.example/jwks.json',
      JWT_ISSUER: 'https://idp.example/',
      NODE_ENV: 'production',
      PORT: '4100',
      SUBGRAPH_TIMEOUT_MS: '2500',
      TRUST_PROXY: '1',
    });
    expect(settings.subgraphUrls).toEqual({ members: 'http://members:4001/graphql', coldchain: 'http://coldchain:4002/graphql' });
    expect(settings.auth).toEqual({ secret: undefined, jwksUrl: 'https://idp.example/jwks.json', issuer: 'https://idp.example/', audience: undefined, production: true });
    expect(settings).toMatchObject({ gatewaySecret: 's3cret', port: 4100, host: '0.0.0.0', subgraphTimeoutMs: 2500, trustProxy: 1, introspection: false });
  });

  it('defaults to the checkout\'s supergraph, port 4000 and a 10 s subgraph timeout', () => {
    const settings = gatewaySettingsFromEnv(base);
    expect(settings.supergraphFile).toBe(defaultSupergraphFile);
    expect(defaultSupergraphFile).toMatch(/schema[/\\]supergraph\.graphql$/);
    expect(settings).toMatchObject({ port: 4000, subgraphTimeoutMs: 10_000, introspection: true, trustProxy: false });
  });

  it('refuses a missing gateway secret and a port that is not a number, saying which', () => {
    expect(() => gatewaySettingsFromEnv({})).toThrow(new GatewaySettingError('GATEWAY_SECRET is not set: the subgraphs refuse requests without it. See README.md, "Environment variables".'));
    expect(() => gatewaySettingsFromEnv({ ...base, PORT: 'four thousand' })).toThrow('PORT must be a whole number, not "four thousand".');
    expect(() => gatewaySettingsFromEnv({ ...base, SUBGRAPH_TIMEOUT_MS: '-5' })).toThrow(/SUBGRAPH_TIMEOUT_MS must be a whole number/);
  });
});
