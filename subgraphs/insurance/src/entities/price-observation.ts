import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type { Crop, Grade, PriceSource, Variety } from './vocabulary.ts';

/** One partner market's price and volume of a crop, variety and grade on a day (unique per market, series and day). */
export class PriceObservation {
  id: string = randomUUID();
  allianceId!: string;
  marketId!: string;
  crop!: Crop;
  variety: Variety | null = null;
  grade!: Grade;
  day!: string;
  priceCnyPerKg!: string;
  volumeKg!: string;
  source!: PriceSource;
  reportedBy!: string;
  reportedAt: Date = new Date();
}

export const PriceObservationSchema = new EntitySchema<PriceObservation>({
  class: PriceObservation,
  tableName: 'price_observation',
  properties: {
    id: { type: 'uuid', primary: true },
    allianceId: { type: 'uuid' },
    marketId: { type: 'uuid' },
    crop: { type: 'text' },
    variety: { type: 'text', nullable: true },
    grade: { type: 'text' },
    day: { type: 'date', columnType: 'date' },
    priceCnyPerKg: { type: 'decimal', columnType: 'numeric(12,4)' },
    volumeKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    source: { type: 'text' },
    reportedBy: { type: 'uuid' },
    reportedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
