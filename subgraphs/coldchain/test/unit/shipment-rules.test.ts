import { describe, expect, it } from 'vitest';
import { Decimal } from '@alliance/domain-kit';
import { governingCrop, loadProblem, transitionRefusal } from '../../src/domain/shipment-rules.ts';
import { canActOnShipment, canPlanFrom, canSeeShipment, type ShipmentFacts } from '../../src/domain/shipment-access.ts';
import type { ShipmentStatus } from '../../src/entities/vocabulary.ts';

describe('the shipment state machine', () => {
  const allowed: Record<string, ShipmentStatus[]> = {
    load: ['PLANNED', 'LOADING'],
    dispatch: ['LOADING'],
    deliver: ['IN_TRANSIT'],
    reject: ['IN_TRANSIT'],
    cancel: ['PLANNED'],
  };
  const statuses: ShipmentStatus[] = ['PLANNED', 'LOADING', 'IN_TRANSIT', 'DELIVERED', 'REJECTED', 'CANCELLED'];

  it('allows each action from its statuses only', () => {
    for (const [action, from] of Object.entries(allowed)) {
      for (const status of statuses) {
        const refusal = transitionRefusal(status, action as never);
        if (from.includes(status)) expect(refusal, `${action} from ${status}`).toBeNull();
        else expect(refusal, `${action} from ${status}`).toEqual(expect.any(String));
      }
    }
  });

  it('says what to do instead in the two common mistakes', () => {
    expect(transitionRefusal('PLANNED', 'dispatch')).toMatch(/Nothing is loaded yet/);
    expect(transitionRefusal('LOADING', 'cancel')).toMatch(/dispatched, not cancelled/);
    expect(transitionRefusal('DELIVERED', 'deliver')).toBe('It is delivered; deliver needs it in transit.');
  });
});

describe('what may be loaded', () => {
  const reservations = new Map([
    ['r1', { status: 'COMMITTED' as const, reason: null }],
    ['r2', { status: 'PENDING' as const, reason: null }],
    ['r3', { status: 'REFUSED' as const, reason: 'The reservation is held.' }],
  ]);
  const lines = [
    { reservationId: 'r1', lotId: 'a', reservedKg: '600.000', loadedKg: '400.000' },
    { reservationId: 'r1', lotId: 'b', reservedKg: '100.000', loadedKg: '0.000' },
  ];
  const load = (reservationId: string, lotId: string, kg: string) => ({ reservationId, lotId, kg: new Decimal(kg) });

  it('accepts loads within what remains of committed lines', () => {
    expect(loadProblem([load('r1', 'a', '200'), load('r1', 'b', '100')], reservations, lines)).toBeNull();
  });

  it('sums loads of one line within a batch, to the gram', () => {
    expect(loadProblem([load('r1', 'a', '150'), load('r1', 'a', '50.001')], reservations, lines)).toEqual({
      kind: 'TOO_MUCH',
      reservationId: 'r1',
      lotId: 'a',
      remainingKg: '200.000',
      requestedKg: '200.001',
    });
  });

  it('names each other problem', () => {
    expect(loadProblem([load('r9', 'a', '1')], reservations, lines)).toEqual({ kind: 'NOT_ON_SHIPMENT', reservationId: 'r9' });
    expect(loadProblem([load('r2', 'a', '1')], reservations, lines)).toMatchObject({ kind: 'NOT_COMMITTED', status: 'PENDING' });
    expect(loadProblem([load('r3', 'a', '1')], reservations, lines)).toMatchObject({ kind: 'NOT_COMMITTED', status: 'REFUSED', reason: 'The reservation is held.' });
    expect(loadProblem([load('r1', 'z', '1')], reservations, lines)).toEqual({ kind: 'LOT_NOT_RESERVED', reservationId: 'r1', lotId: 'z' });
  });

  it('judges a mixed load by the scallion aboard', () => {
    expect(governingCrop(['SAFFLOWER_FLORET', 'SCALLION'])).toBe('SCALLION');
    expect(governingCrop(['SAFFLOWER_SEED'])).toBe('SAFFLOWER_SEED');
    expect(governingCrop([])).toBeNull();
  });
});

describe('who may see and move a shipment', () => {
  const alliance = 'alliance-1';
  const s: ShipmentFacts = { allianceId: alliance, marketId: 'market', originOperatorId: 'store', vehicleOperatorId: 'hauler' };
  const v = (memberId: string, roles: string[] = ['FACILITY_OPERATOR'], allianceId = alliance) => ({ memberId, allianceId, roles }) as never;
  const office = v('office', ['ALLIANCE_ADMIN']);
  const otherOffice = v('office-2', ['ALLIANCE_ADMIN'], 'alliance-2');

  it('shows it to its market, its two operators and its office only', () => {
    for (const who of [v('market', ['PARTNER_MARKET']), v('store'), v('hauler'), office]) expect(canSeeShipment(who, s)).toBe(true);
    for (const who of [v('other-market', ['PARTNER_MARKET']), v('grower', ['GROWER']), otherOffice]) expect(canSeeShipment(who, s)).toBe(false);
  });

  it('gives each action to its actors', () => {
    const matrix: [string, string[]][] = [
      ['load', ['store', 'hauler', 'office']],
      ['dispatch', ['store', 'hauler', 'office']],
      ['deliver', ['market', 'hauler', 'office']],
      ['reject', ['market', 'office']],
      ['cancel', ['store', 'office']],
    ];
    for (const [action, actors] of matrix) {
      for (const who of ['market', 'store', 'hauler', 'office', 'stranger']) {
        const viewer = who === 'office' ? office : v(who, who === 'market' ? ['PARTNER_MARKET'] : ['FACILITY_OPERATOR']);
        expect(canActOnShipment(viewer, s, action as never), `${who} ${action}`).toBe(actors.includes(who));
      }
      expect(canActOnShipment(otherOffice, s, action as never)).toBe(false);
    }
  });

  it('lets the operator plan from its own facility, and its office from any of the alliance', () => {
    const origin = { operatorId: 'store', allianceId: alliance };
    expect(canPlanFrom(v('store'), origin)).toBe(true);
    expect(canPlanFrom(v('store', ['GROWER']), origin)).toBe(false);
    expect(canPlanFrom(v('hauler'), origin)).toBe(false);
    expect(canPlanFrom(office, origin)).toBe(true);
    expect(canPlanFrom(otherOffice, origin)).toBe(false);
  });
});

describe('a shipment stays in its alliance', () => {
  const s: ShipmentFacts = { allianceId: 'alliance-1', marketId: 'market', originOperatorId: 'store', vehicleOperatorId: 'hauler' };
  // The same members, acting with a token of another alliance they also belong to.
  const elsewhere = (memberId: string, roles: string[]) => ({ memberId, allianceId: 'alliance-2', roles }) as never;

  it('is neither seen nor moved by its own parties acting in another alliance', () => {
    for (const who of [elsewhere('market', ['PARTNER_MARKET']), elsewhere('store', ['FACILITY_OPERATOR']), elsewhere('hauler', ['FACILITY_OPERATOR'])]) {
      expect(canSeeShipment(who, s)).toBe(false);
      for (const action of ['load', 'dispatch', 'deliver', 'reject', 'cancel'] as const) expect(canActOnShipment(who, s, action)).toBe(false);
    }
    expect(canPlanFrom(elsewhere('store', ['FACILITY_OPERATOR']), { operatorId: 'store', allianceId: 'alliance-1' })).toBe(false);
  });
});
