import { Forbidden, isOfficeOf, pageSize, requireViewer } from '@alliance/domain-kit';
import type { Shipment, ShipmentReservation } from '../entities/index.ts';
import type { ShipmentStatus } from '../entities/vocabulary.ts';
import { searchShipments } from '../store/shipments.ts';
import type { ColdchainRequest } from './request.ts';
import { canSeeShipment, seesEveryReservation, type ShipmentFacts } from './shipment-access.ts';

/** Reading shipments: each caller sees those it is a party to, the office all of its alliance. */

async function shipmentFacts(req: ColdchainRequest, shipment: Shipment): Promise<ShipmentFacts> {
  const [origin, vehicle] = await Promise.all([req.loaders.facilityById.load(shipment.origin.id), req.loaders.vehicleById.load(shipment.vehicle.id)]);
  return { allianceId: shipment.allianceId, marketId: shipment.marketId, originOperatorId: origin!.operatorId, vehicleOperatorId: vehicle!.operatorId };
}

export async function findShipment(req: ColdchainRequest, id: string): Promise<Shipment | null> {
  const viewer = requireViewer(req.viewer);
  const shipment = await req.loaders.shipmentById.load(id);
  // Another alliance's shipment answers as one that does not exist.
  if (!shipment || shipment.allianceId !== viewer.allianceId) return null;
  if (!canSeeShipment(viewer, await shipmentFacts(req, shipment))) throw new Forbidden(`Shipment ${id} is not yours to see.`);
  return shipment;
}

/** A shipment linked from elsewhere (a reservation, a custody event): null when the caller may not see it. */
export async function visibleShipment(req: ColdchainRequest, shipment: Shipment | null): Promise<Shipment | null> {
  const viewer = requireViewer(req.viewer);
  if (!shipment) return null;
  return canSeeShipment(viewer, await shipmentFacts(req, shipment)) ? shipment : null;
}

export async function shipmentOfReservation(req: ColdchainRequest, reservationId: string): Promise<Shipment | null> {
  return visibleShipment(req, await req.loaders.shipmentByReservation.load(reservationId));
}

export async function shipmentOfCustodyEvent(req: ColdchainRequest, event: { shipment: { id: string } | null }): Promise<Shipment | null> {
  return event.shipment ? visibleShipment(req, await req.loaders.shipmentById.load(event.shipment.id)) : null;
}

/**
 * A shipment's reservations, as the caller may see them: the operators and the office see every
 * one named, with the reasons of refusals; the market sees those committed, which are its own.
 */
export async function reservationsOfShipment(req: ColdchainRequest, shipment: Shipment): Promise<ShipmentReservation[]> {
  const viewer = requireViewer(req.viewer);
  const all = await req.loaders.reservationsByShipment.load(shipment.id);
  return seesEveryReservation(viewer, await shipmentFacts(req, shipment)) ? all : all.filter((r) => r.status === 'COMMITTED');
}

export interface ShipmentFilter {
  status?: ShipmentStatus | null;
  marketId?: string | null;
  originFacilityId?: string | null;
}

/** The caller's shipments: a market's own, an operator's own, all of the office's alliance. Newest first. */
export async function listShipments(req: ColdchainRequest, filter: ShipmentFilter, first: number | null | undefined): Promise<Shipment[]> {
  const viewer = requireViewer(req.viewer);
  return searchShipments(req.em, {
    allianceId: viewer.allianceId,
    memberId: viewer.memberId,
    wholeAlliance: isOfficeOf(viewer, viewer.allianceId),
    ...filter,
    limit: pageSize(first, { fallback: 20, max: 100 }),
  });
}
