import { describe, expect, it } from 'vitest';
import { byMostRecent, groupSuspiciousScans } from '../../src/domain/counterfeit-alerts.ts';
import { resolveScanPlace } from '../../src/domain/suspicion.ts';
import type { StoredScan, SuspiciousCode } from '../../src/store/scans.ts';

const t = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 8) + minutes * 60_000);
const KUNMING = resolveScanPlace({ city: 'Kunming' })!;
const URUMQI = resolveScanPlace({ city: 'Urumqi' })!;
const scan = (serial: string, minutes: number, place: typeof KUNMING | null): StoredScan => ({
  serial,
  at: t(minutes),
  place: place?.name ?? null,
  latitude: place?.latitude ?? null,
  longitude: place?.longitude ?? null,
});

describe('grouping suspicious scans by licence and place', () => {
  const travelled: SuspiciousCode = { serial: 'AAAAAAAAAAAAAAAA', licenceId: 'L1', scanCount: 2, scans: [scan('AAAAAAAAAAAAAAAA', 60, URUMQI), scan('AAAAAAAAAAAAAAAA', 0, KUNMING)] };
  const many: SuspiciousCode = {
    serial: 'BBBBBBBBBBBBBBBB',
    licenceId: 'L1',
    scanCount: 230,
    scans: Array.from({ length: 21 }, (_, i) => scan('BBBBBBBBBBBBBBBB', 100 - i, i % 2 ? KUNMING : null)),
  };
  const otherLicence: SuspiciousCode = { serial: 'CCCCCCCCCCCCCCCC', licenceId: 'L2', scanCount: 2, scans: [scan('CCCCCCCCCCCCCCCC', 30, URUMQI), scan('CCCCCCCCCCCCCCCC', 0, KUNMING)] };

  it('puts each scan under its licence and place, with the reasons that concern that place', () => {
    const groups = groupSuspiciousScans([travelled, many, otherLicence], t(-1_000)).sort(byMostRecent);
    const summary = groups.map((g) => [g.licenceId, g.place, g.scanCount, g.codes, g.reasons, g.firstScanAt, g.lastScanAt]);
    expect(summary).toEqual([
      ['L1', null, 11, ['BBBBBBBBBBBBBBBB'], ['scanned 230 times'], t(80), t(100)],
      ['L1', '昆明 Kunming', 11, ['AAAAAAAAAAAAAAAA', 'BBBBBBBBBBBBBBBB'], ['Kunming then Urumqi, 2,497 km in 1.0 h', 'scanned 230 times'], t(0), t(99)],
      ['L1', '乌鲁木齐 Urumqi', 1, ['AAAAAAAAAAAAAAAA'], ['Kunming then Urumqi, 2,497 km in 1.0 h'], t(60), t(60)],
      ['L2', '乌鲁木齐 Urumqi', 1, ['CCCCCCCCCCCCCCCC'], ['Kunming then Urumqi, 2,497 km in 0.5 h'], t(30), t(30)],
      ['L2', '昆明 Kunming', 1, ['CCCCCCCCCCCCCCCC'], ['Kunming then Urumqi, 2,497 km in 0.5 h'], t(0), t(0)],
    ]);
    expect(groups.every((g) => g.kind === 'SUSPICIOUS_SCANS')).toBe(true);
  });

  it('counts only scans since `since`, but judges a code on its older scans too', () => {
    const groups = groupSuspiciousScans([travelled], t(30));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ place: '乌鲁木齐 Urumqi', scanCount: 1, reasons: ['Kunming then Urumqi, 2,497 km in 1.0 h'] });
  });

  it('has nothing to say of codes with no scan since then', () => {
    expect(groupSuspiciousScans([travelled], t(61))).toEqual([]);
  });
});
