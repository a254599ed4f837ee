import type { Viewer } from '@alliance/domain-kit';
import { describe, expect, it } from 'vitest';
import type { FloorQuote } from '../../src/entities/index.ts';
import { findQuote } from '../../src/domain/quotes.ts';
import { perMuOfQuote, quoteStatusOf, rateOfQuote } from '../../src/domain/quote-reads.ts';
import type { InsuranceRequest } from '../../src/domain/request.ts';

const alliance = 'a-1';
const quote = {
  id: 'q-1',
  allianceId: alliance,
  memberId: 'grower',
  requestedBy: 'requester',
  floorPerKg: '2.18',
  insuredKg: '25229.360',
  expectedYieldKgPerMu: '2522.936',
  premiumCny: '4400.00',
  sumInsuredCny: '55000.00',
  premiumShares: [
    { payer: 'FARMER', share: '0.2', amountCny: '880.00' },
    { payer: 'GOVERNMENT', share: '0.8', amountCny: '3520.00' },
  ],
  windows: [{}],
  validUntil: new Date('2027-01-15T12:00:00Z'),
} as unknown as FloorQuote;

function asViewer(memberId: string, roles: Viewer['roles'], allianceId = alliance): InsuranceRequest {
  const viewer: Viewer = { memberId, allianceId, roles, status: 'ACTIVE', kind: 'X' };
  return { viewer, loaders: { quoteById: { load: async (id: string) => (id === quote.id ? quote : null) } } } as unknown as InsuranceRequest;
}

describe('who sees a quote', () => {
  it('the insured member, whoever asked for it, the office and the insurer of its alliance', async () => {
    for (const req of [asViewer('grower', ['GROWER']), asViewer('requester', []), asViewer('office', ['ALLIANCE_ADMIN']), asViewer('insurer', ['INSURER'])]) {
      expect(await findQuote(req, 'q-1')).toBe(quote);
    }
  });

  it('nobody else, and nobody of another alliance, whatever its roles or id', async () => {
    for (const req of [
      asViewer('other-grower', ['GROWER']),
      asViewer('market', ['PARTNER_MARKET']),
      asViewer('grower', ['GROWER'], 'a-2'),
      asViewer('requester', ['ALLIANCE_ADMIN'], 'a-2'),
      asViewer('insurer', ['INSURER'], 'a-2'),
    ]) {
      expect(await findQuote(req, 'q-1')).toBeNull();
    }
    expect(await findQuote(asViewer('office', ['ALLIANCE_ADMIN']), 'q-2')).toBeNull();
  });
});

describe('what a quote shows', () => {
  it('is BOUND once bound, EXPIRED once past its validity unbound, OPEN before', () => {
    expect(quoteStatusOf(quote, false, new Date('2027-01-15T11:59:59Z'))).toBe('OPEN');
    expect(quoteStatusOf(quote, false, new Date('2027-01-15T12:00:00Z'))).toBe('EXPIRED');
    expect(quoteStatusOf(quote, true, new Date('2027-02-01T00:00:00Z'))).toBe('BOUND');
  });

  it('its rate and per-mu terms (Zhangqiu 2015: 8 %, 5,500 a mu, 440 a mu, the farmer 88)', () => {
    expect(rateOfQuote(quote)).toBe('0.080000');
    expect(perMuOfQuote(quote)).toMatchObject({ insuredMu: '10.00', sumInsuredPerMuCny: '5500.00', targetPricePerJin: '1.090', premiumPerMuCny: '440.00', farmerPremiumPerMuCny: '88.00' });
  });
});
