import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';

/** What one contract's window paid, against the window's index (window_index, with the observations it used). */
export class FloorSettlement {
  id: string = randomUUID();
  allianceId!: string;
  contractId!: string;
  windowStart!: string;
  windowEnd!: string;
  windowIndexId!: string;
  indexPerKg!: string;
  floorPerKg!: string;
  insuredKg!: string;
  payoutCny!: string;
  indemnityPerMuCny!: string;
  settledBy!: string;
  settledAt: Date = new Date();
}

export const FloorSettlementSchema = new EntitySchema<FloorSettlement>({
  class: FloorSettlement,
  tableName: 'floor_settlement',
  properties: {
    id: { type: 'uuid', primary: true },
    allianceId: { type: 'uuid' },
    contractId: { type: 'uuid' },
    windowStart: { type: 'date', columnType: 'date' },
    windowEnd: { type: 'date', columnType: 'date' },
    windowIndexId: { type: 'uuid' },
    indexPerKg: { type: 'decimal', columnType: 'numeric(14,6)' },
    floorPerKg: { type: 'decimal', columnType: 'numeric(12,2)' },
    insuredKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    payoutCny: { type: 'decimal', columnType: 'numeric(16,2)' },
    indemnityPerMuCny: { type: 'decimal', columnType: 'numeric(16,2)' },
    settledBy: { type: 'uuid' },
    settledAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
