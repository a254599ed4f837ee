import DataLoader from 'dataloader';
import type { RequestBase } from '@alliance/subgraph-kit';
import { loaderByKey, loaderOfMany } from '@alliance/subgraph-kit';
import { LabelBatch, Licence, LotFact, OriginCertificate, ResidueTest } from './entities/index.ts';
import type { BrandingLoaders, BrandingRequest } from './domain/request.ts';
import type { BrandingSettings } from './settings.ts';
import { validCertificatesOfLots } from './store/certificates.ts';
import { residueTestsOfLots } from './store/residue-tests.ts';
import { shipmentFactsOf } from './store/shipment-facts.ts';
import { certificateLotsOf, validCertificatesOfShipments } from './store/truckload-certificates.ts';

export interface BrandingContext extends RequestBase, BrandingRequest {}

export function createBrandingContext(base: RequestBase, settings: BrandingSettings): BrandingContext {
  const { em } = base;
  const loaders: BrandingLoaders = {
    lotFactById: loaderByKey(em, LotFact, 'lotId'),
    residueTestsByLot: loaderOfMany((ids) => residueTestsOfLots(em, ids), (t) => t.lotId),
    residueTestById: loaderByKey(em, ResidueTest, 'id'),
    certificateById: loaderByKey(em, OriginCertificate, 'id'),
    validCertificateByLot: new DataLoader(async (ids) => {
      const byLot = new Map((await validCertificatesOfLots(em, ids)).map((c) => [c.lotId, c]));
      return ids.map((id) => byLot.get(id) ?? null);
    }),
    licenceById: loaderByKey(em, Licence, 'id'),
    labelBatchById: loaderByKey(em, LabelBatch, 'id'),
    shipmentFactById: new DataLoader(async (ids) => {
      const byId = new Map((await shipmentFactsOf(em, ids)).map((f) => [f.shipmentId, f]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    validCertificateByShipment: new DataLoader(async (ids) => {
      const byShipment = new Map((await validCertificatesOfShipments(em, ids)).map((c) => [c.shipmentId, c]));
      return ids.map((id) => byShipment.get(id) ?? null);
    }),
    certificateLotsByCertificate: loaderOfMany((ids) => certificateLotsOf(em, ids), (l) => l.certificateId),
  };
  return { ...base, loaders, settings };
}
