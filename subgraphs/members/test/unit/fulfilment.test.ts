import { describe, expect, it } from 'vitest';
import { commitRefusal, loadsByLine, marketOf } from '../../src/domain/fulfilment.ts';

describe('committing a reservation to a shipment', () => {
  const shipment = { shipmentId: 's1', allianceId: 'a1' };
  const reservation = { id: 'r1', status: 'CONFIRMED', alliance_id: 'a1', market_id: 'm1', shipment_id: null };

  it('commits a confirmed reservation of the shipment\'s market and alliance, again if it is already on it', () => {
    expect(commitRefusal(reservation, shipment, 'm1')).toBeNull();
    expect(commitRefusal({ ...reservation, shipment_id: 's1' }, shipment, 'm1')).toBeNull();
  });

  it('refuses everything else with a reason a person understands', () => {
    expect(commitRefusal(undefined, shipment, 'm1')).toMatch(/No such reservation/);
    expect(commitRefusal({ ...reservation, alliance_id: 'a2' }, shipment, 'm1')).toMatch(/No such reservation/); // another alliance's is not revealed
    expect(commitRefusal({ ...reservation, market_id: 'm2' }, shipment, 'm1')).toMatch(/another market/);
    expect(commitRefusal({ ...reservation, status: 'HELD' }, shipment, 'm1')).toBe('The reservation is held; only a confirmed reservation can be shipped.');
    expect(commitRefusal({ ...reservation, status: 'FULFILLED' }, shipment, 'm1')).toMatch(/fulfilled/);
    expect(commitRefusal({ ...reservation, shipment_id: 's0' }, shipment, 'm1')).toBe('The reservation is already on shipment s0.');
  });

  it('sends the shipment to the market of the first reservation that can go on it', () => {
    const byId = new Map([
      ['held', { ...reservation, id: 'held', status: 'HELD', market_id: 'm9' }],
      ['r1', reservation],
      ['r2', { ...reservation, id: 'r2', market_id: 'm2' }],
    ]);
    expect(marketOf(['unknown', 'held', 'r1', 'r2'], byId, shipment)).toBe('m1');
    expect(marketOf(['r2', 'r1'], byId, shipment)).toBe('m2');
    expect(marketOf(['unknown', 'held'], byId, shipment)).toBeNull();
  });
});

describe('loads per reservation line', () => {
  it('sums the loads of a line exactly and keeps lines apart', () => {
    const lines = loadsByLine([
      { reservationId: 'r1', lotId: 'a', kg: '0.1' },
      { reservationId: 'r1', lotId: 'a', kg: '0.2' },
      { reservationId: 'r1', lotId: 'b', kg: '5' },
      { reservationId: 'r2', lotId: 'a', kg: '7.125' },
    ]);
    expect(lines.map((l) => [l.reservationId, l.lotId, l.kg.toFixed(3)])).toEqual([
      ['r1', 'a', '0.300'],
      ['r1', 'b', '5.000'],
      ['r2', 'a', '7.125'],
    ]);
  });
});
