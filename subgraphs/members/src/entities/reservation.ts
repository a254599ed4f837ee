import { randomUUID } from 'node:crypto';
import { Collection, EntitySchema } from '@mikro-orm/core';
import { RESERVATION_STATUSES, type ReservationStatus } from './vocabulary.ts';
import type { Lot } from './lot.ts';
import type { Member } from './member.ts';

/** Volume a partner market holds or has bought. Unique per (market, idempotency key). */
export class Reservation {
  id: string = randomUUID();
  market!: Member;
  allianceId!: string;
  idempotencyKey!: string;
  /** The request as received, to tell a retry from a different request under the same key. */
  requestFingerprint!: string;
  status: ReservationStatus = 'HELD';
  holdUntil!: Date;
  /** The cold chain's shipment this reservation is committed to; while set, it cannot be cancelled. */
  shipmentId: string | null = null;
  lines = new Collection<ReservationLine>(this);
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

/**
 * One lot's share of a reservation. Status and hold time are copied from the reservation so that
 * a lot's live holds are found by one partial index, without a join.
 */
export class ReservationLine {
  id: string = randomUUID();
  reservation!: Reservation;
  lot!: Lot;
  kg!: string;
  pricePerKg!: string;
  status: ReservationStatus = 'HELD';
  holdUntil!: Date;
  /** Loaded onto the shipment; never more than `kg`. */
  shippedKg = '0';
}

export const ReservationSchema = new EntitySchema<Reservation>({
  class: Reservation,
  tableName: 'reservation',
  uniques: [{ properties: ['market', 'idempotencyKey'] }],
  indexes: [{ properties: ['status', 'holdUntil'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    market: { kind: 'm:1', entity: 'Member', index: true },
    allianceId: { type: 'uuid' },
    idempotencyKey: { type: 'text' },
    requestFingerprint: { type: 'text' },
    status: { enum: true, items: () => [...RESERVATION_STATUSES], type: 'text' },
    holdUntil: { type: 'datetime', columnType: 'timestamptz' },
    shipmentId: { type: 'uuid', nullable: true, index: true },
    lines: { kind: '1:m', entity: 'ReservationLine', mappedBy: 'reservation', orderBy: { id: 'asc' } },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() },
  },
});

export const ReservationLineSchema = new EntitySchema<ReservationLine>({
  class: ReservationLine,
  tableName: 'reservation_line',
  properties: {
    id: { type: 'uuid', primary: true },
    reservation: { kind: 'm:1', entity: 'Reservation', index: true, deleteRule: 'cascade' },
    lot: { kind: 'm:1', entity: 'Lot', index: true },
    kg: { type: 'decimal', columnType: 'numeric(14,3)' },
    pricePerKg: { type: 'decimal', columnType: 'numeric(12,2)' },
    status: { enum: true, items: () => [...RESERVATION_STATUSES], type: 'text' },
    holdUntil: { type: 'datetime', columnType: 'timestamptz' },
    shippedKg: { type: 'decimal', columnType: 'numeric(14,3)', default: 0 },
  },
});
