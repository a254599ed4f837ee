import { BadInput, Decimal } from '@alliance/domain-kit';
import { describe, expect, it } from 'vitest';
import { windowPayoutCny } from '../../src/domain/pricing/payout.ts';
import { indemnityPerMu } from '../../src/domain/pricing/per-mu.ts';
import {
  requireClosed,
  requireContractWindow,
  settlementIndemnityPerMuCny,
  settlementPayoutCny,
  sumInsuredPerMuCny,
  tooFewObservations,
} from '../../src/domain/settlement-rules.ts';

describe('payout = max(0, K − Σvalue/Σvolume) × insured kg, rounded once', () => {
  it('pays the shortfall against the exact index, half up', () => {
    // Index 95 ÷ 100 = 0.95; (1.20 − 0.95) × 1,000 = 250.
    expect(settlementPayoutCny('1.20', { valueCny: '95', volumeKg: '100' }, '1000').toFixed(2)).toBe('250.00');
    // Index above the floor: nothing.
    expect(settlementPayoutCny('1.20', { valueCny: '130', volumeKg: '100' }, '1000').toFixed(2)).toBe('0.00');
    // Index 2 ÷ 3: (1.01 − 0.666…) × 1.5 = 0.515 exactly, half up 0.52; an index cut to 20 digits
    // first (0.66666666666666666667) would make it 0.514999…995, and 0.51.
    expect(settlementPayoutCny('1.01', { valueCny: '2', volumeKg: '3' }, '1.5').toFixed(2)).toBe('0.52');
    // Index 1 ÷ 3: (1.01 − 0.333…) × 1.5 = 1.015 → 1.02.
    expect(settlementPayoutCny('1.01', { valueCny: '1', volumeKg: '3' }, '1.5').toFixed(2)).toBe('1.02');
  });

  it('agrees with the pricing rule whenever the index is a finite decimal', () => {
    const cases: [string, string, string, string][] = [
      ['1.02', '1234567.8912345', '1234567.891', '987654.321'],
      ['2.40', '12.3456789', '7.000', '0.001'],
      ['0.86', '861.3', '1000', '33333.333'],
    ];
    for (const [k, value, volume, kg] of cases) {
      const index = new Decimal(value).dividedBy(volume);
      if (index.decimalPlaces() > 15) continue;
      expect(settlementPayoutCny(k, { valueCny: value, volumeKg: volume }, kg).toFixed(2)).toBe(windowPayoutCny(k, index, kg).toFixed(2));
    }
  });
});

describe('the per-mu form: sum insured per mu × (K − index) ÷ K', () => {
  it('takes the sum insured per mu the quote shows (K × a window\'s yield, to the fen)', () => {
    // 1.02 × 833.333 = 849.99966 → 850.00.
    expect(sumInsuredPerMuCny('1.02', '833.333').toFixed(2)).toBe('850.00');
    // 850 × (1.02 − 2/3) ÷ 1.02 = 294.444… → 294.44.
    expect(settlementIndemnityPerMuCny('1.02', { valueCny: '2', volumeKg: '3' }, '833.333').toFixed(2)).toBe('294.44');
    // 1.00 × (2.00 − 1.99) ÷ 2.00 = 0.005 exactly → 0.01, half up.
    expect(settlementIndemnityPerMuCny('2.00', { valueCny: '199', volumeKg: '100' }, '0.5').toFixed(2)).toBe('0.01');
    expect(settlementIndemnityPerMuCny('2.00', { valueCny: '300', volumeKg: '100' }, '0.5').toFixed(2)).toBe('0.00');
  });

  it('agrees with the pricing rule (Zhangqiu: 5,500 yuan per mu, target 1.09 yuan per jin)', () => {
    // Target 2.18 per kg; 5,500 ÷ 2.18 kg per mu; actual 1.64 per kg (0.82 per jin): 5,500 × 0.54 ÷ 2.18 = 1,362.385…
    const yieldKgPerMu = new Decimal(5500).dividedBy('2.18').toDecimalPlaces(3, Decimal.ROUND_HALF_UP);
    const sumPerMu = sumInsuredPerMuCny('2.18', yieldKgPerMu);
    expect(sumPerMu.toFixed(2)).toBe('5500.00');
    const ours = settlementIndemnityPerMuCny('2.18', { valueCny: '164', volumeKg: '100' }, yieldKgPerMu);
    expect(ours.toFixed(2)).toBe(indemnityPerMu(sumPerMu, '2.18', '1.64').toFixed(2));
    expect(ours.toFixed(2)).toBe('1362.39');
    for (const [k, value, volume, y] of [['1.02', '95.5', '100', '833.333'], ['2.00', '199', '100', '0.5'], ['0.86', '3.2', '8', '12.345']]) {
      const per = sumInsuredPerMuCny(k!, y!);
      expect(settlementIndemnityPerMuCny(k!, { valueCny: value!, volumeKg: volume! }, y!).toFixed(2)).toBe(indemnityPerMu(per, k!, new Decimal(value!).dividedBy(volume!)).toFixed(2));
    }
  });
});

describe('which window may be settled', () => {
  const windows = [
    { start: '2027-03-01', end: '2027-03-31' },
    { start: '2027-04-01', end: '2027-04-30' },
  ];

  it('is one of the contract\'s windows, exactly', () => {
    expect(requireContractWindow(windows, { start: '2027-04-01', end: '2027-04-30' }, 'LUXI-PF-2027-0001')).toBe(windows[1]);
    try {
      requireContractWindow(windows, { start: '2027-04-01', end: '2027-04-29' }, 'LUXI-PF-2027-0001');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BadInput);
      expect((error as BadInput).message).toBe(
        '2027-04-01 – 2027-04-29 is not a window of contract LUXI-PF-2027-0001; its windows are 2027-03-01 – 2027-03-31, 2027-04-01 – 2027-04-30.',
      );
      expect((error as BadInput).details.field).toBe('window');
    }
  });

  it('has closed: its last day is before today in Shanghai', () => {
    // 2027-03-31T16:00Z is 1 April 00:00 in Shanghai.
    expect(() => requireClosed(windows[0]!, new Date('2027-03-31T16:00:00Z'))).not.toThrow();
    expect(() => requireClosed(windows[0]!, new Date('2027-03-31T15:59:59Z'))).toThrow(/has not closed yet \(today is 2027-03-31.*settled from 2027-04-01/);
  });

  it('names the count and the minimum when too few days had observations', () => {
    const error = tooFewObservations('SCALLION', windows[0]!, [{ variety: 'RED', grade: null, observationDays: 3, minObservationDays: 5 }]);
    expect(error.message).toBe(
      'The window 2027-03-01 – 2027-03-31 cannot be settled: the scallion, red, every grade index has observations on 3 days; the scheme requires at least 5. Nothing was settled.',
    );
  });
});
