import type { QueryResolvers } from '../generated/resolvers.ts';
import * as capacity from '../domain/capacity.ts';
import * as facilities from '../domain/facilities.ts';

export const Query: QueryResolvers = {
  facilities: (_root, { filter, first }, ctx) => facilities.listFacilities(ctx, filter ?? {}, first),
  facility: (_root, { id }, ctx) => facilities.findFacility(ctx, id),
  capacity: (_root, { kind, township, from, to }, ctx) => capacity.capacity(ctx, kind, township, from, to),
};
