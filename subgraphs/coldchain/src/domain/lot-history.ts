import type { EntityManager } from '@mikro-orm/postgresql';
import { custodyRecordsOfLots, readingsDuringStays, type CustodyRecord, type StaySpan } from '../store/custody.ts';
import { applyCustodyEvent, placeKey, replayCustody, type LotPosition, type PathSegment, type Replay } from './positions.ts';
import { foldedSpans, type FoldItem } from '../store/reading-folds.ts';
import type { Crop } from '@alliance/domain-kit';
import { profileOf, type CropProfile } from './crop-profiles.ts';
import type { KnownLot } from '../store/lot-alliances.ts';
import { concatAll, foldKeysOf, foldOfReading, foldReadings, foldServes, type FoldKeys, type ReadingFold } from './reading-fold.ts';
import { MINUTE_MS } from './readings.ts';

export interface Reading {
  at: Date;
  tempC: number;
  relativeHumidity?: number | null;
  /** The code of the sensor that took it (EPCIS names the device). */
  sensorCode?: string;
  /** Index of the stay (in `LotHistory.stays`) the reading belongs to. */
  stay: number;
}

/** A span of a lot's life in one place: a facility or a vehicle, from one custody event to the next. */
export interface Stay {
  facilityId: string | null;
  vehicleId: string | null;
  from: Date;
  to: Date;
  /** The stay began with loading: the excursion rule's ignore period applies from here. */
  loadedAt: Date | null;
}

export interface LotHistory {
  custody: CustodyRecord[];
  stays: Stay[];
  /** Readings of the sensors of every place the lot was, while it was there, oldest first. */
  readings: Reading[];
  /** Where the kg are now and which loads left custody (positions.ts). */
  replay: Replay;
  /** Each position's own temperature history: the readings along its path. */
  positions: Map<LotPosition, PositionHistory>;
}

/** The history of one position's kg along its path, folded (reading-fold.ts), and where it ends. */
export interface PositionHistory {
  position: LotPosition;
  /** The fold of each path segment's readings (same order as `position.path`); null for a segment without any. */
  segments: { segment: PathSegment; fold: ReadingFold | null }[];
  /** The fold of the whole path. */
  fold: ReadingFold | null;
  /** Now for kg in custody; the delivery (or rejection) for kg that left it: nothing after counts. */
  endsAt: Date;
  /** The raw readings along the path, oldest first, when the history was loaded raw (`raw: true`). */
  readings?: Reading[];
}

/** What the loader must know of each lot to fold its stays: the crop's profile (ignore period, limits) and the harvest. */
export interface LotFoldContext {
  profile: CropProfile;
  harvestedAt: Date;
}

/** Each known lot's profile and harvest (lots the cold chain has not heard of with a crop and harvest day are left out). */
export function foldContexts(known: readonly (KnownLot | null | Error)[], settings: { cropProfiles: Partial<Record<Crop, CropProfile>> }): Map<string, LotFoldContext> {
  return new Map(
    known.flatMap((lot) =>
      lot && !(lot instanceof Error) && lot.crop && lot.harvestDate
        ? [[lot.lotId, { profile: profileOf(lot.crop, settings.cropProfiles), harvestedAt: harvestMidnight(lot.harvestDate) }] as const]
        : [],
    ),
  );
}

/** Harvest days are Asia/Shanghai days; the clock of an unlogged lot starts at their midnight. */
export function harvestMidnight(harvestDate: string): Date {
  return new Date(`${harvestDate}T00:00:00+08:00`);
}

export interface HistoryOptions {
  /** What folds keep (the configured crops' profiles: foldKeysOf). */
  keys: FoldKeys;
  lots: ReadonlyMap<string, LotFoldContext>;
  /** Stays and their readings too (the EPCIS export). */
  stays?: boolean;
  /** Every reading of every position, folded here rather than read folded (the export, an expiry inside the history, a window of MKT). */
  raw?: boolean;
}

/** The kinds after which the lot is out of the alliance's cold chain. */
const ENDS_CUSTODY = new Set(['DELIVERED', 'REJECTED']);

/** The place a custody event happened at, as the positions ledger keys it; null for an event with none. */
function placeOf(event: CustodyRecord): string | null {
  if (event.facility) return `facility:${event.facility.id}`;
  if (event.shipment) return `shipment:${event.shipment.id}`;
  return event.vehicle ? `vehicle:${event.vehicle.id}` : null;
}

/**
 * Splits custody into stays, one per event with a place, each ending at the next event at the
 * same place (a shipment's own events: two overlapping trips never cut each other's stays short),
 * when the place no longer holds any of the lot's kg (positions.ts), or now. Delivery and rejection
 * end their shipment's stay (one without a shipment ends every vehicle stay open then).
 */
export function staysOf(custody: readonly CustodyRecord[], now: Date): Stay[] {
  const emptied = new Map<string, Date[]>();
  const replay: Replay = { current: [], ended: [] };
  for (const event of custody) {
    const before = new Map(replay.current.filter((p) => p.grams > 0).map((p) => [placeKey(p), p.grams]));
    applyCustodyEvent(replay, event);
    const after = new Set(replay.current.filter((p) => p.grams > 0).map((p) => placeKey(p)));
    for (const key of before.keys()) if (!after.has(key)) emptied.set(key, [...(emptied.get(key) ?? []), event.at]);
  }
  const stays: (Stay & { key: string })[] = [];
  custody.forEach((event, i) => {
    if (ENDS_CUSTODY.has(event.kind)) return;
    const key = placeOf(event);
    const facilityId = event.facility?.id ?? null;
    const vehicleId = event.vehicle?.id ?? null;
    if (!key || (!facilityId && !vehicleId)) return;
    const onVehicle = !facilityId;
    const next = custody.slice(i + 1).find((e) => e.at > event.at && (placeOf(e) === key || (onVehicle && ENDS_CUSTODY.has(e.kind) && !e.shipment)));
    const emptiedAt = (emptied.get(key) ?? []).find((at) => at > event.at);
    const to = new Date(Math.min(next?.at.getTime() ?? Infinity, emptiedAt?.getTime() ?? Infinity, now.getTime()));
    if (to <= event.at) return;
    const previous = stays.findLast((s) => s.key === key);
    // Received, washed, iced at the same plant: one stay, so one run of readings is judged once.
    if (previous && previous.to.getTime() === event.at.getTime() && event.kind !== 'LOADED') {
      previous.to = to;
      return;
    }
    stays.push({ key, facilityId, vehicleId, from: event.at, to, loadedAt: event.kind === 'LOADED' ? event.at : null });
  });
  return stays.map(({ key: _key, ...stay }) => stay);
}

/** The positions whose histories a lot's figures need: those in custody and the loads that left it. */
function positionsToFollow(replay: Replay): LotPosition[] {
  return [...replay.current, ...replay.ended];
}

/**
 * Histories of many lots in two statements whatever their number: their custody events, then for
 * each path segment of each position the clean folds of the hours and days it spans and the raw
 * readings of the rest (store/reading-folds.ts), a segment shared by several positions read once.
 * With `raw` (or `stays`, the EPCIS export) every reading instead, folded here. A lot whose folds
 * cannot serve its profile (folded before the profile was configured) or whose readings start
 * before its harvest is loaded raw: its figures are the rules' over its raw readings either way.
 */
export async function loadLotHistories(em: EntityManager, lotIds: readonly string[], now: Date, opts: HistoryOptions): Promise<Map<string, LotHistory>> {
  const events = await custodyRecordsOfLots(em, lotIds);
  const byLot = new Map<string, LotHistory>(lotIds.map((id) => [id, { custody: [], stays: [], readings: [], replay: { current: [], ended: [] }, positions: new Map() }]));
  for (const event of events) byLot.get(event.lotId)!.custody.push(event);
  /** Per lot, the span index of each distinct segment (place, from, to). */
  const segmentSpans = new Map<string, Map<string, number>>();
  const segmentKey = (s: PathSegment, end: Date) => `${s.facilityId ?? ''}|${s.vehicleId ?? ''}|${s.from.getTime()}|${(s.to ?? end).getTime()}`;
  const spans: (StaySpan & { judgedFrom: Date })[] = [];
  const ignoreMs = (lotId: string) => (opts.lots.get(lotId)?.profile.ignoreAfterLoadingMinutes ?? 0) * MINUTE_MS;
  for (const [lotId, history] of byLot) {
    if (opts.stays) history.stays = staysOf(history.custody, now);
    history.stays.forEach((stay, index) => spans.push({ lotId, stay: index, facilityId: stay.facilityId, vehicleId: stay.vehicleId, from: stay.from, to: stay.to, judgedFrom: stay.from }));
    history.replay = replayCustody(history.custody);
    const own = new Map<string, number>();
    segmentSpans.set(lotId, own);
    for (const position of positionsToFollow(history.replay)) {
      for (const segment of position.path) {
        const to = segment.to ?? now;
        const key = segmentKey(segment, now);
        if (own.has(key) || to <= segment.from) continue;
        own.set(key, spans.length);
        const judgedFrom = segment.loaded ? new Date(segment.from.getTime() + ignoreMs(lotId)) : segment.from;
        spans.push({ lotId, stay: spans.length, facilityId: segment.facilityId, vehicleId: segment.vehicleId, from: segment.from, to, judgedFrom });
      }
    }
  }
  const raw = opts.raw || opts.stays;
  // Read raw, the folds are made here for the lots' own profiles: they always serve them.
  const keys = raw ? foldKeysOf([...opts.lots.values()].map((l) => l.profile)) : opts.keys;
  const bySpan = new Map<string, Reading[]>();
  const itemsBySpan = raw ? new Map<string, FoldItem[]>() : await foldedSpans(em, spans.flatMap((s) => (s.facilityId ?? s.vehicleId ? [{ lotId: s.lotId, span: s.stay, placeId: (s.facilityId ?? s.vehicleId)!, from: s.from, to: s.to, judgedFrom: s.judgedFrom }] : [])));
  if (raw) {
    for (const { lotId, ...reading } of await readingsDuringStays(em, spans)) {
      const key = `${lotId}|${reading.stay}`;
      if (!bySpan.has(key)) bySpan.set(key, []);
      bySpan.get(key)!.push(reading);
    }
  }
  const unserved: string[] = [];
  for (const [lotId, history] of byLot) {
    history.readings = history.stays.flatMap((_, index) => bySpan.get(`${lotId}|${index}`) ?? []).sort((a, b) => a.at.getTime() - b.at.getTime());
    const own = segmentSpans.get(lotId)!;
    const lot = opts.lots.get(lotId);
    let serves = true;
    for (const position of positionsToFollow(history.replay)) {
      const segments = position.path.map((segment) => {
        const index = own.get(segmentKey(segment, now));
        const span = index === undefined ? undefined : spans[index]!;
        const judged = (at: Date) => !span || at >= span.judgedFrom || at < span.from;
        if (raw) return { segment, fold: index === undefined ? null : foldReadings(bySpan.get(`${lotId}|${index}`) ?? [], keys, judged), readings: index === undefined ? [] : (bySpan.get(`${lotId}|${index}`) ?? []) };
        const items = index === undefined ? [] : (itemsBySpan.get(`${lotId}|${index}`) ?? []);
        const fold = concatAll(items.map((item) => (item.kind === 'fold' ? item.fold : foldOfReading({ at: item.at.getTime(), c: item.tempC, rh: item.relativeHumidity }, keys, judged(item.at)))));
        return { segment, fold, readings: [] };
      });
      const fold = concatAll(segments.map((s) => s.fold));
      if (lot && fold && (!foldServes(fold, lot.profile) || fold.first.at < lot.harvestedAt.getTime())) serves = false;
      history.positions.set(position, {
        position,
        segments: segments.map(({ segment, fold: f }) => ({ segment, fold: f })),
        fold,
        endsAt: position.endedAt ?? now,
        ...(raw ? { readings: segments.flatMap((s) => s.readings) } : {}),
      });
    }
    if (!serves && !raw) unserved.push(lotId);
  }
  if (unserved.length) {
    for (const [lotId, history] of await loadLotHistories(em, unserved, now, { ...opts, raw: true })) byLot.set(lotId, history);
  }
  return byLot;
}
