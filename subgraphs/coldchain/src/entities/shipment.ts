import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import {
  SHIPMENT_RESERVATION_STATUSES,
  SHIPMENT_STATUSES,
  type ShipmentReservationStatus,
  type ShipmentStatus,
} from './vocabulary.ts';
import type { Facility, Sensor, Vehicle } from './facility.ts';

/**
 * A truckload from a facility to a partner market, fulfilling the market's confirmed reservations.
 * The market and the reservations are members' records, referenced by id.
 */
export class Shipment {
  id: string = randomUUID();
  allianceId!: string;
  origin!: Facility;
  /** The market of its reservations, known once the members subgraph commits the first. */
  marketId: string | null = null;
  vehicle!: Vehicle;
  /** The logger whose readings are the trace in transit. */
  sensor: Sensor | null = null;
  plannedBy!: string;
  status: ShipmentStatus = 'PLANNED';
  plannedDeparture: Date | null = null;
  departedAt: Date | null = null;
  arrivedAt: Date | null = null;
  rejectionReason: string | null = null;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const ShipmentSchema = new EntitySchema<Shipment>({
  class: Shipment,
  tableName: 'shipment',
  indexes: [{ properties: ['allianceId', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    allianceId: { type: 'uuid' },
    origin: { kind: 'm:1', entity: 'Facility', index: true },
    marketId: { type: 'uuid', nullable: true, index: true },
    vehicle: { kind: 'm:1', entity: 'Vehicle', index: true },
    sensor: { kind: 'm:1', entity: 'Sensor', nullable: true },
    plannedBy: { type: 'uuid' },
    status: { enum: true, items: () => [...SHIPMENT_STATUSES], type: 'text' },
    plannedDeparture: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    departedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    arrivedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    rejectionReason: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() },
  },
});

/** A reservation a shipment fulfils, and where the members subgraph's answer about it stands. */
export class ShipmentReservation {
  shipment!: Shipment;
  reservationId!: string;
  /** Where the planner listed it: the first that can go decides the market. */
  position!: number;
  status: ShipmentReservationStatus = 'PENDING';
  /** Why the members subgraph refused it. */
  reason: string | null = null;
  createdAt: Date = new Date();
}

export const ShipmentReservationSchema = new EntitySchema<ShipmentReservation>({
  class: ShipmentReservation,
  tableName: 'shipment_reservation',
  properties: {
    shipment: { kind: 'm:1', entity: 'Shipment', primary: true },
    reservationId: { type: 'uuid', primary: true, index: true },
    position: { type: 'integer' },
    status: { enum: true, items: () => [...SHIPMENT_RESERVATION_STATUSES], type: 'text' },
    reason: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});

/**
 * One lot of a committed reservation: what the market reserved (as the members subgraph
 * committed it) and what has been loaded. A check constraint keeps loaded within reserved.
 */
export class ShipmentLine {
  shipment!: Shipment;
  reservationId!: string;
  lotId!: string;
  crop!: string;
  reservedKg!: string;
  loadedKg = '0';
}

export const ShipmentLineSchema = new EntitySchema<ShipmentLine>({
  class: ShipmentLine,
  tableName: 'shipment_line',
  properties: {
    shipment: { kind: 'm:1', entity: 'Shipment', primary: true },
    reservationId: { type: 'uuid', primary: true },
    lotId: { type: 'uuid', primary: true },
    crop: { type: 'text' },
    reservedKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    loadedKg: { type: 'decimal', columnType: 'numeric(14,3)', default: 0 },
  },
});
