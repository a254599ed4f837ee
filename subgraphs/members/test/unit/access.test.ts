import { describe, expect, it } from 'vitest';
import type { Viewer } from '@alliance/domain-kit';
import { canEditBasesOf, canSeeContact, canSeeMember, canSeeStatusReason } from '../../src/domain/member-access.ts';
import {
  canBrowseSupply,
  canChangeReservation,
  canManageLot,
  canReserve,
  canSeeLot,
  canSeeLotReservations,
  canSeeLotTerms,
  canSeeReservation,
  visibleLines,
} from '../../src/domain/lot-access.ts';

const LUXI = 'alliance-luxi';
const YILI = 'alliance-yili';
const viewer = (memberId: string, roles: Viewer['roles'], allianceId = LUXI): Viewer => ({ memberId, allianceId, roles, status: 'ACTIVE', kind: 'GROWER' });

const grower = { id: 'grower', kind: 'GROWER' as const, allianceIds: [LUXI] };
const coldStore = { id: 'cold', kind: 'COLD_STORE' as const, allianceIds: [LUXI] };
const office = viewer('office', ['ALLIANCE_ADMIN']);
const market = viewer('market', ['PARTNER_MARKET']);
const self = viewer('grower', ['GROWER']);
const otherGrower = viewer('g2', ['GROWER']);
const yiliOffice = viewer('yoffice', ['ALLIANCE_ADMIN'], YILI);

describe('member visibility', () => {
  it('shows members within their alliances and never across', () => {
    expect(canSeeMember(market, grower)).toBe(true);
    expect(canSeeMember(yiliOffice, grower)).toBe(false);
    // A member of both alliances sees the one its token names, as in every subgraph: a Luxi
    // grower is seen with a Luxi token, not with a Yili one.
    expect(canSeeMember(viewer('insurer', ['INSURER'], LUXI), grower)).toBe(true);
    expect(canSeeMember(viewer('insurer', ['INSURER'], YILI), grower)).toBe(false);
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
    expect(canSeeStatusReason(viewer('yoffice', ['ALLIANCE_ADMIN'], YILI), grower)).toBe(false);
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
    expect(canBrowseSupply(market)).toBe(true);
    expect(canBrowseSupply(office)).toBe(true);
    expect(canBrowseSupply(self)).toBe(false);
    expect(canReserve(market)).toBe(true);
    expect(canReserve(office)).toBe(false);
  });

  it('lets the owner and the office manage a lot, and the alliance see it', () => {
    expect(canManageLot(self, lot)).toBe(true);
    expect(canManageLot(office, lot)).toBe(true);
    expect(canManageLot(market, lot)).toBe(false);
    expect(canManageLot(yiliOffice, lot)).toBe(false);
    expect(canSeeLot(market, lot)).toBe(true);
    expect(canSeeLot(yiliOffice, lot)).toBe(false);
  });

  it("keeps a lot's terms for its grower and those who see supply", () => {
    expect(canSeeLotTerms(self, lot)).toBe(true);
    expect(canSeeLotTerms(market, lot)).toBe(true);
    expect(canSeeLotTerms(office, lot)).toBe(true);
    expect(canSeeLotTerms(otherGrower, lot)).toBe(false);
    expect(canSeeLotTerms(viewer('cold', ['FACILITY_OPERATOR']), lot)).toBe(false);
    expect(canSeeLotTerms(viewer('market', ['PARTNER_MARKET'], YILI), lot)).toBe(false);
  });

  it('stops a grower whose role was taken away, and the owner acting in another alliance', () => {
    expect(canManageLot(viewer('grower', []), lot)).toBe(false);
    expect(canManageLot(viewer('grower', ['GROWER'], YILI), lot)).toBe(false);
    expect(canSeeLotReservations(viewer('grower', ['GROWER'], YILI), lot)).toBe(false);
  });

  it('shows a reservation to its market, the office and the growers of its lots', () => {
    const reservation = { marketId: 'market', allianceId: LUXI, lotOwnerIds: ['grower'] };
    expect(canSeeReservation(market, reservation)).toBe(true);
    expect(canSeeReservation(self, reservation)).toBe(true);
    expect(canSeeReservation(otherGrower, reservation)).toBe(false);
    expect(canSeeReservation(viewer('m2', ['PARTNER_MARKET']), reservation)).toBe(false);
    expect(canChangeReservation(self, reservation)).toBe(false);
    expect(canChangeReservation(office, reservation)).toBe(true);
    expect(canSeeReservation(viewer('market', ['PARTNER_MARKET'], YILI), reservation)).toBe(false);
    expect(canChangeReservation(yiliOffice, reservation)).toBe(false);
  });

  it('shows a grower only the lines on its own lots', () => {
    const reservation = { marketId: 'market', allianceId: LUXI, lotOwnerIds: ['grower', 'g2'] };
    const lines = [{ lotOwnerId: 'grower', kg: '1' }, { lotOwnerId: 'g2', kg: '2' }];
    expect(visibleLines(market, reservation, lines)).toEqual(lines);
    expect(visibleLines(office, reservation, lines)).toEqual(lines);
    expect(visibleLines(self, reservation, lines)).toEqual([lines[0]]);
    expect(visibleLines(otherGrower, reservation, lines)).toEqual([lines[1]]);
  });
});
