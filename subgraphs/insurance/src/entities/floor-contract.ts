import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type { Crop, Grade, PremiumShareAmount, Variety, WindowLength } from './vocabulary.ts';

/**
 * A bound floor: the quote's terms copied, numbered gaplessly per alliance and year. Its windows
 * are in contract_window, each settled at most once (floor_settlement_once).
 */
export class FloorContract {
  id: string = randomUUID();
  allianceId!: string;
  number!: string;
  year!: number;
  sequence!: number;
  quoteId!: string;
  idempotencyKey!: string;
  memberId!: string;
  crop!: Crop;
  variety: Variety | null = null;
  grade: Grade | null = null;
  insuredKg!: string;
  coverage!: string;
  floorPerKg!: string;
  costBasisId!: string;
  schemeId!: string;
  sumInsuredCny!: string;
  premiumCny!: string;
  premiumShares!: PremiumShareAmount[];
  coverFrom!: string;
  coverTo!: string;
  windowLength!: WindowLength;
  expectedYieldKgPerMu!: string;
  boundBy!: string;
  boundAt: Date = new Date();
}

export const FloorContractSchema = new EntitySchema<FloorContract>({
  class: FloorContract,
  tableName: 'floor_contract',
  properties: {
    id: { type: 'uuid', primary: true },
    allianceId: { type: 'uuid' },
    number: { type: 'text' },
    year: { type: 'integer' },
    sequence: { type: 'integer' },
    quoteId: { type: 'uuid' },
    idempotencyKey: { type: 'text' },
    memberId: { type: 'uuid' },
    crop: { type: 'text' },
    variety: { type: 'text', nullable: true },
    grade: { type: 'text', nullable: true },
    insuredKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    coverage: { type: 'decimal', columnType: 'numeric(5,4)' },
    floorPerKg: { type: 'decimal', columnType: 'numeric(12,2)' },
    costBasisId: { type: 'uuid' },
    schemeId: { type: 'uuid' },
    sumInsuredCny: { type: 'decimal', columnType: 'numeric(16,2)' },
    premiumCny: { type: 'decimal', columnType: 'numeric(16,2)' },
    premiumShares: { type: 'json', columnType: 'jsonb' },
    coverFrom: { type: 'date', columnType: 'date' },
    coverTo: { type: 'date', columnType: 'date' },
    windowLength: { type: 'text' },
    expectedYieldKgPerMu: { type: 'decimal', columnType: 'numeric(12,3)' },
    boundBy: { type: 'uuid' },
    boundAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
