import { describe, expect, it } from 'vitest';
import type { DirectoryMember, Role, Viewer } from '@alliance/domain-kit';
import { canManageLicences, canSeeAllLicences, canSeeLicence, isLicensee, licenseeStanding, mayHoldLicence } from '../../src/domain/licence-access.ts';
import { labelStatusOf } from '../../src/domain/labels.ts';
import { defaultGtinOf, formatLicenceNumber } from '../../src/domain/licences.ts';
import { validateGtin14 } from '../../src/domain/gtin.ts';

const A = 'alliance-a';
const B = 'alliance-b';
function viewer(memberId: string, roles: Role[], allianceId = A): Viewer {
  return { memberId, allianceId, roles, status: 'ACTIVE', kind: 'SALES_ENTITY' };
}
const brand = viewer('brand', ['BRAND_OFFICE']);
const office = viewer('office', ['ALLIANCE_ADMIN']);
const market = viewer('market', ['PARTNER_MARKET']);
const otherMarket = viewer('market-2', ['PARTNER_MARKET']);
const grower = viewer('grower', ['GROWER']);
const awayBrand = viewer('brand-b', ['BRAND_OFFICE'], B);
const marketInB = viewer('market', ['PARTNER_MARKET'], B);
const memberLicence = { allianceId: A, licenseeMemberId: 'market' };
const outsideLicence = { allianceId: A, licenseeMemberId: null };

describe('licence access', () => {
  it('lets only the brand office of the alliance manage licences', () => {
    expect(canManageLicences(brand, A)).toBe(true);
    for (const v of [office, market, grower, awayBrand, null]) expect(canManageLicences(v, A)).toBe(false);
  });

  it('shows every licence to the office and brand office, its own to the licensee in the licence\'s alliance, nothing to others', () => {
    expect(canSeeAllLicences(office, A)).toBe(true);
    expect(canSeeAllLicences(brand, A)).toBe(true);
    expect(canSeeAllLicences(market, A)).toBe(false);
    for (const v of [brand, office, market]) expect(canSeeLicence(v, memberLicence)).toBe(true);
    expect(isLicensee(market, memberLicence)).toBe(true);
    expect(canSeeLicence(market, outsideLicence)).toBe(false);
    for (const v of [otherMarket, grower, awayBrand, marketInB, null]) {
      expect(canSeeLicence(v, memberLicence)).toBe(false);
      expect(canSeeLicence(v, outsideLicence)).toBe(false);
    }
  });

  it('licenses partner markets and sales entities of the alliance only', () => {
    const entry = (kind: string, roles: Role[], allianceId = A, status?: string): DirectoryMember => ({
      memberId: 'm',
      kind,
      status: 'ACTIVE',
      memberships: [{ allianceId, roles, ...(status ? { status } : {}) }],
    });
    expect(mayHoldLicence(entry('PARTNER_MARKET', ['PARTNER_MARKET']), A)).toEqual({ ok: true });
    expect(mayHoldLicence(entry('SALES_ENTITY', []), A)).toEqual({ ok: true });
    expect(mayHoldLicence(entry('GROWER', ['GROWER']), A)).toMatchObject({ ok: false, reason: expect.stringMatching(/grower/) });
    expect(mayHoldLicence(entry('PARTNER_MARKET', ['PARTNER_MARKET'], B), A)).toMatchObject({ ok: false, reason: expect.stringMatching(/not a member/) });
    expect(licenseeStanding(entry('PARTNER_MARKET', [], A, 'SUSPENDED'), A)).toBe('SUSPENDED');
    expect(licenseeStanding(entry('PARTNER_MARKET', [], A), A)).toBe('ACTIVE');
    expect(licenseeStanding(entry('PARTNER_MARKET', [], B), A)).toBe('GONE');
    expect(licenseeStanding(null, A)).toBe('GONE');
  });
});

describe('licence numbers, default GTINs and label status', () => {
  it('numbers licences LX-L-2026-0007', () => {
    expect(formatLicenceNumber('LX', 2026, 7)).toBe('LX-L-2026-0007');
    expect(formatLicenceNumber('luxi', 2027, 12345)).toBe('LUXI-L-2027-12345');
    expect(() => formatLicenceNumber('LX', 2026, 0)).toThrow(RangeError);
  });

  it('gives an alliance one valid GTIN per crop, the same every time, ending in the crop digit', () => {
    const scallion = defaultGtinOf('6999999', 'LX', 'SCALLION');
    expect(scallion).toMatch(/^06999999\d{4}1\d$/);
    expect(validateGtin14(scallion).ok).toBe(true);
    expect(defaultGtinOf('6999999', 'LX', 'SCALLION')).toBe(scallion);
    expect(defaultGtinOf('6999999', 'LX', 'SAFFLOWER_FLORET')).toMatch(/^06999999\d{4}2\d$/);
    expect(defaultGtinOf('6999999', 'LX', 'SAFFLOWER_SEED').slice(0, 13)).toBe(scallion.slice(0, 12) + '3');
    expect(defaultGtinOf('6999999', 'YL', 'SCALLION')).not.toBe(scallion);
    // A long prefix leaves room for the crop digit only.
    expect(defaultGtinOf('69999999999', 'LX', 'SAFFLOWER_SEED')).toMatch(/^0699999999993\d$/);
  });

  it('revokes a code with its licence or its certificate', () => {
    expect(labelStatusOf({ status: 'ACTIVE' }, { status: 'VALID' })).toBe('ACTIVE');
    expect(labelStatusOf({ status: 'SUSPENDED' }, { status: 'VALID' })).toBe('ACTIVE');
    expect(labelStatusOf({ status: 'REVOKED' }, { status: 'VALID' })).toBe('REVOKED');
    expect(labelStatusOf({ status: 'ACTIVE' }, { status: 'REVOKED' })).toBe('REVOKED');
  });
});
