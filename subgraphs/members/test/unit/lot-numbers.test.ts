import { describe, expect, it } from 'vitest';
import { lotNumberOf, MAX_LOTS_PER_DAY } from '../../src/domain/lot-rules.ts';

describe('lotNumberOf', () => {
  it('is the alliance code, the harvest day as YYMMDD and the day counter of at least 4 digits', () => {
    expect(lotNumberOf('LUXI', '2026-11-26', 42)).toBe('LUXI-261126-0042');
    expect(lotNumberOf('YILI', '2027-01-05', 12345)).toBe('YILI-270105-12345');
  });

  it('keeps to what GS1 AI (10) carries: the code in upper-case letters and digits, at most 6 of them, at most 20 characters in all', () => {
    expect(lotNumberOf('al-1a2b3c4d', '2026-11-26', 1)).toBe('AL1A2B-261126-0001');
    expect(lotNumberOf('绿色联盟', '2026-11-26', 1)).toBe('LOT-261126-0001');
    const longest = lotNumberOf('ABCDEFGHIJ', '2026-11-26', MAX_LOTS_PER_DAY);
    expect(longest).toBe('ABCDEF-261126-999999');
    expect(longest).toHaveLength(20);
  });

  it('refuses a counter past what 20 characters hold', () => {
    expect(() => lotNumberOf('LUXI', '2026-11-26', MAX_LOTS_PER_DAY + 1)).toThrow(/no more fit a lot number/);
  });
});
