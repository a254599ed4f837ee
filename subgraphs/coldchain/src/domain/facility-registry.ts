import { Conflict, Decimal, Forbidden, NotFound, BadInput, kgString, operatesOrIsOffice, parseKg, requireActive, requireActiveRole, requireMemberOf, requiredText, shanghaiDay, uniquely } from '@alliance/domain-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Facility } from '../entities/index.ts';
import type { CapacityKind, FacilityKind, FacilityStatus } from '../entities/vocabulary.ts';
import { lockLedgerDaysFrom, setLedgerCapacityFrom } from '../store/capacity.ts';
import { findFacilityOfAlliance, saveRegistryEntry } from '../store/facilities.ts';
import type { ColdchainRequest } from './request.ts';
import { aFacility, CAPACITY_SOURCES } from './vocabulary.ts';

/** The registry of facilities: the office registers them; the office or the operator keeps their capacity and status up to date. */
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

const CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

function facilityCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (!CODE.test(code)) throw new BadInput(`Facility code "${value}" must be 2–32 letters, digits or dashes, e.g. CS-243.`, { field: 'code' });
  return code;
}

/** The office registers a facility of its alliance, run by one of its members. */
export async function registerFacility(req: ColdchainRequest, input: RegisterFacilityInput): Promise<Facility> {
  const viewer = requireActiveRole(req.viewer, ['ALLIANCE_ADMIN'], 'register facilities');
  const capacities = capacityOf(input.kind, input, true);
  await requireMemberOf(req.directory, input.operatorId, viewer.allianceId, 'operatorId');
  const facility = Object.assign(new Facility(), {
    code: facilityCode(input.code),
    name: requiredText(input.name, 'name'),
    kind: input.kind,
    operatorId: input.operatorId,
    allianceId: viewer.allianceId,
    township: requiredText(input.township, 'township', 100),
    ...capacities,
  });
  return uniquely(
    () => saveRegistryEntry(req.em, facility),
    () => new Conflict(`Facility code ${facility.code} is already registered.`, { field: 'code' }),
  );
}

/**
 * The office or the operator corrects a facility of its alliance. A new capacity applies from today
 * on, and never drops below what is already booked on a day (the ledger's check constraint guards it too).
 */
export async function updateFacility(req: ColdchainRequest, id: string, input: UpdateFacilityInput): Promise<Facility> {
  const viewer = requireActive(req.viewer);
  const facility = await findFacilityOfAlliance(req.em, id, viewer.allianceId);
  if (!facility) throw new NotFound(`No facility of your alliance has id ${id}.`, { field: 'id' });
  if (!operatesOrIsOffice(viewer, facility)) throw new Forbidden(`Facility ${facility.code} is kept up to date by its operator or the alliance office.`);
  const capacities = capacityOf(facility.kind, input, false);
  await req.em.transactional(async (em) => {
    for (const [kind, source] of Object.entries(CAPACITY_SOURCES) as [CapacityKind, (typeof CAPACITY_SOURCES)[CapacityKind]][]) {
      const next = capacities[source.field];
      if (next !== undefined && source.kinds.includes(facility.kind)) await resizeLedger(em, facility, kind, String(next));
    }
    if (input.name != null) facility.name = requiredText(input.name, 'name');
    if (input.status != null) facility.status = input.status;
    Object.assign(facility, capacities);
    em.persist(facility);
  });
  return facility;
}

/** Sets the capacity of the facility's ledger days from today on, refusing if bookings exceed it. */
async function resizeLedger(em: EntityManager, facility: Facility, kind: CapacityKind, capacity: string): Promise<void> {
  const today = shanghaiDay();
  const first = (await lockLedgerDaysFrom(em, facility.id, kind, today)).find((d) => new Decimal(d.booked).gt(capacity));
  if (first) throw new Conflict(`${kgString(first.booked)} is booked at ${facility.code} on ${first.day}; the capacity cannot drop below it.`, { day: first.day });
  await setLedgerCapacityFrom(em, facility.id, kind, today, capacity);
}
