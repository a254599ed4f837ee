import { CapacityBookingSchema, CapacityDaySchema } from './capacity.ts';
import { CustodyEventSchema, TemperatureReadingSchema } from './custody.ts';
import { FacilitySchema, SensorSchema, VehicleSchema } from './facility.ts';

export { CapacityBooking, CapacityDay } from './capacity.ts';
export { CustodyEvent, TemperatureReading } from './custody.ts';
export { Facility, Sensor, Vehicle } from './facility.ts';

export const entities = [FacilitySchema, VehicleSchema, SensorSchema, CustodyEventSchema, TemperatureReadingSchema, CapacityBookingSchema, CapacityDaySchema];
