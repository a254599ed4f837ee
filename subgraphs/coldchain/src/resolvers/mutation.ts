import type { MutationResolvers } from '../generated/resolvers.ts';
import * as capacity from '../domain/capacity.ts';
import * as custody from '../domain/custody.ts';
import * as facilities from '../domain/facilities.ts';
import * as shipments from '../domain/shipments.ts';
import * as telemetry from '../domain/telemetry.ts';

export const Mutation: MutationResolvers = {
  registerFacility: (_root, { input }, ctx) => facilities.registerFacility(ctx, input),
  updateFacility: (_root, { id, input }, ctx) => facilities.updateFacility(ctx, id, input),
  registerVehicle: (_root, { input }, ctx) => facilities.registerVehicle(ctx, input),
  registerSensor: (_root, { input }, ctx) => facilities.registerSensor(ctx, input),
  bookCapacity: (_root, { input }, ctx) => capacity.bookCapacity(ctx, input),
  cancelCapacityBooking: (_root, { id }, ctx) => capacity.cancelCapacityBooking(ctx, id),
  recordTemperatures: (_root, { readings }, ctx) =>
    telemetry.recordTemperatures(ctx, readings.map((r) => ({ ...r, at: r.at as Date }))),
  recordCustodyEvent: (_root, { input }, ctx) => custody.recordCustodyEvent(ctx, { ...input, at: input.at as Date }),
  planShipment: (_root, { input }, ctx) => shipments.planShipment(ctx, { ...input, plannedDeparture: (input.plannedDeparture as Date | null | undefined) ?? null }),
  loadShipment: (_root, { id, loads, at }, ctx) => shipments.loadShipment(ctx, id, loads, at as Date | null | undefined),
  dispatchShipment: (_root, { id, at }, ctx) => shipments.dispatchShipment(ctx, id, at as Date | null | undefined),
  deliverShipment: (_root, { id, at }, ctx) => shipments.deliverShipment(ctx, id, at as Date | null | undefined),
  rejectShipment: (_root, { id, reason, at }, ctx) => shipments.rejectShipment(ctx, id, reason, at as Date | null | undefined),
  cancelShipment: (_root, { id }, ctx) => shipments.cancelShipment(ctx, id),
};
