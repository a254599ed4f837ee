import { describe, expect, it } from 'vitest';
import { allowanceWindow, clientHashKey, clientSubject, hashSubject, memberSubject, rateLimitMessage } from '../../src/domain/verification-allowance.ts';

describe('who a label check counts against', () => {
  it('an IPv4 client by its address, also when written IPv4-mapped', () => {
    expect(clientSubject('203.0.113.7')).toBe('v4:203.0.113.7');
    expect(clientSubject('::ffff:203.0.113.7')).toBe('v4:203.0.113.7');
    expect(clientSubject('::ffff:cb00:7107')).toBe('v4:203.0.113.7');
  });

  it('an IPv6 client by its /64, whatever its interface id', () => {
    expect(clientSubject('2001:db8:1:2::1')).toBe('v6:2001:db8:1:2::/64');
    expect(clientSubject('2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('v6:2001:db8:1:2::/64');
    expect(clientSubject('2001:db8::1')).toBe('v6:2001:db8:0:0::/64');
    expect(clientSubject('fe80::1%eth0')).toBe('v6:fe80:0:0:0::/64');
    expect(clientSubject('::1')).toBe('v6:0:0:0:0::/64');
  });

  it('one shared subject for a client the gateway could not name, or a value that is no address', () => {
    expect(clientSubject(null)).toBe('unknown');
    expect(clientSubject('')).toBe('unknown');
    expect(clientSubject('evil; drop table')).toBe('unknown');
  });

  it('a member by its id', () => {
    expect(memberSubject('m-1')).toBe('member:m-1');
  });
});

describe('the stored hash of a client', () => {
  it('depends on the key, so it cannot be walked back without it, and is the same for one key everywhere', () => {
    const a = clientHashKey('gateway secret A');
    const b = clientHashKey('gateway secret B');
    expect(hashSubject(a, 'v4:203.0.113.7')).toBe(hashSubject(clientHashKey('gateway secret A'), 'v4:203.0.113.7'));
    expect(hashSubject(a, 'v4:203.0.113.7')).not.toBe(hashSubject(b, 'v4:203.0.113.7'));
    expect(hashSubject(a, 'v4:203.0.113.7')).not.toBe(hashSubject(a, 'v4:203.0.113.8'));
    expect(hashSubject(a, 'v4:203.0.113.7')).not.toContain('203');
    expect(hashSubject(a, 'v4:203.0.113.7')).toHaveLength(32);
  });
});

describe('the fixed window of a check', () => {
  it('starts on the minute and says how long until the next', () => {
    expect(allowanceWindow(new Date('2026-12-02T01:02:03.500Z'))).toEqual({ start: new Date('2026-12-02T01:02:00Z'), retryAfterSeconds: 57 });
    expect(allowanceWindow(new Date('2026-12-02T01:02:00Z'))).toEqual({ start: new Date('2026-12-02T01:02:00Z'), retryAfterSeconds: 60 });
    expect(allowanceWindow(new Date('2026-12-02T01:02:59.900Z')).retryAfterSeconds).toBe(1);
  });

  it('refuses in words with the wait', () => {
    expect(rateLimitMessage(42)).toContain('Too many label checks from your network; try again in 42 s.');
    expect(rateLimitMessage(42)).toMatch(/^查询太频繁，请 42 秒后再试/);
  });
});
