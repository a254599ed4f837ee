import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal, kgString } from '@alliance/domain-kit';
import { CustodyEvent, type Shipment, type ShipmentLine } from '../entities/index.ts';
import { profileOf, type Crop } from './crop-profiles.ts';
import { detectExcursions, type Excursion } from './excursions.ts';
import { meanKineticTemperature } from './mean-kinetic-temperature.ts';
import { governingCrop } from './shipment-rules.ts';

/** A shipment's custody and its vehicle logger's readings in transit. */
export interface ShipmentHistory {
  custody: CustodyEvent[];
  /** Readings from departure to arrival (or now), oldest first; empty before it leaves. */
  trace: { at: Date; tempC: number; relativeHumidity: number | null }[];
}

/** Histories of many shipments in two statements, whatever their number. */
export async function loadShipmentHistories(em: EntityManager, shipments: readonly Shipment[], now = new Date()): Promise<Map<string, ShipmentHistory>> {
  const byId = new Map<string, ShipmentHistory>(shipments.map((s) => [s.id, { custody: [], trace: [] }]));
  const custody = await em.find(CustodyEvent, { shipment: { $in: shipments.map((s) => s.id) } }, { orderBy: { at: 'asc', recordedAt: 'asc' } });
  for (const event of custody) byId.get(event.shipment!.id)!.custody.push(event);
  const spans = shipments
    .filter((s) => s.departedAt && s.sensor)
    .map((s) => ({ shipment_id: s.id, sensor_id: s.sensor!.id, from_at: s.departedAt!.toISOString(), to_at: (s.arrivedAt ?? now).toISOString() }));
  if (!spans.length) return byId;
  const schema = em.config.get('schema');
  const rows = await em.execute<{ shipment_id: string; at: Date; celsius: string; relative_humidity: string | null }[]>(
    `select s.shipment_id, r.at, r.celsius, r.relative_humidity
     from json_to_recordset(?::json) as s(shipment_id uuid, sensor_id uuid, from_at timestamptz, to_at timestamptz)
     join "${schema}".temperature_reading r on r.sensor_id = s.sensor_id and r.at >= s.from_at and r.at <= s.to_at
     order by s.shipment_id, r.at`,
    [JSON.stringify(spans)],
  );
  for (const row of rows) {
    byId.get(row.shipment_id)!.trace.push({
      at: new Date(row.at),
      tempC: Number(row.celsius),
      relativeHumidity: row.relative_humidity === null ? null : Number(row.relative_humidity),
    });
  }
  return byId;
}

/** Excursions in transit, by the limits of the crop aboard; the ignore period runs from the first loading. */
export function shipmentExcursions(history: ShipmentHistory, lines: readonly ShipmentLine[]): Excursion[] {
  const crop = governingCrop(lines.map((l) => l.crop));
  if (!crop) return [];
  const loadedAt = history.custody.find((e) => e.kind === 'LOADED')?.at;
  return detectExcursions(history.trace, profileOf(crop as Crop), loadedAt ? { loadedAt } : {});
}

export function shipmentMeanKineticTemperature(shipment: Shipment, history: ShipmentHistory, now = new Date()): number | null {
  if (!shipment.departedAt) return null;
  return meanKineticTemperature(history.trace, { from: shipment.departedAt, to: shipment.arrivedAt ?? now });
}

export function loadedKgOf(lines: readonly ShipmentLine[]): string {
  return kgString(lines.reduce((sum, l) => sum.plus(l.loadedKg), new Decimal(0)));
}
