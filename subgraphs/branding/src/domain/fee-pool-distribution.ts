import { Conflict, Forbidden, cnyString, kgString, pageSize, requireActive, requireViewer, type Viewer } from '@alliance/domain-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findDirectoryMembers } from '@alliance/member-directory';
import {
  certifiedKgOfMonth,
  distributionOf,
  feePoolOfMonth,
  holdLabelBatches,
  insertDistribution,
  insertShares,
  sharesOf,
  statementsOf,
  type DistributionRow,
  type ShareRow,
} from '../store/fee-pool.ts';
import { canManageFeePool, cooperativeVolumes, fenToCny, holdsCooperative, isCooperativeOf, requireFinishedMonth, requireStartedMonth, shareOf } from './fee-pool-attribution.ts';
import { monthRange, parseMonth, splitFeePool, type FeePoolSplit } from './fee-pool.ts';
import { toFen } from './quota.ts';
import type { BrandingRequest } from './request.ts';

/** A month's pool as the API answers it: stored once distributed, computed now before. */
export interface FeePoolView {
  allianceId: string;
  month: string;
  poolCny: string;
  certifiedKg: string;
  distributed: boolean;
  distributedAt: Date | null;
  shares: FeePoolShareView[];
}

export interface FeePoolShareView {
  allianceId: string;
  month: string;
  cooperativeId: string;
  certifiedKg: string;
  share: string;
  amountCny: string;
  distributed: boolean;
}

function shareView(row: ShareRow, totalKg: string, distributed: boolean): FeePoolShareView {
  return {
    allianceId: row.alliance_id,
    month: row.month,
    cooperativeId: row.cooperative_id,
    certifiedKg: kgString(row.certified_kg),
    share: shareOf(row.certified_kg, totalKg),
    amountCny: cnyString(row.amount_cny),
    distributed,
  };
}

function storedView(d: DistributionRow, shares: readonly ShareRow[]): FeePoolView {
  return {
    allianceId: d.alliance_id,
    month: d.month,
    poolCny: cnyString(d.pool_cny),
    certifiedKg: kgString(d.certified_kg),
    distributed: true,
    distributedAt: d.distributed_at,
    shares: shares.map((s) => shareView(s, d.certified_kg, true)),
  };
}

interface ComputedPool {
  poolCny: string;
  split: FeePoolSplit;
  /** The share rows the split pays (amount 0 each when the pool is empty; none without certified kg). */
  shares: ShareRow[];
}

/**
 * The pool and its split from the facts as they are now: Σ fees of the month's label batches, and
 * each cooperative's certified kg of the month, the cooperative of each lot decided from the
 * directory now and written into the share, so a later change of the facts leaves the statement be.
 */
async function computePool(em: EntityManager, allianceId: string, month: string): Promise<ComputedPool> {
  const poolCny = await feePoolOfMonth(em, allianceId, month);
  const { start, end } = monthRange(month);
  const rows = await certifiedKgOfMonth(em, allianceId, start, end);
  const ids = [...new Set(rows.flatMap((r) => (r.cooperative_id ? [r.grower_id, r.cooperative_id] : [r.grower_id])))];
  // Read on the transaction's own connection (not the request's directory loader): a run holding
  // its transaction never waits for a second connection from the pool.
  const entries = new Map((await findDirectoryMembers(em, ids)).map((entry) => [entry.memberId, entry]));
  const volumes = cooperativeVolumes(
    rows.map((r) => ({ growerId: r.grower_id, cooperativeId: r.cooperative_id, certifiedKg: r.certified_kg })),
    (memberId) => holdsCooperative(entries.get(memberId), allianceId),
  );
  const split = splitFeePool(toFen(poolCny), volumes);
  const shares: ShareRow[] = split.distributed
    ? split.shares.map((s) => ({
        alliance_id: allianceId,
        month,
        cooperative_id: s.cooperativeId,
        certified_kg: kgString(s.certifiedKg),
        amount_cny: fenToCny(s.amountFen),
        got_remainder_fen: s.gotRemainderFen,
      }))
    : volumes.map((v) => ({ alliance_id: allianceId, month, cooperative_id: v.cooperativeId, certified_kg: kgString(v.certifiedKg), amount_cny: '0.00', got_remainder_fen: false }));
  return { poolCny: cnyString(poolCny), split, shares };
}

/**
 * The office or the brand office pays a finished month's pool out to the cooperatives. One
 * transaction: label batches held (see holdLabelBatches: no batch slips into the month while it
 * is read), the stored distribution answered as it is if there is one, else the split computed
 * and the distribution written `on conflict do nothing` — a concurrent run that won makes this one
 * answer the winner's distribution, unchanged — and every share in one statement. The database
 * refuses at commit shares that do not add up to the pool.
 *
 * Why a lock on label_batch is enough: issueLabels stamps a batch with the month of its issue, which
 * is now; the month distributed is finished, so the only batch that can still land in it is one whose
 * issue began before the month ended and commits after. The SHARE lock waits for it (its fee is then
 * counted) and makes new writers wait for this run; once this run has committed, the
 * label_batch_month_open trigger refuses any batch of the month.
 */
export async function distributeFeePool(req: BrandingRequest, allianceId: string, month: string, now = new Date()): Promise<FeePoolView> {
  const viewer = requireActive(req.viewer);
  // As members answers an office acting on another alliance's id (admitMember): FORBIDDEN.
  if (!canManageFeePool(viewer, allianceId)) throw new Forbidden('Only the office or the brand office of its own alliance may distribute its licence-fee pool.');
  const clean = parseMonth(month);
  requireFinishedMonth(clean, now);
  return req.em.transactional(async (em) => {
    await holdLabelBatches(em);
    const stored = await distributionOf(em, allianceId, clean);
    if (stored) return storedView(stored, await sharesOf(em, allianceId, clean));

    const { poolCny, split, shares } = await computePool(em, allianceId, clean);
    if (!split.distributed) {
      throw new Conflict(split.reason, { poolCny, certifiedKg: kgString(split.totalCertifiedKg) });
    }
    const row: DistributionRow = {
      alliance_id: allianceId,
      month: clean,
      pool_cny: poolCny,
      certified_kg: kgString(split.totalCertifiedKg),
      distributed_at: new Date(),
      distributed_by: viewer.memberId,
    };
    if (!(await insertDistribution(em, row))) {
      // Another run committed this month's distribution while this one computed: answer that one.
      const won = (await distributionOf(em, allianceId, clean))!;
      return storedView(won, await sharesOf(em, allianceId, clean));
    }
    await insertShares(em, shares);
    return storedView(row, shares);
  });
}

/**
 * A month's pool of the caller's alliance: every share for the office and the brand office, its
 * own for a cooperative; before distribution, the split as it would be paid now.
 */
export async function findFeePool(req: BrandingRequest, month: string): Promise<FeePoolView> {
  const viewer = requireViewer(req.viewer);
  const allianceId = viewer.allianceId;
  const seesAll = canManageFeePool(viewer, allianceId);
  if (!seesAll && !isCooperativeOf(viewer, allianceId)) {
    throw new Forbidden('The licence-fee pool is for the office and the brand office of the alliance, and for its cooperatives (their own share).');
  }
  const clean = parseMonth(month);
  requireStartedMonth(clean, new Date());
  const own = (shares: FeePoolShareView[]) => (seesAll ? shares : shares.filter((s) => s.cooperativeId === viewer.memberId));

  const stored = await distributionOf(req.em, allianceId, clean);
  if (stored) return storedView(stored, await sharesOf(req.em, allianceId, clean, seesAll ? null : viewer.memberId));

  const { poolCny, split, shares } = await computePool(req.em, allianceId, clean);
  const totalKg = kgString(split.totalCertifiedKg);
  return {
    allianceId,
    month: clean,
    poolCny,
    certifiedKg: totalKg,
    distributed: false,
    distributedAt: null,
    shares: own(shares.map((s) => shareView(s, totalKg, false))),
  };
}

/** The calling cooperative's distributed shares in its alliance, newest month first. */
export async function feePoolStatements(req: BrandingRequest, first: number | null | undefined): Promise<FeePoolShareView[]> {
  const viewer: Viewer = requireViewer(req.viewer);
  if (!isCooperativeOf(viewer, viewer.allianceId)) throw new Forbidden('Fee-pool statements are for the alliance\'s cooperatives.');
  const limit = pageSize(first, { default: 24, max: 120 });
  const rows = await statementsOf(req.em, viewer.allianceId, viewer.memberId, limit);
  return rows.map((r) => shareView(r, r.pool_certified_kg, true));
}

