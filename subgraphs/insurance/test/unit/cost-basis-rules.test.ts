import { describe, expect, it } from 'vitest';
import { marginalCostOf, validCostBasis, validCostLines, type CostBasisInput } from '../../src/domain/cost-basis-rules.ts';
import { addYears } from '@alliance/domain-kit';
import { validSeason } from '../../src/domain/input-rules.ts';

const luxi = [
  { line: 'TRANSPORT', cnyPerKg: '0.10' },
  { line: 'SEEDLINGS', cnyPerKg: '0.08' },
  { line: 'FERTILISER', cnyPerKg: '0.14' },
  { line: 'PESTICIDE', cnyPerKg: '0.06' },
  { line: 'LABOUR', cnyPerKg: '0.38' },
  { line: 'WASHING', cnyPerKg: '0.12' },
  { line: 'ICE', cnyPerKg: '0.10' },
  { line: 'PACKAGING', cnyPerKg: '0.14' },
  { line: 'COLD_STORAGE', cnyPerKg: '0.08' },
] as const;

function input(overrides: Partial<CostBasisInput> = {}): CostBasisInput {
  return { crop: 'SCALLION', variety: null, seasonFrom: '2026-01-01', seasonTo: '2027-12-31', lines: luxi, expectedYieldKgPerMu: '20000', ...overrides };
}

function refusal(run: () => unknown): { code: string; field: unknown; message: string } {
  try {
    run();
  } catch (e) {
    const err = e as { code: string; details: { field?: unknown }; message: string };
    return { code: err.code, field: err.details.field, message: err.message };
  }
  throw new Error('expected a refusal');
}

describe('marginal cost', () => {
  it('is the exact sum of the lines (0.1 + 0.2 is 0.3, not 0.30000000000000004)', () => {
    expect(marginalCostOf([{ cnyPerKg: '0.1' }, { cnyPerKg: '0.2' }]).toFixed(4)).toBe('0.3000');
    // Luxi scallion: 0.08 + 0.14 + 0.06 + 0.38 + 0.12 + 0.10 + 0.14 + 0.08 + 0.10 = 1.20 by hand.
    expect(validCostBasis(input()).marginalCostPerKg).toBe('1.2000');
    expect(marginalCostOf([{ cnyPerKg: '0.0001' }, { cnyPerKg: '12.3456' }, { cnyPerKg: '0' }]).toString()).toBe('12.3457');
  });

  it('keeps the lines in the order of the SDL, to 4 decimals', () => {
    const lines = validCostLines(luxi);
    expect(lines.map((l) => l.line)).toEqual(['SEEDLINGS', 'FERTILISER', 'PESTICIDE', 'LABOUR', 'WASHING', 'ICE', 'PACKAGING', 'COLD_STORAGE', 'TRANSPORT']);
    expect(lines[0]).toEqual({ line: 'SEEDLINGS', cnyPerKg: '0.0800' });
  });
});

describe('a cost basis is refused', () => {
  it('with a line given twice, negative, over 4 decimals, or all zero, or without lines', () => {
    expect(refusal(() => validCostLines([{ line: 'ICE', cnyPerKg: '0.1' }, { line: 'ICE', cnyPerKg: '0.2' }]))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines' });
    expect(refusal(() => validCostLines([{ line: 'ICE', cnyPerKg: '-0.01' }]))).toMatchObject({ field: 'lines', message: expect.stringContaining('ICE') });
    expect(refusal(() => validCostLines([{ line: 'ICE', cnyPerKg: '0.00001' }]))).toMatchObject({ field: 'lines', message: expect.stringContaining('4 decimal') });
    expect(refusal(() => validCostLines([{ line: 'ICE', cnyPerKg: '0' }, { line: 'LABOUR', cnyPerKg: '0.0000' }]))).toMatchObject({ field: 'lines' });
    expect(refusal(() => validCostLines([]))).toMatchObject({ field: 'lines' });
    expect(refusal(() => validCostLines([{ line: 'ICE', cnyPerKg: '10000.01' }]))).toMatchObject({ field: 'lines' });
  });

  it('with a yield of 0, negative, or over 3 decimals', () => {
    for (const y of ['0', '-5', '1.0001']) expect(refusal(() => validCostBasis(input({ expectedYieldKgPerMu: y })))).toMatchObject({ field: 'expectedYieldKgPerMu' });
  });

  it('with a variety for safflower (scallion may name one or none)', () => {
    expect(refusal(() => validCostBasis(input({ crop: 'SAFFLOWER_FLORET', variety: 'RED' })))).toMatchObject({ field: 'variety' });
    expect(validCostBasis(input({ variety: 'RED' })).variety).toBe('RED');
  });

  it('with a season ending before it starts or lasting more than two years', () => {
    expect(refusal(() => validSeason('2026-05-01', '2026-04-30'))).toMatchObject({ field: 'seasonTo' });
    expect(validSeason('2026-01-01', '2027-12-31')).toEqual({ seasonFrom: '2026-01-01', seasonTo: '2027-12-31' });
    expect(validSeason('2026-03-01', '2026-03-01').seasonTo).toBe('2026-03-01');
    expect(refusal(() => validSeason('2026-01-01', '2028-01-01'))).toMatchObject({ field: 'seasonTo', message: expect.stringContaining('2027-12-31') });
    expect(addYears('2024-02-29', 2)).toBe('2026-03-01');
  });

  it('with an empty county it takes none (the alliance\'s), with a long note', () => {
    expect(validCostBasis(input({ county: '  ' })).county).toBeNull();
    expect(validCostBasis(input({ county: ' Luxi County ' })).county).toBe('Luxi County');
    expect(refusal(() => validCostBasis(input({ note: 'x'.repeat(2001) })))).toMatchObject({ field: 'note' });
  });
});
