import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal, isCrop, kgString } from '@alliance/domain-kit';
import type { CustodyEvent, Shipment, ShipmentLine } from '../entities/index.ts';
import { custodyOfShipments, readingsDuringTrips } from '../store/custody.ts';
import type { TimedReading } from '../store/telemetry.ts';
import { profileOf } from './crop-profiles.ts';
import { detectExcursions, type Excursion } from './excursions.ts';
import { meanKineticTemperature } from './mean-kinetic-temperature.ts';
import { governingCrop } from './shipment-rules.ts';

/** A shipment's custody, its vehicle logger's readings in transit, and the excursions among them. */
export interface ShipmentHistory {
  custody: CustodyEvent[];
  /** Readings from departure to arrival (or now), oldest first; empty before it leaves. */
  trace: TimedReading[];
  /** Judged once per shipment and request: `excursions` and `excursionCount` share them. */
  excursions: Excursion[];
}

/** Histories of many shipments in two statements, whatever their number. `linesOf` gives each shipment's lines. */
export async function loadShipmentHistories(
  em: EntityManager,
  shipments: readonly Shipment[],
  linesOf: (shipment: Shipment) => Promise<readonly ShipmentLine[]>,
  now = new Date(),
): Promise<Map<string, ShipmentHistory>> {
  const byId = new Map<string, ShipmentHistory>(shipments.map((s) => [s.id, { custody: [], trace: [], excursions: [] }]));
  for (const event of await custodyOfShipments(em, shipments.map((s) => s.id))) byId.get(event.shipment!.id)!.custody.push(event);
  const trips = shipments
    .filter((s) => s.departedAt && s.sensor)
    .map((s) => ({ shipmentId: s.id, sensorId: s.sensor!.id, from: s.departedAt!, to: s.arrivedAt ?? now }));
  for (const { shipmentId, ...reading } of await readingsDuringTrips(em, trips)) byId.get(shipmentId)!.trace.push(reading);
  for (const shipment of shipments) {
    const history = byId.get(shipment.id)!;
    history.excursions = shipmentExcursions(history, await linesOf(shipment));
  }
  return byId;
}

/** Excursions in transit, by the limits of the crop aboard; the ignore period runs from the first loading. */
function shipmentExcursions(history: Pick<ShipmentHistory, 'custody' | 'trace'>, lines: readonly ShipmentLine[]): Excursion[] {
  const crop = governingCrop(lines.map((l) => l.crop));
  if (!crop || !isCrop(crop)) return [];
  const loadedAt = history.custody.find((e) => e.kind === 'LOADED')?.at;
  return detectExcursions(history.trace, profileOf(crop), loadedAt ? { loadedAt } : {});
}

export function shipmentMeanKineticTemperature(shipment: Shipment, history: ShipmentHistory, now = new Date()): number | null {
  if (!shipment.departedAt) return null;
  return meanKineticTemperature(history.trace, { from: shipment.departedAt, to: shipment.arrivedAt ?? now });
}

export function loadedKgOf(lines: readonly ShipmentLine[]): string {
  return kgString(lines.reduce((sum, l) => sum.plus(l.loadedKg), new Decimal(0)));
}
