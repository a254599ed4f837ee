import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  CREDIT_CODE_WEIGHTS,
  creditCodeCheckCharacter,
  makeCreditCode,
  organisationCodeCheckCharacter,
  validateCreditCode,
} from '../src/credit-code.ts';
import { Prng } from '../src/prng.ts';

/** Real-format codes whose two check characters were verified by hand computation. */
const VALID = [
  '91350100M000100Y43', // the example of GB 32100-2015
  '91110000600037341L',
  '911100001000128855',
  '91310000MA1FL1MMXL', // organisation check character X
  '914403001922038216',
  '91440300708461136T',
  '91110108551385082Q',
];

function failure(code: string): string {
  const result = validateCreditCode(code);
  if (result.ok) throw new Error(`${code} unexpectedly valid`);
  return result.reason;
}

describe('unified social credit code: the rule', () => {
  it('uses the 31-character set and the weights 3^(i−1) mod 31', () => {
    expect(CREDIT_CODE_CHARSET).toHaveLength(31);
    for (const c of 'IOSVZ') expect(CREDIT_CODE_CHARSET).not.toContain(c);
    expect(CREDIT_CODE_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
  });

  it('accepts real-format codes', () => {
    for (const code of VALID) expect(validateCreditCode(code), code).toEqual({ ok: true, normalized: code });
  });

  it('computes both check characters', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckCharacter('91310000MA1FL1MMX')).toBe('L');
    // GB 11714's classic example D2143569-X, and the cases 11 → '0' and plain digits.
    expect(organisationCodeCheckCharacter('D2143569')).toBe('X');
    expect(organisationCodeCheckCharacter('00000000')).toBe('0');
    expect(organisationCodeCheckCharacter('M000100Y')).toBe('4');
    expect(organisationCodeCheckCharacter('60003734')).toBe('1');
  });

  it('refuses malformed input to the check-character helpers', () => {
    expect(() => creditCodeCheckCharacter('9135010')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('91350100M000100YI')).toThrow(RangeError);
    expect(() => organisationCodeCheckCharacter('M000100')).toThrow(RangeError);
    expect(() => organisationCodeCheckCharacter('m000100y')).toThrow(RangeError);
  });
});

describe('unified social credit code: validation', () => {
  it('normalises by trimming and upper-casing', () => {
    expect(validateCreditCode('  91350100m000100y43\t')).toEqual({ ok: true, normalized: '91350100M000100Y43' });
    expect(validateCreditCode('91310000ma1fl1mmxl')).toEqual({ ok: true, normalized: '91310000MA1FL1MMXL' });
  });

  it('says when the length is wrong', () => {
    expect(failure('')).toBe('it must have 18 characters, not 0.');
    expect(failure('91350100M000100Y4')).toBe('it must have 18 characters, not 17.');
    expect(failure('91350100M000100Y433')).toBe('it must have 18 characters, not 19.');
    expect(failure('9135 0100M000100Y43')).toBe('it must have 18 characters, not 19.');
    // Characters, not UTF-16 units: an emoji counts once and is then refused as a character.
    expect(failure('91350100M000100Y4😀')).toMatch(/^character 18 \("😀"\) is not allowed/);
  });

  it('names the position of a character outside the set', () => {
    for (const [i, c] of [...'IOSVZ'].entries()) {
      const code = `91350100M000100Y43`.slice(0, i + 3) + c + '91350100M000100Y43'.slice(i + 4);
      expect(failure(code)).toMatch(new RegExp(`^character ${i + 4} \\("${c}"\\) is not allowed`));
    }
    expect(failure('9135-100M000100Y43')).toMatch(/^character 5 \("-"\) is not allowed/);
    expect(failure('91350100M000100Y4中')).toMatch(/^character 18 \("中"\) is not allowed/);
    expect(failure('i1350100M000100Y43')).toMatch(/^character 1 \("I"\) is not allowed/); // after upper-casing
  });

  it('says what the organisation check character should be', () => {
    // Character 17 changed from 4 to 5, and character 18 recomputed so that only the organisation check fails.
    const first17 = '91350100M000100Y5';
    const code = first17 + creditCodeCheckCharacter(first17);
    expect(failure(code)).toBe('its organisation code M000100Y5 (characters 9–17) fails its own check: character 17 is "5" but should be "4".');
    // A check position holding a letter that GB 11714 never uses.
    const withLetter = '91350100M000100YA';
    expect(failure(withLetter + creditCodeCheckCharacter(withLetter))).toMatch(/character 17 is "A" but should be "4"/);
  });

  it('says what the check character should be', () => {
    expect(failure('91350100M000100Y44')).toBe(
      'its check character (character 18) is "4" but should be "3"; a character was probably mistyped.',
    );
    expect(failure('91440300708461136t'.replace('t', 'U'))).toMatch(/is "U" but should be "T"/);
  });

  it('catches every single-character substitution and every adjacent transposition', () => {
    for (const code of VALID) {
      for (let i = 0; i < 18; i++) {
        for (const c of CREDIT_CODE_CHARSET) {
          if (c === code[i]) continue;
          expect(validateCreditCode(code.slice(0, i) + c + code.slice(i + 1)).ok).toBe(false);
        }
        if (i < 17 && code[i] !== code[i + 1]) {
          expect(validateCreditCode(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)).ok).toBe(false);
        }
      }
    }
  });
});

describe('makeCreditCode', () => {
  it('builds the standard example from its parts', () => {
    expect(makeCreditCode('9', '1', '350100', 'M000100Y')).toBe('91350100M000100Y43');
    expect(makeCreditCode('9', '1', '310000', 'ma1fl1mm')).toBe('91310000MA1FL1MMXL');
  });

  it('round-trips: a built code validates and keeps its parts', () => {
    const rng = new Prng(42);
    const chars = [...CREDIT_CODE_CHARSET];
    for (let n = 0; n < 500; n++) {
      const authority = rng.pick(['1', '5', '9', 'Y']);
      const type = rng.pick(['1', '2', '3', '9']);
      const division = String(rng.int(110000, 659999));
      const body = Array.from({ length: 8 }, () => rng.pick(chars)).join('');
      const code = makeCreditCode(authority, type, division, body);
      expect(validateCreditCode(code)).toEqual({ ok: true, normalized: code });
      expect(code.slice(0, 16)).toBe(authority + type + division + body);
    }
  });

  it('refuses parts that cannot make a code', () => {
    expect(() => makeCreditCode('91', '1', '532527', '12345678')).toThrow(/Registration authority/);
    expect(() => makeCreditCode('9', 'I', '532527', '12345678')).toThrow(/Organisation type/);
    expect(() => makeCreditCode('9', '1', '53252', '12345678')).toThrow(/division code must be 6 digits/);
    expect(() => makeCreditCode('9', '1', '532527', '1234567')).toThrow(/Organisation code body/);
    expect(() => makeCreditCode('9', '1', '532527', '1234567O')).toThrow(/Organisation code body/);
  });
});
