import { BadInput, type DirectoryMember, type Viewer } from '@alliance/domain-kit';
import { describe, expect, it } from 'vitest';
import {
  canManageFeePool,
  cooperativeOfLot,
  cooperativeVolumes,
  fenToCny,
  holdsCooperative,
  isCooperativeOf,
  requireFinishedMonth,
  requireStartedMonth,
  shareOf,
} from '../../src/domain/fee-pool-attribution.ts';

const A = 'alliance-a';
const B = 'alliance-b';

function entry(memberId: string, memberships: DirectoryMember['memberships']): DirectoryMember {
  return { memberId, kind: 'COOPERATIVE', status: 'ACTIVE', memberships };
}

function viewer(roles: Viewer['roles'], allianceId = A): Viewer {
  return { memberId: 'm', allianceId, roles, status: 'ACTIVE', kind: 'X' };
}

describe('whose certified kg share the pool', () => {
  const cooperatives = new Set(['coop-own', 'coop-members']);
  const isCoop = (id: string) => cooperatives.has(id);

  it('counts a cooperative grower for itself, a member grower for its cooperative, an independent grower for no one', () => {
    expect(cooperativeOfLot({ growerId: 'coop-own', cooperativeId: null }, isCoop)).toBe('coop-own');
    // A cooperative's own lot stays its own, even if the lot names another cooperative.
    expect(cooperativeOfLot({ growerId: 'coop-own', cooperativeId: 'coop-members' }, isCoop)).toBe('coop-own');
    expect(cooperativeOfLot({ growerId: 'grower-1', cooperativeId: 'coop-members' }, isCoop)).toBe('coop-members');
    expect(cooperativeOfLot({ growerId: 'grower-2', cooperativeId: null }, isCoop)).toBeNull();
    // A lot naming a member that is not a cooperative of the alliance (any more) shares nothing.
    expect(cooperativeOfLot({ growerId: 'grower-3', cooperativeId: 'ex-coop' }, isCoop)).toBeNull();
  });

  it('sums each cooperative exactly to the gram, by cooperative id, and leaves out independents and zeros', () => {
    const volumes = cooperativeVolumes(
      [
        { growerId: 'grower-1', cooperativeId: 'coop-members', certifiedKg: '0.1' },
        { growerId: 'grower-2', cooperativeId: 'coop-members', certifiedKg: '0.2' },
        { growerId: 'coop-own', cooperativeId: null, certifiedKg: '1200.005' },
        { growerId: 'independent', cooperativeId: null, certifiedKg: '999' },
      ],
      isCoop,
    );
    // 0.1 + 0.2 is 0.300 exactly (a float would make 0.30000000000000004).
    expect(volumes).toEqual([
      { cooperativeId: 'coop-members', certifiedKg: '0.300' },
      { cooperativeId: 'coop-own', certifiedKg: '1200.005' },
    ]);
    expect(cooperativeVolumes([{ growerId: 'grower-1', cooperativeId: 'coop-members', certifiedKg: '0' }], isCoop)).toEqual([]);
  });

  it('reads the COOPERATIVE role of the alliance from the directory, not of another alliance', () => {
    const both = entry('c', [
      { allianceId: A, roles: ['COOPERATIVE', 'GROWER'] },
      { allianceId: B, roles: ['GROWER'] },
    ]);
    expect(holdsCooperative(both, A)).toBe(true);
    expect(holdsCooperative(both, B)).toBe(false);
    expect(holdsCooperative(null, A)).toBe(false);
    expect(holdsCooperative(entry('g', [{ allianceId: A, roles: ['GROWER'] }]), A)).toBe(false);
  });
});

describe('a cooperative\'s share as a ratio', () => {
  it('is certifiedKg ÷ total to 6 places, half up', () => {
    expect(shareOf('1', '3')).toBe('0.333333');
    expect(shareOf('2', '3')).toBe('0.666667');
    expect(shareOf('1200.000', '1200.000')).toBe('1.000000');
    expect(shareOf('1', '0')).toBe('0.000000');
  });
});

describe('fen as CNY', () => {
  it('writes whole fen with two decimals, exactly', () => {
    expect(fenToCny(3334)).toBe('33.34');
    expect(fenToCny(5)).toBe('0.05');
    expect(fenToCny(0)).toBe('0.00');
    expect(fenToCny(123456789012)).toBe('1234567890.12');
    expect(() => fenToCny(0.5)).toThrow(RangeError);
  });
});

describe('which month has a pool to look at', () => {
  const now = new Date('2026-03-31T16:00:00Z'); // 1 April in Shanghai

  it('any month up to the current Shanghai month; a future month is BAD_USER_INPUT', () => {
    expect(() => requireStartedMonth('2026-04', now)).not.toThrow();
    expect(() => requireStartedMonth('2026-03', now)).not.toThrow();
    expect(() => requireStartedMonth('2026-05', now)).toThrow(BadInput);
    expect(() => requireStartedMonth('2026-05', now)).toThrow(/has not begun/);
  });
});

describe('which month may be distributed', () => {
  // 2026-03-31T16:00Z is already 1 April in Shanghai.
  const now = new Date('2026-03-31T16:00:00Z');

  it('accepts months before the current Shanghai month', () => {
    expect(() => requireFinishedMonth('2026-03', now)).not.toThrow();
    expect(() => requireFinishedMonth('2025-12', now)).not.toThrow();
  });

  it('refuses the current month and future months with BAD_USER_INPUT', () => {
    expect(() => requireFinishedMonth('2026-04', now)).toThrow(BadInput);
    expect(() => requireFinishedMonth('2026-04', now)).toThrow(/current month/);
    expect(() => requireFinishedMonth('2027-01', now)).toThrow(/future/);
    // A minute earlier, March is still the current month.
    expect(() => requireFinishedMonth('2026-03', new Date('2026-03-31T15:59:00Z'))).toThrow(BadInput);
  });
});

describe('who manages the pool', () => {
  it('is the office or the brand office of that alliance; a cooperative sees its own', () => {
    expect(canManageFeePool(viewer(['ALLIANCE_ADMIN']), A)).toBe(true);
    expect(canManageFeePool(viewer(['BRAND_OFFICE']), A)).toBe(true);
    expect(canManageFeePool(viewer(['ALLIANCE_ADMIN'], B), A)).toBe(false);
    expect(canManageFeePool(viewer(['COOPERATIVE']), A)).toBe(false);
    expect(canManageFeePool(null, A)).toBe(false);
    expect(isCooperativeOf(viewer(['COOPERATIVE']), A)).toBe(true);
    expect(isCooperativeOf(viewer(['COOPERATIVE'], B), A)).toBe(false);
    expect(isCooperativeOf(viewer(['GROWER']), A)).toBe(false);
  });
});
