import type { CustodyEvent } from '../entities/index.ts';

/**
 * Where a lot's kilograms are, replayed from its custody events (BRIEF.md section 3: a lot can be in
 * several places at once). Rules:
 * - RECEIVED/WASHED/ICED/PACKED/STORED at a facility: the first one brings the event's kg from the
 *   field; at a facility already holding kg nothing moves; at another facility it is a transfer of
 *   the event's kg (at most what the other facilities hold, largest holding first).
 * - LOADED: the event's kg move from the facilities holding the lot (largest first) onto the
 *   shipment's vehicle; each shipment is its own position, so two trips never share one.
 * - DELIVERED and REJECTED end the shipment's position: the kg leave the alliance's custody (a
 *   rejected load stays shipped, as the reject flow models it — shipment-arrival.ts).
 * Kilograms are counted in grams (integers): exact, as the numeric(14,3) columns are.
 */
export interface LotPosition {
  facilityId: string | null;
  vehicleId: string | null;
  shipmentId: string | null;
  grams: number;
  /** When the kg now there began to arrive. */
  since: Date;
}

const grams = (kg: string) => Math.round(Number(kg) * 1000);
export const kgOfGrams = (g: number) => (g / 1000).toFixed(3);

const AT_FACILITY = new Set(['RECEIVED', 'WASHED', 'ICED', 'PACKED', 'STORED']);

export function positionsOf(custody: readonly CustodyEvent[]): LotPosition[] {
  const places: LotPosition[] = [];
  const inFacilities = () => places.filter((p) => p.facilityId && p.grams > 0).sort((a, b) => b.grams - a.grams);
  const take = (wanted: number): number => {
    let taken = 0;
    for (const from of inFacilities()) {
      const part = Math.min(from.grams, wanted - taken);
      from.grams -= part;
      taken += part;
      if (taken === wanted) break;
    }
    return taken;
  };
  const facilityPlace = (facilityId: string, at: Date) => {
    let place = places.find((p) => p.facilityId === facilityId);
    if (!place) places.push((place = { facilityId, vehicleId: null, shipmentId: null, grams: 0, since: at }));
    return place;
  };
  for (const event of [...custody].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const kg = grams(event.quantityKg);
    if (AT_FACILITY.has(event.kind) && event.facility) {
      const here = places.find((p) => p.facilityId === event.facility!.id && p.grams > 0);
      if (here) continue;
      const anywhere = places.some((p) => p.grams > 0);
      const moved = anywhere ? take(kg) : kg;
      const place = facilityPlace(event.facility.id, event.at);
      if (place.grams === 0) place.since = event.at;
      place.grams += moved;
    } else if (event.kind === 'LOADED') {
      const moved = take(kg);
      const key = event.shipment?.id ?? null;
      let place = places.find((p) => p.shipmentId === key && p.vehicleId === (event.vehicle?.id ?? null) && key !== null);
      if (!place) places.push((place = { facilityId: null, vehicleId: event.vehicle?.id ?? null, shipmentId: key, grams: 0, since: event.at }));
      place.grams += moved;
    } else if ((event.kind === 'DELIVERED' || event.kind === 'REJECTED') && event.shipment) {
      for (const p of places) if (p.shipmentId === event.shipment.id) p.grams = 0;
    }
  }
  return places.filter((p) => p.grams > 0);
}

/** The facility holding most of the kg still on offer (kg in stores); null when none are in a facility. */
export function mainFacilityOf(positions: readonly LotPosition[]): string | null {
  const stored = positions.filter((p) => p.facilityId).sort((a, b) => b.grams - a.grams || b.since.getTime() - a.since.getTime());
  return stored[0]?.facilityId ?? null;
}
