import type { ReservationResolvers, ShipmentLineResolvers, ShipmentReservationResolvers, ShipmentResolvers } from '../generated/resolvers.ts';
import * as shipments from '../domain/shipment-reading.ts';
import * as trace from '../domain/shipment-trace.ts';
import type { Crop } from '@alliance/domain-kit';
import { lotKey } from '../domain/references.ts';

export const Shipment: ShipmentResolvers = {
  __resolveReference: (ref, ctx) => shipments.findShipment(ctx, ref.id),
  origin: async (shipment, _args, ctx) => (await ctx.loaders.facilityById.load(shipment.origin.id))!,
  market: (shipment) => (shipment.marketId ? { id: shipment.marketId } : null),
  vehicle: async (shipment, _args, ctx) => (await ctx.loaders.vehicleById.load(shipment.vehicle.id))!,
  sensor: (shipment, _args, ctx) => (shipment.sensor ? ctx.loaders.sensorById.load(shipment.sensor.id) : null),
  reservations: (shipment, _args, ctx) => shipments.reservationsOfShipment(ctx, shipment),
  lines: (shipment, _args, ctx) => ctx.loaders.linesByShipment.load(shipment.id),
  loadedKg: async (shipment, _args, ctx) => trace.loadedKgOf(await ctx.loaders.linesByShipment.load(shipment.id)),
  temperatureTrace: async (shipment, _args, ctx) =>
    (await ctx.loaders.historyByShipment.load(shipment.id)).trace.map((r) => ({ at: r.at, celsius: r.tempC, relativeHumidity: r.relativeHumidity })),
  excursions: async (shipment, _args, ctx) => (await ctx.loaders.historyByShipment.load(shipment.id)).excursions,
  excursionCount: async (shipment, _args, ctx) => (await ctx.loaders.historyByShipment.load(shipment.id)).excursions.length,
  meanKineticTemperatureC: async (shipment, _args, ctx) => trace.shipmentMeanKineticTemperature(shipment, await ctx.loaders.historyByShipment.load(shipment.id)),
  custody: async (shipment, _args, ctx) => (await ctx.loaders.historyByShipment.load(shipment.id)).custody,
};

export const ShipmentReservation: ShipmentReservationResolvers = {
  // Only a committed reservation is known to exist and to be the shipment's market's.
  reservation: (row) => (row.status === 'COMMITTED' ? { id: row.reservationId } : null),
};

export const ShipmentLine: ShipmentLineResolvers = {
  reservation: (line) => ({ id: line.reservationId }),
  lot: (line) => lotKey(line.lotId),
  crop: (line) => line.crop as Crop,
};

export const Reservation: ReservationResolvers = {
  shipment: (reservation, _args, ctx) => shipments.shipmentOfReservation(ctx, reservation.id),
};
