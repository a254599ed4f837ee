import { BadInput, Forbidden, isOfficeOf, pageSize, requireViewer } from '@alliance/domain-kit';
import { suspiciousCodesScannedSince, unknownCodeScansByPlace, type StoredScan, type SuspiciousCode } from '../store/scans.ts';
import { isBrandOfficeOf } from './certificate-access.ts';
import type { BrandingRequest } from './request.ts';
import { assessScans, type Scan, type SuspicionReason } from './suspicion.ts';
import { describeSuspicionReason } from './verification-words.ts';

/**
 * The brand office's watch list: scans of genuine codes that look copied, grouped by licence and
 * place, and scans of codes that were never issued, grouped by place. Most recent first.
 */

export type CounterfeitAlertKind = 'UNKNOWN_CODE' | 'SUSPICIOUS_SCANS';

export interface CounterfeitAlertView {
  kind: CounterfeitAlertKind;
  licenceId: string | null;
  place: string | null;
  scanCount: number;
  codes: string[];
  reasons: string[];
  firstScanAt: Date;
  lastScanAt: Date;
}

export const DEFAULT_ALERT_DAYS = 30;
/** Serials one alert names; the scan count covers them all. */
export const CODES_PER_ALERT = 100;

function asScan(s: StoredScan): Scan {
  return { at: s.at, place: s.latitude === null || s.longitude === null ? null : { name: s.place ?? '', latitude: s.latitude, longitude: s.longitude } };
}

/** Whether a reason concerns a place: many scans concern every place, a leg its two ends. */
function concerns(reason: SuspicionReason, place: string | null): boolean {
  return reason.kind === 'MANY_SCANS' || place === null || reason.from.name === place || reason.to.name === place;
}

/**
 * Groups the scans since `since` of suspicious codes by (licence, place). Each code is judged on
 * all the scans it comes with (older ones too: a copy may have started before `since`); a group
 * carries the reasons of its codes that concern its place, in words. Pure.
 */
export function groupSuspiciousScans(codes: readonly SuspiciousCode[], since: Date): CounterfeitAlertView[] {
  const groups = new Map<string, CounterfeitAlertView & { serials: Set<string>; reasonSet: Set<string> }>();
  for (const code of codes) {
    const reasons = assessScans(code.scans.map(asScan)).reasons.map((r) =>
      // The judged scans are the latest ones only; the count says how many there were in all.
      r.kind === 'MANY_SCANS' ? { ...r, scanCount: Math.max(r.scanCount, code.scanCount) } : r,
    );
    for (const scan of code.scans) {
      if (scan.at < since) continue;
      const key = JSON.stringify([code.licenceId, scan.place]);
      let group = groups.get(key);
      if (!group) {
        group = { kind: 'SUSPICIOUS_SCANS', licenceId: code.licenceId, place: scan.place, scanCount: 0, codes: [], reasons: [], firstScanAt: scan.at, lastScanAt: scan.at, serials: new Set(), reasonSet: new Set() };
        groups.set(key, group);
      }
      group.scanCount += 1;
      group.serials.add(code.serial);
      if (scan.at < group.firstScanAt) group.firstScanAt = scan.at;
      if (scan.at > group.lastScanAt) group.lastScanAt = scan.at;
      for (const reason of reasons) if (concerns(reason, scan.place)) group.reasonSet.add(describeSuspicionReason(reason));
    }
  }
  return [...groups.values()].map(({ serials, reasonSet, ...group }) => ({
    ...group,
    codes: [...serials].sort().slice(0, CODES_PER_ALERT),
    reasons: [...reasonSet],
  }));
}

/** Newest last scan first; ties by kind and place, so the order is stable. */
export function byMostRecent(a: CounterfeitAlertView, b: CounterfeitAlertView): number {
  return b.lastScanAt.getTime() - a.lastScanAt.getTime() || a.kind.localeCompare(b.kind) || (a.place ?? '').localeCompare(b.place ?? '');
}

export function canSeeCounterfeitAlerts(viewer: Parameters<typeof isOfficeOf>[0], allianceId: string): boolean {
  return isBrandOfficeOf(viewer, allianceId) || isOfficeOf(viewer, allianceId);
}

export async function counterfeitAlerts(req: BrandingRequest, since: Date | null | undefined, first: number | null | undefined): Promise<CounterfeitAlertView[]> {
  const viewer = requireViewer(req.viewer);
  if (!canSeeCounterfeitAlerts(viewer, viewer.allianceId)) throw new Forbidden('Counterfeit alerts are for the brand office and the office of the alliance.');
  const limit = pageSize(first, { default: 50, max: 200 });
  const from = since ?? new Date(Date.now() - DEFAULT_ALERT_DAYS * 86_400_000);
  if (Number.isNaN(from.getTime())) throw new BadInput('`since` is not a valid time.', { field: 'since' });
  const [suspicious, unknown] = await Promise.all([
    suspiciousCodesScannedSince(req.em, viewer.allianceId, from),
    unknownCodeScansByPlace(req.em, viewer.allianceId, from, limit),
  ]);
  const alerts: CounterfeitAlertView[] = [
    ...groupSuspiciousScans(suspicious, from),
    ...unknown.map((g) => ({ kind: 'UNKNOWN_CODE' as const, licenceId: null, ...g, reasons: [g.codes.length === 1 ? 'a code that was never issued' : `${g.codes.length} codes that were never issued`] })),
  ];
  return alerts.sort(byMostRecent).slice(0, limit);
}
