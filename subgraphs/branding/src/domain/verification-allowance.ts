import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * Who a label check counts against, so that codes cannot be enumerated: an anonymous client by
 * its network address (an IPv6 client by its /64, the block one subscriber gets, so that rotating
 * the interface id does not buy a fresh allowance), a member by its id. What is stored is a keyed
 * hash of that, never the address: without the key, the hashes cannot be walked back over the
 * address space. Pure: the key and the clock are arguments.
 */

export const ALLOWANCE_WINDOW_SECONDS = 60;

/** Eight 16-bit groups of an IPv6 address, or null when it is not one. */
function ipv6Groups(address: string): number[] | null {
  if (!isIPv6(address)) return null;
  let text = address;
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (v4) {
    const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -v4.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === null ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => parseInt(g, 16));
}

/** The subject an address counts as: `v4:1.2.3.4`, `v6:2001:db8:1:2::/64`, or `unknown`. */
export function clientSubject(address: string | null | undefined): string {
  const bare = address?.trim().replace(/%.*$/, '') ?? '';
  if (isIPv4(bare)) return `v4:${bare}`;
  const groups = ipv6Groups(bare);
  if (!groups) return 'unknown';
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return `v4:${groups[6]! >> 8}.${groups[6]! & 255}.${groups[7]! >> 8}.${groups[7]! & 255}`;
  return `v6:${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}

/** A member's checks count against the member, wherever it calls from. */
export function memberSubject(memberId: string): string {
  return `member:${memberId}`;
}

/** The key that hashes subjects, derived from a secret every replica shares (never the secret itself). */
export function clientHashKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('alliance branding: label check client hash v1').digest();
}

export function hashSubject(key: Buffer, subject: string): string {
  return createHmac('sha256', key).update(subject).digest('base64url').slice(0, 32);
}

export interface AllowanceWindow {
  start: Date;
  /** Whole seconds until the next window opens (at least 1). */
  retryAfterSeconds: number;
}

/** The fixed window an instant falls in. */
export function allowanceWindow(now: Date, windowSeconds = ALLOWANCE_WINDOW_SECONDS): AllowanceWindow {
  const size = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / size) * size;
  return { start: new Date(start), retryAfterSeconds: Math.max(1, Math.ceil((start + size - now.getTime()) / 1000)) };
}

/** The refusal a shopper reads, with the wait in whole seconds. */
export function rateLimitMessage(retryAfterSeconds: number): string {
  return `查询太频繁，请 ${retryAfterSeconds} 秒后再试。 / Too many label checks from your network; try again in ${retryAfterSeconds} s.`;
}
