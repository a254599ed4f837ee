import type { CapacityBookingResolvers, FacilityResolvers, SensorResolvers, VehicleResolvers } from '../generated/resolvers.ts';
import * as facilities from '../domain/facilities.ts';
import * as vehicles from '../domain/vehicles.ts';

export const Facility: FacilityResolvers = {
  __resolveReference: (ref, ctx) => facilities.findFacility(ctx, ref.id),
  operator: (facility) => ({ id: facility.operatorId }),
  sensors: (facility, _args, ctx) => ctx.loaders.sensorsByFacility.load(facility.id),
};

export const Vehicle: VehicleResolvers = {
  __resolveReference: (ref, ctx) => vehicles.findVehicle(ctx, ref.id),
  operator: (vehicle) => ({ id: vehicle.operatorId }),
  sensors: (vehicle, _args, ctx) => ctx.loaders.sensorsByVehicle.load(vehicle.id),
};

export const Sensor: SensorResolvers = {
  facility: (sensor, _args, ctx) => (sensor.facility ? ctx.loaders.facilityById.load(sensor.facility.id) : null),
  vehicle: (sensor, _args, ctx) => (sensor.vehicle ? ctx.loaders.vehicleById.load(sensor.vehicle.id) : null),
  latestReading: (sensor, _args, ctx) => ctx.loaders.latestReadingBySensor.load(sensor.id),
};

export const CapacityBooking: CapacityBookingResolvers = {
  facility: async (booking, _args, ctx) => (await ctx.loaders.facilityById.load(booking.facility.id))!,
  member: (booking) => ({ id: booking.memberId }),
  from: (booking) => booking.fromDay,
  to: (booking) => booking.toDay,
};
