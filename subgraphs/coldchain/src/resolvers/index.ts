import type { Resolvers } from '../generated/resolvers.ts';
import { CapacityBooking, Facility, Sensor, Vehicle } from './facility.ts';
import { CustodyEvent, Lot, LotColdChain, LotFreshness, LotPosition, Member } from './lot.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { Reservation, Shipment, ShipmentLine, ShipmentReservation } from './shipment.ts';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Facility,
  Vehicle,
  Sensor,
  CapacityBooking,
  Lot,
  LotColdChain,
  LotPosition,
  LotFreshness,
  CustodyEvent,
  Member,
  Shipment,
  ShipmentReservation,
  ShipmentLine,
  Reservation,
};
