import type { EntityManager } from '@mikro-orm/postgresql';
import type { CustodyEvent } from '../entities/index.ts';
import { custodyOfLots, readingsDuringStays, type StaySpan } from '../store/custody.ts';

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
}

/** The kinds after which the lot is out of the alliance's cold chain. */
const ENDS_CUSTODY = new Set(['DELIVERED', 'REJECTED']);

/** Splits custody into stays: each event with a place starts one, ending at the next event (or now). */
export function staysOf(custody: readonly CustodyEvent[], now: Date): Stay[] {
  const stays: Stay[] = [];
  custody.forEach((event, i) => {
    if (ENDS_CUSTODY.has(event.kind)) return;
    const facilityId = event.facility?.id ?? null;
    const vehicleId = event.vehicle?.id ?? null;
    if (!facilityId && !vehicleId) return;
    const next = custody[i + 1];
    const to = next ? next.at : now;
    if (to <= event.at) return;
    const previous = stays[stays.length - 1];
    // Received, washed, iced at the same plant: one stay, so one run of readings is judged once.
    if (previous && previous.to.getTime() === event.at.getTime() && previous.facilityId === facilityId && previous.vehicleId === vehicleId && event.kind !== 'LOADED') {
      previous.to = to;
      return;
    }
    stays.push({ facilityId, vehicleId, from: event.at, to, loadedAt: event.kind === 'LOADED' ? event.at : null });
  });
  return stays;
}

/**
 * Histories of many lots in two statements whatever their number: their custody events, then the
 * readings of every sensor of every place they stayed, joined on the stay's time span.
 */
export async function loadLotHistories(em: EntityManager, lotIds: readonly string[], now = new Date()): Promise<Map<string, LotHistory>> {
  const events = await custodyOfLots(em, lotIds);
  const byLot = new Map<string, LotHistory>(lotIds.map((id) => [id, { custody: [], stays: [], readings: [] }]));
  for (const event of events) byLot.get(event.lotId)!.custody.push(event);
  const spans: StaySpan[] = [];
  for (const [lotId, history] of byLot) {
    history.stays = staysOf(history.custody, now);
    history.stays.forEach((stay, index) => spans.push({ lotId, stay: index, facilityId: stay.facilityId, vehicleId: stay.vehicleId, from: stay.from, to: stay.to }));
  }
  for (const { lotId, ...reading } of await readingsDuringStays(em, spans)) byLot.get(lotId)!.readings.push(reading);
  return byLot;
}
