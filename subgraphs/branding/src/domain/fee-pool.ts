import { BadInput, Decimal, apportionLargestRemainder, shanghaiDay } from '@alliance/domain-kit';

/**
 * The licence-fee pool of a month, paid out to the alliance's cooperatives in proportion to their
 * certified kg in that month, by the largest-remainder (Hamilton) method: each cooperative first
 * gets the whole fen of its exact share, then the fen left over go one each to the largest
 * fractional parts. The shares add up to the pool exactly. Equal fractional parts go in order of
 * cooperative id, so the same facts always give the same split.
 */

export interface CooperativeVolume {
  cooperativeId: string;
  /** Certified kg in the month, exact to the gram. */
  certifiedKg: Decimal.Value;
}

export interface FeeShare {
  cooperativeId: string;
  certifiedKg: Decimal;
  amountFen: number;
  /** Whether one of the leftover fen went to this cooperative. */
  gotRemainderFen: boolean;
}

export type FeePoolSplit =
  | { distributed: true; poolFen: number; totalCertifiedKg: Decimal; shares: FeeShare[]; remainderFen: number }
  | { distributed: false; poolFen: number; totalCertifiedKg: Decimal; reason: string };

function grams(kg: Decimal.Value, cooperativeId: string): bigint {
  const d = new Decimal(kg);
  if (!d.isFinite() || d.isNegative()) throw new RangeError(`Cooperative ${cooperativeId} has certified kg ${String(kg)}; it must be 0 or more.`);
  const g = d.times(1000);
  if (!g.isInteger()) throw new RangeError(`Cooperative ${cooperativeId} has certified kg ${String(kg)}, finer than a gram.`);
  return BigInt(g.toFixed(0));
}

export function splitFeePool(poolFen: number, volumes: readonly CooperativeVolume[]): FeePoolSplit {
  if (!Number.isSafeInteger(poolFen) || poolFen < 0) throw new RangeError(`A fee pool is a whole number of fen, 0 or more; got ${poolFen}.`);
  const ids = new Set<string>();
  const rows = volumes.map((v) => {
    if (ids.has(v.cooperativeId)) throw new RangeError(`Cooperative ${v.cooperativeId} appears twice in the fee pool.`);
    ids.add(v.cooperativeId);
    return { cooperativeId: v.cooperativeId, certifiedKg: new Decimal(v.certifiedKg), g: grams(v.certifiedKg, v.cooperativeId) };
  });
  const totalG = rows.reduce((sum, r) => sum + r.g, 0n);
  const totalCertifiedKg = new Decimal(totalG.toString()).dividedBy(1000);
  if (totalG === 0n) {
    return { distributed: false, poolFen, totalCertifiedKg, reason: 'No cooperative has certified kg in the month, so there is no one to share the pool with; it stays undistributed.' };
  }
  if (poolFen === 0) return { distributed: false, poolFen, totalCertifiedKg, reason: 'No licence fees accrued in the month: the pool is empty.' };

  // Ties of the leftover fen go by cooperative id: the rows are apportioned in that order.
  const ordered = [...rows].sort((a, b) => (a.cooperativeId < b.cooperativeId ? -1 : a.cooperativeId > b.cooperativeId ? 1 : 0));
  const split = apportionLargestRemainder(BigInt(poolFen), ordered.map((r) => r.g));
  const remainderFen = Number(split.remainder);
  const shares = ordered.map((r, i) => ({
    cooperativeId: r.cooperativeId,
    certifiedKg: r.certifiedKg,
    amountFen: Number(split.parts[i]!),
    gotRemainderFen: split.gotRemainder[i]!,
  }));
  return { distributed: true, poolFen, totalCertifiedKg, shares, remainderFen };
}

// ---- months -----------------------------------------------------------------------------------

/** The Asia/Shanghai month of an instant, as YYYY-MM: a fee at 2026-01-31T16:00Z belongs to 2026-02. */
export function monthOf(at: Date): string {
  return shanghaiDay(at).slice(0, 7);
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Throws BadInput unless the month reads YYYY-MM. */
export function parseMonth(value: string, field = 'month'): string {
  const month = value.trim();
  if (!MONTH.test(month)) throw new BadInput(`${field} must be a month written YYYY-MM, such as 2026-03; got "${value}".`, { field });
  return month;
}

/** The UTC instants of a Shanghai month: from its first midnight (included) to the next month's (excluded). */
export function monthRange(month: string): { start: Date; end: Date } {
  const clean = parseMonth(month);
  const match = MONTH.exec(clean)!;
  const year = Number(match[1]);
  const m = Number(match[2]);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  // Asia/Shanghai has been UTC+8 all year since 1991.
  return { start: new Date(`${clean}-01T00:00:00+08:00`), end: new Date(`${next}-01T00:00:00+08:00`) };
}
