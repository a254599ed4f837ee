import { requireViewer } from '@alliance/domain-kit';
import type { Facility } from '../entities/index.ts';
import { profileOf, type CropProfile } from './crop-profiles.ts';
import { detectExcursions, type Excursion } from './excursions.ts';
import { harvestMidnight, type LotHistory, type PositionHistory } from './lot-history.ts';
import { meanKineticTemperature } from './mean-kinetic-temperature.ts';
import { excursionsOfFold, latestOfFold, meanKineticTemperatureOfFold, shelfLifeOfFold, type FoldedShelfLife } from './folded-figures.ts';
import type { LotReference } from './references.ts';
import type { ColdchainRequest } from './request.ts';
import { consumeShelfLife } from './shelf-life.ts';
import { buildEpcisDocument, type EpcisCustodyEvent } from './epcis.ts';
import { visibleShipment } from './shipment-reading.ts';
import { seesLotColdChain, seesLotKg } from './lot-access.ts';
import { describedPositions, kgOfGrams, mainFacilityOf, placeKey } from './positions.ts';

/** A lot's cold chain: computed on demand from its history, which one DataLoader batch loads. */
export interface LotColdChainView {
  lot: LotReference;
  profile: CropProfile;
  /** The caller may read the lot's kg (custody, EPCIS quantities). */
  seesKg: boolean;
}

/**
 * The lot's cold chain, for a member of the lot's alliance (as lots.registered told the cold chain);
 * null otherwise, as for a lot that does not exist, whichever way the lot was reached (`_entities` too).
 */
export async function coldChainOf(req: ColdchainRequest, lot: LotReference): Promise<LotColdChainView | null> {
  const viewer = requireViewer(req.viewer);
  const known = await req.loaders.knownLot.load(lot.id);
  if (!seesLotColdChain(viewer, known)) return null;
  return { lot, profile: profileOf(lot.crop, req.settings.cropProfiles), seesKg: seesLotKg(viewer, known) };
}

/** Harvest days are Asia/Shanghai days; the clock of an unlogged lot starts at their midnight. */
function harvestedAt(lot: LotReference): Date {
  return harvestMidnight(lot.harvestDate);
}

/** The facility holding most of the kg still on offer (positions.ts); null when no kg are in a facility. */
export async function currentLocation(req: ColdchainRequest, view: LotColdChainView): Promise<Facility | null> {
  const { replay } = await req.loaders.historyByLot.load(view.lot.id);
  const facilityId = mainFacilityOf(replay.current);
  return facilityId ? req.loaders.facilityById.load(facilityId) : null;
}

export interface LotPositionView {
  facilityId: string | null;
  vehicleId: string | null;
  kg: string | null;
  since: Date;
  /** For the position's own figures. */
  view: LotColdChainView;
  history: PositionHistory;
}

/** Where the lot's kg are now, each with its own history; kg null for a caller who may not read the lot's kg. */
export async function positionsOfLot(req: ColdchainRequest, view: LotColdChainView): Promise<LotPositionView[]> {
  const history = await req.loaders.historyByLot.load(view.lot.id);
  return history.replay.current.map((p) => ({
    facilityId: p.facilityId,
    vehicleId: p.vehicleId,
    kg: view.seesKg ? kgOfGrams(p.grams) : null,
    since: p.since,
    view,
    history: history.positions.get(p)!,
  }));
}

/** The histories the lot's headline figures describe: the kg on offer (positions.ts, describedPositions). */
function described(history: LotHistory): PositionHistory[] {
  return describedPositions(history.replay).flatMap((p) => history.positions.get(p) ?? []);
}

/** A position's latest reading: the last of its path (of the kg on the road, the truck's; of delivered kg, the last before delivery). */
export function positionLatestTemperature(history: PositionHistory) {
  return latestOfFold(history.fold);
}

/** The latest reading of the place holding most of the kg on offer (of the kg on the road, or of the last delivered load, when none are on offer). */
export function latestTemperature(history: LotHistory) {
  return latestOfFold(described(history)[0]?.fold ?? null);
}

/** The loader reads a lot raw when its folds cannot serve its profile (lot-history.ts), so this cannot happen but by a defect. */
function unserved(what: string): never {
  throw new Error(`the folded readings cannot give ${what} and no raw readings were loaded`);
}

const excursionCache = new WeakMap<PositionHistory, Excursion[]>();

/** A position's excursions, segment by segment, so each loading's ignore period applies to the readings after it. */
export function positionExcursions(view: LotColdChainView, history: PositionHistory): Excursion[] {
  const cached = excursionCache.get(history);
  if (cached) return cached;
  const found = history.segments.flatMap(({ fold }) => excursionsOfFold(fold, view.profile) ?? unserved('excursions'));
  excursionCache.set(history, found);
  return found;
}

/** The excursions of the kg on offer (one excursion of a place their paths share counts once), oldest first. */
export function excursionsOf(view: LotColdChainView, history: LotHistory): Excursion[] {
  const seen = new Map<string, Excursion>();
  for (const position of described(history)) for (const x of positionExcursions(view, position)) seen.set(`${x.kind}|${x.start.getTime()}`, x);
  return [...seen.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** A position's shelf life: from harvest along its own path, ending where its custody ends. */
export function positionShelfLife(view: LotColdChainView, history: PositionHistory): FoldedShelfLife | null {
  const opts = { asOf: history.endsAt, harvestedAt: harvestedAt(view.lot) };
  const folded = shelfLifeOfFold(history.fold, view.profile, opts);
  if (folded !== undefined) return folded;
  return history.readings ? consumeShelfLife(history.readings, view.profile, opts) : unserved('the shelf life');
}

/**
 * The shelf life of the kg on offer: the least remaining of their positions (a buyer gets the
 * worst of what it may be sent). A lot with no custody counts down from harvest, unlogged.
 */
export function shelfLifeOf(view: LotColdChainView, history: LotHistory, now = new Date()): FoldedShelfLife | null {
  const figures = described(history).map((p) => positionShelfLife(view, p));
  if (!figures.length) return consumeShelfLife([], view.profile, { asOf: now, harvestedAt: harvestedAt(view.lot) });
  return figures.reduce<FoldedShelfLife | null>((worst, f) => (!worst || (f && f.fractionUsed > worst.fractionUsed) ? f : worst), null);
}

/**
 * Mean kinetic temperature along a position's path, or over [from, to); its history ends where its
 * custody does. The whole path comes from its fold; a window needs the raw readings (`raw` history).
 */
export function positionMeanKineticTemperature(history: PositionHistory, from: Date | null, to: Date | null): number | null {
  if (!from && !to) return meanKineticTemperatureOfFold(history.fold, history.endsAt);
  const readings = history.readings ?? unserved('a window of mean kinetic temperature');
  const first = readings[0];
  if (!first) return null;
  const end = to && to < history.endsAt ? to : history.endsAt;
  return meanKineticTemperature(readings, { from: from ?? first.at, to: end });
}

/** The same position in a history loaded raw (same custody, so the same replay): for figures a fold cannot give. */
export function samePosition(raw: LotHistory, position: PositionHistory['position']): PositionHistory | null {
  const key = placeKey(position);
  for (const [p, h] of raw.positions) if (placeKey(p) === key && p.since.getTime() === position.since.getTime() && p.endedAt?.getTime() === position.endedAt?.getTime()) return h;
  return null;
}

/** Mean kinetic temperature of the kg on offer (the position holding most of them). */
export async function meanKineticTemperatureOf(req: ColdchainRequest, view: LotColdChainView, from: Date | null, to: Date | null): Promise<number | null> {
  const history = await (from || to ? req.loaders.exportHistoryByLot : req.loaders.historyByLot).load(view.lot.id);
  const main = described(history)[0];
  return main ? positionMeanKineticTemperature(main, from, to) : null;
}

/** A position's mean kinetic temperature: over a window, from the same position read raw. */
export async function meanKineticTemperatureOfPosition(req: ColdchainRequest, position: LotPositionView, from: Date | null, to: Date | null): Promise<number | null> {
  if (!from && !to) return positionMeanKineticTemperature(position.history, null, null);
  const raw = samePosition(await req.loaders.exportHistoryByLot.load(position.view.lot.id), position.history.position);
  return raw ? positionMeanKineticTemperature(raw, from, to) : null;
}

/**
 * The lot's custody and the temperatures of each stay, as a GS1 EPCIS 2.0 JSON-LD document. It
 * follows the rules of the fields: a shipment the caller may not see (another market's delivery)
 * is not named, nor its reservation, nor the trace on its truck — as `custody { shipment }` is null;
 * a caller who may not read the lot's kg gets events without quantities, as `custody { quantityKg }` is null.
 */
export async function epcisDocumentOf(req: ColdchainRequest, view: LotColdChainView, now = new Date()): Promise<string> {
  const history = await req.loaders.exportHistoryByLot.load(view.lot.id);
  const facilities = await req.loaders.facilityById.loadMany([...new Set(history.custody.flatMap((e) => (e.facility ? [e.facility.id] : [])))]);
  const codeOf = new Map(facilities.flatMap((f) => (f && !(f instanceof Error) ? [[f.id, f.code] as const] : [])));
  const hidden = await hiddenShipments(req, history);
  const excursions = stayExcursions(view, history);
  const stayOfEvent = new Map<string, number>();
  let stay = 0;
  for (const event of history.custody) {
    if (history.stays[stay] && history.stays[stay]!.from.getTime() === event.at.getTime()) stayOfEvent.set(event.id, stay++);
  }
  const custody: EpcisCustodyEvent[] = history.custody.map((event) => {
    const secret = event.shipment !== null && hidden.has(event.shipment.id);
    const index = secret ? undefined : stayOfEvent.get(event.id);
    const stayOf = index === undefined ? undefined : history.stays[index];
    const readings = index === undefined ? [] : history.readings.filter((r) => r.stay === index);
    return {
      id: event.id,
      kind: event.kind,
      at: event.at,
      ...(event.facility ? { facilityCode: codeOf.get(event.facility.id) ?? event.facility.id } : {}),
      actorCode: event.actorId,
      quantityKg: event.quantityKg,
      ...(event.shipment && !secret ? { shipmentId: event.shipment.id } : {}),
      ...(event.reservationId && !secret ? { reservationId: event.reservationId } : {}),
      ...(readings.length ? { readings: readings.map((r) => ({ at: r.at, tempC: r.tempC, relativeHumidity: r.relativeHumidity ?? null, ...(r.sensorCode ? { sensorCode: r.sensorCode } : {}) })) } : {}),
      excursions: stayOf ? excursions.filter((x) => x.start >= stayOf.from && x.start < stayOf.to) : [],
    };
  });
  const document = buildEpcisDocument(
    { id: view.lot.id, lotNumber: (await req.loaders.knownLot.load(view.lot.id))?.lotNumber ?? null, crop: view.lot.crop, quantityKg: history.custody[0]?.quantityKg ?? '0' },
    custody,
    { companyPrefix: req.settings.gs1CompanyPrefix, createdAt: now, withQuantities: view.seesKg },
  );
  return JSON.stringify(document);
}

/** Excursions stay by stay along the whole custody (the export tells everything that happened). */
function stayExcursions(view: LotColdChainView, history: LotHistory): Excursion[] {
  return history.stays.flatMap((stay, index) =>
    detectExcursions(
      history.readings.filter((r) => r.stay === index),
      view.profile,
      stay.loadedAt ? { loadedAt: stay.loadedAt } : {},
    ),
  );
}

/** The shipments of the lot's custody that the caller may not see. */
async function hiddenShipments(req: ColdchainRequest, history: LotHistory): Promise<Set<string>> {
  const ids = [...new Set(history.custody.flatMap((e) => (e.shipment ? [e.shipment.id] : [])))];
  const seen = await Promise.all(ids.map(async (id) => (await visibleShipment(req, await req.loaders.shipmentById.load(id))) !== null));
  return new Set(ids.filter((_, i) => !seen[i]));
}
