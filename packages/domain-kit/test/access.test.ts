import { describe, expect, it } from 'vitest';
import {
  isMemberOf,
  isOfficeOf,
  operates,
  operatesOrIsOffice,
  requireActive,
  requireActiveRole,
  requireMemberOf,
  requireOfficeOf,
  viewerFromDirectory,
  type DirectoryMember,
  type Viewer,
} from '../src/index.ts';

const LUXI = '00000000-0000-4000-8000-000000000001';
const YILI = '00000000-0000-4000-8000-000000000002';

const entry = (memberId: string, memberships: DirectoryMember['memberships'], status = 'ACTIVE'): DirectoryMember => ({ memberId, kind: 'SALES_ENTITY', status, memberships });
const officeOfLuxi = viewerFromDirectory({ memberId: 'office', allianceId: LUXI }, entry('office', [{ allianceId: LUXI, roles: ['ALLIANCE_ADMIN'] }]));
const operatorInBoth = entry('op', [
  { allianceId: LUXI, roles: ['FACILITY_OPERATOR'] },
  { allianceId: YILI, roles: ['GROWER'] },
]);

describe('the caller from the directory', () => {
  it('takes roles of the alliance the token acts in, not of the others', () => {
    expect(viewerFromDirectory({ memberId: 'op', allianceId: LUXI }, operatorInBoth).roles).toEqual(['FACILITY_OPERATOR']);
    expect(viewerFromDirectory({ memberId: 'op', allianceId: YILI }, operatorInBoth).roles).toEqual(['GROWER']);
  });

  it('refuses a member the directory does not know (UNAUTHENTICATED) and an alliance it is not in (FORBIDDEN)', () => {
    expect(() => viewerFromDirectory({ memberId: 'ghost', allianceId: LUXI }, null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    const luxiOnly = entry('g', [{ allianceId: LUXI, roles: ['GROWER'] }]);
    expect(() => viewerFromDirectory({ memberId: 'g', allianceId: YILI }, luxiOnly)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});

describe('who may do what', () => {
  it('an office is the office of its own alliance only', () => {
    expect(isOfficeOf(officeOfLuxi, LUXI)).toBe(true);
    expect(isOfficeOf(officeOfLuxi, YILI)).toBe(false);
    expect(isOfficeOf(null, LUXI)).toBe(false);
    expect(() => requireOfficeOf(officeOfLuxi, YILI, 'register facilities')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(requireOfficeOf(officeOfLuxi, LUXI, 'register facilities')).toBe(officeOfLuxi);
  });

  it('a member acts in the alliance its token names, not in its other alliances', () => {
    const inLuxi = viewerFromDirectory({ memberId: 'op', allianceId: LUXI }, operatorInBoth);
    expect(isMemberOf(inLuxi, LUXI)).toBe(true);
    expect(isMemberOf(inLuxi, YILI)).toBe(false);
  });

  it('an operator operates its own place, in that place alliance, with the operator role', () => {
    const inLuxi = viewerFromDirectory({ memberId: 'op', allianceId: LUXI }, operatorInBoth);
    const inYili = viewerFromDirectory({ memberId: 'op', allianceId: YILI }, operatorInBoth);
    expect(operates(inLuxi, { operatorId: 'op', allianceId: LUXI })).toBe(true);
    expect(operates(inLuxi, { operatorId: 'someone else', allianceId: LUXI })).toBe(false);
    expect(operates(inLuxi, { operatorId: 'op', allianceId: YILI })).toBe(false);
    expect(operates(inYili, { operatorId: 'op', allianceId: YILI })).toBe(false); // no operator role there
    expect(operatesOrIsOffice(officeOfLuxi, { operatorId: 'op', allianceId: LUXI })).toBe(true);
    expect(operatesOrIsOffice(officeOfLuxi, { operatorId: 'op', allianceId: YILI })).toBe(false);
  });

  it('a member that is not active changes nothing', () => {
    const suspended: Viewer = { ...officeOfLuxi, status: 'SUSPENDED' };
    expect(() => requireActive(suspended)).toThrow(/Your membership is suspended/);
    expect(() => requireActiveRole(suspended, ['ALLIANCE_ADMIN'], 'admit members')).toThrow(/Your membership is suspended/);
    expect(() => requireActiveRole(officeOfLuxi, ['GROWER'], 'register lots')).toThrow(/Only GROWER may register lots/);
    expect(() => requireActive(null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('requireMemberOf finds members of the alliance only, and names the field otherwise', async () => {
    const directory = { load: async (id: string) => (id === 'op' ? operatorInBoth : null) };
    await expect(requireMemberOf(directory, 'op', LUXI, 'operatorId')).resolves.toBe(operatorInBoth);
    await expect(requireMemberOf(directory, 'op', '00000000-0000-4000-8000-000000000009', 'operatorId')).rejects.toMatchObject({ code: 'NOT_FOUND', details: { field: 'operatorId' } });
    await expect(requireMemberOf(directory, 'nobody', LUXI, 'operatorId')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
