import { shanghaiDay } from '@alliance/domain-kit';

/**
 * Origin certificate numbers: `<alliance code>-<year>-<sequence>`, e.g. `LX-2026-000123`.
 * The year is the Asia/Shanghai year of issue, the sequence counts from 1 per alliance and year
 * with at least six digits (a seventh appears only past 999,999, so numbers never run out).
 * Allocating the next sequence without gaps is the store's job (a counter row); this file only
 * writes and reads the number.
 */
export interface CertificateNumber {
  allianceCode: string;
  year: number;
  sequence: number;
}

const ALLIANCE_CODE = /^[A-Z]{2,8}$/;
const NUMBER = /^([A-Z]{2,8})-(\d{4})-(\d{6,})$/;

/**
 * The prefix of an alliance's numbers: the letters of its code (LUXI, or LX), at most eight. An
 * alliance code with fewer than two letters gets its letters padded with X, so every alliance can certify.
 */
export function certificatePrefix(allianceCode: string): string {
  return allianceCode.toUpperCase().replace(/[^A-Z]/g, '').slice(0, 8).padEnd(2, 'X');
}

/** The Asia/Shanghai year of an instant: a certificate issued at 2026-12-31T16:30Z is a 2027 one. */
export function certificateYear(issuedAt: Date): number {
  return Number(shanghaiDay(issuedAt).slice(0, 4));
}

/** Throws a RangeError on parts that cannot make a number (they come from the store, not a client). */
export function formatCertificateNumber({ allianceCode, year, sequence }: CertificateNumber): string {
  if (!ALLIANCE_CODE.test(allianceCode)) throw new RangeError(`An alliance code is 2 to 8 capital letters, got "${allianceCode}".`);
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`A certificate year has four digits, got ${year}.`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`A certificate sequence starts at 1, got ${sequence}.`);
  return `${allianceCode}-${year}-${String(sequence).padStart(6, '0')}`;
}

export type CertificateNumberParse = { ok: true; number: CertificateNumber } | { ok: false; reason: string };

/** Reads a number as a person may type it (case and surrounding spaces do not matter). */
export function parseCertificateNumber(input: string): CertificateNumberParse {
  const value = input.trim().toUpperCase();
  const match = NUMBER.exec(value);
  if (!match) {
    return { ok: false, reason: `"${input.trim()}" is not a certificate number; they read like LX-2026-000123 (alliance, year, six-digit sequence).` };
  }
  const sequence = Number(match[3]);
  const year = Number(match[2]);
  if (sequence < 1 || !Number.isSafeInteger(sequence)) return { ok: false, reason: `"${value}" has no valid sequence: they start at 000001.` };
  if (year < 2000) return { ok: false, reason: `"${value}" has year ${year}, before any certificate was issued.` };
  // Only the canonical form names a certificate: LX-2026-0000123 is not LX-2026-000123.
  if (String(sequence).padStart(6, '0') !== match[3]) return { ok: false, reason: `"${value}" has extra leading zeros in its sequence.` };
  return { ok: true, number: { allianceCode: match[1]!, year, sequence } };
}
