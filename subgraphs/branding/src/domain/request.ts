import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DirectoryLookup, Viewer } from '@alliance/domain-kit';
import type { CertificateLot, ShipmentFact } from '../entities/index.ts';
import type { LabelBatch, Licence, LotFact, OriginCertificate, ResidueTest } from '../entities/index.ts';
import type { BrandingSettings } from '../settings.ts';

/** What a use case of branding gets from the request: the caller, the directory, the entity manager, loaders, settings. */
export interface BrandingRequest {
  em: EntityManager;
  viewer: Viewer | null;
  directory: DirectoryLookup;
  loaders: BrandingLoaders;
  settings: BrandingSettings;
}

export interface BrandingLoaders {
  lotFactById: DataLoader<string, LotFact | null>;
  residueTestsByLot: DataLoader<string, ResidueTest[]>;
  residueTestById: DataLoader<string, ResidueTest | null>;
  certificateById: DataLoader<string, OriginCertificate | null>;
  validCertificateByLot: DataLoader<string, OriginCertificate | null>;
  licenceById: DataLoader<string, Licence | null>;
  labelBatchById: DataLoader<string, LabelBatch | null>;
  shipmentFactById: DataLoader<string, ShipmentFact | null>;
  validCertificateByShipment: DataLoader<string, OriginCertificate | null>;
  certificateLotsByCertificate: DataLoader<string, CertificateLot[]>;
}
