import { describe, expect, it } from 'vitest';
import type { CustodyEvent } from '../../src/entities/index.ts';
import { kgOfGrams, mainFacilityOf, positionsOf } from '../../src/domain/positions.ts';

const T0 = new Date('2026-06-01T00:00:00Z');
const at = (h: number) => new Date(T0.getTime() + h * 3_600_000);
const event = (kind: string, h: number, kg: string, place: { facility?: string; vehicle?: string; shipment?: string } = {}) =>
  ({
    id: `${kind}-${h}`,
    lotId: 'lot',
    kind,
    at: at(h),
    quantityKg: kg,
    facility: place.facility ? { id: place.facility } : null,
    vehicle: place.vehicle ? { id: place.vehicle } : null,
    shipment: place.shipment ? { id: place.shipment } : null,
  }) as unknown as CustodyEvent;
const summary = (custody: CustodyEvent[]) => positionsOf(custody).map((p) => ({ at: p.facilityId ?? p.vehicleId, shipment: p.shipmentId, kg: kgOfGrams(p.grams) }));

describe('positionsOf', () => {
  const received = [event('RECEIVED', 0, '1500.000', { facility: 'store' }), event('WASHED', 1, '1500.000', { facility: 'store' })];

  it('keeps 750 kg in the store when 750 of 1,500 kg were loaded, dispatched and delivered (issue 11)', () => {
    const custody = [
      ...received,
      event('LOADED', 2, '750.000', { vehicle: 'truck', shipment: 's1' }),
      event('IN_TRANSIT', 3, '750.000', { vehicle: 'truck', shipment: 's1' }),
      event('DELIVERED', 9, '750.000', { shipment: 's1' }),
    ];
    expect(summary(custody)).toEqual([{ at: 'store', shipment: null, kg: '750.000' }]);
    expect(mainFacilityOf(positionsOf(custody))).toBe('store');
  });

  it('keeps each of two overlapping trips as its own position, and no facility once all kg left', () => {
    const custody = [
      ...received,
      event('LOADED', 2, '1000.000', { vehicle: 'truck-a', shipment: 's1' }),
      event('LOADED', 3, '500.000', { vehicle: 'truck-b', shipment: 's2' }),
      event('DELIVERED', 5, '500.000', { shipment: 's2' }),
    ];
    expect(summary(custody)).toEqual([{ at: 'truck-a', shipment: 's1', kg: '1000.000' }]);
    expect(mainFacilityOf(positionsOf(custody))).toBeNull();
  });

  it('moves kg between facilities on a transfer, and never takes out more than a place holds', () => {
    const custody = [...received, event('STORED', 2, '400.000', { facility: 'other' }), event('LOADED', 3, '5000.000', { vehicle: 'truck', shipment: 's1' })];
    expect(summary([...received, event('STORED', 2, '400.000', { facility: 'other' })])).toEqual([
      { at: 'store', shipment: null, kg: '1100.000' },
      { at: 'other', shipment: null, kg: '400.000' },
    ]);
    // 5,000 kg asked of 1,500: only the 1,500 there move.
    expect(summary(custody)).toEqual([{ at: 'truck', shipment: 's1', kg: '1500.000' }]);
  });

  it('ends a rejected load as the reject flow does (it stays shipped)', () => {
    const custody = [...received, event('LOADED', 2, '0.250', { vehicle: 'truck', shipment: 's1' }), event('REJECTED', 4, '0.250', { shipment: 's1' })];
    expect(summary(custody)).toEqual([{ at: 'store', shipment: null, kg: '1499.750' }]);
  });
});
