import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import { CUSTODY_KINDS, type CustodyKind } from './vocabulary.ts';
import type { Facility, Vehicle } from './facility.ts';
import type { Shipment } from './shipment.ts';

/** Who had a lot, where, when and how much. Lots are referenced by id (members own lots). */
export class CustodyEvent {
  id: string = randomUUID();
  lotId!: string;
  kind!: CustodyKind;
  at!: Date;
  facility: Facility | null = null;
  vehicle: Vehicle | null = null;
  actorId!: string;
  quantityKg!: string;
  /** Loading, transit and delivery belong to a shipment, and loading to one of its reservations. */
  shipment: Shipment | null = null;
  reservationId: string | null = null;
  recordedAt: Date = new Date();
}

export const CustodyEventSchema = new EntitySchema<CustodyEvent>({
  class: CustodyEvent,
  tableName: 'custody_event',
  indexes: [{ properties: ['lotId', 'at'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    lotId: { type: 'uuid' },
    kind: { enum: true, items: () => [...CUSTODY_KINDS], type: 'text' },
    at: { type: 'datetime', columnType: 'timestamptz' },
    facility: { kind: 'm:1', entity: 'Facility', nullable: true },
    vehicle: { kind: 'm:1', entity: 'Vehicle', nullable: true },
    actorId: { type: 'uuid' },
    quantityKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    shipment: { kind: 'm:1', entity: 'Shipment', nullable: true, index: true },
    reservationId: { type: 'uuid', nullable: true },
    recordedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});

/** One temperature reading; (sensor, time) is unique, so a resent reading is a duplicate. */
export class TemperatureReading {
  sensorId!: string;
  at!: Date;
  celsius!: string;
  relativeHumidity: string | null = null;
}

export const TemperatureReadingSchema = new EntitySchema<TemperatureReading>({
  class: TemperatureReading,
  tableName: 'temperature_reading',
  properties: {
    sensorId: { type: 'uuid', primary: true },
    at: { type: 'datetime', columnType: 'timestamptz', primary: true },
    celsius: { type: 'decimal', columnType: 'numeric(5,2)' },
    relativeHumidity: { type: 'decimal', columnType: 'numeric(5,2)', nullable: true },
  },
});
