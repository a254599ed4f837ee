import { describe, expect, it } from 'vitest';
import {
  CROCKFORD_BASE32,
  formatSerialForReading,
  generateLabelSerial,
  generateLabelSerials,
  normalizeLabelSerial,
  serialEntropyBits,
  type RandomBytes,
} from '../../src/domain/label-code.ts';
import { checkAiValue } from '../../src/domain/digital-link.ts';

/** A random source that hands out the given bytes, repeating them as needed. */
function fixed(bytes: number[]): RandomBytes {
  return (size) => Uint8Array.from({ length: size }, (_, i) => bytes[i % bytes.length]!);
}

describe('label serials', () => {
  it('carry 5 bits a character: 16 characters are 80 bits, 20 are 100', () => {
    expect(serialEntropyBits(16)).toBe(80);
    expect(serialEntropyBits(20)).toBe(100);
    expect(CROCKFORD_BASE32).toHaveLength(32);
    for (const c of 'ILOU') expect(CROCKFORD_BASE32).not.toContain(c);
  });

  it('write the random bits most significant first in Crockford base 32', () => {
    // 80 bits whose 5-bit groups are 0, 1, …, 15 (computed by hand from the bit string).
    const bytes = [0x00, 0x44, 0x32, 0x14, 0xc7, 0x42, 0x54, 0xb6, 0x35, 0xcf];
    expect(generateLabelSerial({ randomBytes: fixed(bytes) })).toBe('0123456789ABCDEF');
    // 100 bits of groups 16, …, 31, 0, 1, 2, 3 in 13 bytes (the last 4 bits unused).
    const bytes20 = [0x84, 0x65, 0x3a, 0x56, 0xd7, 0xc6, 0x75, 0xbe, 0x77, 0xdf, 0x00, 0x44, 0x30];
    expect(generateLabelSerial({ length: 20, randomBytes: fixed(bytes20) })).toBe('GHJKMNPQRSTVWXYZ0123');
    expect(generateLabelSerial({ randomBytes: fixed([0xff]) })).toBe('Z'.repeat(16));
  });

  it('refuse fewer than 80 bits or more characters than AI (21) holds', () => {
    expect(() => generateLabelSerial({ length: 15 })).toThrow(RangeError);
    expect(() => generateLabelSerial({ length: 21 })).toThrow(RangeError);
  });

  it('make a batch of 10,000 distinct, well-spread codes quickly, each a valid AI (21) value', () => {
    const started = performance.now();
    const serials = generateLabelSerials(10_000);
    const ms = performance.now() - started;
    expect(serials).toHaveLength(10_000);
    expect(new Set(serials).size).toBe(10_000);
    expect(ms).toBeLessThan(1000);
    for (const s of serials.slice(0, 100)) {
      expect(s).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
      expect(checkAiValue(s, 'serial').ok).toBe(true);
    }
    // 160,000 characters: each of the 32 should appear about 5,000 times (σ ≈ 70); a biased
    // encoder (a lost bit, a wrong mask) lands far outside ±500.
    const counts = new Map<string, number>();
    for (const s of serials) for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(32);
    for (const [c, n] of counts) {
      expect(n, c).toBeGreaterThan(4500);
      expect(n, c).toBeLessThan(5500);
    }
  });

  it('draw again rather than repeat a code within a batch', () => {
    let calls = 0;
    const zerosFirst: RandomBytes = (size) => {
      calls++;
      // First draw: every code the same; later draws: distinct codes.
      return calls === 1 ? new Uint8Array(size) : Uint8Array.from({ length: size }, (_, i) => (i * 37 + calls) & 0xff);
    };
    const serials = generateLabelSerials(5, { randomBytes: zerosFirst });
    expect(serials).toHaveLength(5);
    expect(new Set(serials).size).toBe(5);
    expect(serials[0]).toBe('0'.repeat(16));
    expect(calls).toBeGreaterThan(1);
  });

  it('refuse a random source that keeps repeating, and batch sizes outside 1–10,000', () => {
    expect(() => generateLabelSerials(2, { randomBytes: fixed([0]) })).toThrow(/repeating/);
    expect(() => generateLabelSerials(0)).toThrow(RangeError);
    expect(() => generateLabelSerials(10_001)).toThrow(RangeError);
    expect(() => generateLabelSerials(2.5)).toThrow(RangeError);
  });
});

describe('a serial as typed by a person', () => {
  it('ignores case, spaces and hyphens, and reads I and L as 1, O as 0', () => {
    expect(normalizeLabelSerial('abcd-efgh-ijkl-mnop')).toEqual({ ok: true, serial: 'ABCDEFGH1JK1MN0P' });
    expect(normalizeLabelSerial(' 7K3Q M9XD 2F8H J4NP ')).toEqual({ ok: true, serial: '7K3QM9XD2F8HJ4NP' });
  });

  it('says what is wrong', () => {
    expect(normalizeLabelSerial('7K3QM9XD2F8HJ4NU')).toEqual({ ok: false, reason: expect.stringContaining('no "U"') });
    expect(normalizeLabelSerial('7K3QM9XD')).toEqual({ ok: false, reason: expect.stringContaining('this one has 8') });
  });

  it('is printed in groups of four', () => {
    expect(formatSerialForReading('7K3QM9XD2F8HJ4NP')).toBe('7K3Q-M9XD-2F8H-J4NP');
    expect(formatSerialForReading('GHJKMNPQRSTVWXYZ0123')).toBe('GHJK-MNPQ-RSTV-WXYZ-0123');
    const typed = normalizeLabelSerial(formatSerialForReading('7K3QM9XD2F8HJ4NP'));
    expect(typed).toEqual({ ok: true, serial: '7K3QM9XD2F8HJ4NP' });
  });
});
