import { describe, expect, it } from 'vitest';
import { assessScans, resolveScanPlace, type Scan } from '../../src/domain/suspicion.ts';
import { beijingMinute, describeSuspicionReason, placeName, verificationMessage } from '../../src/domain/verification-words.ts';

const at = (iso: string) => new Date(iso);

describe('what a shopper reads', () => {
  it('says a first check is genuine, in Chinese then English', () => {
    const message = verificationMessage({ outcome: 'GENUINE', scanCount: 1, firstVerifiedAt: at('2026-12-02T01:30:00Z'), firstVerifiedIn: null });
    expect(message).toMatch(/^正品，首次验证.* \/ Genuine, first check/);
  });

  it('says how often and when and where a code was first checked, in Beijing time', () => {
    const message = verificationMessage({ outcome: 'ALREADY_VERIFIED', scanCount: 3, firstVerifiedAt: at('2026-12-02T01:30:00Z'), firstVerifiedIn: '昆明 Kunming' });
    expect(message).toBe(
      '已验证 3 次，首次于 2026-12-02 09:30（北京时间）在 昆明 Kunming。如果之前不是您扫的码，这个标签可能被复制了。 / ' +
        'Verified 3 times, first on 2026-12-02 09:30 Beijing time in 昆明 Kunming. If that was not you, this label may have been copied.',
    );
  });

  it('leaves out the place when the first scanner gave none', () => {
    const message = verificationMessage({ outcome: 'ALREADY_VERIFIED', scanCount: 2, firstVerifiedAt: at('2026-12-31T16:05:00Z'), firstVerifiedIn: null });
    expect(message).toContain('首次于 2027-01-01 00:05（北京时间）。');
    expect(message).toContain('first on 2027-01-01 00:05 Beijing time. ');
    expect(message).not.toMatch(/ in |在/);
  });

  it('words revoked and unknown codes', () => {
    expect(verificationMessage({ outcome: 'REVOKED', scanCount: 4, firstVerifiedAt: null, firstVerifiedIn: null })).toMatch(/^标签已撤销.*Label revoked/);
    expect(verificationMessage({ outcome: 'UNKNOWN', scanCount: 0, firstVerifiedAt: null, firstVerifiedIn: null })).toMatch(/^假冒.*Counterfeit: the alliance never issued this code/);
  });

  it('writes minutes in Asia/Shanghai, 24-hour', () => {
    expect(beijingMinute(at('2026-06-30T15:59:59Z'))).toBe('2026-06-30 23:59');
    expect(beijingMinute(at('2026-06-30T16:00:00Z'))).toBe('2026-07-01 00:00');
  });
});

describe('the place a scan is shown under', () => {
  it('keeps a known city, names bare coordinates after the nearest known city, else keeps them', () => {
    expect(placeName(resolveScanPlace({ city: 'Kunming' }))).toBe('昆明 Kunming');
    expect(placeName(resolveScanPlace({ latitude: 25.06, longitude: 102.68 }))).toBe('昆明 Kunming');
    expect(placeName(resolveScanPlace({ latitude: 31.2, longitude: 121.5 }))).toBe('上海 Shanghai');
    // The middle of the Taklamakan is far from every known city.
    expect(placeName(resolveScanPlace({ latitude: 39.0, longitude: 83.0 }))).toBe('39.0, 83.0');
    expect(placeName(null)).toBeNull();
  });
});

describe('the brand office reads a suspicion in words', () => {
  const kunming = resolveScanPlace({ city: 'Kunming' })!;
  const urumqi = resolveScanPlace({ city: 'Urumqi' })!;

  it('Kunming then Urumqi an hour later', () => {
    const scans: Scan[] = [
      { at: at('2026-12-02T01:00:00Z'), place: kunming },
      { at: at('2026-12-02T02:00:00Z'), place: urumqi },
    ];
    const [reason] = assessScans(scans).reasons;
    expect(describeSuspicionReason(reason!)).toBe('Kunming then Urumqi, 2,497 km in 1.0 h');
  });

  it('many scans', () => {
    const scans: Scan[] = Array.from({ length: 25 }, (_, i) => ({ at: new Date(Date.UTC(2026, 11, 1) + i * 60_000), place: null }));
    expect(assessScans(scans).reasons.map(describeSuspicionReason)).toEqual(['scanned 25 times']);
  });
});
