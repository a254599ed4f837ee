import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInput, Conflict, Forbidden, NotFound, type Viewer } from '@alliance/domain-kit';
import type { Shipment } from '../entities/index.ts';
import { findShipment, lockShipment, type LockedShipment } from '../store/shipments.ts';
import { ACTORS, canActOnShipment, canSeeShipment, type ShipmentAction } from './shipment-access.ts';
import { transitionRefusal } from './shipment-rules.ts';

/**
 * What every change to a planned shipment shares. Reservations and lots belong to the members
 * subgraph; the two coordinate by messages (`@alliance/messaging`'s contract), each published in
 * the transaction of the change. Every change locks the shipment's row first, so two operators
 * acting on one shipment at once queue; check constraints are the database's guarantee.
 */
export const PRODUCER = 'coldchain';
const CLOCK_SKEW_MS = 5 * 60_000;

/** Locks the shipment and checks that the caller may act on it in its present status. */
export async function lockForAction(em: EntityManager, viewer: Viewer, id: string, action: ShipmentAction): Promise<LockedShipment> {
  const shipment = await lockShipment(em, id);
  // Another alliance's shipment is not even confirmed to exist.
  if (!shipment || shipment.allianceId !== viewer.allianceId) throw new NotFound(`No shipment of your alliance has id ${id}.`, { field: 'id' });
  if (!canSeeShipment(viewer, shipment)) throw new Forbidden(`Shipment ${id} is not yours to see.`);
  if (!canActOnShipment(viewer, shipment, action)) throw new Forbidden(`Only ${ACTORS[action]} may ${action} shipment ${id}.`);
  const refusal = transitionRefusal(shipment.status, action);
  if (refusal) throw new Conflict(`Shipment ${id} cannot ${action} now. ${refusal}`, { status: shipment.status });
  return shipment;
}

/** When a move happened: now unless told, never in the future, never before the departure. */
export function eventTime(at: Date | null | undefined, now: Date, notBefore?: Date | null): Date {
  const when = at ?? now;
  if (when.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new BadInput(`${when.toISOString()} is in the future.`, { field: 'at' });
  if (notBefore && when < notBefore) throw new BadInput(`${when.toISOString()} is before the shipment left (${notBefore.toISOString()}).`, { field: 'at' });
  return when;
}

/** The shipment as it is after the change. */
export async function reloaded(em: EntityManager, id: string): Promise<Shipment> {
  return (await findShipment(em, id, { refresh: true }))!;
}
