import { describe, expect, it } from 'vitest';
import { CustodyEvent, Facility, Vehicle } from '../../src/entities/index.ts';
import { staysOf } from '../../src/domain/lot-history.ts';

const wash = Object.assign(new Facility(), { code: 'WP-01' });
const store = Object.assign(new Facility(), { code: 'CS-01' });
const truck = Object.assign(new Vehicle(), { plate: 'YUN-1' });
const h = (hours: number) => new Date(Date.UTC(2026, 10, 20, hours));
const event = (kind: CustodyEvent['kind'], hours: number, place: { facility?: Facility; vehicle?: Vehicle; shipment?: string } = {}, quantityKg = '1000.000') =>
  Object.assign(new CustodyEvent(), {
    kind,
    at: h(hours),
    quantityKg,
    facility: place.facility ?? null,
    vehicle: place.vehicle ?? null,
    shipment: place.shipment ? ({ id: place.shipment } as CustodyEvent['shipment']) : null,
  });

describe('staysOf', () => {
  it('joins consecutive events at one place into one stay, and marks loadings', () => {
    const custody = [
      event('RECEIVED', 1, { facility: wash }),
      event('WASHED', 2, { facility: wash }),
      event('ICED', 3, { facility: wash }),
      event('STORED', 4, { facility: store }),
      event('LOADED', 20, { vehicle: truck }),
      event('DELIVERED', 30),
    ];
    expect(staysOf(custody, h(40))).toEqual([
      { facilityId: wash.id, vehicleId: null, from: h(1), to: h(4), loadedAt: null },
      { facilityId: store.id, vehicleId: null, from: h(4), to: h(20), loadedAt: null },
      { facilityId: null, vehicleId: truck.id, from: h(20), to: h(30), loadedAt: h(20) },
    ]);
  });

  it('keeps two overlapping trips apart: each stay ends at its own shipment’s delivery, and the store’s while it holds kg', () => {
    const other = Object.assign(new Vehicle(), { plate: 'YUN-2' });
    const custody = [
      event('RECEIVED', 1, { facility: store }, '1500.000'),
      event('LOADED', 10, { vehicle: truck, shipment: 's1' }, '500.000'),
      event('LOADED', 12, { vehicle: other, shipment: 's2' }, '500.000'),
      event('IN_TRANSIT', 13, { vehicle: truck, shipment: 's1' }, '500.000'),
      event('DELIVERED', 20, { shipment: 's2' }, '500.000'),
      event('DELIVERED', 30, { shipment: 's1' }, '500.000'),
    ];
    expect(staysOf(custody, h(40))).toEqual([
      // 500 kg stay in the store until now: its stay does not end at the loadings.
      { facilityId: store.id, vehicleId: null, from: h(1), to: h(40), loadedAt: null },
      { facilityId: null, vehicleId: truck.id, from: h(10), to: h(30), loadedAt: h(10) },
      { facilityId: null, vehicleId: other.id, from: h(12), to: h(20), loadedAt: h(12) },
    ]);
  });

  it('keeps the last stay open until now, and skips events without a place', () => {
    const custody = [event('PACKED', 1), event('STORED', 2, { facility: store })];
    expect(staysOf(custody, h(5))).toEqual([{ facilityId: store.id, vehicleId: null, from: h(2), to: h(5), loadedAt: null }]);
  });
});
