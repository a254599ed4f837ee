import { describe, expect, it } from 'vitest';
import { certificateYear, formatCertificateNumber, parseCertificateNumber } from '../../src/domain/certificate-number.ts';

describe('certificate numbers', () => {
  it('read alliance, Shanghai year and six-digit sequence', () => {
    expect(formatCertificateNumber({ allianceCode: 'LX', year: 2026, sequence: 123 })).toBe('LX-2026-000123');
    expect(formatCertificateNumber({ allianceCode: 'YILI', year: 2026, sequence: 1 })).toBe('YILI-2026-000001');
    // Past 999,999 the number grows a digit rather than running out.
    expect(formatCertificateNumber({ allianceCode: 'LX', year: 2026, sequence: 1_234_567 })).toBe('LX-2026-1234567');
  });

  it('take the year in Asia/Shanghai (UTC+8)', () => {
    expect(certificateYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
    expect(certificateYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
    expect(certificateYear(new Date('2026-01-01T00:00:00+08:00'))).toBe(2026);
  });

  it('refuse parts that make no number', () => {
    expect(() => formatCertificateNumber({ allianceCode: 'lx', year: 2026, sequence: 1 })).toThrow(RangeError);
    expect(() => formatCertificateNumber({ allianceCode: 'LX', year: 26, sequence: 1 })).toThrow(RangeError);
    expect(() => formatCertificateNumber({ allianceCode: 'LX', year: 2026, sequence: 0 })).toThrow(RangeError);
    expect(() => formatCertificateNumber({ allianceCode: 'LX', year: 2026, sequence: 1.5 })).toThrow(RangeError);
  });

  it('parse back what they format, as typed', () => {
    expect(parseCertificateNumber(' lx-2026-000123 ')).toEqual({ ok: true, number: { allianceCode: 'LX', year: 2026, sequence: 123 } });
    expect(parseCertificateNumber('LX-2026-1234567')).toEqual({ ok: true, number: { allianceCode: 'LX', year: 2026, sequence: 1_234_567 } });
    for (const n of [{ allianceCode: 'LX', year: 2030, sequence: 999_999 }]) {
      expect(parseCertificateNumber(formatCertificateNumber(n))).toEqual({ ok: true, number: n });
    }
  });

  it('refuse what is not a number, with a reason', () => {
    for (const bad of ['LX-2026-123', 'LX2026000123', 'LX-26-000123', 'L-2026-000123', 'LX-2026-00012a', '']) {
      expect(parseCertificateNumber(bad), bad).toEqual({ ok: false, reason: expect.stringContaining('LX-2026-000123') });
    }
    expect(parseCertificateNumber('LX-2026-000000')).toEqual({ ok: false, reason: expect.stringContaining('start at 000001') });
    expect(parseCertificateNumber('LX-2026-0000123')).toEqual({ ok: false, reason: expect.stringContaining('leading zeros') });
    expect(parseCertificateNumber('LX-1999-000123')).toEqual({ ok: false, reason: expect.stringContaining('1999') });
  });
});
