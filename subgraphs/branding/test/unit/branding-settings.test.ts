import { describe, expect, it } from 'vitest';
import { brandingSettings } from '../../src/settings.ts';

describe('branding label settings', () => {
  it('defaults to the placeholder GS1 China prefix and the local gateway as resolver', () => {
    const settings = brandingSettings({});
    expect(settings.gs1CompanyPrefix).toBe('6999999');
    expect(settings.resolverUrl).toBe('http://localhost:4000');
  });

  it('takes a resolver with a base path, without its trailing slash', () => {
    expect(brandingSettings({ BRANDING_RESOLVER_URL: 'https://id.example.cn/luxi/' }).resolverUrl).toBe('https://id.example.cn/luxi');
    expect(brandingSettings({ BRANDING_RESOLVER_URL: 'verify.example.cn' }).resolverUrl).toBe('https://verify.example.cn');
  });

  it('refuses a prefix outside GS1 China, a resolver with a query, and http in production', () => {
    expect(() => brandingSettings({ BRANDING_GS1_COMPANY_PREFIX: '0614141' })).toThrow(/BRANDING_GS1_COMPANY_PREFIX/);
    expect(() => brandingSettings({ BRANDING_GS1_COMPANY_PREFIX: '69123' })).toThrow(/BRANDING_GS1_COMPANY_PREFIX/);
    expect(() => brandingSettings({ BRANDING_RESOLVER_URL: 'https://id.example.cn/?x=1' })).toThrow(/BRANDING_RESOLVER_URL/);
    const production = { NODE_ENV: 'production', GATEWAY_SECRET: 'a-shared-secret-of-replicas' };
    expect(() => brandingSettings({ ...production, BRANDING_RESOLVER_URL: 'http://verify.example.cn' })).toThrow(/https resolver/);
    expect(brandingSettings({ ...production, BRANDING_RESOLVER_URL: 'https://verify.example.cn' }).resolverUrl).toBe('https://verify.example.cn');
  });
});
