import type { EntityManager } from '@mikro-orm/postgresql';
import { Facility, Sensor, Vehicle } from '../entities/index.ts';
import type { FacilityKind, FacilityStatus } from '../entities/vocabulary.ts';

/** Facilities, vehicles and sensors: the registry of an alliance's places. */

export interface FacilitySearch {
  allianceId: string;
  kinds?: readonly FacilityKind[] | null;
  township?: string | null;
  status?: FacilityStatus | null;
  limit: number;
}

export async function searchFacilities(em: EntityManager, search: FacilitySearch): Promise<Facility[]> {
  return em.find(
    Facility,
    {
      allianceId: search.allianceId,
      ...(search.kinds?.length ? { kind: { $in: [...search.kinds] } } : {}),
      ...(search.township ? { township: search.township } : {}),
      ...(search.status ? { status: search.status } : {}),
    },
    { orderBy: { code: 'asc' }, limit: search.limit },
  );
}

/** A facility of this alliance; null for another alliance's as for none. */
export async function findFacilityOfAlliance(em: EntityManager, id: string, allianceId: string): Promise<Facility | null> {
  return em.findOne(Facility, { id, allianceId });
}

export async function findVehicleOfAlliance(em: EntityManager, id: string, allianceId: string): Promise<Vehicle | null> {
  return em.findOne(Vehicle, { id, allianceId });
}

export async function vehiclesOfAlliance(em: EntityManager, allianceId: string, limit: number): Promise<Vehicle[]> {
  return em.find(Vehicle, { allianceId }, { orderBy: { plate: 'asc' }, limit });
}

export async function facilitiesOfOperators(em: EntityManager, operatorIds: readonly string[]): Promise<Facility[]> {
  return em.find(Facility, { operatorId: { $in: [...operatorIds] } }, { orderBy: { code: 'asc' } });
}

export async function sensorsOfFacilities(em: EntityManager, facilityIds: readonly string[]): Promise<Sensor[]> {
  return em.find(Sensor, { facility: { $in: [...facilityIds] } }, { orderBy: { code: 'asc' } });
}

export async function sensorsOfVehicles(em: EntityManager, vehicleIds: readonly string[]): Promise<Sensor[]> {
  return em.find(Sensor, { vehicle: { $in: [...vehicleIds] } }, { orderBy: { code: 'asc' } });
}

/** Saves a new place or sensor (a unique code or plate may refuse it). */
export async function saveRegistryEntry<T extends Facility | Vehicle | Sensor>(em: EntityManager, entry: T): Promise<T> {
  await em.persistAndFlush(entry);
  return entry;
}
