import type { QueryResolvers } from '../generated/resolvers.ts';
import * as capacity from '../domain/capacity.ts';
import * as facilities from '../domain/facilities.ts';
import * as shipments from '../domain/shipment-reading.ts';
import * as vehicles from '../domain/vehicles.ts';

export const Query: QueryResolvers = {
  facilities: (_root, { filter, first }, ctx) => facilities.listFacilities(ctx, filter ?? {}, first),
  facility: (_root, { id }, ctx) => facilities.findFacility(ctx, id),
  vehicles: (_root, { first }, ctx) => vehicles.listVehicles(ctx, first),
  capacity: (_root, { kind, township, from, to }, ctx) => capacity.capacity(ctx, kind, township, from, to),
  shipment: (_root, { id }, ctx) => shipments.findShipment(ctx, id),
  shipments: (_root, { filter, first }, ctx) => shipments.listShipments(ctx, filter ?? {}, first),
};
