import { EntitySchema } from '@mikro-orm/core';
import type { Crop, Grade, Variety } from './vocabulary.ts';

/**
 * A lot as the members subgraph (which owns lots) last announced it (lots.registered): what a
 * certificate states of it and who may act on it. Newest announcement wins.
 */
export class LotFact {
  lotId!: string;
  allianceId!: string;
  allianceCode!: string;
  county!: string;
  growerId!: string;
  producerName!: string;
  producerPhone!: string;
  cooperativeId: string | null = null;
  crop!: Crop;
  variety: Variety | null = null;
  grade!: Grade;
  quantityKg!: string;
  harvestDate!: string;
  township!: string;
  /** LISTED or WITHDRAWN. */
  status!: string;
  announcedAt!: Date;
}

export const LotFactSchema = new EntitySchema<LotFact>({
  class: LotFact,
  tableName: 'lot_fact',
  properties: {
    lotId: { type: 'uuid', primary: true },
    allianceId: { type: 'uuid', index: true },
    allianceCode: { type: 'text' },
    county: { type: 'text' },
    growerId: { type: 'uuid', index: true },
    producerName: { type: 'text' },
    producerPhone: { type: 'text' },
    cooperativeId: { type: 'uuid', nullable: true },
    crop: { type: 'text' },
    variety: { type: 'text', nullable: true },
    grade: { type: 'text' },
    quantityKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    harvestDate: { type: 'date', columnType: 'date' },
    township: { type: 'text' },
    status: { type: 'text' },
    announcedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
