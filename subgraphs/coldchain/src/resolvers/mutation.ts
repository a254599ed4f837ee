import type { MutationResolvers } from '../generated/resolvers.ts';
import * as capacity from '../domain/capacity.ts';
import * as custody from '../domain/custody.ts';
import * as telemetry from '../domain/telemetry.ts';

export const Mutation: MutationResolvers = {
  bookCapacity: (_root, { input }, ctx) => capacity.bookCapacity(ctx, input),
  cancelCapacityBooking: (_root, { id }, ctx) => capacity.cancelCapacityBooking(ctx, id),
  recordTemperatures: (_root, { readings }, ctx) =>
    telemetry.recordTemperatures(ctx, readings.map((r) => ({ ...r, at: r.at as Date }))),
  recordCustodyEvent: (_root, { input }, ctx) => custody.recordCustodyEvent(ctx, { ...input, at: input.at as Date }),
};
