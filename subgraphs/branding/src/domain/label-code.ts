import { randomBytes as cryptoRandomBytes } from 'node:crypto';

/**
 * Label serials: random, so a counterfeiter cannot guess a valid one, and short enough for
 * AI (21) (20 characters at most). Each character is 5 bits of `crypto.randomBytes` written in
 * Crockford's base 32 (digits and capitals without I, L, O, U: nothing to misread when a shopper
 * types the code printed under the QR code). 16 characters carry 80 bits, the least allowed;
 * 20 carry 100.
 */
export const CROCKFORD_BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const MIN_SERIAL_LENGTH = 16;
export const MAX_SERIAL_LENGTH = 20;
export const DEFAULT_SERIAL_LENGTH = 16;
export const MAX_BATCH_SIZE = 10_000;

/** Where the randomness comes from: `crypto.randomBytes` unless a test hands in its own. */
export type RandomBytes = (size: number) => Uint8Array;

export interface SerialOptions {
  length?: number;
  randomBytes?: RandomBytes;
}

export function serialEntropyBits(length: number): number {
  return length * 5;
}

function checkLength(length: number): void {
  if (!Number.isInteger(length) || length < MIN_SERIAL_LENGTH || length > MAX_SERIAL_LENGTH) {
    throw new RangeError(`A label serial has ${MIN_SERIAL_LENGTH} to ${MAX_SERIAL_LENGTH} characters (80 to 100 bits), not ${length}.`);
  }
}

/** Writes `length` characters from the bits of `bytes` (5 bits each, most significant first). */
function encode(bytes: Uint8Array, offset: number, length: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  let i = offset;
  while (out.length < length) {
    if (bits < 5) {
      buffer = ((buffer << 8) | bytes[i++]!) & 0xffff;
      bits += 8;
    }
    bits -= 5;
    out += CROCKFORD_BASE32[(buffer >> bits) & 31];
  }
  return out;
}

function bytesPerSerial(length: number): number {
  return Math.ceil((length * 5) / 8);
}

/** One new serial. */
export function generateLabelSerial(options: SerialOptions = {}): string {
  const length = options.length ?? DEFAULT_SERIAL_LENGTH;
  checkLength(length);
  const random = options.randomBytes ?? cryptoRandomBytes;
  return encode(random(bytesPerSerial(length)), 0, length);
}

/**
 * `count` distinct serials for one batch, from one call for randomness (10,000 take a few
 * milliseconds). A repeat within the batch, which 80 bits make practically impossible, is drawn
 * again rather than trusted away; uniqueness against earlier batches is the database's unique key.
 */
export function generateLabelSerials(count: number, options: SerialOptions = {}): string[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_BATCH_SIZE) {
    throw new RangeError(`A label batch has 1 to ${MAX_BATCH_SIZE} codes, not ${count}.`);
  }
  const length = options.length ?? DEFAULT_SERIAL_LENGTH;
  checkLength(length);
  const random = options.randomBytes ?? cryptoRandomBytes;
  const per = bytesPerSerial(length);
  const seen = new Set<string>();
  const serials: string[] = [];
  let redraws = 0;
  while (serials.length < count) {
    const missing = count - serials.length;
    const bytes = random(missing * per);
    for (let k = 0; k < missing; k++) {
      const serial = encode(bytes, k * per, length);
      if (seen.has(serial)) continue;
      seen.add(serial);
      serials.push(serial);
    }
    // A broken random source (all zeros, say) must fail loudly, not loop for ever.
    if (serials.length < count && ++redraws > 10) throw new Error('The random source keeps repeating itself; refusing to issue label codes from it.');
  }
  return serials;
}

export type SerialNormalization = { ok: true; serial: string } | { ok: false; reason: string };

/**
 * A serial as a person typed it: case, spaces and hyphens do not matter, and the letters
 * Crockford's alphabet leaves out are read as what they look like (I and L as 1, O as 0).
 */
export function normalizeLabelSerial(input: string): SerialNormalization {
  const value = input
    .replace(/[\s-]+/g, '')
    .toUpperCase()
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (value.length < MIN_SERIAL_LENGTH || value.length > MAX_SERIAL_LENGTH) {
    return { ok: false, reason: `A label code has ${MIN_SERIAL_LENGTH} to ${MAX_SERIAL_LENGTH} letters and digits; this one has ${value.length}.` };
  }
  for (const c of value) {
    if (!CROCKFORD_BASE32.includes(c)) return { ok: false, reason: `A label code has no "${c}": only digits and the letters A–Z except I, L, O and U.` };
  }
  return { ok: true, serial: value };
}

/** The serial in groups of four for printing under the QR code: `7K3Q-M9XD-…`. */
export function formatSerialForReading(serial: string): string {
  return serial.match(/.{1,4}/g)?.join('-') ?? serial;
}
