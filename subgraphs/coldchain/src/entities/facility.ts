import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import { FACILITY_KINDS, FACILITY_STATUSES, type FacilityKind, type FacilityStatus } from './vocabulary.ts';

/** A facility; its operator is a member, referenced by id only (members own members). */
export class Facility {
  id: string = randomUUID();
  code!: string;
  name!: string;
  kind!: FacilityKind;
  operatorId!: string;
  /** The alliance whose members see and book it (null only on rows from before alliances were recorded). */
  allianceId: string | null = null;
  township!: string;
  status: FacilityStatus = 'ACTIVE';
  storageCubicMetres: string | null = null;
  storageCapacityKg: string | null = null;
  iceTonnesPerDay: string | null = null;
  washingLines: number | null = null;
  washingTonnesPerDay: string | null = null;
  createdAt: Date = new Date();
}

export const FacilitySchema = new EntitySchema<Facility>({
  class: Facility,
  tableName: 'facility',
  indexes: [{ properties: ['allianceId', 'kind', 'township'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    code: { type: 'text', unique: true },
    name: { type: 'text' },
    kind: { enum: true, items: () => [...FACILITY_KINDS], type: 'text' },
    operatorId: { type: 'uuid', index: true },
    allianceId: { type: 'uuid', nullable: true },
    township: { type: 'text' },
    status: { enum: true, items: () => [...FACILITY_STATUSES], type: 'text' },
    storageCubicMetres: { type: 'decimal', columnType: 'numeric(12,2)', nullable: true },
    storageCapacityKg: { type: 'decimal', columnType: 'numeric(14,3)', nullable: true },
    iceTonnesPerDay: { type: 'decimal', columnType: 'numeric(10,3)', nullable: true },
    washingLines: { type: 'integer', nullable: true },
    washingTonnesPerDay: { type: 'decimal', columnType: 'numeric(10,3)', nullable: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});

/** A refrigerated truck of a logistics member. */
export class Vehicle {
  id: string = randomUUID();
  plate!: string;
  operatorId!: string;
  allianceId: string | null = null;
}

export const VehicleSchema = new EntitySchema<Vehicle>({
  class: Vehicle,
  tableName: 'vehicle',
  properties: {
    id: { type: 'uuid', primary: true },
    plate: { type: 'text', unique: true },
    operatorId: { type: 'uuid', index: true },
    allianceId: { type: 'uuid', nullable: true },
  },
});

/** A temperature logger in a facility or on a vehicle (exactly one of the two). */
export class Sensor {
  id: string = randomUUID();
  code!: string;
  facility: Facility | null = null;
  vehicle: Vehicle | null = null;
}

export const SensorSchema = new EntitySchema<Sensor>({
  class: Sensor,
  tableName: 'sensor',
  properties: {
    id: { type: 'uuid', primary: true },
    code: { type: 'text', unique: true },
    facility: { kind: 'm:1', entity: 'Facility', nullable: true, index: true },
    vehicle: { kind: 'm:1', entity: 'Vehicle', nullable: true, index: true },
  },
});
