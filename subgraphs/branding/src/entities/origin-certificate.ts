import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import { CERTIFICATE_BASES, CERTIFICATE_STATUSES, type CertificateBasis, type CertificateStatus, type Crop, type Grade, type Variety } from './vocabulary.ts';

/**
 * The origin exit certificate (承诺达标合格证) of one lot: what it states is copied from the lot's
 * facts and its test when issued, so it reads the same however the lot changes later. The
 * database keeps the certified kg within the lot's quantity at issue, one VALID certificate per
 * lot, and numbers unique per alliance and year.
 */
export class OriginCertificate {
  id: string = randomUUID();
  allianceId!: string;
  /** The lot certified; null for a truckload's certificate (its lots are certificate_lot rows). */
  lotId: string | null = null;
  /** The shipment certified as a truckload; null for a lot's certificate. */
  shipmentId: string | null = null;
  number!: string;
  year!: number;
  sequence!: number;
  productName!: string;
  crop!: Crop;
  variety: Variety | null = null;
  grade!: Grade;
  certifiedKg!: string;
  lotQuantityKg!: string;
  producerName!: string;
  producerPhone!: string;
  /** The lot's grower; on a truckload's, the one grower of all its lots, else null. */
  growerId: string | null = null;
  township!: string;
  county!: string;
  issuedOn!: string;
  issuedAt: Date = new Date();
  issuedBy!: string;
  commitmentStatement!: string;
  basis!: CertificateBasis;
  residueTestId!: string;
  status: CertificateStatus = 'VALID';
  revokedReason: string | null = null;
  revokedAt: Date | null = null;
  /** kg labelled against it so far, every licence (origin_certificate_labelled_within_certified). */
  labelledKg: string = '0.000';
}

export const OriginCertificateSchema = new EntitySchema<OriginCertificate>({
  class: OriginCertificate,
  tableName: 'origin_certificate',
  properties: {
    id: { type: 'uuid', primary: true },
    allianceId: { type: 'uuid' },
    lotId: { type: 'uuid', index: true, nullable: true },
    shipmentId: { type: 'uuid', nullable: true },
    number: { type: 'text' },
    year: { type: 'integer' },
    sequence: { type: 'integer' },
    productName: { type: 'text' },
    crop: { type: 'text' },
    variety: { type: 'text', nullable: true },
    grade: { type: 'text' },
    certifiedKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    lotQuantityKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    producerName: { type: 'text' },
    producerPhone: { type: 'text' },
    growerId: { type: 'uuid', nullable: true },
    township: { type: 'text' },
    county: { type: 'text' },
    issuedOn: { type: 'date', columnType: 'date' },
    issuedAt: { type: 'datetime', columnType: 'timestamptz' },
    issuedBy: { type: 'uuid' },
    commitmentStatement: { type: 'text' },
    basis: { enum: true, items: () => [...CERTIFICATE_BASES], type: 'text' },
    residueTestId: { type: 'uuid' },
    status: { enum: true, items: () => [...CERTIFICATE_STATUSES], type: 'text' },
    revokedReason: { type: 'text', nullable: true },
    revokedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    labelledKg: { type: 'decimal', columnType: 'numeric(14,3)' },
  },
});
