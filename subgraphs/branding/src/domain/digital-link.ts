import { validateGtin } from './gtin.ts';

/**
 * GS1 Digital Link URIs for label codes: `https://<resolver>/01/<GTIN-14>/10/<lot>/21/<serial>`.
 *
 * - AI (01) is the GTIN, written as 14 digits; on parse the shorter GTIN-8/12/13 forms are
 *   accepted and padded, and the check digit must be right.
 * - AI (10) batch/lot and AI (21) serial are 1 to 20 characters of GS1's character set 82; in the
 *   path every character other than letters, digits, '-', '.' and '_' is percent-encoded, so that
 *   '/', '%', '?' and '#' in a lot number cannot break the path.
 * - The lot is optional in a Digital Link (GS1 allows /01/…/21/… alone); the serial is what a
 *   label code is, so it is required.
 */

/** GS1 General Specifications, character set 82 (the AI (10) and (21) alphabet). */
export const CSET_82 = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`;
export const LOT_MAX_LENGTH = 20;
export const SERIAL_MAX_LENGTH = 20;

export interface DigitalLink {
  gtin14: string;
  lot?: string;
  serial: string;
}

export type DigitalLinkParse =
  /** A full Digital Link (URI or path), or a bare serial as typed from under the QR code. */
  | { ok: true; kind: 'digital-link'; link: DigitalLink }
  | { ok: true; kind: 'serial'; serial: string }
  | { ok: false; reason: string };

export type CsetCheck = { ok: true } | { ok: false; reason: string };

/** Whether a lot or serial value fits its AI: 1 to 20 characters, all of CSET 82. */
export function checkAiValue(value: string, what: 'lot' | 'serial'): CsetCheck {
  const label = what === 'lot' ? 'The lot (AI 10)' : 'The serial (AI 21)';
  const max = what === 'lot' ? LOT_MAX_LENGTH : SERIAL_MAX_LENGTH;
  const chars = [...value];
  if (chars.length === 0) return { ok: false, reason: `${label} is empty.` };
  if (chars.length > max) return { ok: false, reason: `${label} has ${chars.length} characters; at most ${max} are allowed.` };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!CSET_82.includes(c)) {
      return {
        ok: false,
        reason: `${label} has "${c}" at position ${i + 1}, which GS1 does not allow (only letters A–Z and a–z, digits and !"%&'()*+,-./:;<=>?_).`,
      };
    }
  }
  return { ok: true };
}

const UNRESERVED = /^[A-Za-z0-9._-]$/;

/** Percent-encodes a CSET 82 value for a path segment (everything but letters, digits, '-', '.', '_'). */
export function encodeAiValue(value: string): string {
  let out = '';
  for (const c of value) out += UNRESERVED.test(c) ? c : `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

/**
 * The resolver's base URL from a host ("verify.example.cn") or an origin with an optional base
 * path ("https://id.example.cn/luxi"); always https unless http is written out (local demos).
 * Throws a RangeError: the resolver comes from settings.
 */
export function resolverBase(resolver: string): string {
  const withScheme = /^https?:\/\//i.test(resolver) ? resolver : `https://${resolver}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new RangeError(`The Digital Link resolver "${resolver}" is not a host or URL.`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new RangeError(`The Digital Link resolver "${resolver}" must be a host or origin with a path, nothing more.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Builds the URI; throws a RangeError on a bad GTIN, lot or serial (the caller made them). */
export function buildDigitalLink(resolver: string, link: DigitalLink): string {
  const gtin = validateGtin(link.gtin14);
  if (!gtin.ok) throw new RangeError(`GTIN "${link.gtin14}": ${gtin.reason}`);
  const parts = [resolverBase(resolver), '01', gtin.gtin14];
  if (link.lot !== undefined) {
    const lot = checkAiValue(link.lot, 'lot');
    if (!lot.ok) throw new RangeError(lot.reason);
    parts.push('10', encodeAiValue(link.lot));
  }
  const serial = checkAiValue(link.serial, 'serial');
  if (!serial.ok) throw new RangeError(serial.reason);
  parts.push('21', encodeAiValue(link.serial));
  return parts.join('/');
}

/** What the caller sent, as a refusal quotes it: long enough to recognise, never the whole of a 10,000-character input. */
export function quoted(value: string, max = 40): string {
  const chars = [...value];
  return `"${chars.length > max ? `${chars.slice(0, max).join('')}…` : value}"`;
}

function decodeSegment(segment: string, what: 'lot' | 'serial'): { ok: true; value: string } | { ok: false; reason: string } {
  let value: string;
  try {
    value = decodeURIComponent(segment);
  } catch {
    return { ok: false, reason: `The ${what} ${quoted(segment)} has a broken percent-encoding.` };
  }
  const check = checkAiValue(value, what);
  return check.ok ? { ok: true, value } : check;
}

/** Parses the `/01/…` part of a path (anything before it, such as a resolver's base path, is ignored). */
function parsePath(path: string): DigitalLinkParse {
  const at = path.indexOf('/01/');
  if (at < 0) return { ok: false, reason: 'It is not a GS1 Digital Link: the path has no /01/<GTIN>.' };
  const segments = path.slice(at + 1).replace(/\/+$/, '').split('/');
  // segments: 01, gtin, then (AI, value) pairs.
  const gtinSegment = segments[1] ?? '';
  const gtin = validateGtin(gtinSegment);
  if (!gtin.ok) return { ok: false, reason: `The GTIN ${quoted(gtinSegment)} is not valid: ${gtin.reason}` };
  let lot: string | undefined;
  let serial: string | undefined;
  const rest = segments.slice(2);
  if (rest.length % 2 !== 0) return { ok: false, reason: `The path after the GTIN must be pairs of /<AI>/<value>; ${quoted(rest.join('/'))} is not.` };
  for (let i = 0; i < rest.length; i += 2) {
    const ai = rest[i]!;
    const raw = rest[i + 1]!;
    if (ai === '10' && lot === undefined && serial === undefined) {
      const decoded = decodeSegment(raw, 'lot');
      if (!decoded.ok) return decoded;
      lot = decoded.value;
    } else if (ai === '21' && serial === undefined) {
      const decoded = decodeSegment(raw, 'serial');
      if (!decoded.ok) return decoded;
      serial = decoded.value;
    } else if (ai === '10' || ai === '21') {
      return { ok: false, reason: `AI (${quoted(ai, 10).slice(1, -1)}) is repeated or out of order: a Digital Link reads /01/<GTIN>/10/<lot>/21/<serial>.` };
    } else {
      return { ok: false, reason: `AI (${quoted(ai, 10).slice(1, -1)}) is not part of a label code: a Digital Link reads /01/<GTIN>/10/<lot>/21/<serial>.` };
    }
  }
  if (serial === undefined) return { ok: false, reason: 'The Digital Link has no serial (/21/<serial>), so it names no single label.' };
  return { ok: true, kind: 'digital-link', link: lot === undefined ? { gtin14: gtin.gtin14, serial } : { gtin14: gtin.gtin14, lot, serial } };
}

/**
 * Parses what a scanner or a shopper hands over: a Digital Link URI (any resolver host, query and
 * fragment ignored), its path alone (`/01/…`), or a bare serial. Refuses anything else with a
 * reason a person can act on.
 */
export function parseLabelCode(input: string): DigitalLinkParse {
  const value = input.trim();
  if (value === '') return { ok: false, reason: 'The code is empty.' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return { ok: false, reason: 'It looks like a web address but is not a valid one.' };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return { ok: false, reason: `A Digital Link is an https address, not ${url.protocol}.` };
    }
    return parsePath(url.pathname);
  }
  if (value.includes('/')) return parsePath(value.split(/[?#]/)[0]!);
  const serial = checkAiValue(value, 'serial');
  return serial.ok ? { ok: true, kind: 'serial', serial: value } : serial;
}
