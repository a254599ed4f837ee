import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type { Crop, PremiumShareTerm } from './vocabulary.ts';

/**
 * The insurer's terms for a crop and season in one alliance. boundCny is raised by every bind in
 * the binding transaction; the database keeps it within capacityCny (floor_scheme_within_capacity).
 */
export class FloorScheme {
  id: string = randomUUID();
  allianceId!: string;
  crop!: Crop;
  seasonFrom!: string;
  seasonTo!: string;
  capacityCny!: string;
  boundCny: string = '0.00';
  loading!: string;
  riskFreeRate!: string;
  pastSeasons!: number;
  quoteValidMinutes!: number;
  minObservationDays!: number;
  subsidyShares!: PremiumShareTerm[];
  openedBy!: string;
  openedAt: Date = new Date();
}

export const FloorSchemeSchema = new EntitySchema<FloorScheme>({
  class: FloorScheme,
  tableName: 'floor_scheme',
  properties: {
    id: { type: 'uuid', primary: true },
    allianceId: { type: 'uuid' },
    crop: { type: 'text' },
    seasonFrom: { type: 'date', columnType: 'date' },
    seasonTo: { type: 'date', columnType: 'date' },
    capacityCny: { type: 'decimal', columnType: 'numeric(16,2)' },
    boundCny: { type: 'decimal', columnType: 'numeric(16,2)' },
    loading: { type: 'decimal', columnType: 'numeric(6,4)' },
    riskFreeRate: { type: 'decimal', columnType: 'numeric(6,4)' },
    pastSeasons: { type: 'integer' },
    quoteValidMinutes: { type: 'integer' },
    minObservationDays: { type: 'integer' },
    subsidyShares: { type: 'json', columnType: 'jsonb' },
    openedBy: { type: 'uuid' },
    openedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
