import { BadInput, Conflict, Forbidden, NotFound, requireActive, uniquely } from '@alliance/domain-kit';
import { publish } from '@alliance/messaging';
import { Shipment } from '../entities/index.ts';
import { findFacilityOfAlliance, findVehicleOfAlliance } from '../store/facilities.ts';
import { activeShipmentReservations, findVehicleSensor, insertPlannedShipment } from '../store/shipments.ts';
import type { ColdchainRequest } from './request.ts';
import { announceShipment } from './shipment-announcement.ts';
import { canPlanFrom } from './shipment-access.ts';
import { PRODUCER } from './shipment-moves.ts';

const MAX_RESERVATIONS = 50;

export interface PlanShipmentInput {
  originFacilityId: string;
  vehicleId: string;
  reservationIds: string[];
  sensorCode?: string | null;
  plannedDeparture?: Date | null;
}

/**
 * A truckload from a facility of the caller's alliance to the market of the named confirmed
 * reservations. The members subgraph commits each reservation (or refuses it) by message.
 */
export async function planShipment(req: ColdchainRequest, input: PlanShipmentInput): Promise<Shipment> {
  const viewer = requireActive(req.viewer);
  const reservationIds = [...new Set(input.reservationIds)];
  if (reservationIds.length === 0) throw new BadInput('Name at least one confirmed reservation to ship.', { field: 'reservationIds' });
  if (reservationIds.length !== input.reservationIds.length) throw new BadInput('A reservation is named twice.', { field: 'reservationIds' });
  if (reservationIds.length > MAX_RESERVATIONS) throw new BadInput(`A shipment carries at most ${MAX_RESERVATIONS} reservations.`, { field: 'reservationIds' });

  const origin = await findFacilityOfAlliance(req.em, input.originFacilityId, viewer.allianceId);
  if (!origin) throw new NotFound(`No facility of your alliance has id ${input.originFacilityId}.`, { field: 'originFacilityId' });
  if (!canPlanFrom(viewer, origin)) throw new Forbidden(`Shipments from ${origin.code} are planned by its operator or the alliance office.`);
  if (origin.kind === 'ICE_PLANT') throw new BadInput(`${origin.code} is an ice plant; produce ships from a cold store, washing plant or dry warehouse.`, { field: 'originFacilityId' });
  if (origin.status !== 'ACTIVE') throw new Conflict(`${origin.code} is ${origin.status.toLowerCase()}; nothing ships from it now.`);
  const vehicle = await findVehicleOfAlliance(req.em, input.vehicleId, viewer.allianceId);
  if (!vehicle) throw new NotFound(`No vehicle of your alliance has id ${input.vehicleId}.`, { field: 'vehicleId' });
  const sensor = await findVehicleSensor(req.em, vehicle, input.sensorCode);
  if (input.sensorCode && !sensor) throw new BadInput(`Sensor "${input.sensorCode}" is not in vehicle ${vehicle.plate}.`, { field: 'sensorCode' });

  const shipment = Object.assign(new Shipment(), {
    allianceId: viewer.allianceId,
    origin,
    vehicle,
    sensor,
    plannedBy: viewer.memberId,
    plannedDeparture: input.plannedDeparture ?? null,
  });
  // Two plans racing for one reservation: the partial unique index lets one through.
  const raced = () => new Conflict('A reservation you named was just put on another shipment; plan again without it.', { field: 'reservationIds' });
  await uniquely(
    () =>
      req.em.transactional(async (em) => {
        const [taken] = await activeShipmentReservations(em, reservationIds);
        if (taken) throw new Conflict(`Reservation ${taken.reservationId} is already on shipment ${taken.shipment.id}.`, { reservationId: taken.reservationId, shipmentId: taken.shipment.id });
        await insertPlannedShipment(em, shipment, reservationIds);
        await publish(em, PRODUCER, 'shipment.planned', shipment.id, { shipmentId: shipment.id, allianceId: shipment.allianceId, reservationIds });
        await announceShipment(em, shipment.id);
      }),
    raced,
  );
  return shipment;
}
