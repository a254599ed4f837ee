import { BadInput, Decimal } from '@alliance/domain-kit';
import { describe, expect, it } from 'vitest';
import {
  contractFromQuote,
  contractStatusOf,
  contractYear,
  expectedPayoutsOf,
  formatContractNumber,
  growingCapRefusal,
  idempotencyKeyOf,
  paidCnyOf,
  quoteExpired,
  technicalPerKgOf,
} from '../../src/domain/contract-terms.ts';
import { FloorQuote, type QuoteWindowRecord } from '../../src/entities/index.ts';

function window(start: string, end: string, black76PerKg: string, burnCostPerKg: string): QuoteWindowRecord {
  return { start, end, forwardPerKg: '1.500000', volatility: '0.400000', yearsToExpiry: '0.100000', riskFreeRate: '0.0150', black76PerKg, pastSeasons: [], burnCostPerKg };
}

describe('idempotency keys', () => {
  it('take 8 to 100 characters, trimmed', () => {
    expect(idempotencyKeyOf('  bind-0001 ')).toBe('bind-0001');
    expect(idempotencyKeyOf('x'.repeat(100))).toBe('x'.repeat(100));
    for (const bad of ['', '       ', 'short', '1234567', 'x'.repeat(101)]) {
      expect(() => idempotencyKeyOf(bad)).toThrow(BadInput);
      try {
        idempotencyKeyOf(bad);
      } catch (error) {
        expect((error as BadInput).details).toEqual({ field: 'idempotencyKey' });
      }
    }
  });
});

describe('contract numbers', () => {
  it('are the alliance code, PF, the Asia/Shanghai year of binding and a padded sequence', () => {
    expect(formatContractNumber('LUXI', 2027, 1)).toBe('LUXI-PF-2027-0001');
    expect(formatContractNumber('YL', 2027, 12345)).toBe('YL-PF-2027-12345');
    expect(() => formatContractNumber('LUXI', 2027, 0)).toThrow(RangeError);
    // 31 December 16:30 UTC is 1 January 00:30 in Shanghai.
    expect(contractYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(contractYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
  });
});

describe("a window's expected payout", () => {
  it('is insured kg × the larger of its Black-76 price and its burn cost, to the fen half up', () => {
    expect(technicalPerKgOf({ black76PerKg: '0.123456', burnCostPerKg: '0.100000' }).toString()).toBe('0.123456');
    expect(technicalPerKgOf({ black76PerKg: '0.050000', burnCostPerKg: '0.210000' }).toString()).toBe('0.21');
    // 1,234.5 × 0.123456 = 152.406432 → 152.41; 1,234.5 × 0.21 = 259.245 exactly → 259.25 (half up, not half even).
    expect(expectedPayoutsOf('1234.500', [window('2027-03-01', '2027-03-31', '0.123456', '0.100000'), window('2027-04-01', '2027-04-30', '0.050000', '0.210000')])).toEqual([
      { start: '2027-03-01', end: '2027-03-31', expectedPayoutCny: '152.41' },
      { start: '2027-04-01', end: '2027-04-30', expectedPayoutCny: '259.25' },
    ]);
  });
});

describe('binding a quote', () => {
  const quote = Object.assign(new FloorQuote(), {
    allianceId: 'a',
    memberId: 'm',
    requestedBy: 'm',
    crop: 'SCALLION',
    variety: 'RED',
    grade: 'A',
    insuredKg: '1000.000',
    coverage: '0.8500',
    coverFrom: '2027-03-01',
    coverTo: '2027-04-30',
    windowLength: 'MONTH',
    costBasisId: 'b',
    schemeId: 's',
    marginalCostPerKg: '1.2000',
    floorPerKg: '1.02',
    sumInsuredCny: '2040.00',
    windows: [],
    black76PerKg: '0.1',
    burnCostPerKg: '0.1',
    technicalPerKg: '0.1',
    loading: '0.2500',
    premiumCny: '250.00',
    premiumShares: [{ payer: 'FARMER', share: '0.2', amountCny: '50.00' }],
    expectedYieldKgPerMu: '833.333',
    validUntil: new Date('2027-02-01T00:00:00Z'),
  } satisfies Partial<FloorQuote>);

  it('copies the quote\'s terms into the contract', () => {
    const at = new Date('2027-01-15T02:00:00Z');
    const c = contractFromQuote(quote, 'key-00000001', { allianceCode: 'LUXI', year: 2027, sequence: 7 }, 'office', at);
    expect(c).toMatchObject({
      number: 'LUXI-PF-2027-0007',
      year: 2027,
      sequence: 7,
      quoteId: quote.id,
      idempotencyKey: 'key-00000001',
      memberId: 'm',
      crop: 'SCALLION',
      variety: 'RED',
      grade: 'A',
      insuredKg: '1000.000',
      floorPerKg: '1.02',
      sumInsuredCny: '2040.00',
      premiumCny: '250.00',
      premiumShares: [{ payer: 'FARMER', share: '0.2', amountCny: '50.00' }],
      coverFrom: '2027-03-01',
      coverTo: '2027-04-30',
      expectedYieldKgPerMu: '833.333',
      boundBy: 'office',
      boundAt: at,
    });
  });

  it('refuses an expired quote from its last instant on', () => {
    expect(quoteExpired(quote, new Date('2027-01-31T23:59:59.999Z'))).toBe(false);
    expect(quoteExpired(quote, new Date('2027-02-01T00:00:00Z'))).toBe(true);
  });

  it("keeps insured kg within what the member's bases grow, less what is already insured", () => {
    // 12.5 mu × 80 kg = 1,000 kg a window.
    expect(growingCapRefusal({ areaMu: '12.50', yieldKgPerMu: '80', alreadyInsuredKg: '0', insuredKg: '1000' })).toBeNull();
    expect(growingCapRefusal({ areaMu: '12.50', yieldKgPerMu: '80', alreadyInsuredKg: '400', insuredKg: '600' })).toBeNull();
    const refusal = growingCapRefusal({ areaMu: '12.50', yieldKgPerMu: '80', alreadyInsuredKg: '400', insuredKg: '600.001' });
    expect(refusal).toContain('1000.000 kg');
    expect(refusal).toContain('leave 600.000 kg');
    expect(refusal).toContain('600.001 kg');
    // Already over (bases removed since): nothing is left, never a negative figure.
    expect(growingCapRefusal({ areaMu: '0', yieldKgPerMu: '80', alreadyInsuredKg: '400', insuredKg: '1' })).toContain('leave 0.000 kg');
  });
});

describe('status and paid', () => {
  it('is SETTLED once every window is, and sums the payouts so far', () => {
    const open = { start: '2027-03-01', end: '2027-03-31', expectedPayoutCny: '1.00', settlementId: null, payoutCny: null };
    const settled = { start: '2027-04-01', end: '2027-04-30', expectedPayoutCny: '1.00', settlementId: 's', payoutCny: '12.34' };
    expect(contractStatusOf([open, settled])).toBe('BOUND');
    expect(contractStatusOf([settled, { ...settled, payoutCny: '0.01' }])).toBe('SETTLED');
    expect(contractStatusOf([])).toBe('BOUND');
    expect(paidCnyOf([open, settled, { ...settled, payoutCny: '0.01' }])).toBe('12.35');
    expect(paidCnyOf([open])).toBe('0.00');
    expect(new Decimal(paidCnyOf([settled])).eq('12.34')).toBe(true);
  });
});
