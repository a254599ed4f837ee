/**
 * GS1 Global Trade Item Numbers. Every GTIN (8, 12, 13 or 14 digits) ends in a mod-10 check digit:
 * weigh the other digits 3, 1, 3, 1, … starting from the rightmost one, and the check digit is
 * what brings the sum up to a multiple of 10. Left zeros do not change the sum, which is why a
 * GTIN-8/12/13 padded with zeros to 14 digits keeps its check digit (the GTIN-14 form carried
 * by AI (01) in a Digital Link).
 *
 * A GTIN-14 is: indicator digit (0 the item itself, 1–8 packaging levels, 9 variable measure),
 * then the GS1 company prefix and item reference (12 digits together), then the check digit.
 */
export type GtinCheck = { ok: true; gtin14: string } | { ok: false; reason: string };

const DIGITS = /^[0-9]+$/;

/** The check digit for the digits that precede it; throws a RangeError on anything but 1–17 digits. */
export function gs1CheckDigit(digitsWithoutCheck: string): string {
  if (!DIGITS.test(digitsWithoutCheck) || digitsWithoutCheck.length > 17) {
    throw new RangeError(`Expected 1 to 17 digits before a GS1 check digit, got "${digitsWithoutCheck}".`);
  }
  let sum = 0;
  for (let i = 0; i < digitsWithoutCheck.length; i++) {
    const digit = digitsWithoutCheck.charCodeAt(digitsWithoutCheck.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return String((10 - (sum % 10)) % 10);
}

/** Whether a string of digits ends in its own GS1 check digit. */
export function hasValidCheckDigit(digits: string): boolean {
  return DIGITS.test(digits) && digits.length >= 2 && digits.length <= 18 && gs1CheckDigit(digits.slice(0, -1)) === digits.slice(-1);
}

/**
 * Validates a GTIN-14 (exactly 14 digits, valid check digit). A failure's reason reads as the end
 * of a sentence such as `GTIN "…": <reason>`.
 */
export function validateGtin14(value: string): GtinCheck {
  if (!DIGITS.test(value)) return { ok: false, reason: 'it must contain digits only.' };
  if (value.length !== 14) return { ok: false, reason: `it must have 14 digits, not ${value.length}.` };
  const expected = gs1CheckDigit(value.slice(0, 13));
  if (value[13] !== expected) {
    return { ok: false, reason: `its check digit is ${value[13]} but should be ${expected}; a digit was probably mistyped.` };
  }
  return { ok: true, gtin14: value };
}

/**
 * Validates a GTIN of any length GS1 allows (8, 12, 13 or 14 digits) and returns its GTIN-14
 * form, padded with zeros on the left: a Digital Link may carry the shorter forms.
 */
export function validateGtin(value: string): GtinCheck {
  if (!DIGITS.test(value)) return { ok: false, reason: 'it must contain digits only.' };
  if (![8, 12, 13, 14].includes(value.length)) {
    return { ok: false, reason: `it must have 8, 12, 13 or 14 digits, not ${value.length}.` };
  }
  return validateGtin14(value.padStart(14, '0'));
}

/**
 * Builds a GTIN-14 from a GS1 company prefix, an item reference (12 digits together, the prefix
 * 6 to 12 of them) and an indicator digit (0 by default: the item itself). Throws a RangeError on
 * parts of the wrong shape: these come from configuration, not from a client.
 */
export function makeGtin14(companyPrefix: string, itemReference: string, indicator = '0'): string {
  if (!/^[0-9]$/.test(indicator)) throw new RangeError(`The indicator digit must be one digit, got "${indicator}".`);
  if (!DIGITS.test(companyPrefix) || companyPrefix.length < 6 || companyPrefix.length > 12) {
    throw new RangeError(`A GS1 company prefix has 6 to 12 digits, got "${companyPrefix}".`);
  }
  if (!/^[0-9]*$/.test(itemReference) || companyPrefix.length + itemReference.length !== 12) {
    throw new RangeError(
      `Company prefix and item reference must be 12 digits together; "${companyPrefix}" needs an item reference of ${12 - companyPrefix.length} digits, got "${itemReference}".`,
    );
  }
  const body = indicator + companyPrefix + itemReference;
  return body + gs1CheckDigit(body);
}
