import { describe, expect, it } from 'vitest';
import { trustProxyFromEnv } from '../src/gateway.ts';

describe('TRUST_PROXY', () => {
  it('is off unless set: the TCP peer is the client', () => {
    expect(trustProxyFromEnv({})).toBe(false);
    expect(trustProxyFromEnv({ TRUST_PROXY: '' })).toBe(false);
    expect(trustProxyFromEnv({ TRUST_PROXY: 'false' })).toBe(false);
  });

  it('takes true, a number of hops, or the proxies by address and subnet', () => {
    expect(trustProxyFromEnv({ TRUST_PROXY: 'true' })).toBe(true);
    expect(trustProxyFromEnv({ TRUST_PROXY: '2' })).toBe(2);
    expect(trustProxyFromEnv({ TRUST_PROXY: ' loopback, 10.0.0.0/8 ' })).toBe('loopback, 10.0.0.0/8');
  });
});
