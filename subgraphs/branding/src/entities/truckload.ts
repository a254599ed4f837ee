import { EntitySchema } from '@mikro-orm/core';

/**
 * A shipment as the cold chain (which owns shipments) last announced it (shipments.changed):
 * which alliance it is of, where it stands and what is loaded on it. Newest announcement wins.
 */
export class ShipmentFact {
  shipmentId!: string;
  allianceId!: string;
  /** PLANNED, LOADING, IN_TRANSIT, DELIVERED, REJECTED or CANCELLED. */
  status!: string;
  vehicleId!: string;
  vehiclePlate!: string;
  announcedAt!: Date;
}

export const ShipmentFactSchema = new EntitySchema<ShipmentFact>({
  class: ShipmentFact,
  tableName: 'shipment_fact',
  properties: {
    shipmentId: { type: 'uuid', primary: true },
    allianceId: { type: 'uuid', index: true },
    status: { type: 'text' },
    vehicleId: { type: 'uuid' },
    vehiclePlate: { type: 'text' },
    announcedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});

/** The kg of one lot loaded on a shipment, as last announced (summed over the shipment's reservations). */
export class ShipmentLotFact {
  shipmentId!: string;
  lotId!: string;
  kg!: string;
}

export const ShipmentLotFactSchema = new EntitySchema<ShipmentLotFact>({
  class: ShipmentLotFact,
  tableName: 'shipment_lot_fact',
  properties: {
    shipmentId: { type: 'uuid', primary: true },
    lotId: { type: 'uuid', primary: true },
    kg: { type: 'decimal', columnType: 'numeric(14,3)' },
  },
});

/**
 * One lot a truckload certificate covers: its kg on the truck when certified, the lot's quantity
 * then, and the passing test it rests on. The kg of a truckload's lots add up to its certified kg.
 */
export class CertificateLot {
  certificateId!: string;
  lotId!: string;
  kg!: string;
  lotQuantityKg!: string;
  residueTestId!: string;
}

export const CertificateLotSchema = new EntitySchema<CertificateLot>({
  class: CertificateLot,
  tableName: 'certificate_lot',
  properties: {
    certificateId: { type: 'uuid', primary: true },
    lotId: { type: 'uuid', primary: true, index: true },
    kg: { type: 'decimal', columnType: 'numeric(14,3)' },
    lotQuantityKg: { type: 'decimal', columnType: 'numeric(14,3)' },
    residueTestId: { type: 'uuid' },
  },
});
