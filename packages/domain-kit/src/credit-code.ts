/**
 * The 18-character unified social credit code (统一社会信用代码, GB 32100-2015):
 *
 *   position 1      registration authority (登记管理部门码), e.g. 1 机构编制, 5 民政, 9 工商
 *   position 2      organisation type (机构类别码), e.g. 91 enterprise, 93 farmer cooperative
 *   positions 3–8   administrative division (登记管理机关行政区划码), e.g. 532527 Luxi County
 *   positions 9–17  organisation code (主体标识码, GB 11714), whose 9th character is its own check
 *   position 18     check character over positions 1–17
 *
 * Characters come from the 31-character set below (digits and capitals without I, O, S, V, Z);
 * a character's value is its index in the set. The weight of position i (1-based) is 3^(i−1) mod 31
 * and the check character is the one whose value is (31 − Σ value·weight mod 31) mod 31.
 *
 * The organisation code (GB 11714) weighs its first 8 characters (digits 0–9, letters A–Z worth
 * 10–35) by 3, 7, 9, 10, 5, 8, 4, 2; its check is 11 − (sum mod 11), written 'X' for 10 and '0'
 * for 11.
 */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^(i−1) mod 31 for positions 1..17. */
export const CREDIT_CODE_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export const ORGANISATION_CODE_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

const CHARSET = CREDIT_CODE_CHARSET;
const WEIGHTS = CREDIT_CODE_WEIGHTS;
const ORG_WEIGHTS = ORGANISATION_CODE_WEIGHTS;
const ORG_BODY = /^[0-9A-Z]{8}$/;

export type CreditCodeCheck = { ok: true; normalized: string } | { ok: false; reason: string };

function isCharsetString(value: string): boolean {
  for (const c of value) if (!CHARSET.includes(c)) return false;
  return true;
}

/** The 18th character for the first 17; throws a RangeError when they are not 17 valid characters. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17 || !isCharsetString(first17)) {
    throw new RangeError(`Expected the first 17 characters of a unified social credit code, got "${first17}".`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714: digits 0–9 and letters A–Z count as 10–35. */
function orgValue(c: string): number {
  return c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55;
}

/** The 9th character of a GB 11714 organisation code; throws a RangeError on a malformed body. */
export function organisationCodeCheckCharacter(first8: string): string {
  if (!ORG_BODY.test(first8)) {
    throw new RangeError(`Expected the first 8 characters of an organisation code (digits and capitals), got "${first8}".`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgValue(first8[i]!) * ORG_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * Validates a code after trimming it and upper-casing it. A failure's reason reads as the end of
 * a sentence such as `Unified social credit code "…": <reason>`.
 */
export function validateCreditCode(code: string): CreditCodeCheck {
  const value = code.trim().toUpperCase();
  const chars = [...value]; // code points, so that a stray emoji counts as one character
  if (chars.length !== 18) {
    return { ok: false, reason: `it must have 18 characters, not ${chars.length}.` };
  }
  for (let i = 0; i < 18; i++) {
    const c = chars[i]!;
    if (!CHARSET.includes(c)) {
      return {
        ok: false,
        reason: `character ${i + 1} ("${c}") is not allowed: only digits and the capital letters other than I, O, S, V and Z are.`,
      };
    }
  }
  const org = value.slice(8, 17);
  const orgCheck = organisationCodeCheckCharacter(org.slice(0, 8));
  if (org[8] !== orgCheck) {
    return {
      ok: false,
      reason: `its organisation code ${org} (characters 9–17) fails its own check: character 17 is "${org[8]}" but should be "${orgCheck}".`,
    };
  }
  const expected = creditCodeCheckCharacter(value.slice(0, 17));
  if (value[17] !== expected) {
    return {
      ok: false,
      reason: `its check character (character 18) is "${value[17]}" but should be "${expected}"; a character was probably mistyped.`,
    };
  }
  return { ok: true, normalized: value };
}

/**
 * Builds a valid code from its parts, computing both check characters (demo data and tests).
 * `orgBody8` is the organisation code without its check character. Parts are upper-cased; a part
 * of the wrong length or with a character outside the code's character set throws a RangeError.
 */
export function makeCreditCode(registrationAuthority: string, orgType: string, divisionCode: string, orgBody8: string): string {
  const authority = registrationAuthority.toUpperCase();
  const type = orgType.toUpperCase();
  const body = orgBody8.toUpperCase();
  if (authority.length !== 1 || !isCharsetString(authority)) {
    throw new RangeError(`Registration authority must be one character of the code's set, got "${registrationAuthority}".`);
  }
  if (type.length !== 1 || !isCharsetString(type)) {
    throw new RangeError(`Organisation type must be one character of the code's set, got "${orgType}".`);
  }
  if (!/^[0-9]{6}$/.test(divisionCode)) {
    throw new RangeError(`Administrative division code must be 6 digits, got "${divisionCode}".`);
  }
  if (body.length !== 8 || !isCharsetString(body)) {
    throw new RangeError(`Organisation code body must be 8 characters of the code's set (no I, O, S, V, Z), got "${orgBody8}".`);
  }
  const first17 = authority + type + divisionCode + body + organisationCodeCheckCharacter(body);
  return first17 + creditCodeCheckCharacter(first17);
}
