import type { EntitySchema } from '@mikro-orm/core';
import { LabelBatchSchema, LabelCodeSchema } from './label-batch.ts';
import { LicenceSchema } from './licence.ts';
import { LotFactSchema } from './lot-fact.ts';
import { OriginCertificateSchema } from './origin-certificate.ts';
import { ResidueTestSchema } from './residue-test.ts';
import { CertificateLotSchema, ShipmentFactSchema, ShipmentLotFactSchema } from './truckload.ts';

export * from './label-batch.ts';
export * from './licence.ts';
export * from './lot-fact.ts';
export * from './origin-certificate.ts';
export * from './residue-test.ts';
export * from './truckload.ts';
export * from './vocabulary.ts';

/**
 * The subgraph's own tables (licences and label codes come with their issue). The member
 * directory's replica and the inbox are added by `withMemberDirectory`. The certificate counter is
 * a table of the migration only: the store reads and bumps it in SQL.
 */
export const entities: EntitySchema<any, any>[] = [LotFactSchema, ResidueTestSchema, OriginCertificateSchema, LicenceSchema, LabelBatchSchema, LabelCodeSchema, ShipmentFactSchema, ShipmentLotFactSchema, CertificateLotSchema];
