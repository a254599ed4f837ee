import DataLoader from 'dataloader';
import type { RequestBase } from '@alliance/subgraph-kit';
import { loaderByKey, loaderOfMany } from '@alliance/subgraph-kit';
import { Facility, Sensor, Shipment, ShipmentLine, ShipmentReservation, Vehicle } from './entities/index.ts';
import { loadLotHistories } from './domain/lot-history.ts';
import { loadShipmentHistories } from './domain/shipment-trace.ts';
import type { ColdchainLoaders, ColdchainRequest } from './domain/request.ts';

export interface ColdchainContext extends RequestBase, ColdchainRequest {}

export function createColdchainContext(base: RequestBase): ColdchainContext {
  const { em } = base;
  const schema = em.config.get('schema');
  const loaders: ColdchainLoaders = {
    facilityById: loaderByKey(em, Facility, 'id'),
    vehicleById: loaderByKey(em, Vehicle, 'id'),
    sensorById: loaderByKey(em, Sensor, 'id'),
    facilitiesByOperator: loaderOfMany(
      (ids) => em.find(Facility, { operatorId: { $in: [...ids] } }, { orderBy: { code: 'asc' } }),
      (f) => f.operatorId,
    ),
    sensorsByFacility: loaderOfMany(
      (ids) => em.find(Sensor, { facility: { $in: [...ids] } }, { orderBy: { code: 'asc' } }),
      (s) => s.facility!.id,
    ),
    sensorsByVehicle: loaderOfMany(
      (ids) => em.find(Sensor, { vehicle: { $in: [...ids] } }, { orderBy: { code: 'asc' } }),
      (s) => s.vehicle!.id,
    ),
    historyByLot: new DataLoader(async (ids) => {
      const histories = await loadLotHistories(em, ids);
      return ids.map((id) => histories.get(id)!);
    }),
    latestReadingBySensor: new DataLoader(async (ids) => {
      const rows = await em.execute<{ sensor_id: string; at: Date; celsius: string; relative_humidity: string | null }[]>(
        `select s.id as sensor_id, r.at, r.celsius, r.relative_humidity from unnest(?::uuid[]) s(id)
         cross join lateral (select at, celsius, relative_humidity from "${schema}".temperature_reading
                             where sensor_id = s.id order by at desc limit 1) r`,
        [`{${ids.join(',')}}`],
      );
      const byId = new Map(rows.map((r) => [r.sensor_id, { at: new Date(r.at), celsius: Number(r.celsius), relativeHumidity: r.relative_humidity === null ? null : Number(r.relative_humidity) }]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    shipmentById: loaderByKey(em, Shipment, 'id'),
    shipmentByReservation: new DataLoader(async (ids) => {
      const active = await em.find(
        ShipmentReservation,
        { reservationId: { $in: [...ids] }, status: { $in: ['PENDING', 'COMMITTED'] } },
        { populate: ['shipment'] },
      );
      const byReservation = new Map(active.map((r) => [r.reservationId, r.shipment]));
      return ids.map((id) => byReservation.get(id) ?? null);
    }),
    reservationsByShipment: loaderOfMany(
      (ids) => em.find(ShipmentReservation, { shipment: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
      (r) => r.shipment.id,
    ),
    linesByShipment: loaderOfMany(
      (ids) => em.find(ShipmentLine, { shipment: { $in: [...ids] } }, { orderBy: { reservationId: 'asc', lotId: 'asc' } }),
      (l) => l.shipment.id,
    ),
    historyByShipment: new DataLoader(async (ids) => {
      const shipments = (await loaders.shipmentById.loadMany(ids)).filter((s): s is Shipment => Boolean(s) && !(s instanceof Error));
      const histories = await loadShipmentHistories(em, shipments);
      return ids.map((id) => histories.get(id) ?? { custody: [], trace: [] });
    }),
  };
  return { ...base, loaders };
}
