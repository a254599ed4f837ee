import type { LotFreshnessEntry } from '@alliance/messaging';
import { publish } from '@alliance/messaging';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { query, sql } from '@alliance/db';
import { knownLots } from '../store/lot-alliances.ts';
import { lotsDueForFreshness, recordFreshnessAnnounced } from '../store/freshness.ts';
import { profileOf, type CropProfile } from './crop-profiles.ts';
import { foldContexts, harvestMidnight, loadLotHistories, type LotHistory, type PositionHistory } from './lot-history.ts';
import { onOffer } from './positions.ts';
import { latestOfFold, shelfLifeOfFold } from './folded-figures.ts';
import { foldKeysOfSettings } from './reading-fold.ts';
import { consumeShelfLife } from './shelf-life.ts';
import type { ColdchainSettings } from '../settings.ts';
import { PRODUCER } from './shipment-moves.ts';

/** Figures move this much before a lot is announced again before its refresh. */
const EXPIRY_CHANGE_MS = 10 * 60_000;

export interface FreshnessOptions {
  /** Lots are announced again at least this often (the figures drift only when temperatures do). */
  refreshMinutes: number;
  /** Lots with no custody for this long are no longer followed. */
  activeDays: number;
  /** Lots per round. */
  batch: number;
}

export const DEFAULT_FRESHNESS: FreshnessOptions = { refreshMinutes: 30, activeDays: 60, batch: 500 };

/**
 * The freshness of the kg on offer (in stores), as lots.freshness carries it: when their shelf life
 * runs out if kept at the latest temperature of the store holding most of them — the least of the
 * stores' figures when the kg are in several — and the crop's Q10 model. Null expiry when nothing
 * is on offer, nothing is logged, or the crop has no day countdown (safflower).
 */
export function freshnessEntry(lot: { id: string; harvestDate: string }, profile: CropProfile, history: LotHistory, now: Date): LotFreshnessEntry | null {
  const model = profile.shelfLife;
  const base = { lotId: lot.id, referenceDays: model?.referenceDays ?? null, referenceTempC: model?.referenceTempC ?? null, q10: model?.q10 ?? null, asOf: now.toISOString() };
  const offered = onOffer(history.replay.current).flatMap((p) => history.positions.get(p) ?? []);
  const current = latestOfFold(offered[0]?.fold ?? null);
  if (!model || !current) return { ...base, expiresAt: null, currentTempC: current?.celsius ?? null };
  const opts = { asOf: now, harvestedAt: harvestMidnight(lot.harvestDate), remainingAtC: current.celsius };
  // A fold tells when the shelf life runs out from now; when it ran out inside the history, the raw readings tell when.
  const expiryOf = (p: PositionHistory) => shelfLifeOfFold(p.fold, profile, opts)?.expiresAt ?? (p.readings ? consumeShelfLife(p.readings, profile, opts)!.expiresAt : null);
  const expiries = offered.map(expiryOf);
  if (expiries.some((e) => e === null)) return null;
  return { ...base, expiresAt: new Date(Math.min(...expiries.map((e) => e!.getTime()))).toISOString(), currentTempC: current.celsius };
}

const moved = (entry: LotFreshnessEntry, last: { lastExpiresAt: Date | null; lastTempC: number | null; announced: boolean }) =>
  !last.announced ||
  (entry.expiresAt === null) !== (last.lastExpiresAt === null) ||
  (entry.expiresAt !== null && Math.abs(new Date(entry.expiresAt).getTime() - last.lastExpiresAt!.getTime()) >= EXPIRY_CHANGE_MS) ||
  entry.currentTempC !== last.lastTempC;

/**
 * One round: the lots due (never announced, custody changed, or refresh passed), their figures from
 * their histories, and one lots.freshness message with those that moved, in one transaction. One
 * replica runs a round at a time (an advisory lock; the others skip it). Returns how many were announced.
 */
export async function announceFreshness(em: EntityManager, settings: ColdchainSettings, opts: FreshnessOptions = DEFAULT_FRESHNESS, now = new Date()): Promise<number> {
  return em.transactional(async (tx) => {
    const [lock] = await query<{ ok: boolean }>(tx, sql`select pg_try_advisory_xact_lock(hashtext('coldchain:lots.freshness')) as ok`);
    if (!lock?.ok) return 0;
    const due = await lotsDueForFreshness(tx, { refreshMinutes: opts.refreshMinutes, activeDays: opts.activeDays, limit: opts.batch });
    if (!due.length) return 0;
    const ids = due.map((d) => d.lotId);
    const known = new Map((await knownLots(tx, ids)).map((l) => [l.lotId, l]));
    const contexts = foldContexts([...known.values()], settings);
    const keys = foldKeysOfSettings(settings.cropProfiles);
    const entryOf = (lotId: string, history: LotHistory): LotFreshnessEntry | null => {
      const lot = known.get(lotId);
      return lot?.crop && lot.harvestDate
        ? freshnessEntry({ id: lotId, harvestDate: lot.harvestDate }, profileOf(lot.crop, settings.cropProfiles), history, now)
        : { lotId, expiresAt: null, currentTempC: null, referenceDays: null, referenceTempC: null, q10: null, asOf: now.toISOString() };
    };
    const figures = new Map<string, LotFreshnessEntry | null>();
    for (const [id, history] of await loadLotHistories(tx, ids, now, { keys, lots: contexts })) figures.set(id, entryOf(id, history));
    // Lots whose shelf life ran out inside their history: when it did, their raw readings tell.
    const spent = ids.filter((id) => figures.get(id) === null);
    if (spent.length) for (const [id, history] of await loadLotHistories(tx, spent, now, { keys, lots: contexts, raw: true })) figures.set(id, entryOf(id, history));
    const entries: LotFreshnessEntry[] = [];
    const checked: { lotId: string; expiresAt: string | null; currentTempC: number | null }[] = [];
    for (const candidate of due) {
      const entry = figures.get(candidate.lotId)!;
      checked.push({ lotId: entry.lotId, expiresAt: entry.expiresAt, currentTempC: entry.currentTempC });
      if (moved(entry, candidate)) entries.push(entry);
    }
    await recordFreshnessAnnounced(tx, checked);
    if (entries.length) await publish(tx, PRODUCER, 'lots.freshness', `freshness:${now.getTime()}`, { lots: entries });
    return entries.length;
  });
}

/** Runs a round every interval (and one at start); a failed round is logged and tried at the next. */
export function startFreshnessAnnouncer(em: () => EntityManager, log: Logger, settings: ColdchainSettings, intervalMs: number) {
  let running: Promise<unknown> = Promise.resolve();
  const round = () => {
    running = announceFreshness(em(), settings)
      .then((n) => n && log.info({ lots: n }, 'announced lots freshness'))
      .catch((error: unknown) => log.error({ err: error }, 'freshness announcement failed; it runs again at the next interval'));
  };
  const first = setTimeout(round, Math.min(intervalMs, 5_000));
  const timer = setInterval(round, intervalMs);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
