import { BadInput } from '@alliance/domain-kit';
import { describe, expect, it } from 'vitest';
import { isoWeekday } from '@alliance/domain-kit';
import { pastSeasonWindow, pastSeasonWindows, settlementWindows } from '../../src/domain/pricing/windows.ts';

function refusal(run: () => unknown): { message: string; details: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BadInput);
    return error as BadInput;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('settlement windows of a cover', () => {
  it('splits a cover into calendar months', () => {
    expect(settlementWindows('2027-02-01', '2027-04-30', 'MONTH')).toEqual([
      { start: '2027-02-01', end: '2027-02-28' },
      { start: '2027-03-01', end: '2027-03-31' },
      { start: '2027-04-01', end: '2027-04-30' },
    ]);
    expect(settlementWindows('2028-02-01', '2028-02-29', 'MONTH')).toEqual([{ start: '2028-02-01', end: '2028-02-29' }]);
  });

  it('splits a cover into weeks Monday to Sunday (2027-03-01 is a Monday)', () => {
    expect(isoWeekday('2027-03-01')).toBe(1);
    expect(isoWeekday('2027-03-07')).toBe(7);
    expect(settlementWindows('2027-03-01', '2027-03-14', 'WEEK')).toEqual([
      { start: '2027-03-01', end: '2027-03-07' },
      { start: '2027-03-08', end: '2027-03-14' },
    ]);
    // Across a year's end.
    expect(settlementWindows('2027-12-27', '2028-01-09', 'WEEK')).toEqual([
      { start: '2027-12-27', end: '2028-01-02' },
      { start: '2028-01-03', end: '2028-01-09' },
    ]);
  });

  it('refuses a cover off the window boundaries, naming the field and the nearest valid day', () => {
    // 2027-03-20: 19 days after 03-01, 12 before 04-01.
    expect(refusal(() => settlementWindows('2027-03-20', '2027-04-30', 'MONTH'))).toMatchObject({ details: { field: 'coverFrom', nearest: '2027-04-01' } });
    expect(refusal(() => settlementWindows('2027-03-10', '2027-04-30', 'MONTH'))).toMatchObject({ details: { field: 'coverFrom', nearest: '2027-03-01' } });
    expect(refusal(() => settlementWindows('2027-03-01', '2027-04-10', 'MONTH'))).toMatchObject({ details: { field: 'coverTo', nearest: '2027-03-31' } });
    expect(refusal(() => settlementWindows('2027-03-01', '2027-04-25', 'MONTH'))).toMatchObject({ details: { field: 'coverTo', nearest: '2027-04-30' } });
    // Never a last day before the first window ends.
    expect(refusal(() => settlementWindows('2027-03-01', '2027-03-05', 'MONTH'))).toMatchObject({ details: { field: 'coverTo', nearest: '2027-03-31' } });
    // Thursday 03-04: Monday 03-01 is 3 days back, 03-08 4 ahead; Friday 03-05 the other way round.
    expect(refusal(() => settlementWindows('2027-03-04', '2027-03-14', 'WEEK'))).toMatchObject({ details: { field: 'coverFrom', nearest: '2027-03-01' } });
    expect(refusal(() => settlementWindows('2027-03-05', '2027-03-14', 'WEEK'))).toMatchObject({ details: { field: 'coverFrom', nearest: '2027-03-08' } });
    // Wednesday 03-10: Sunday 03-07 is 3 back, 03-14 4 ahead.
    const misaligned = refusal(() => settlementWindows('2027-03-01', '2027-03-10', 'WEEK'));
    expect(misaligned.details).toEqual({ field: 'coverTo', nearest: '2027-03-07' });
    expect(misaligned.message).toBe('coverTo 2027-03-10 is not a Sunday (WEEK windows run Monday to Sunday); the nearest is 2027-03-07.');
    expect(refusal(() => settlementWindows('2027-03-01', '2027-02-28', 'MONTH')).details).toEqual({ field: 'coverTo' });
  });

  it('covers at most 12 windows', () => {
    expect(settlementWindows('2027-01-01', '2027-12-31', 'MONTH')).toHaveLength(12);
    expect(refusal(() => settlementWindows('2027-01-01', '2028-01-31', 'MONTH'))).toMatchObject({ details: { field: 'coverTo', nearest: '2027-12-31' } });
    // 12 weeks from 2027-03-01 end on Sunday 2027-05-23.
    expect(settlementWindows('2027-03-01', '2027-05-23', 'WEEK')).toHaveLength(12);
    expect(refusal(() => settlementWindows('2027-03-01', '2027-05-30', 'WEEK'))).toMatchObject({ details: { field: 'coverTo', nearest: '2027-05-23' } });
    expect(refusal(() => settlementWindows('2027-03-01', '2199-12-29', 'WEEK')).details).toMatchObject({ field: 'coverTo' });
  });
});

describe('the same window in past seasons', () => {
  it('is the same calendar month k years before, February as long as it was then', () => {
    const feb = { start: '2028-02-01', end: '2028-02-29' };
    expect(pastSeasonWindow(feb, 'MONTH', 1)).toEqual({ start: '2027-02-01', end: '2027-02-28' });
    expect(pastSeasonWindow(feb, 'MONTH', 4)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(pastSeasonWindow({ start: '2027-01-01', end: '2027-01-31' }, 'MONTH', 5)).toEqual({ start: '2022-01-01', end: '2022-01-31' });
  });

  it('is the week 364 × k days before, still Monday to Sunday', () => {
    const week = { start: '2027-03-01', end: '2027-03-07' };
    expect(pastSeasonWindow(week, 'WEEK', 1)).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    expect(pastSeasonWindow(week, 'WEEK', 5)).toEqual({ start: '2022-03-07', end: '2022-03-13' });
    for (let k = 1; k <= 10; k++) expect(isoWeekday(pastSeasonWindow(week, 'WEEK', k).start)).toBe(1);
  });

  it('lists each window\'s seasons, most recent first', () => {
    const windows = settlementWindows('2027-03-01', '2027-04-30', 'MONTH');
    expect(pastSeasonWindows(windows, 'MONTH', 2)).toEqual([
      [{ start: '2026-03-01', end: '2026-03-31' }, { start: '2025-03-01', end: '2025-03-31' }],
      [{ start: '2026-04-01', end: '2026-04-30' }, { start: '2025-04-01', end: '2025-04-30' }],
    ]);
  });
});
