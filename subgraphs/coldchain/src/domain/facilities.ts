import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadInput,
  Conflict,
  Decimal,
  Forbidden,
  NotFound,
  hasRole,
  kgString,
  pageSize,
  parseKg,
  requireViewer,
  shanghaiDay,
  type Viewer,
} from '@alliance/domain-kit';
import { Facility, Sensor, Vehicle } from '../entities/index.ts';
import type { ColdchainRequest } from './request.ts';
import { isOfficeOf } from './shipment-access.ts';
import { requireActive, requireMemberOf } from './member-directory.ts';
import { aFacility, CAPACITY_SOURCES, type CapacityKind, type FacilityKind, type FacilityStatus } from './vocabulary.ts';

/**
 * Facilities are an alliance's shared infrastructure: its members see them and their free
 * capacity; another alliance's do not. The office registers them; the office or the operator keeps
 * their capacity and status up to date.
 */
export interface FacilityFilter {
  kinds?: FacilityKind[] | null;
  township?: string | null;
  status?: FacilityStatus | null;
}

export async function listFacilities(req: ColdchainRequest, filter: FacilityFilter, first: number | null | undefined): Promise<Facility[]> {
  const viewer = requireViewer(req.viewer);
  return req.em.find(
    Facility,
    {
      allianceId: viewer.allianceId,
      ...(filter.kinds?.length ? { kind: { $in: filter.kinds } } : {}),
      ...(filter.township ? { township: filter.township } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    },
    { orderBy: { code: 'asc' }, limit: pageSize(first, { fallback: 50, max: 500 }) },
  );
}

export function canSeeFacility(viewer: Viewer, facility: Facility): boolean {
  return facility.allianceId === viewer.allianceId;
}

export async function findFacility(req: ColdchainRequest, id: string): Promise<Facility | null> {
  const viewer = requireViewer(req.viewer);
  const facility = await req.loaders.facilityById.load(id);
  if (facility && !canSeeFacility(viewer, facility)) throw new Forbidden(`Facility ${id} belongs to another alliance.`);
  return facility;
}

/** The facilities a member operates, as the caller's alliance knows them. */
export async function facilitiesOfOperator(req: ColdchainRequest, operatorId: string): Promise<Facility[]> {
  const viewer = requireViewer(req.viewer);
  return (await req.loaders.facilitiesByOperator.load(operatorId)).filter((f) => canSeeFacility(viewer, f));
}

export async function listVehicles(req: ColdchainRequest, first: number | null | undefined): Promise<Vehicle[]> {
  const viewer = requireViewer(req.viewer);
  return req.em.find(Vehicle, { allianceId: viewer.allianceId }, { orderBy: { plate: 'asc' }, limit: pageSize(first, { fallback: 50, max: 500 }) });
}

export async function findVehicle(req: ColdchainRequest, id: string): Promise<Vehicle | null> {
  const viewer = requireViewer(req.viewer);
  const vehicle = await req.loaders.vehicleById.load(id);
  if (vehicle && vehicle.allianceId !== viewer.allianceId) throw new Forbidden(`Vehicle ${id} belongs to another alliance.`);
  return vehicle;
}

// ---------------------------------------------------------------- the registry

export interface CapacityInput {
  storageCubicMetres?: string | null;
  storageCapacityKg?: string | null;
  iceTonnesPerDay?: string | null;
  washingLines?: number | null;
  washingTonnesPerDay?: string | null;
}

export interface RegisterFacilityInput extends CapacityInput {
  code: string;
  name: string;
  kind: FacilityKind;
  operatorId: string;
  township: string;
}

export interface UpdateFacilityInput extends CapacityInput {
  name?: string | null;
  status?: FacilityStatus | null;
}

/** The capacity fields each kind has; a facility states all of its own and none of the others. */
const CAPACITY_FIELDS: Record<FacilityKind, (keyof CapacityInput)[]> = {
  COLD_STORE: ['storageCubicMetres', 'storageCapacityKg'],
  DRY_WAREHOUSE: ['storageCubicMetres', 'storageCapacityKg'],
  ICE_PLANT: ['iceTonnesPerDay'],
  WASHING_PLANT: ['washingLines', 'washingTonnesPerDay'],
};

/** Validated capacity fields of a kind, as stored (decimal strings); throws BadInput. Pure. */
export function capacityOf(kind: FacilityKind, input: CapacityInput, required: boolean): Partial<Record<keyof CapacityInput, string | number>> {
  const own = CAPACITY_FIELDS[kind];
  const out: Partial<Record<keyof CapacityInput, string | number>> = {};
  for (const field of Object.keys(CAPACITY_FIELDS).flatMap((k) => CAPACITY_FIELDS[k as FacilityKind])) {
    const value = input[field];
    if (value === null || value === undefined) {
      if (required && own.includes(field)) throw new BadInput(`${aFacility(kind)} needs ${field}.`, { field });
      continue;
    }
    if (!own.includes(field)) throw new BadInput(`${aFacility(kind)} has no ${field}.`, { field });
    if (field === 'washingLines') {
      if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 1000) throw new BadInput('washingLines must be a whole number from 1 to 1000.', { field });
      out[field] = value as number;
    } else {
      // As stored: cubic metres to the hundredth (numeric(12,2)), the rest to three places.
      const amount = parseKg(String(value), field, '1000000000');
      const places = field === 'storageCubicMetres' ? 2 : 3;
      if (amount.decimalPlaces() > places) throw new BadInput(`${field} has more than ${places} decimal places; got ${value}.`, { field });
      out[field] = amount.toFixed(places);
    }
  }
  return out;
}

function text(value: string, field: string, max = 200): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > max) throw new BadInput(`${field} must be 1–${max} characters.`, { field });
  return trimmed;
}

const CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

function facilityCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (!CODE.test(code)) throw new BadInput(`Facility code "${value}" must be 2–32 letters, digits or dashes, e.g. CS-243.`, { field: 'code' });
  return code;
}

async function requireOffice(req: ColdchainRequest, action: string): Promise<Viewer> {
  const viewer = await requireActive(req);
  if (!isOfficeOf(viewer, viewer.allianceId)) throw new Forbidden(`Only the alliance office may ${action}.`, { requiredRoles: ['ALLIANCE_ADMIN'] });
  return viewer;
}

async function uniquely<T>(what: string, field: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new Conflict(`${what} is already registered.`, { field });
    throw error;
  }
}

/** The office registers a facility of its alliance, run by one of its members. */
export async function registerFacility(req: ColdchainRequest, input: RegisterFacilityInput): Promise<Facility> {
  const viewer = await requireOffice(req, 'register facilities');
  const capacities = capacityOf(input.kind, input, true);
  await requireMemberOf(req, input.operatorId, viewer.allianceId, 'operatorId');
  const facility = Object.assign(new Facility(), {
    code: facilityCode(input.code),
    name: text(input.name, 'name'),
    kind: input.kind,
    operatorId: input.operatorId,
    allianceId: viewer.allianceId,
    township: text(input.township, 'township', 100),
    ...capacities,
  });
  return uniquely(`Facility code ${facility.code}`, 'code', async () => {
    await req.em.persistAndFlush(facility);
    return facility;
  });
}

/**
 * The office or the operator corrects a facility. A new capacity applies from today on, and never
 * drops below what is already booked on a day (the ledger's check constraint guards it too).
 */
export async function updateFacility(req: ColdchainRequest, id: string, input: UpdateFacilityInput): Promise<Facility> {
  const viewer = await requireActive(req);
  const facility = await findFacility(req, id);
  if (!facility) throw new NotFound(`No facility has id ${id}.`, { field: 'id' });
  if (facility.operatorId !== viewer.memberId && !isOfficeOf(viewer, facility.allianceId)) {
    throw new Forbidden(`Facility ${facility.code} is kept up to date by its operator or the alliance office.`);
  }
  const capacities = capacityOf(facility.kind, input, false);
  await req.em.transactional(async (em) => {
    for (const [kind, source] of Object.entries(CAPACITY_SOURCES) as [CapacityKind, (typeof CAPACITY_SOURCES)[CapacityKind]][]) {
      const next = capacities[source.field];
      if (next !== undefined && source.kinds.includes(facility.kind)) await resizeLedger(em, facility, kind, String(next));
    }
    if (input.name != null) facility.name = text(input.name, 'name');
    if (input.status != null) facility.status = input.status;
    Object.assign(facility, capacities);
    em.persist(facility);
  });
  return facility;
}

/** Sets the capacity of the facility's ledger days from today on, refusing if bookings exceed it. */
async function resizeLedger(em: EntityManager, facility: Facility, kind: CapacityKind, capacity: string): Promise<void> {
  const schema = em.config.get('schema');
  const over = await em.execute<{ day: string; booked: string }[]>(
    `select to_char(day, 'YYYY-MM-DD') as day, booked from "${schema}".capacity_day
     where facility_id = ? and kind = ? and day >= ? order by day for update`,
    [facility.id, kind, shanghaiDay()],
  );
  const first = over.find((d) => new Decimal(d.booked).gt(capacity));
  if (first) throw new Conflict(`${kgString(first.booked)} is booked at ${facility.code} on ${first.day}; the capacity cannot drop below it.`, { day: first.day });
  await em.execute(`update "${schema}".capacity_day set capacity = ? where facility_id = ? and kind = ? and day >= ?`, [capacity, facility.id, kind, shanghaiDay()]);
}

export interface RegisterVehicleInput {
  plate: string;
  /** Defaults to the caller; the office may name any member. */
  operatorId?: string | null;
}

export async function registerVehicle(req: ColdchainRequest, input: RegisterVehicleInput): Promise<Vehicle> {
  const viewer = await requireActive(req);
  const office = isOfficeOf(viewer, viewer.allianceId);
  const operatorId = input.operatorId ?? viewer.memberId;
  if (!office && !(operatorId === viewer.memberId && hasRole(viewer, 'FACILITY_OPERATOR'))) {
    throw new Forbidden('A facility operator registers its own vehicles; the alliance office registers any member\'s.');
  }
  if (operatorId !== viewer.memberId) await requireMemberOf(req, operatorId, viewer.allianceId, 'operatorId');
  const vehicle = Object.assign(new Vehicle(), { plate: text(input.plate, 'plate', 20), operatorId, allianceId: viewer.allianceId });
  return uniquely(`Plate ${vehicle.plate}`, 'plate', async () => {
    await req.em.persistAndFlush(vehicle);
    return vehicle;
  });
}

export interface RegisterSensorInput {
  code: string;
  facilityId?: string | null;
  vehicleId?: string | null;
}

/** A logger in a facility or a vehicle, registered by its operator or the office. */
export async function registerSensor(req: ColdchainRequest, input: RegisterSensorInput): Promise<Sensor> {
  const viewer = await requireActive(req);
  if (!input.facilityId === !input.vehicleId) throw new BadInput('A sensor is in a facility or in a vehicle: give exactly one of facilityId and vehicleId.', { field: 'facilityId' });
  const place = input.facilityId ? await findFacility(req, input.facilityId) : await findVehicle(req, input.vehicleId!);
  if (!place) throw new NotFound(`No ${input.facilityId ? 'facility' : 'vehicle'} has id ${input.facilityId ?? input.vehicleId}.`, { field: input.facilityId ? 'facilityId' : 'vehicleId' });
  if (place.operatorId !== viewer.memberId && !isOfficeOf(viewer, place.allianceId)) {
    throw new Forbidden('Sensors are registered by the operator of their facility or vehicle, or the alliance office.');
  }
  const sensor = Object.assign(new Sensor(), {
    code: text(input.code, 'code', 40).toUpperCase(),
    facility: input.facilityId ? place : null,
    vehicle: input.vehicleId ? place : null,
  });
  return uniquely(`Sensor ${sensor.code}`, 'code', async () => {
    await req.em.persistAndFlush(sensor);
    return sensor;
  });
}
