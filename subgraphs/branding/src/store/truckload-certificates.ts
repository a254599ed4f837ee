import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificateLot, OriginCertificate } from '../entities/index.ts';

/** The valid certificate of each of many shipments. */
export async function validCertificatesOfShipments(em: EntityManager, shipmentIds: readonly string[]): Promise<OriginCertificate[]> {
  return em.find(OriginCertificate, { shipmentId: { $in: [...shipmentIds] }, status: 'VALID' });
}

/** The valid certificate of the shipment, read afresh (inside the issuing transaction). */
export async function validCertificateOfShipment(em: EntityManager, shipmentId: string): Promise<OriginCertificate | null> {
  return em.findOne(OriginCertificate, { shipmentId, status: 'VALID' }, { refresh: true });
}

/** What many truckload certificates cover, lot by lot. */
export async function certificateLotsOf(em: EntityManager, certificateIds: readonly string[]): Promise<CertificateLot[]> {
  return em.find(CertificateLot, { certificateId: { $in: [...certificateIds] } }, { orderBy: { certificateId: 'asc', lotId: 'asc' } });
}
