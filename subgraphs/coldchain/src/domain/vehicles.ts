import { BadInput, Conflict, Forbidden, NotFound, hasRole, isMemberOf, isOfficeOf, operatesOrIsOffice, pageSize, requireActive, requireMemberOf, requireViewer, requiredText, uniquely } from '@alliance/domain-kit';
import { Sensor, Vehicle, type Facility } from '../entities/index.ts';
import { findFacilityOfAlliance, findVehicleOfAlliance, saveRegistryEntry, vehiclesOfAlliance } from '../store/facilities.ts';
import type { ColdchainRequest } from './request.ts';

/** Vehicles and the loggers in facilities and vehicles: registered and seen within one alliance. */

export async function listVehicles(req: ColdchainRequest, first: number | null | undefined): Promise<Vehicle[]> {
  const viewer = requireViewer(req.viewer);
  return vehiclesOfAlliance(req.em, viewer.allianceId, pageSize(first, { fallback: 50, max: 500 }));
}

export async function findVehicle(req: ColdchainRequest, id: string): Promise<Vehicle | null> {
  const viewer = requireViewer(req.viewer);
  const vehicle = await req.loaders.vehicleById.load(id);
  // Another alliance's vehicle answers as one that does not exist.
  return vehicle && isMemberOf(viewer, vehicle.allianceId) ? vehicle : null;
}

export interface RegisterVehicleInput {
  plate: string;
  /** Defaults to the caller; the office may name any member. */
  operatorId?: string | null;
}

export async function registerVehicle(req: ColdchainRequest, input: RegisterVehicleInput): Promise<Vehicle> {
  const viewer = requireActive(req.viewer);
  const operatorId = input.operatorId ?? viewer.memberId;
  if (!isOfficeOf(viewer, viewer.allianceId) && !(operatorId === viewer.memberId && hasRole(viewer, 'FACILITY_OPERATOR'))) {
    throw new Forbidden('A facility operator registers its own vehicles; the alliance office registers any member\'s.');
  }
  if (operatorId !== viewer.memberId) await requireMemberOf(req.directory, operatorId, viewer.allianceId, 'operatorId');
  const vehicle = Object.assign(new Vehicle(), { plate: requiredText(input.plate, 'plate', 20), operatorId, allianceId: viewer.allianceId });
  return uniquely(
    () => saveRegistryEntry(req.em, vehicle),
    () => new Conflict(`Plate ${vehicle.plate} is already registered.`, { field: 'plate' }),
  );
}

export interface RegisterSensorInput {
  code: string;
  facilityId?: string | null;
  vehicleId?: string | null;
}

/** A logger in a facility or a vehicle of the caller's alliance, registered by its operator or the office. */
export async function registerSensor(req: ColdchainRequest, input: RegisterSensorInput): Promise<Sensor> {
  const viewer = requireActive(req.viewer);
  if (!input.facilityId === !input.vehicleId) throw new BadInput('A sensor is in a facility or in a vehicle: give exactly one of facilityId and vehicleId.', { field: 'facilityId' });
  const place: Facility | Vehicle | null = input.facilityId
    ? await findFacilityOfAlliance(req.em, input.facilityId, viewer.allianceId)
    : await findVehicleOfAlliance(req.em, input.vehicleId!, viewer.allianceId);
  if (!place) {
    const field = input.facilityId ? 'facilityId' : 'vehicleId';
    throw new NotFound(`No ${input.facilityId ? 'facility' : 'vehicle'} of your alliance has id ${input.facilityId ?? input.vehicleId}.`, { field });
  }
  if (!operatesOrIsOffice(viewer, place)) throw new Forbidden('Sensors are registered by the operator of their facility or vehicle, or the alliance office.');
  const sensor = Object.assign(new Sensor(), {
    code: requiredText(input.code, 'code', 40).toUpperCase(),
    facility: input.facilityId ? place : null,
    vehicle: input.vehicleId ? place : null,
  });
  return uniquely(
    () => saveRegistryEntry(req.em, sensor),
    () => new Conflict(`Sensor ${sensor.code} is already registered.`, { field: 'code' }),
  );
}
