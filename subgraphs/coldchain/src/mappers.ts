/**
 * Codegen mappers of the coldchain subgraph: GraphQL type -> the model its resolvers receive as parent.
 * Read by the root codegen.ts; paths are relative to src/generated/. No imports: codegen loads this file alone.
 */
export const mappers: Record<string, string> = {
  Facility: '../entities/index.ts#Facility',
  Vehicle: '../entities/index.ts#Vehicle',
  Sensor: '../entities/index.ts#Sensor',
  CustodyEvent: '../store/custody.ts#CustodyRecord',
  CapacityBooking: '../entities/index.ts#CapacityBooking',
  LotColdChain: '../domain/lot-cold-chain.ts#LotColdChainView',
  LotPosition: '../domain/lot-cold-chain.ts#LotPositionView',
  LotFreshness: '../domain/lot-freshness.ts#LotFreshnessView',
  CapacityAvailability: '../domain/capacity.ts#CapacityAvailabilityView',
  Member: '../domain/references.ts#MemberReference',
  Lot: '../domain/references.ts#LotReference',
  Reservation: '../domain/references.ts#ReservationReference',
  Shipment: '../entities/index.ts#Shipment',
  ShipmentReservation: '../entities/index.ts#ShipmentReservation',
  ShipmentLine: '../entities/index.ts#ShipmentLine',
};
