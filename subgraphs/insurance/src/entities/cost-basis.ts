import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type { Crop, Variety } from './vocabulary.ts';

/**
 * A published version of a crop's marginal cost in a county and season. Never changed once written
 * but for `supersededAt`, set when a newer version of the same crop, variety and season is
 * published: contracts keep pointing at the version they were priced on. Its lines are in
 * cost_basis_line; marginalCostPerKg is their sum.
 */
export class CostBasis {
  id: string = randomUUID();
  allianceId!: string;
  crop!: Crop;
  variety: Variety | null = null;
  county!: string;
  seasonFrom!: string;
  seasonTo!: string;
  version!: number;
  marginalCostPerKg!: string;
  expectedYieldKgPerMu!: string;
  note: string | null = null;
  publishedBy!: string;
  publishedAt: Date = new Date();
  supersededAt: Date | null = null;
}

export const CostBasisSchema = new EntitySchema<CostBasis>({
  class: CostBasis,
  tableName: 'cost_basis',
  properties: {
    id: { type: 'uuid', primary: true },
    allianceId: { type: 'uuid' },
    crop: { type: 'text' },
    variety: { type: 'text', nullable: true },
    county: { type: 'text' },
    seasonFrom: { type: 'date', columnType: 'date' },
    seasonTo: { type: 'date', columnType: 'date' },
    version: { type: 'integer' },
    marginalCostPerKg: { type: 'decimal', columnType: 'numeric(12,4)' },
    expectedYieldKgPerMu: { type: 'decimal', columnType: 'numeric(12,3)' },
    note: { type: 'text', nullable: true },
    publishedBy: { type: 'uuid' },
    publishedAt: { type: 'datetime', columnType: 'timestamptz' },
    supersededAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});
