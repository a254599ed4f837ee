import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DirectoryLookup, Viewer } from '@alliance/domain-kit';
import type { LotFact, OriginCertificate, ResidueTest } from '../entities/index.ts';

/** What a use case of branding gets from the request: the caller, the directory, the entity manager, loaders. */
export interface BrandingRequest {
  em: EntityManager;
  viewer: Viewer | null;
  directory: DirectoryLookup;
  loaders: BrandingLoaders;
}

export interface BrandingLoaders {
  lotFactById: DataLoader<string, LotFact | null>;
  residueTestsByLot: DataLoader<string, ResidueTest[]>;
  residueTestById: DataLoader<string, ResidueTest | null>;
  certificateById: DataLoader<string, OriginCertificate | null>;
  validCertificateByLot: DataLoader<string, OriginCertificate | null>;
}
