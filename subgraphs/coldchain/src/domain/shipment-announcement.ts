import type { EntityManager } from '@mikro-orm/postgresql';
import { publish } from '@alliance/messaging';
import { shipmentEntry } from '../store/shipments.ts';
import { PRODUCER } from './shipment-moves.ts';

/**
 * Tells the other subgraphs what the shipment is now (status, vehicle, the kg of each lot loaded
 * on it): shipments.changed, in the transaction of the change, after the shipment's row was locked
 * and changed, so the stamp of a later change is always later. Branding certifies truckloads from it.
 */
export async function announceShipment(em: EntityManager, shipmentId: string): Promise<void> {
  const entry = await shipmentEntry(em, shipmentId);
  if (entry) await publish(em, PRODUCER, 'shipments.changed', shipmentId, entry);
}
