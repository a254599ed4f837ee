import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type { Crop, Grade, PremiumShareAmount, QuoteWindowRecord, Variety, WindowLength } from './vocabulary.ts';

/** A priced offer of a floor, with every input it used; written once, bound at most once (floor_contract_quote_unique). */
export class FloorQuote {
  id: string = randomUUID();
  allianceId!: string;
  memberId!: string;
  requestedBy!: string;
  crop!: Crop;
  variety: Variety | null = null;
  grade: Grade | null = null;
  insuredKg!: string;
  coverage!: string;
  coverFrom!: string;
  coverTo!: string;
  windowLength!: WindowLength;
  costBasisId!: string;
  schemeId!: string;
  marginalCostPerKg!: string;
  floorPerKg!: string;
  sumInsuredCny!: string;
  windows!: QuoteWindowRecord[];
  black76PerKg!: string;
  burnCostPerKg!: string;
  technicalPerKg!: string;
  loading!: string;
  premiumCny!: string;
  premiumShares!: PremiumShareAmount[];
  /** Of one window: the cost basis's season yield prorated by the window's days. */
  expectedYieldKgPerMu!: string;
  validUntil!: Date;
  createdAt: Date = new Date();
}

export const FloorQuoteSchema = new EntitySchema<FloorQuote>({
  class: FloorQuote,
  tableName: 'floor_quote',
  properties: {
    id: { type: 'uuid', primary: true },
    allianceId: { type: 'uuid' },
    memberId: { type: 'uuid' },
    requestedBy: { type: 'uuid' },
    crop: { type: 'text' },
    variety: { type: 'text', nullable: true },
    grade: { type: 'text', nullable: true },
    insuredKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    coverage: { type: 'decimal', columnType: 'numeric(5,4)' },
    coverFrom: { type: 'date', columnType: 'date' },
    coverTo: { type: 'date', columnType: 'date' },
    windowLength: { type: 'text' },
    costBasisId: { type: 'uuid' },
    schemeId: { type: 'uuid' },
    marginalCostPerKg: { type: 'decimal', columnType: 'numeric(12,4)' },
    floorPerKg: { type: 'decimal', columnType: 'numeric(12,2)' },
    sumInsuredCny: { type: 'decimal', columnType: 'numeric(16,2)' },
    windows: { type: 'json', columnType: 'jsonb' },
    black76PerKg: { type: 'decimal', columnType: 'numeric(14,6)' },
    burnCostPerKg: { type: 'decimal', columnType: 'numeric(14,6)' },
    technicalPerKg: { type: 'decimal', columnType: 'numeric(14,6)' },
    loading: { type: 'decimal', columnType: 'numeric(6,4)' },
    premiumCny: { type: 'decimal', columnType: 'numeric(16,2)' },
    premiumShares: { type: 'json', columnType: 'jsonb' },
    expectedYieldKgPerMu: { type: 'decimal', columnType: 'numeric(12,3)' },
    validUntil: { type: 'datetime', columnType: 'timestamptz' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
