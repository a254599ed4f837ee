/**
 * Codegen mappers of the members subgraph: GraphQL type -> the model its resolvers receive as parent.
 * Read by the root codegen.ts; paths are relative to src/generated/. No imports: codegen loads this file alone.
 */
export const mappers: Record<string, string> = {
  Alliance: '../entities/index.ts#Alliance',
  Member: '../entities/index.ts#Member',
  AllianceMembership: '../entities/index.ts#Membership',
  Base: '../entities/index.ts#Base',
  MemberConnection: '../domain/member-reads.ts#MemberPage',
  Contact: '../domain/member-access.ts#ContactView',
  Lot: '../entities/index.ts#Lot',
  Reservation: '../entities/index.ts#Reservation',
  ReservationLine: '../entities/index.ts#ReservationLine',
  SupplyConnection: '../domain/supply.ts#SupplyPage',
  SupplyBucket: '../domain/supply.ts#SupplyBucket',
  MarketRoute: '../store/freshness.ts#MarketRouteRow',
};
