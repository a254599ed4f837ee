import { BadInput, Decimal, hasRole, isMemberOf, isOfficeOf, rolesIn, type DirectoryMember, type Viewer } from '@alliance/domain-kit';
import { isBrandOfficeOf } from './certificate-access.ts';
import { monthOf, type CooperativeVolume } from './fee-pool.ts';

/**
 * Whose certified kg share the pool, and the small rules around a distribution. Pure: the use
 * cases in fee-pool-distribution.ts bring the facts (certificates, lots, the directory).
 */

/** Certified kg of a month, summed by the lot's grower and the cooperative the lot names. */
export interface GrowerCertifiedKg {
  growerId: string;
  /** The lot's cooperative (members sends it with the lot), null for an independent grower. */
  cooperativeId: string | null;
  certifiedKg: Decimal.Value;
}

/** The member holds COOPERATIVE in the alliance, as the directory says now. */
export function holdsCooperative(entry: DirectoryMember | null | undefined, allianceId: string): boolean {
  return !!entry && rolesIn(entry, allianceId).includes('COOPERATIVE');
}

/**
 * The cooperative a lot's certified kg count for: the grower itself when it is a cooperative of the
 * alliance (its own lots), else the lot's cooperative when that is a cooperative of the alliance
 * (its member growers' lots), else none: an independent grower's kg share nothing.
 */
export function cooperativeOfLot(row: Pick<GrowerCertifiedKg, 'growerId' | 'cooperativeId'>, isCooperative: (memberId: string) => boolean): string | null {
  if (isCooperative(row.growerId)) return row.growerId;
  if (row.cooperativeId !== null && isCooperative(row.cooperativeId)) return row.cooperativeId;
  return null;
}

/** Each cooperative's certified kg in the month (only those with some), by cooperative id. */
export function cooperativeVolumes(rows: readonly GrowerCertifiedKg[], isCooperative: (memberId: string) => boolean): CooperativeVolume[] {
  const byCooperative = new Map<string, Decimal>();
  for (const row of rows) {
    const cooperativeId = cooperativeOfLot(row, isCooperative);
    if (cooperativeId === null) continue;
    byCooperative.set(cooperativeId, (byCooperative.get(cooperativeId) ?? new Decimal(0)).plus(row.certifiedKg));
  }
  return [...byCooperative]
    .filter(([, kg]) => kg.gt(0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([cooperativeId, kg]) => ({ cooperativeId, certifiedKg: kg.toFixed(3) }));
}

export const SHARE_DECIMAL_PLACES = 6;

/** certifiedKg ÷ totalKg to 6 decimal places (half up), for reading; the amounts are exact in fen. 0 when the total is 0. */
export function shareOf(certifiedKg: Decimal.Value, totalKg: Decimal.Value): string {
  const total = new Decimal(totalKg);
  if (total.isZero()) return new Decimal(0).toFixed(SHARE_DECIMAL_PLACES);
  return new Decimal(certifiedKg).dividedBy(total).toFixed(SHARE_DECIMAL_PLACES, Decimal.ROUND_HALF_UP);
}

/** Whole fen as CNY with 2 decimals, exactly. */
export function fenToCny(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`${fen} is not a whole number of fen.`);
  return new Decimal(fen).dividedBy(100).toFixed(2);
}

/** Only a finished month is paid out: one before the current Asia/Shanghai month. */
export function requireFinishedMonth(month: string, now: Date): void {
  const current = monthOf(now);
  if (month >= current) {
    throw new BadInput(`Only a finished month can be distributed: ${month} is ${month === current ? 'the current month' : 'in the future'} (the current month in Asia/Shanghai is ${current}).`, { field: 'month' });
  }
}

/** A pool can be looked at up to the current month (still filling); a future month has none yet. */
export function requireStartedMonth(month: string, now: Date): void {
  const current = monthOf(now);
  if (month > current) {
    throw new BadInput(`${month} has not begun: the current month in Asia/Shanghai is ${current}, and a pool fills only as labels are issued.`, { field: 'month' });
  }
}

/** Distributes the pool and sees every share: the office or the brand office of that alliance. */
export function canManageFeePool(viewer: Viewer | null, allianceId: string): boolean {
  return isOfficeOf(viewer, allianceId) || isBrandOfficeOf(viewer, allianceId);
}

/** Sees its own share of the pool and its statements: a cooperative of the alliance. */
export function isCooperativeOf(viewer: Viewer | null, allianceId: string): boolean {
  return isMemberOf(viewer, allianceId) && hasRole(viewer, 'COOPERATIVE');
}
