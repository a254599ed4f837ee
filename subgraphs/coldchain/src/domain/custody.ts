import { BadInput, Forbidden, NotFound, kgString, operatesOrIsOffice, parseKg, requireActive, requireViewer } from '@alliance/domain-kit';
import { CustodyEvent, type Facility, type Vehicle } from '../entities/index.ts';
import type { CustodyKind } from '../entities/vocabulary.ts';
import { custodyOfLots, lockLotCustody, saveCustodyEvent, type CustodyRecord } from '../store/custody.ts';
import { kgOfGrams, positionsOf } from './positions.ts';
import { moveLotPositions } from './custody-ledger.ts';
import { findFacilityOfAlliance, findVehicleOfAlliance } from '../store/facilities.ts';
import { knownLots } from '../store/lot-alliances.ts';
import { seesLotKg } from './lot-access.ts';
import type { MemberReference } from './references.ts';
import type { ColdchainRequest } from './request.ts';

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
 * The operator of a facility (or vehicle) records what happened to a lot there; so may the office
 * of the place's alliance. The place, the caller and the lot are all of one alliance: the one the
 * caller acts in. The lot's alliance is the members subgraph's word (lots.registered).
 */
export async function recordCustodyEvent(req: ColdchainRequest, input: CustodyEventInput, now = new Date()): Promise<CustodyEvent> {
  const viewer = requireActive(req.viewer);
  if (!AT_FACILITY.includes(input.kind) && !ON_VEHICLE.includes(input.kind)) {
    throw new BadInput(`${input.kind} is recorded on the lot's shipment (deliverShipment, rejectShipment), not here.`, { field: 'kind' });
  }
  if (input.at.getTime() > now.getTime() + 5 * 60_000) throw new BadInput('A custody event cannot be in the future.', { field: 'at' });
  if (input.facilityId && input.vehicleId) {
    throw new BadInput('A custody event happens at a facility or on a vehicle: give only one of facilityId and vehicleId.', { field: 'vehicleId' });
  }
  const quantity = parseKg(input.quantityKg);
  let facility: Facility | null = null;
  let vehicle: Vehicle | null = null;
  if (AT_FACILITY.includes(input.kind)) {
    if (!input.facilityId) throw new BadInput(`A ${input.kind} event happens at a facility: give facilityId.`, { field: 'facilityId' });
    facility = await findFacilityOfAlliance(req.em, input.facilityId, viewer.allianceId);
    if (!facility) throw new NotFound(`No facility of your alliance has id ${input.facilityId}.`, { field: 'facilityId' });
  } else {
    if (!input.vehicleId) throw new BadInput(`A ${input.kind} event happens on a vehicle: give vehicleId.`, { field: 'vehicleId' });
    vehicle = await findVehicleOfAlliance(req.em, input.vehicleId, viewer.allianceId);
    if (!vehicle) throw new NotFound(`No vehicle of your alliance has id ${input.vehicleId}.`, { field: 'vehicleId' });
  }
  const place = (facility ?? vehicle)!;
  if (!operatesOrIsOffice(viewer, place)) throw new Forbidden('Custody at a facility or on a vehicle is recorded by its operator or the alliance office.');
  const [lot] = await knownLots(req.em, [input.lotId]);
  if (lot?.allianceId !== place.allianceId) throw new NotFound(`No lot of your alliance has id ${input.lotId}.`, { field: 'lotId' });
  // The lot's kg as members last announced them (older announcements did not carry them).
  if (lot.quantityKg !== null && quantity.gt(lot.quantityKg)) {
    throw new BadInput(`Lot ${input.lotId} holds ${kgString(lot.quantityKg)} kg; a custody event cannot be of more (got ${kgString(quantity)} kg).`, { field: 'quantityKg' });
  }
  if (lot.harvestDate) {
    const harvest = new Date(`${lot.harvestDate}T00:00:00+08:00`);
    if (input.at < harvest) {
      throw new BadInput(`Lot ${input.lotId} was harvested on ${lot.harvestDate} (Asia/Shanghai); a custody event cannot be earlier (got ${input.at.toISOString()}).`, { field: 'at' });
    }
  }
  return req.em.transactional(async (em) => {
    // One writer per lot at a time: two events that only fit one at a time cannot both pass.
    await lockLotCustody(em, input.lotId);
    const custody = await custodyOfLots(em, [input.lotId]);
    const placeId = place.id;
    const latestHere = custody.filter((e) => (e.facility?.id ?? e.vehicle?.id) === placeId).at(-1);
    if (latestHere && input.at < latestHere.at) {
      throw new BadInput(`Lot ${input.lotId} already has a ${latestHere.kind} event here at ${latestHere.at.toISOString()}; a custody event at the same place cannot be earlier.`, { field: 'at' });
    }
    const before = custody.filter((e) => e.at <= input.at);
    if (input.kind === 'IN_TRANSIT' && !before.some((e) => e.kind === 'LOADED' && e.vehicle?.id === placeId)) {
      throw new BadInput(`Lot ${input.lotId} cannot be in transit on this vehicle before it was loaded on it.`, { field: 'kind' });
    }
    if (before.length && (AT_FACILITY.includes(input.kind) || input.kind === 'LOADED')) {
      const inFacilities = positionsOf(before).filter((p) => p.facilityId).reduce((sum, p) => sum + p.grams, 0);
      if (Math.round(Number(quantity.toString()) * 1000) > inFacilities) {
        throw new BadInput(
          `Only ${kgOfGrams(inFacilities)} kg of lot ${input.lotId} are at facilities at ${input.at.toISOString()}; a ${input.kind} event cannot be of more (got ${kgString(quantity)} kg).`,
          { field: 'quantityKg' },
        );
      }
    }
    const event = Object.assign(new CustodyEvent(), { lotId: input.lotId, kind: input.kind, at: input.at, facility, vehicle, actorId: viewer.memberId, quantityKg: kgString(quantity) });
    await saveCustodyEvent(em, event);
    await moveLotPositions(em, [{ id: event.id, lotId: event.lotId }]);
    return event;
  });
}

/** The kg of a custody event, for a caller who may read the lot's kg; null for anyone else. */
export async function quantityOf(req: ColdchainRequest, event: CustodyRecord): Promise<string | null> {
  const viewer = requireViewer(req.viewer);
  return seesLotKg(viewer, await req.loaders.knownLot.load(event.lotId)) ? event.quantityKg : null;
}

/** Who recorded a custody event, when the caller may see that member: one of the alliance the caller acts in. */
export async function actorOf(req: ColdchainRequest, event: CustodyRecord): Promise<MemberReference | null> {
  const viewer = requireViewer(req.viewer);
  const entry = await req.directory.load(event.actorId);
  return entry?.memberships.some((m) => m.allianceId === viewer.allianceId) ? { id: event.actorId } : null;
}
