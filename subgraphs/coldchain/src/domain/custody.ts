import { BadInput, Forbidden, NotFound, kgString, parseKg } from '@alliance/domain-kit';
import { CustodyEvent, Facility, Vehicle } from '../entities/index.ts';
import type { ColdchainRequest } from './request.ts';
import { requireActiveRole } from './member-directory.ts';
import type { CustodyKind } from './vocabulary.ts';

export interface CustodyEventInput {
  lotId: string;
  kind: CustodyKind;
  at: Date;
  facilityId?: string | null;
  vehicleId?: string | null;
  quantityKg: string;
}

/** Events that happen at a facility, and those that happen on a vehicle. */
const AT_FACILITY: CustodyKind[] = ['RECEIVED', 'WASHED', 'ICED', 'PACKED', 'STORED'];
const ON_VEHICLE: CustodyKind[] = ['LOADED', 'IN_TRANSIT'];

/**
 * A facility operator records what happened to a lot at its facility (or on its vehicle). The
 * lot is referenced by id; the members subgraph owns it and its visibility.
 */
export async function recordCustodyEvent(req: ColdchainRequest, input: CustodyEventInput, now = new Date()): Promise<CustodyEvent> {
  const viewer = await requireActiveRole(req, ['FACILITY_OPERATOR', 'ALLIANCE_ADMIN'], 'record custody events');
  if (!AT_FACILITY.includes(input.kind) && !ON_VEHICLE.includes(input.kind)) {
    throw new BadInput(`${input.kind} is recorded on the lot's shipment (deliverShipment, rejectShipment), not here.`, { field: 'kind' });
  }
  if (input.at.getTime() > now.getTime() + 5 * 60_000) throw new BadInput('A custody event cannot be in the future.', { field: 'at' });
  const quantity = parseKg(input.quantityKg);
  let facility: Facility | null = null;
  let vehicle: Vehicle | null = null;
  if (AT_FACILITY.includes(input.kind)) {
    if (!input.facilityId) throw new BadInput(`A ${input.kind} event happens at a facility: give facilityId.`, { field: 'facilityId' });
    facility = await req.em.findOne(Facility, { id: input.facilityId });
    if (!facility) throw new NotFound(`No facility has id ${input.facilityId}.`, { field: 'facilityId' });
  } else if (ON_VEHICLE.includes(input.kind)) {
    if (!input.vehicleId) throw new BadInput(`A ${input.kind} event happens on a vehicle: give vehicleId.`, { field: 'vehicleId' });
    vehicle = await req.em.findOne(Vehicle, { id: input.vehicleId });
    if (!vehicle) throw new NotFound(`No vehicle has id ${input.vehicleId}.`, { field: 'vehicleId' });
  }
  const operatorId = facility?.operatorId ?? vehicle?.operatorId;
  if (operatorId && operatorId !== viewer.memberId && !viewer.roles.includes('ALLIANCE_ADMIN')) {
    throw new Forbidden('Custody at a facility or on a vehicle is recorded by its operator.');
  }
  const event = new CustodyEvent();
  Object.assign(event, { lotId: input.lotId, kind: input.kind, at: input.at, facility, vehicle, actorId: viewer.memberId, quantityKg: kgString(quantity) });
  await req.em.persistAndFlush(event);
  return event;
}
