import { describe, expect, it } from 'vitest';
import type { CustodyEvent } from '../../src/entities/index.ts';
import { applyCustodyEvent, describedPositions, kgOfGrams, mainFacilityOf, positionsOf, replayCustody } from '../../src/domain/positions.ts';

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

describe('each position carries the path of its own kg', () => {
  const received = [event('RECEIVED', 0, '1500.000', { facility: 'store' }), event('WASHED', 1, '1500.000', { facility: 'store' })];

  it('a load inherits the store it came from until loading; the store keeps its own path', () => {
    const replay = replayCustody([...received, event('LOADED', 5, '600.000', { vehicle: 'truck', shipment: 's1' })]);
    const [store, truck] = replay.current;
    expect(store!.path.map((s) => [s.facilityId ?? s.vehicleId, s.from.getTime(), s.to?.getTime() ?? null])).toEqual([['store', at(0).getTime(), null]]);
    expect(truck!.path.map((s) => [s.facilityId ?? s.vehicleId, s.from.getTime(), s.to?.getTime() ?? null, s.loaded])).toEqual([
      ['store', at(0).getTime(), at(5).getTime(), false],
      ['truck', at(5).getTime(), null, true],
    ]);
  });

  it('delivered kg leave custody at delivery: their path ends there', () => {
    const replay = replayCustody([
      ...received,
      event('LOADED', 5, '1500.000', { vehicle: 'truck', shipment: 's1' }),
      event('IN_TRANSIT', 6, '1500.000', { vehicle: 'truck', shipment: 's1' }),
      event('DELIVERED', 30, '1500.000', { shipment: 's1' }),
    ]);
    expect(replay.current).toEqual([]);
    expect(replay.ended).toHaveLength(1);
    expect(replay.ended[0]!.endedAt).toEqual(at(30));
    expect(replay.ended[0]!.path.at(-1)!.to).toEqual(at(30));
    // Nothing on offer, nothing on the road: the figures describe the last delivered load.
    expect(describedPositions(replay)).toEqual([replay.ended[0]]);
  });

  it('the headline figures describe the kg on offer, most kg first, not a truck that left', () => {
    const replay = replayCustody([
      ...received,
      event('STORED', 2, '400.000', { facility: 'other' }),
      event('LOADED', 3, '700.000', { vehicle: 'truck', shipment: 's1' }),
    ]);
    expect(describedPositions(replay).map((p) => [p.facilityId, kgOfGrams(p.grams)])).toEqual([
      ['other', '400.000'],
      ['store', '400.000'],
    ]);
    // The kg moved to `other` came from `store`: their path starts there.
    expect(replay.current.find((p) => p.facilityId === 'other')!.path.map((s) => s.facilityId)).toEqual(['store', 'other']);
  });

  it('reports what an event asked and what there was to take', () => {
    const replay = replayCustody(received);
    expect(applyCustodyEvent(replay, event('LOADED', 3, '2000.000', { vehicle: 'truck', shipment: 's1' }))).toEqual({ wantedGrams: 2_000_000, takenGrams: 1_500_000 });
    // A lot with nothing in custody is loaded straight from the field.
    expect(applyCustodyEvent(replayCustody([]), event('LOADED', 3, '20.000', { vehicle: 'truck', shipment: 's2' }))).toEqual({ wantedGrams: 0, takenGrams: 0 });
  });
});
