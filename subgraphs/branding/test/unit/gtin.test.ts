import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, hasValidCheckDigit, makeGtin14, validateGtin, validateGtin14 } from '../../src/domain/gtin.ts';

describe('GS1 check digit (weights 3, 1, … from the right)', () => {
  it('matches hand-computed published examples', () => {
    // 6·3+1+4·3+1+4·3+1+0+0+0+0+3·3 = 54 → 6 (GS1's 614141 company prefix example, UPC-A 614141000036)
    expect(gs1CheckDigit('61414100003')).toBe('6');
    // GS1's GTIN-13 example 629104150021|3: sum 57 → 3
    expect(gs1CheckDigit('629104150021')).toBe('3');
    // GS1 Digital Link's example GTIN 09506000134352: sum 78 → 2
    expect(gs1CheckDigit('0950600013435')).toBe('2');
    // GTIN-8 9638507|4: sum 86 → 4
    expect(gs1CheckDigit('9638507')).toBe('4');
    // A sum that is already a multiple of 10 gives 0, not 10.
    expect(gs1CheckDigit('0000000000000')).toBe('0');
  });

  it('is unchanged by leading zeros, so short GTINs keep their check digit in GTIN-14 form', () => {
    expect(gs1CheckDigit('0061414100003')).toBe(gs1CheckDigit('61414100003'));
  });

  it('refuses non-digits and too many digits', () => {
    expect(() => gs1CheckDigit('61414A')).toThrow(RangeError);
    expect(() => gs1CheckDigit('')).toThrow(RangeError);
    expect(() => gs1CheckDigit('1'.repeat(18))).toThrow(RangeError);
  });

  it('hasValidCheckDigit accepts good codes and catches a mistyped digit', () => {
    expect(hasValidCheckDigit('6291041500213')).toBe(true);
    expect(hasValidCheckDigit('6291041500214')).toBe(false);
    expect(hasValidCheckDigit('6291041550213')).toBe(false);
  });
});

describe('GTIN-14', () => {
  it('validates 14 digits with a good check digit', () => {
    expect(validateGtin14('00614141000036')).toEqual({ ok: true, gtin14: '00614141000036' });
    expect(validateGtin14('09506000134352')).toEqual({ ok: true, gtin14: '09506000134352' });
  });

  it('says what is wrong', () => {
    expect(validateGtin14('00614141000037')).toEqual({ ok: false, reason: expect.stringContaining('should be 6') });
    expect(validateGtin14('0614141000036')).toEqual({ ok: false, reason: 'it must have 14 digits, not 13.' });
    expect(validateGtin14('0061414100003X')).toEqual({ ok: false, reason: 'it must contain digits only.' });
  });

  it('validateGtin pads GTIN-8/12/13 to 14 digits and refuses other lengths', () => {
    expect(validateGtin('614141000036')).toEqual({ ok: true, gtin14: '00614141000036' });
    expect(validateGtin('6291041500213')).toEqual({ ok: true, gtin14: '06291041500213' });
    expect(validateGtin('96385074')).toEqual({ ok: true, gtin14: '00000096385074' });
    expect(validateGtin('9638507')).toEqual({ ok: false, reason: expect.stringContaining('8, 12, 13 or 14 digits') });
    expect(validateGtin('96385075').ok).toBe(false);
  });

  it('is made from company prefix, item reference and indicator digit', () => {
    expect(makeGtin14('0614141', '00003')).toBe('00614141000036');
    // 1·3+0+6·3+1+4·3+1+4·3+1+0+0+0+0+3·3 = 57 → 3
    expect(makeGtin14('0614141', '00003', '1')).toBe('10614141000033');
    expect(makeGtin14('629104', '150021')).toBe('06291041500213');
    for (const gtin of [makeGtin14('0614141', '00003', '9'), makeGtin14('695123456789', '')]) expect(validateGtin14(gtin).ok).toBe(true);
  });

  it('refuses parts that do not make 12 digits', () => {
    expect(() => makeGtin14('0614141', '0003')).toThrow(/12 digits together/);
    expect(() => makeGtin14('06141', '0000003')).toThrow(/6 to 12 digits/);
    expect(() => makeGtin14('0614141', '00003', '10')).toThrow(/one digit/);
  });
});
