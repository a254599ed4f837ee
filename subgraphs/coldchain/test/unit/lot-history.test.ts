import { describe, expect, it } from 'vitest';
import { CustodyEvent, Facility, Vehicle } from '../../src/entities/index.ts';
import { staysOf } from '../../src/domain/lot-history.ts';

const wash = Object.assign(new Facility(), { code: 'WP-01' });
const store = Object.assign(new Facility(), { code: 'CS-01' });
const truck = Object.assign(new Vehicle(), { plate: 'YUN-1' });
const h = (hours: number) => new Date(Date.UTC(2026, 10, 20, hours));
const event = (kind: CustodyEvent['kind'], hours: number, place: { facility?: Facility; vehicle?: Vehicle } = {}) =>
  Object.assign(new CustodyEvent(), { kind, at: h(hours), facility: place.facility ?? null, vehicle: place.vehicle ?? null });

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

  it('keeps the last stay open until now, and skips events without a place', () => {
    const custody = [event('PACKED', 1), event('STORED', 2, { facility: store })];
    expect(staysOf(custody, h(5))).toEqual([{ facilityId: store.id, vehicleId: null, from: h(2), to: h(5), loadedAt: null }]);
  });
});
