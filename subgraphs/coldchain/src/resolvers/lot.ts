import type { CustodyEventResolvers, LotColdChainResolvers, LotFreshnessResolvers, LotPositionResolvers, LotResolvers, MemberResolvers } from '../generated/resolvers.ts';
import * as coldChain from '../domain/lot-cold-chain.ts';
import * as freshness from '../domain/lot-freshness.ts';
import * as custody from '../domain/custody.ts';
import * as facilities from '../domain/facilities.ts';
import * as shipments from '../domain/shipment-reading.ts';

export const Lot: LotResolvers = {
  // The gateway has already resolved the lot (and its visibility) in the members subgraph.
  coldChain: (lot, _args, ctx) => coldChain.coldChainOf(ctx, lot),
};

export const LotColdChain: LotColdChainResolvers = {
  currentLocation: (view, _args, ctx) => coldChain.currentLocation(ctx, view),
  positions: (view, _args, ctx) => coldChain.positionsOfLot(ctx, view),
  custody: async (view, _args, ctx) => (await ctx.loaders.historyByLot.load(view.lot.id)).custody,
  latestTemperature: async (view, _args, ctx) => coldChain.latestTemperature(await ctx.loaders.historyByLot.load(view.lot.id)),
  excursions: async (view, _args, ctx) => coldChain.excursionsOf(view, await ctx.loaders.historyByLot.load(view.lot.id)),
  excursionCount: async (view, _args, ctx) => coldChain.excursionsOf(view, await ctx.loaders.historyByLot.load(view.lot.id)).length,
  meanKineticTemperatureC: (view, { from, to }, ctx) => coldChain.meanKineticTemperatureOf(ctx, view, from ?? null, to ?? null),
  remainingShelfLifeDays: async (view, _args, ctx) => coldChain.shelfLifeOf(view, await ctx.loaders.historyByLot.load(view.lot.id))?.remainingDays ?? null,
  shelfLifeUsed: async (view, _args, ctx) => coldChain.shelfLifeOf(view, await ctx.loaders.historyByLot.load(view.lot.id))?.fractionUsed ?? null,
  unmonitoredHours: async (view, _args, ctx) => coldChain.shelfLifeOf(view, await ctx.loaders.historyByLot.load(view.lot.id))?.unmonitoredHours ?? null,
  epcisDocument: async (view, _args, ctx) => coldChain.epcisDocumentOf(ctx, view),
};

export const LotFreshness: LotFreshnessResolvers = {
  // Public (anonymous shoppers): see freshnessOf for why.
  __resolveReference: (ref, ctx) => freshness.freshnessOf(ctx, ref.lotId),
};

export const LotPosition: LotPositionResolvers = {
  facility: (position, _args, ctx) => (position.facilityId ? ctx.loaders.facilityById.load(position.facilityId) : null),
  vehicle: (position, _args, ctx) => (position.vehicleId ? ctx.loaders.vehicleById.load(position.vehicleId) : null),
  latestTemperature: (position) => coldChain.positionLatestTemperature(position.history),
  excursions: (position) => coldChain.positionExcursions(position.view, position.history),
  excursionCount: (position) => coldChain.positionExcursions(position.view, position.history).length,
  meanKineticTemperatureC: (position, { from, to }, ctx) => coldChain.meanKineticTemperatureOfPosition(ctx, position, from ?? null, to ?? null),
  remainingShelfLifeDays: (position) => coldChain.positionShelfLife(position.view, position.history)?.remainingDays ?? null,
  shelfLifeUsed: (position) => coldChain.positionShelfLife(position.view, position.history)?.fractionUsed ?? null,
  unmonitoredHours: (position) => coldChain.positionShelfLife(position.view, position.history)?.unmonitoredHours ?? null,
};

export const CustodyEvent: CustodyEventResolvers = {
  facility: (event, _args, ctx) => (event.facility ? ctx.loaders.facilityById.load(event.facility.id) : null),
  vehicle: (event, _args, ctx) => (event.vehicle ? ctx.loaders.vehicleById.load(event.vehicle.id) : null),
  actor: (event, _args, ctx) => custody.actorOf(ctx, event),
  quantityKg: (event, _args, ctx) => custody.quantityOf(ctx, event),
  shipment: (event, _args, ctx) => shipments.shipmentOfCustodyEvent(ctx, event),
};

export const Member: MemberResolvers = {
  facilities: (member, _args, ctx) => facilities.facilitiesOfOperator(ctx, member.id),
};
