import { describe, expect, it } from 'vitest';
import { capacityCovers, remainingCapacityOf, validNewScheme, validSubsidyShares, validTermChanges } from '../../src/domain/scheme-rules.ts';

function refusal(run: () => unknown): { code: string; field: unknown; message: string } {
  try {
    run();
  } catch (e) {
    const err = e as { code: string; details: { field?: unknown }; message: string };
    return { code: err.code, field: err.details.field, message: err.message };
  }
  throw new Error('expected a refusal');
}

const season = { crop: 'SCALLION' as const, seasonFrom: '2026-01-01', seasonTo: '2027-12-31' };

describe('a new scheme', () => {
  it('takes the defaults of the SDL for what it leaves out or sends null', () => {
    expect(validNewScheme({ ...season, capacityCny: '10000000', loading: null })).toEqual({
      ...season,
      capacityCny: '10000000.00',
      loading: '0.2500',
      riskFreeRate: '0.0150',
      pastSeasons: 5,
      quoteValidMinutes: 1440,
      minObservationDays: 5,
      subsidyShares: [{ payer: 'FARMER', share: '0.2' }, { payer: 'GOVERNMENT', share: '0.8' }],
    });
  });

  it('refuses a capacity of 0, negative, of fractions of a fen or beyond numeric(16,2)', () => {
    for (const c of ['0', '-1', '10.001', '100000000000000']) expect(refusal(() => validNewScheme({ ...season, capacityCny: c }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacityCny' });
  });

  it('refuses terms out of range, each naming its field', () => {
    expect(refusal(() => validTermChanges({ loading: '-0.01' }))).toMatchObject({ field: 'loading' });
    expect(refusal(() => validTermChanges({ loading: '5.0001' }))).toMatchObject({ field: 'loading' });
    expect(refusal(() => validTermChanges({ riskFreeRate: '0.5' }))).toMatchObject({ field: 'riskFreeRate' });
    expect(refusal(() => validTermChanges({ riskFreeRate: '-0.1' }))).toMatchObject({ field: 'riskFreeRate' });
    expect(refusal(() => validTermChanges({ pastSeasons: 0 }))).toMatchObject({ field: 'pastSeasons' });
    expect(refusal(() => validTermChanges({ pastSeasons: 31 }))).toMatchObject({ field: 'pastSeasons' });
    expect(refusal(() => validTermChanges({ quoteValidMinutes: 43_201 }))).toMatchObject({ field: 'quoteValidMinutes' });
    expect(refusal(() => validTermChanges({ minObservationDays: 32 }))).toMatchObject({ field: 'minObservationDays' });
    expect(validTermChanges({ riskFreeRate: '-0.02', pastSeasons: 30 })).toEqual({ riskFreeRate: '-0.0200', pastSeasons: 30 });
  });
});

describe('subsidy shares', () => {
  it('add up to exactly 1, each payer once, each in (0, 1] with at most 4 decimals', () => {
    expect(validSubsidyShares([{ payer: 'FARMER', share: '0.2000' }, { payer: 'CENTRAL_GOVERNMENT', share: '0.45' }, { payer: 'PROVINCIAL_GOVERNMENT', share: '0.25' }, { payer: 'COUNTY_GOVERNMENT', share: '0.1' }])).toEqual([
      { payer: 'FARMER', share: '0.2' },
      { payer: 'CENTRAL_GOVERNMENT', share: '0.45' },
      { payer: 'PROVINCIAL_GOVERNMENT', share: '0.25' },
      { payer: 'COUNTY_GOVERNMENT', share: '0.1' },
    ]);
    expect(validSubsidyShares([{ payer: 'FARMER', share: '1' }])).toEqual([{ payer: 'FARMER', share: '1' }]);
    // Three thirds to 4 decimals add up to 0.9999: refused rather than rounded.
    expect(refusal(() => validSubsidyShares([{ payer: 'FARMER', share: '0.3333' }, { payer: 'GOVERNMENT', share: '0.3333' }, { payer: 'COUNTY_GOVERNMENT', share: '0.3333' }]))).toMatchObject({ field: 'subsidyShares', message: expect.stringContaining('0.9999') });
    expect(refusal(() => validSubsidyShares([{ payer: 'FARMER', share: '0.2' }, { payer: 'FARMER', share: '0.8' }]))).toMatchObject({ field: 'subsidyShares' });
    expect(refusal(() => validSubsidyShares([{ payer: 'FARMER', share: '0' }, { payer: 'GOVERNMENT', share: '1' }]))).toMatchObject({ field: 'subsidyShares' });
    expect(refusal(() => validSubsidyShares([{ payer: 'FARMER', share: '1.2' }, { payer: 'GOVERNMENT', share: '-0.2' }]))).toMatchObject({ field: 'subsidyShares' });
    expect(refusal(() => validSubsidyShares([{ payer: 'FARMER', share: '0.20001' }, { payer: 'GOVERNMENT', share: '0.79999' }]))).toMatchObject({ field: 'subsidyShares' });
    expect(refusal(() => validSubsidyShares([]))).toMatchObject({ field: 'subsidyShares' });
  });
});

describe('capacity', () => {
  it('remaining is capacity − bound to the fen; a capacity below the bound is refused', () => {
    expect(remainingCapacityOf({ capacityCny: '10000000.00', boundCny: '1234.56' })).toBe('9998765.44');
    expect(capacityCovers('1234.56', '1234.56')).toBe(true);
    expect(capacityCovers('1234.55', '1234.56')).toBe(false);
  });
});
