import { describe, expect, it } from 'vitest';
import type { Viewer } from '@alliance/domain-kit';
import { canEditBasesOf, canSeeContact, canSeeMember, canSeeStatusReason, type Audience } from '../../src/domain/member-access.ts';
import { canBrowseSupply, canChangeReservation, canManageLot, canReserve, canSeeLot, canSeeReservation } from '../../src/domain/lot-access.ts';

const LUXI = 'alliance-luxi';
const YILI = 'alliance-yili';
const viewer = (memberId: string, roles: Viewer['roles'], allianceId = LUXI): Viewer => ({ memberId, allianceId, roles, status: 'ACTIVE', kind: 'GROWER' });
const audience = (v: Viewer, allianceIds = [v.allianceId]): Audience => ({ viewer: v, allianceIds });

const grower = { id: 'grower', kind: 'GROWER' as const, allianceIds: [LUXI] };
const coldStore = { id: 'cold', kind: 'COLD_STORE' as const, allianceIds: [LUXI] };
const office = audience(viewer('office', ['ALLIANCE_ADMIN']));
const market = audience(viewer('market', ['PARTNER_MARKET']));
const self = audience(viewer('grower', ['GROWER']));
const otherGrower = audience(viewer('g2', ['GROWER']));
const yiliOffice = audience(viewer('yoffice', ['ALLIANCE_ADMIN'], YILI));

describe('member visibility', () => {
  it('shows members within their alliances and never across', () => {
    expect(canSeeMember(market, grower)).toBe(true);
    expect(canSeeMember(yiliOffice, grower)).toBe(false);
    // A member of both alliances sees both, whichever alliance its token names.
    expect(canSeeMember(audience(viewer('insurer', ['INSURER'], YILI), [YILI, LUXI]), grower)).toBe(true);
  });

  it('keeps a grower contact for the grower and its office', () => {
    expect(canSeeContact(self, grower)).toBe(true);
    expect(canSeeContact(office, grower)).toBe(true);
    expect(canSeeContact(market, grower)).toBe(false);
    expect(canSeeContact(otherGrower, grower)).toBe(false);
    expect(canSeeContact(yiliOffice, grower)).toBe(false);
  });

  it('shows an organisation contact to its alliance only', () => {
    expect(canSeeContact(market, coldStore)).toBe(true);
    expect(canSeeContact(yiliOffice, coldStore)).toBe(false);
  });

  it('shows a suspension reason to the member and its office only', () => {
    expect(canSeeStatusReason(self, grower)).toBe(true);
    expect(canSeeStatusReason(office, grower)).toBe(true);
    expect(canSeeStatusReason(market, grower)).toBe(false);
    // An admin of another alliance is no office of this one, even if it belongs to both.
    expect(canSeeStatusReason(audience(viewer('yoffice', ['ALLIANCE_ADMIN'], YILI), [YILI, LUXI]), grower)).toBe(false);
  });

  it('lets growers and cooperatives, and their office, edit bases', () => {
    expect(canEditBasesOf(self, grower)).toBe(true);
    expect(canEditBasesOf(office, grower)).toBe(true);
    expect(canEditBasesOf(otherGrower, grower)).toBe(false);
    expect(canEditBasesOf(office, coldStore)).toBe(false);
  });
});

describe('lot and reservation rules', () => {
  const lot = { ownerId: 'grower', allianceId: LUXI };
  it('opens supply to markets and the office, and reserving to markets only', () => {
    expect(canBrowseSupply(market.viewer)).toBe(true);
    expect(canBrowseSupply(office.viewer)).toBe(true);
    expect(canBrowseSupply(self.viewer)).toBe(false);
    expect(canReserve(market.viewer)).toBe(true);
    expect(canReserve(office.viewer)).toBe(false);
  });

  it('lets the owner and the office manage a lot, and the alliance see it', () => {
    expect(canManageLot(self.viewer, lot)).toBe(true);
    expect(canManageLot(office.viewer, lot)).toBe(true);
    expect(canManageLot(market.viewer, lot)).toBe(false);
    expect(canManageLot(yiliOffice.viewer, lot)).toBe(false);
    expect(canSeeLot(market.viewer, [LUXI], lot)).toBe(true);
    expect(canSeeLot(yiliOffice.viewer, [YILI], lot)).toBe(false);
  });

  it('shows a reservation to its market, the office and the growers of its lots', () => {
    const reservation = { marketId: 'market', allianceId: LUXI, lotOwnerIds: ['grower'] };
    expect(canSeeReservation(market.viewer, reservation)).toBe(true);
    expect(canSeeReservation(self.viewer, reservation)).toBe(true);
    expect(canSeeReservation(otherGrower.viewer, reservation)).toBe(false);
    expect(canSeeReservation(viewer('m2', ['PARTNER_MARKET']), reservation)).toBe(false);
    expect(canChangeReservation(self.viewer, reservation)).toBe(false);
    expect(canChangeReservation(office.viewer, reservation)).toBe(true);
  });
});
