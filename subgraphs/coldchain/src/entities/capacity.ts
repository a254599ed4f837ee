import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import { CAPACITY_KINDS, type CapacityKind } from './vocabulary.ts';
import type { Facility } from './facility.ts';

export class CapacityBooking {
  id: string = randomUUID();
  facility!: Facility;
  memberId!: string;
  /** The alliance the member booked in; its office may cancel the booking. */
  allianceId: string | null = null;
  kind!: CapacityKind;
  amount!: string;
  fromDay!: string;
  toDay!: string;
  status: 'BOOKED' | 'CANCELLED' = 'BOOKED';
  createdAt: Date = new Date();
}

export const CapacityBookingSchema = new EntitySchema<CapacityBooking>({
  class: CapacityBooking,
  tableName: 'capacity_booking',
  properties: {
    id: { type: 'uuid', primary: true },
    facility: { kind: 'm:1', entity: 'Facility', index: true },
    memberId: { type: 'uuid', index: true },
    allianceId: { type: 'uuid', nullable: true },
    kind: { enum: true, items: () => [...CAPACITY_KINDS], type: 'text' },
    amount: { type: 'decimal', columnType: 'numeric(14,3)' },
    fromDay: { type: 'date', columnType: 'date' },
    toDay: { type: 'date', columnType: 'date' },
    status: { enum: true, items: () => ['BOOKED', 'CANCELLED'], type: 'text' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});

/**
 * The booking ledger: one row per facility, kind and day with its capacity and what is booked.
 * A check constraint (booked ≤ capacity) means no interleaving of bookings can overbook.
 */
export class CapacityDay {
  facility!: Facility;
  kind!: CapacityKind;
  day!: string;
  capacity!: string;
  booked!: string;
}

export const CapacityDaySchema = new EntitySchema<CapacityDay>({
  class: CapacityDay,
  tableName: 'capacity_day',
  properties: {
    facility: { kind: 'm:1', entity: 'Facility', primary: true },
    kind: { enum: true, items: () => [...CAPACITY_KINDS], type: 'text', primary: true },
    day: { type: 'date', columnType: 'date', primary: true },
    capacity: { type: 'decimal', columnType: 'numeric(14,3)' },
    booked: { type: 'decimal', columnType: 'numeric(14,3)' },
  },
});
