import { BadInput, Decimal, Forbidden, NotFound, requireActive, requireViewer, type Viewer } from '@alliance/domain-kit';
import type { Crop, FloorContract, FloorSettlement, Grade, Variety } from '../entities/index.ts';
import type { MemberReference } from './references.ts';
import {
  computeWindowIndexes,
  settleContracts,
  settlementIdOf,
  unsettleableContracts,
  windowsWithContracts,
  windowTotals,
  type WindowScope,
} from '../store/settlements.ts';
import { canSeeMembersCover, isInsurerOrOfficeOf, requireInsurerOrOffice } from './insurance-access.ts';
import type { InsuranceRequest } from './request.ts';
import { requireClosed, requireContractWindow, tooFewObservations, windowText, type DayWindow } from './settlement-rules.ts';

/**
 * Settling contracts' windows against the index, once: settleFloor for one contract, settleWindow
 * for every contract of a crop with the window, both through the same set-based statements in one
 * transaction — the window's index of each series computed once (with the observations it used),
 * then every settlement in one insert. A refusal writes nothing; a settlement already there stays.
 */
async function settleScope(req: InsuranceRequest, viewer: Viewer, scope: WindowScope): Promise<{ contract_id: string; payout_cny: string }[]> {
  return req.em.transactional(async (em) => {
    const counts = await computeWindowIndexes(em, scope);
    const unsettleable = await unsettleableContracts(em, scope);
    if (unsettleable.length) {
      const thin = new Map<string, { variety: string | null; grade: string | null; observationDays: number; minObservationDays: number }>();
      for (const row of unsettleable) {
        const key = `${row.variety}|${row.grade}|${row.min_observation_days}`;
        const counted = counts.find((c) => c.variety === row.variety && c.grade === row.grade)?.observation_days ?? 0;
        thin.set(key, { variety: row.variety, grade: row.grade, observationDays: row.observation_days ?? counted, minObservationDays: row.min_observation_days });
      }
      throw tooFewObservations(scope.crop, scope, [...thin.values()]);
    }
    return settleContracts(em, scope, viewer.memberId, new Date());
  });
}

/**
 * The insurer or the office settles one window of a contract of its alliance, after the window
 * has closed: a second call, or ten at once, returns the one settlement.
 */
export async function settleFloor(req: InsuranceRequest, contractId: string, window: DayWindow): Promise<FloorSettlement> {
  const viewer = requireActive(req.viewer);
  const contract = await req.loaders.contractById.load(contractId);
  if (!contract || !canSeeMembersCover(viewer, contract)) throw new NotFound(`No floor contract ${contractId} in your alliance.`, { field: 'contractId' });
  if (!isInsurerOrOfficeOf(viewer, contract.allianceId)) throw new Forbidden('Only the insurer or the office of the alliance may settle a contract.');
  const windows = await req.loaders.windowsByContract.load(contract.id);
  const w = requireContractWindow(windows, window, contract.number);
  requireClosed(w);
  if (!w.settlementId) {
    await settleScope(req, viewer, { allianceId: contract.allianceId, crop: contract.crop, start: w.start, end: w.end, contractId: contract.id });
    req.loaders.windowsByContract.clear(contract.id);
  }
  const id = w.settlementId ?? (await settlementIdOf(req.em, contract.id, w.start));
  return (await req.loaders.settlementById.load(id!))!;
}

export interface WindowSettlementView {
  crop: Crop;
  windowStart: string;
  windowEnd: string;
  indexPerKg: string | null;
  settled: number;
  alreadySettled: number;
  payoutCny: string;
  totalPayoutCny: string;
}

/**
 * The insurer or the office settles every bound contract of a crop with this window in its
 * alliance, in bulk (a constant number of statements, whatever the number of contracts). All or
 * nothing: a series whose index has too few days refuses the call. Contracts settled before keep
 * their settlement and are counted as such.
 */
export async function settleWindow(req: InsuranceRequest, crop: Crop, window: DayWindow): Promise<WindowSettlementView> {
  const viewer = requireInsurerOrOffice(req.viewer, 'settle a window');
  const scope = { allianceId: viewer.allianceId, crop, start: window.start, end: window.end };
  if (window.end < window.start) throw new BadInput(`The window ends (${window.end}) before it starts (${window.start}).`, { field: 'window' });
  const before = await windowTotals(req.em, scope);
  if (before.contracts === 0) {
    const known = await windowsWithContracts(req.em, viewer.allianceId, crop, 12);
    throw new BadInput(
      `No contract of ${crop.toLowerCase().replace(/_/g, ' ')} in your alliance has the window ${windowText(window)}` +
        (known.length ? `; windows with contracts (latest first): ${known.map(windowText).join(', ')}.` : '; there are no contracts of this crop yet.'),
      { field: 'window' },
    );
  }
  requireClosed(window);
  const settled = await settleScope(req, viewer, { ...scope, contractId: null });
  const after = await windowTotals(req.em, scope);
  return {
    crop,
    windowStart: window.start,
    windowEnd: window.end,
    indexPerKg: after.index_per_kg,
    settled: settled.length,
    alreadySettled: after.settled - settled.length,
    payoutCny: settled.reduce((sum, s) => sum.plus(s.payout_cny), new Decimal(0)).toFixed(2),
    totalPayoutCny: new Decimal(after.payout_cny).toFixed(2),
  };
}

/** A settlement the caller may see (through its contract: the insured member, the office, the insurer); null otherwise. */
export async function findSettlement(req: InsuranceRequest, id: string): Promise<FloorSettlement | null> {
  const viewer = requireViewer(req.viewer);
  const settlement = await req.loaders.settlementById.load(id);
  if (!settlement) return null;
  const contract = await req.loaders.contractById.load(settlement.contractId);
  return contract && canSeeMembersCover(viewer, contract) ? settlement : null;
}

export async function contractOfSettlement(req: InsuranceRequest, settlement: FloorSettlement): Promise<FloorContract> {
  return (await req.loaders.contractById.load(settlement.contractId))!;
}

/** The figures of the window index a settlement used. */
export async function indexOfSettlement(req: InsuranceRequest, settlement: FloorSettlement) {
  return (await req.loaders.windowIndexById.load(settlement.windowIndexId))!;
}

/** One observation of a settlement's statement; the market as a reference to the members subgraph's Member. */
export interface StatementLineView {
  market: MemberReference;
  day: string;
  variety: Variety | null;
  grade: Grade;
  priceCnyPerKg: string;
  volumeKg: string;
}

/** The observations the settlement's index was computed from, as they were then. */
export async function statementOf(req: InsuranceRequest, settlement: FloorSettlement): Promise<StatementLineView[]> {
  const lines = await req.loaders.statementByWindowIndex.load(settlement.windowIndexId);
  return lines.map((l) => ({
    market: { id: l.market_id },
    day: l.day,
    variety: l.variety as Variety | null,
    grade: l.grade as Grade,
    priceCnyPerKg: l.price_cny_per_kg,
    volumeKg: l.volume_kg,
  }));
}
