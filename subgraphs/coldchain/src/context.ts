import DataLoader from 'dataloader';
import type { RequestBase } from '@alliance/subgraph-kit';
import { loaderByKey, loaderOfMany } from '@alliance/subgraph-kit';
import { Facility, Sensor, Shipment, Vehicle } from './entities/index.ts';
import { foldContexts, loadLotHistories } from './domain/lot-history.ts';
import { foldKeysOfSettings } from './domain/reading-fold.ts';
import { loadShipmentHistories } from './domain/shipment-trace.ts';
import type { ColdchainLoaders, ColdchainRequest } from './domain/request.ts';
import type { ColdchainSettings } from './settings.ts';
import { facilitiesOfOperators, sensorsOfFacilities, sensorsOfVehicles } from './store/facilities.ts';
import { activeShipmentReservations, linesOfShipments, reservationsOfShipments } from './store/shipments.ts';
import { knownLots } from './store/lot-alliances.ts';
import { latestReadingsOfSensors } from './store/telemetry.ts';

export interface ColdchainContext extends RequestBase, Omit<ColdchainRequest, 'metrics'> {}

export function createColdchainContext(base: RequestBase, settings: ColdchainSettings): ColdchainContext {
  const { em } = base;
  const keys = foldKeysOfSettings(settings.cropProfiles);
  const loaders: ColdchainLoaders = {
    facilityById: loaderByKey(em, Facility, 'id'),
    vehicleById: loaderByKey(em, Vehicle, 'id'),
    sensorById: loaderByKey(em, Sensor, 'id'),
    facilitiesByOperator: loaderOfMany((ids) => facilitiesOfOperators(em, ids), (f) => f.operatorId),
    sensorsByFacility: loaderOfMany((ids) => sensorsOfFacilities(em, ids), (s) => s.facility!.id),
    sensorsByVehicle: loaderOfMany((ids) => sensorsOfVehicles(em, ids), (s) => s.vehicle!.id),
    knownLot: new DataLoader(async (ids) => {
      const known = new Map((await knownLots(em, ids)).map((l) => [l.lotId, l]));
      return ids.map((id) => known.get(id) ?? null);
    }),
    historyByLot: new DataLoader(async (ids) => {
      const histories = await loadLotHistories(em, ids, new Date(), { keys, lots: foldContexts(await loaders.knownLot.loadMany(ids), settings) });
      return ids.map((id) => histories.get(id)!);
    }),
    exportHistoryByLot: new DataLoader(async (ids) => {
      const histories = await loadLotHistories(em, ids, new Date(), { keys, lots: foldContexts(await loaders.knownLot.loadMany(ids), settings), stays: true });
      return ids.map((id) => histories.get(id)!);
    }),
    latestReadingBySensor: new DataLoader(async (ids) => {
      const latest = await latestReadingsOfSensors(em, ids);
      return ids.map((id) => latest.get(id) ?? null);
    }),
    shipmentById: loaderByKey(em, Shipment, 'id'),
    shipmentByReservation: new DataLoader(async (ids) => {
      const byReservation = new Map((await activeShipmentReservations(em, ids)).map((r) => [r.reservationId, r.shipment]));
      return ids.map((id) => byReservation.get(id) ?? null);
    }),
    reservationsByShipment: loaderOfMany((ids) => reservationsOfShipments(em, ids), (r) => r.shipment.id),
    linesByShipment: loaderOfMany((ids) => linesOfShipments(em, ids), (l) => l.shipment.id),
    historyByShipment: new DataLoader(async (ids) => {
      const shipments = (await loaders.shipmentById.loadMany(ids)).filter((s): s is Shipment => Boolean(s) && !(s instanceof Error));
      const histories = await loadShipmentHistories(em, shipments, (s) => loaders.linesByShipment.load(s.id));
      return ids.map((id) => histories.get(id) ?? { custody: [], trace: [], excursions: [] });
    }),
  };
  return { ...base, loaders, settings };
}
