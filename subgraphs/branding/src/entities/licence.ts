import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type { Crop } from './vocabulary.ts';

/** What a licence's row says of its standing; EXPIRED is not stored, it is read off the period. */
export const STORED_LICENCE_STATUSES = ['ACTIVE', 'SUSPENDED', 'REVOKED'] as const;
export type StoredLicenceStatus = (typeof STORED_LICENCE_STATUSES)[number];

/**
 * An origin-label licence (产地标志使用许可): who may print the alliance's origin label next to its
 * own trademark, on how many kg of which crop, in which period, at what fee. The licensee's name
 * and credit code are copied when granted (they are printed on every label). The database keeps
 * usedKg within quotaKg (licence_within_quota) and numbers unique per alliance and year.
 */
export class Licence {
  id: string = randomUUID();
  allianceId!: string;
  number!: string;
  year!: number;
  sequence!: number;
  /** Null for an outside buyer. */
  licenseeMemberId: string | null = null;
  licenseeName!: string;
  licenseeCreditCode!: string;
  trademarkName!: string;
  trademarkRegistrationNumber!: string;
  crop!: Crop;
  /** GTIN-14. */
  gtin!: string;
  validFrom!: string;
  validUntil!: string;
  quotaKg!: string;
  usedKg: string = '0.000';
  feePerKg!: string;
  feesAccruedCny: string = '0.00';
  status: StoredLicenceStatus = 'ACTIVE';
  statusReason: string | null = null;
  grantedAt: Date = new Date();
  grantedBy!: string;
}

export const LicenceSchema = new EntitySchema<Licence>({
  class: Licence,
  tableName: 'licence',
  properties: {
    id: { type: 'uuid', primary: true },
    allianceId: { type: 'uuid' },
    number: { type: 'text' },
    year: { type: 'integer' },
    sequence: { type: 'integer' },
    licenseeMemberId: { type: 'uuid', nullable: true },
    licenseeName: { type: 'text' },
    licenseeCreditCode: { type: 'text' },
    trademarkName: { type: 'text' },
    trademarkRegistrationNumber: { type: 'text' },
    crop: { type: 'text' },
    gtin: { type: 'text' },
    validFrom: { type: 'date', columnType: 'date' },
    validUntil: { type: 'date', columnType: 'date' },
    quotaKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    usedKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    feePerKg: { type: 'decimal', columnType: 'numeric(12,4)' },
    feesAccruedCny: { type: 'decimal', columnType: 'numeric(14,2)' },
    status: { enum: true, items: () => [...STORED_LICENCE_STATUSES], type: 'text' },
    statusReason: { type: 'text', nullable: true },
    grantedAt: { type: 'datetime', columnType: 'timestamptz' },
    grantedBy: { type: 'uuid' },
  },
});
