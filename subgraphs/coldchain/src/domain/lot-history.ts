import type { EntityManager } from '@mikro-orm/postgresql';
import type { CustodyEvent } from '../entities/index.ts';
import { custodyOfLots, readingsDuringStays, type StaySpan } from '../store/custody.ts';
import { applyCustodyEvent, placeKey, replayCustody, type LotPosition, type PathSegment, type Replay } from './positions.ts';

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
  custody: CustodyEvent[];
  stays: Stay[];
  /** Readings of the sensors of every place the lot was, while it was there, oldest first. */
  readings: Reading[];
  /** Where the kg are now and which loads left custody (positions.ts). */
  replay: Replay;
  /** Each position's own temperature history: the readings along its path. */
  positions: Map<LotPosition, PositionHistory>;
}

/** The readings of one position's kg along its path, and where that history ends. */
export interface PositionHistory {
  position: LotPosition;
  /** Readings of each path segment (same order as `position.path`), oldest first. */
  segments: { segment: PathSegment; readings: Reading[] }[];
  /** All of them, oldest first. */
  readings: Reading[];
  /** Now for kg in custody; the delivery (or rejection) for kg that left it: nothing after counts. */
  endsAt: Date;
}

/** The kinds after which the lot is out of the alliance's cold chain. */
const ENDS_CUSTODY = new Set(['DELIVERED', 'REJECTED']);

/** The place a custody event happened at, as the positions ledger keys it; null for an event with none. */
function placeOf(event: CustodyEvent): string | null {
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
export function staysOf(custody: readonly CustodyEvent[], now: Date): Stay[] {
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
 * Histories of many lots in two statements whatever their number: their custody events, then the
 * readings of every sensor of every place they stayed, joined on the time span — the path segments
 * of each position (figures), a segment shared by several positions fetched once, and with
 * `stays` the stays of the custody too (the EPCIS export).
 */
export async function loadLotHistories(em: EntityManager, lotIds: readonly string[], now = new Date(), opts: { stays?: boolean } = {}): Promise<Map<string, LotHistory>> {
  const events = await custodyOfLots(em, lotIds);
  const byLot = new Map<string, LotHistory>(lotIds.map((id) => [id, { custody: [], stays: [], readings: [], replay: { current: [], ended: [] }, positions: new Map() }]));
  for (const event of events) byLot.get(event.lotId)!.custody.push(event);
  const spans: StaySpan[] = [];
  /** Per lot, the span index of each distinct segment (place, from, to). */
  const segmentSpans = new Map<string, Map<string, number>>();
  const segmentKey = (s: PathSegment, end: Date) => `${s.facilityId ?? ''}|${s.vehicleId ?? ''}|${s.from.getTime()}|${(s.to ?? end).getTime()}`;
  for (const [lotId, history] of byLot) {
    // The stays' readings are the export's (EPCIS); the figures need only the positions' paths.
    if (opts.stays) history.stays = staysOf(history.custody, now);
    history.stays.forEach((stay, index) => spans.push({ lotId, stay: index, facilityId: stay.facilityId, vehicleId: stay.vehicleId, from: stay.from, to: stay.to }));
    history.replay = replayCustody(history.custody);
    const own = new Map<string, number>();
    segmentSpans.set(lotId, own);
    for (const position of positionsToFollow(history.replay)) {
      for (const segment of position.path) {
        const to = segment.to ?? now;
        const key = segmentKey(segment, now);
        if (own.has(key) || to <= segment.from) continue;
        own.set(key, spans.length);
        spans.push({ lotId, stay: spans.length, facilityId: segment.facilityId, vehicleId: segment.vehicleId, from: segment.from, to });
      }
    }
  }
  const bySpan = new Map<string, Reading[]>();
  for (const { lotId, ...reading } of await readingsDuringStays(em, spans)) {
    const key = `${lotId}|${reading.stay}`;
    if (!bySpan.has(key)) bySpan.set(key, []);
    bySpan.get(key)!.push(reading);
  }
  for (const [lotId, history] of byLot) {
    history.readings = history.stays.flatMap((_, index) => bySpan.get(`${lotId}|${index}`) ?? []).sort((a, b) => a.at.getTime() - b.at.getTime());
    const own = segmentSpans.get(lotId)!;
    for (const position of positionsToFollow(history.replay)) {
      const segments = position.path.map((segment) => {
        const index = own.get(segmentKey(segment, now));
        return { segment, readings: index === undefined ? [] : (bySpan.get(`${lotId}|${index}`) ?? []) };
      });
      history.positions.set(position, { position, segments, readings: segments.flatMap((s) => s.readings), endsAt: position.endedAt ?? now });
    }
  }
  return byLot;
}
