import type { MutationResolvers } from '../generated/resolvers.ts';
import * as capacity from '../domain/capacity.ts';
import * as custody from '../domain/custody.ts';
import * as registry from '../domain/facility-registry.ts';
import * as arrival from '../domain/shipment-arrival.ts';
import * as loading from '../domain/shipment-loading.ts';
import * as planning from '../domain/shipment-planning.ts';
import * as telemetry from '../domain/telemetry.ts';
import * as vehicles from '../domain/vehicles.ts';

export const Mutation: MutationResolvers = {
  registerFacility: (_root, { input }, ctx) => registry.registerFacility(ctx, input),
  updateFacility: (_root, { id, input }, ctx) => registry.updateFacility(ctx, id, input),
  registerVehicle: (_root, { input }, ctx) => vehicles.registerVehicle(ctx, input),
  registerSensor: (_root, { input }, ctx) => vehicles.registerSensor(ctx, input),
  bookCapacity: (_root, { input }, ctx) => capacity.bookCapacity(ctx, input),
  cancelCapacityBooking: (_root, { id }, ctx) => capacity.cancelCapacityBooking(ctx, id),
  recordTemperatures: (_root, { readings }, ctx) =>
    telemetry.recordTemperatures(ctx, readings),
  recordCustodyEvent: (_root, { input }, ctx) => custody.recordCustodyEvent(ctx, input),
  planShipment: (_root, { input }, ctx) => planning.planShipment(ctx, { ...input, plannedDeparture: input.plannedDeparture ?? null }),
  loadShipment: (_root, { id, loads, at }, ctx) => loading.loadShipment(ctx, id, loads, at),
  dispatchShipment: (_root, { id, at }, ctx) => loading.dispatchShipment(ctx, id, at),
  deliverShipment: (_root, { id, at }, ctx) => arrival.deliverShipment(ctx, id, at),
  rejectShipment: (_root, { id, reason, at }, ctx) => arrival.rejectShipment(ctx, id, reason, at),
  cancelShipment: (_root, { id }, ctx) => arrival.cancelShipment(ctx, id),
};
