import { CapacityBookingSchema, CapacityDaySchema } from './capacity.ts';
import { CustodyEventSchema, TemperatureReadingSchema } from './custody.ts';
import { FacilitySchema, SensorSchema, VehicleSchema } from './facility.ts';
import { LotAllianceSchema } from './lot-alliance.ts';
import { ShipmentLineSchema, ShipmentReservationSchema, ShipmentSchema } from './shipment.ts';
import { InboxMessageSchema } from '@alliance/messaging';

export { CapacityBooking } from './capacity.ts';
export { CustodyEvent } from './custody.ts';
export { Facility, Sensor, Vehicle } from './facility.ts';
export { Shipment, ShipmentLine, ShipmentReservation } from './shipment.ts';

export const entities = [
  FacilitySchema,
  VehicleSchema,
  SensorSchema,
  CustodyEventSchema,
  TemperatureReadingSchema,
  CapacityBookingSchema,
  CapacityDaySchema,
  ShipmentSchema,
  ShipmentReservationSchema,
  ShipmentLineSchema,
  LotAllianceSchema,
  InboxMessageSchema,
];
