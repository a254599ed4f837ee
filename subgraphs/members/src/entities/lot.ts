import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import { GRADES, LOT_STATUSES, VARIETIES, type Crop, type Grade, type LotStatus, type Variety } from './vocabulary.ts';
import type { Base } from './growing-base.ts';
import type { Member } from './member.ts';

/**
 * A harvest lot offered for sale. Kilograms are numeric(14,3) (to the gram), prices numeric(12,2)
 * CNY per kg; both travel as decimal strings. The counters say where the quantity has gone:
 * `heldKg` in HELD reservations (expired ones too, until released), `confirmedKg` in confirmed
 * ones not yet shipped, `shippedKg` loaded onto shipments. A check constraint keeps their sum
 * within the quantity, so no interleaving of requests can oversell.
 */
export class Lot {
  id: string = randomUUID();
  member!: Member;
  allianceId!: string;
  /**
   * Short and human-readable, unique in the alliance, fit for GS1 AI (10) and labels: the alliance's
   * code, the harvest day declared at registration and a gapless counter of that day (LUXI-261126-0042).
   * Given once at registration and never changed: labels and exports carry it.
   */
  lotNumber!: string;
  base!: Base;
  /** Copied from the base, so that supply filters by township without a join. */
  township!: string;
  crop!: Crop;
  variety: Variety | null = null;
  grade!: Grade;
  quantityKg!: string;
  heldKg = '0';
  confirmedKg = '0';
  shippedKg = '0';
  harvestDate!: string;
  /** True while the harvest date is expected rather than past. */
  forward = false;
  askingPricePerKg!: string;
  status: LotStatus = 'LISTED';
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const LotSchema = new EntitySchema<Lot>({
  class: Lot,
  tableName: 'lot',
  uniques: [{ name: 'lot_alliance_id_lot_number_unique', properties: ['allianceId', 'lotNumber'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    member: { kind: 'm:1', entity: 'Member', index: true },
    allianceId: { type: 'uuid' },
    lotNumber: { type: 'text' },
    base: { kind: 'm:1', entity: 'Base', index: true },
    township: { type: 'text' },
    crop: { type: 'text' },
    variety: { enum: true, items: () => [...VARIETIES], type: 'text', nullable: true },
    grade: { enum: true, items: () => [...GRADES], type: 'text' },
    quantityKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    heldKg: { type: 'decimal', columnType: 'numeric(14,3)', default: 0 },
    confirmedKg: { type: 'decimal', columnType: 'numeric(14,3)', default: 0 },
    shippedKg: { type: 'decimal', columnType: 'numeric(14,3)', default: 0 },
    harvestDate: { type: 'date', columnType: 'date' },
    forward: { type: 'boolean', default: false },
    askingPricePerKg: { type: 'decimal', columnType: 'numeric(12,2)' },
    status: { enum: true, items: () => [...LOT_STATUSES], type: 'text' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() },
  },
});
