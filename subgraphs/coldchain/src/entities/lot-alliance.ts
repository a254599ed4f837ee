import { EntitySchema } from '@mikro-orm/core';

/** A lot as the members subgraph (which owns lots) announced it: its alliance, and its grower, kg, crop and harvest day when the announcement carried them. */
export class LotAlliance {
  lotId!: string;
  allianceId!: string;
  growerId?: string | null;
  quantityKg?: string | null;
  crop?: string | null;
  /** Asia/Shanghai day, YYYY-MM-DD. */
  harvestDate?: string | null;
  announcedAt?: Date | null;
}

export const LotAllianceSchema = new EntitySchema<LotAlliance>({
  class: LotAlliance,
  tableName: 'lot_alliance',
  properties: {
    lotId: { type: 'uuid', primary: true },
    allianceId: { type: 'uuid' },
    growerId: { type: 'uuid', nullable: true },
    quantityKg: { type: 'decimal', columnType: 'numeric(14,3)', nullable: true },
    crop: { type: 'text', nullable: true },
    harvestDate: { type: 'date', columnType: 'date', nullable: true },
    announcedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});
