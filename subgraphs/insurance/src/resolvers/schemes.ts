import type { FloorSchemeResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import * as schemes from '../domain/schemes.ts';
import { isInsurerOrOfficeOf } from '../domain/insurance-access.ts';

export const SchemeQuery: QueryResolvers = {
  floorSchemes: (_root, { crop }, ctx) => schemes.listSchemes(ctx, crop),
};

export const SchemeMutation: MutationResolvers = {
  openFloorScheme: (_root, { input }, ctx) => schemes.openFloorScheme(ctx, input),
  updateFloorScheme: (_root, { id, input }, ctx) => schemes.updateFloorScheme(ctx, id, input),
};

export const FloorScheme: FloorSchemeResolvers = {
  // Other subgraphs reach schemes through here: the insurer and the office of its alliance only.
  __resolveReference: (ref, ctx) => schemes.findScheme(ctx, ref.id),
  // The insurer's book: a grower reaching the scheme through its own quote sees the terms, not the capacity.
  capacityCny: (scheme, _args, ctx) => (isInsurerOrOfficeOf(ctx.viewer, scheme.allianceId) ? scheme.capacityCny : null),
  boundCny: (scheme, _args, ctx) => (isInsurerOrOfficeOf(ctx.viewer, scheme.allianceId) ? scheme.boundCny : null),
  remainingCapacityCny: (scheme, _args, ctx) => (isInsurerOrOfficeOf(ctx.viewer, scheme.allianceId) ? schemes.remainingCapacityCnyOf(scheme) : null),
  subsidyShares: (scheme) => schemes.subsidySharesOf(scheme),
};
