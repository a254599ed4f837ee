import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';

/**
 * A batch of serialized label codes issued under a licence against one certified lot. What its
 * codes carry (GTIN, lot number) is copied when issued; its fee counts in the fee pool of its
 * Asia/Shanghai month.
 */
export class LabelBatch {
  id: string = randomUUID();
  allianceId!: string;
  licenceId!: string;
  lotId!: string;
  certificateId!: string;
  count!: number;
  packKg!: string;
  totalKg!: string;
  feeCny!: string;
  gtin!: string;
  /** AI (10) of its codes: the certificate number. */
  lotNumber!: string;
  /** YYYY-MM, Asia/Shanghai. */
  month!: string;
  issuedAt: Date = new Date();
  issuedBy!: string;
}

export const LabelBatchSchema = new EntitySchema<LabelBatch>({
  class: LabelBatch,
  tableName: 'label_batch',
  properties: {
    id: { type: 'uuid', primary: true },
    allianceId: { type: 'uuid' },
    licenceId: { type: 'uuid', index: true },
    lotId: { type: 'uuid' },
    certificateId: { type: 'uuid' },
    count: { type: 'integer' },
    packKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    totalKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    feeCny: { type: 'decimal', columnType: 'numeric(14,2)' },
    gtin: { type: 'text' },
    lotNumber: { type: 'text' },
    month: { type: 'text' },
    issuedAt: { type: 'datetime', columnType: 'timestamptz' },
    issuedBy: { type: 'uuid' },
  },
});

/**
 * One label code. Written and read in SQL (a batch's ten thousand codes are one statement); the
 * entity names the table for the ORM. Its status is not stored: REVOKED when its licence or its
 * certificate is. The scan columns are kept by verification.
 */
export class LabelCode {
  serial!: string;
  batchId!: string;
  licenceId!: string;
  certificateId!: string;
  lotId!: string;
  allianceId!: string;
  scanCount: number = 0;
  firstScannedAt: Date | null = null;
  firstPlace: string | null = null;
  suspicious: boolean = false;
}

export const LabelCodeSchema = new EntitySchema<LabelCode>({
  class: LabelCode,
  tableName: 'label_code',
  properties: {
    serial: { type: 'text', primary: true },
    batchId: { type: 'uuid' },
    licenceId: { type: 'uuid' },
    certificateId: { type: 'uuid' },
    lotId: { type: 'uuid' },
    allianceId: { type: 'uuid' },
    scanCount: { type: 'integer' },
    firstScannedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    firstPlace: { type: 'text', nullable: true },
    suspicious: { type: 'boolean' },
  },
});
