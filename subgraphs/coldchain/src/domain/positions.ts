import type { CustodyEvent } from '../entities/index.ts';

/**
 * Where a lot's kilograms are, replayed from its custody events (BRIEF.md section 3: a lot can be in
 * several places at once). Rules:
 * - RECEIVED/WASHED/ICED/PACKED/STORED at a facility: the first one brings the event's kg from the
 *   field; at a facility already holding kg nothing moves; at another facility it is a transfer of
 *   the event's kg (at most what the other facilities hold, largest holding first).
 * - LOADED: the event's kg move from the facilities holding the lot (largest first) onto the
 *   shipment's vehicle; each shipment is its own position, so two trips never share one. A lot
 *   never received at a facility is loaded straight from the field.
 * - DELIVERED and REJECTED end the shipment's position: the kg leave the alliance's custody (a
 *   rejected load stays shipped, as the reject flow models it — shipment-arrival.ts).
 * Kilograms are counted in grams (integers): exact, as the numeric(14,3) columns are.
 *
 * Each position carries its path: the places its kg went through since harvest, each with its time
 * span. Kg moved from one place to another inherit the path of the place they came from (the largest
 * source when they came from several), so a position's temperature history is that of its own kg.
 */
export interface PathSegment {
  facilityId: string | null;
  vehicleId: string | null;
  from: Date;
  /** Null while the kg are still there. */
  to: Date | null;
  /** The segment began with loading: the excursion rule's ignore period applies from its start. */
  loaded: boolean;
}

export interface LotPosition {
  facilityId: string | null;
  vehicleId: string | null;
  shipmentId: string | null;
  grams: number;
  /** When the kg now there began to arrive. */
  since: Date;
  /** The places the kg went through, oldest first; the last one is this position. */
  path: PathSegment[];
  /** When the kg left the alliance's custody (delivered or rejected); null while they are in it. */
  endedAt: Date | null;
}

export interface Replay {
  /** Some of the lot's kg have been at a facility (after which loads come from the stores, never from the field). */
  stored?: boolean;
  /** Positions holding kg now. */
  current: LotPosition[];
  /** Shipments' positions that ended at delivery or rejection, with their kg at the end. */
  ended: LotPosition[];
}

const grams = (kg: string) => Math.round(Number(kg) * 1000);
export const kgOfGrams = (g: number) => (g / 1000).toFixed(3);

export const FACILITY_KINDS: ReadonlySet<string> = new Set(['RECEIVED', 'WASHED', 'ICED', 'PACKED', 'STORED']);

type Event = Pick<CustodyEvent, 'kind' | 'at' | 'quantityKg'> & { facility: { id: string } | null; vehicle: { id: string } | null; shipment?: { id: string } | null };

/** What one event moved: the kg it asked to take from custody and the kg there were to take. */
export interface Step {
  wantedGrams: number;
  takenGrams: number;
}

function cutPath(path: readonly PathSegment[], at: Date): PathSegment[] {
  return path.map((s, i) => (i === path.length - 1 && s.to === null ? { ...s, to: at } : s));
}

function openPlace(replay: Replay, place: Pick<LotPosition, 'facilityId' | 'vehicleId' | 'shipmentId'>, at: Date, inherited: readonly PathSegment[], loaded: boolean): LotPosition {
  const position: LotPosition = {
    ...place,
    grams: 0,
    since: at,
    path: [...cutPath(inherited, at), { facilityId: place.facilityId, vehicleId: place.vehicleId, from: at, to: null, loaded }],
    endedAt: null,
  };
  replay.current.push(position);
  return position;
}

/** Takes up to `wanted` grams from the facilities (largest first); returns what it took and the path of the largest source. */
function takeFromFacilities(replay: Replay, wanted: number, at: Date): { taken: number; path: PathSegment[] } {
  const sources = replay.current.filter((p) => p.facilityId && p.grams > 0).sort((a, b) => b.grams - a.grams || a.since.getTime() - b.since.getTime());
  const path = sources[0]?.path ?? [];
  let taken = 0;
  for (const from of sources) {
    const part = Math.min(from.grams, wanted - taken);
    from.grams -= part;
    taken += part;
    if (from.grams === 0) from.path = cutPath(from.path, at);
    if (taken === wanted) break;
  }
  return { taken, path: [...path] };
}

/** Applies one custody event to the replay (events must come oldest first). */
export function applyCustodyEvent(replay: Replay, event: Event): Step {
  const kg = grams(event.quantityKg);
  const held = () => replay.current.some((p) => p.grams > 0);
  if (FACILITY_KINDS.has(event.kind) && event.facility) {
    replay.stored = true;
    const here = replay.current.find((p) => p.facilityId === event.facility!.id && p.grams > 0);
    if (here) return { wantedGrams: 0, takenGrams: 0 };
    if (!held()) {
      openPlace(replay, { facilityId: event.facility.id, vehicleId: null, shipmentId: null }, event.at, [], false).grams = kg;
      return { wantedGrams: 0, takenGrams: 0 };
    }
    const { taken, path } = takeFromFacilities(replay, kg, event.at);
    replay.current = replay.current.filter((p) => p.grams > 0 || p.facilityId === event.facility!.id);
    const place = replay.current.find((p) => p.facilityId === event.facility!.id) ?? openPlace(replay, { facilityId: event.facility.id, vehicleId: null, shipmentId: null }, event.at, path, false);
    if (place.grams === 0) Object.assign(place, { since: event.at, path: [...cutPath(path, event.at), { facilityId: event.facility.id, vehicleId: null, from: event.at, to: null, loaded: false }] });
    place.grams += taken;
    return { wantedGrams: kg, takenGrams: taken };
  }
  if (event.kind === 'LOADED') {
    const fromField = !replay.stored;
    const { taken, path } = fromField ? { taken: kg, path: [] } : takeFromFacilities(replay, kg, event.at);
    const key = event.shipment?.id ?? null;
    const vehicleId = event.vehicle?.id ?? null;
    let place = replay.current.find((p) => p.shipmentId === key && p.vehicleId === vehicleId && p.facilityId === null);
    if (!place) place = openPlace(replay, { facilityId: null, vehicleId, shipmentId: key }, event.at, path, true);
    place.grams += taken;
    replay.current = replay.current.filter((p) => p.grams > 0 || p === place);
    return { wantedGrams: fromField ? 0 : kg, takenGrams: fromField ? 0 : taken };
  }
  if ((event.kind === 'DELIVERED' || event.kind === 'REJECTED') && event.shipment) {
    for (const p of replay.current.filter((p) => p.shipmentId === event.shipment!.id && p.grams > 0)) {
      replay.ended.push({ ...p, path: cutPath(p.path, event.at), endedAt: event.at });
      p.grams = 0;
    }
    replay.current = replay.current.filter((p) => p.grams > 0);
  }
  return { wantedGrams: 0, takenGrams: 0 };
}

/** Replays a lot's custody: where its kg are now and which shipments' kg left at delivery. */
export function replayCustody<E extends Event>(custody: readonly E[], onStep?: (event: E, step: Step) => void): Replay {
  const replay: Replay = { current: [], ended: [] };
  for (const event of [...custody].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const step = applyCustodyEvent(replay, event);
    onStep?.(event, step);
  }
  replay.current = replay.current.filter((p) => p.grams > 0);
  return replay;
}

export function positionsOf(custody: readonly Event[]): LotPosition[] {
  return replayCustody(custody).current;
}

/** The ledger's key of a position's place (store/positions.ts): its facility, else its shipment, else its vehicle. */
export function placeKey(p: Pick<LotPosition, 'facilityId' | 'vehicleId' | 'shipmentId'>): string {
  return p.facilityId ? `facility:${p.facilityId}` : p.shipmentId ? `shipment:${p.shipmentId}` : `vehicle:${p.vehicleId}`;
}

/** The facility holding most of the kg still on offer (kg in stores); null when none are in a facility. */
export function mainFacilityOf(positions: readonly LotPosition[]): string | null {
  return onOffer(positions)[0]?.facilityId ?? null;
}

/** The positions whose kg are on offer (in stores), most kg first, then the newest. */
export function onOffer(positions: readonly LotPosition[]): LotPosition[] {
  return positions.filter((p) => p.facilityId && p.grams > 0).sort((a, b) => b.grams - a.grams || b.since.getTime() - a.since.getTime());
}

/**
 * The positions the lot's headline figures describe (supply page: latest temperature, shelf life,
 * excursions): the kg still on offer; when none are, the kg on the road; when none are, the last
 * load to leave custody, whose history ends at its delivery.
 */
export function describedPositions(replay: Replay): LotPosition[] {
  const offered = onOffer(replay.current);
  if (offered.length) return offered;
  if (replay.current.length) return [...replay.current].sort((a, b) => b.grams - a.grams);
  const last = [...replay.ended].sort((a, b) => b.endedAt!.getTime() - a.endedAt!.getTime())[0];
  return last ? [last] : [];
}
