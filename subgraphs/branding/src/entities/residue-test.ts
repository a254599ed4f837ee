import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import { CERTIFICATE_BASES, RESIDUE_RESULTS, type CertificateBasis, type ResidueResult } from './vocabulary.ts';

/** A pesticide residue test of a lot, as its grower, cooperative or office recorded it. */
export class ResidueTest {
  id: string = randomUUID();
  lotId!: string;
  allianceId!: string;
  basis!: CertificateBasis;
  tester!: string;
  reportNumber: string | null = null;
  sampledAt!: Date;
  testedAt!: Date;
  result!: ResidueResult;
  failedAnalytes: string[] = [];
  recordedBy!: string;
  recordedAt: Date = new Date();
}

export const ResidueTestSchema = new EntitySchema<ResidueTest>({
  class: ResidueTest,
  tableName: 'residue_test',
  properties: {
    id: { type: 'uuid', primary: true },
    lotId: { type: 'uuid', index: true },
    allianceId: { type: 'uuid' },
    basis: { enum: true, items: () => [...CERTIFICATE_BASES], type: 'text' },
    tester: { type: 'text' },
    reportNumber: { type: 'text', nullable: true },
    sampledAt: { type: 'datetime', columnType: 'timestamptz' },
    testedAt: { type: 'datetime', columnType: 'timestamptz' },
    result: { enum: true, items: () => [...RESIDUE_RESULTS], type: 'text' },
    failedAnalytes: { type: 'text[]', columnType: 'text[]' },
    recordedBy: { type: 'uuid' },
    recordedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
