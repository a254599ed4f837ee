import { BadInput, Decimal, type Role } from '@alliance/domain-kit';
import { validateCreditCode } from '@alliance/domain-kit';
import { INDIVIDUAL_KINDS, type MemberKind } from '../entities/vocabulary.ts';

/** Input rules for member records; each failure names the field and says what is expected. */

const MEMBER_CODE = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;
const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;

export function normaliseMemberCode(code: string): string {
  const value = code.trim().toUpperCase();
  if (value.length < 3 || value.length > 32 || !MEMBER_CODE.test(value)) {
    throw new BadInput(
      `Member code "${code}" must be 3–32 letters, digits and single hyphens, e.g. LX-G0001.`,
      { field: 'code' },
    );
  }
  return value;
}

export function validPhone(phone: string): string {
  const value = phone.trim();
  if (!PHONE.test(value)) {
    throw new BadInput(`Contact phone "${phone}" is not a phone number (digits, spaces, hyphens, optional leading +).`, {
      field: 'contact.phone',
    });
  }
  return value;
}

/** Organisations carry a valid unified social credit code; individual growers carry none. */
export function creditCodeFor(kind: MemberKind, creditCode: string | null | undefined): string | null {
  const individual = INDIVIDUAL_KINDS.includes(kind);
  if (creditCode === null || creditCode === undefined || creditCode.trim() === '') {
    if (individual) return null;
    throw new BadInput(`A ${kind} is an organisation and needs its 18-character unified social credit code.`, {
      field: 'creditCode',
    });
  }
  if (individual) {
    throw new BadInput('An individual grower has no unified social credit code; leave creditCode empty.', {
      field: 'creditCode',
    });
  }
  const result = validateCreditCode(creditCode);
  if (!result.ok) throw new BadInput(`Unified social credit code "${creditCode}": ${result.reason}`, { field: 'creditCode' });
  return result.normalized;
}

const DEFAULT_ROLES: Partial<Record<MemberKind, Role[]>> = {
  GROWER: ['GROWER'],
  COOPERATIVE: ['COOPERATIVE'],
  WASHING_PLANT: ['FACILITY_OPERATOR'],
  ICE_PLANT: ['FACILITY_OPERATOR'],
  COLD_STORE: ['FACILITY_OPERATOR'],
  LOGISTICS: ['FACILITY_OPERATOR'],
  PARTNER_MARKET: ['PARTNER_MARKET'],
  INSURER: ['INSURER'],
  BRAND_OFFICE: ['BRAND_OFFICE'],
};

export function defaultRolesFor(kind: MemberKind): Role[] {
  return [...(DEFAULT_ROLES[kind] ?? [])];
}

const AREA = /^\d{1,7}(\.\d{1,2})?$/;

/** Base area in mu: positive, at most 2 decimals, below a county's whole area. */
export function validAreaMu(areaMu: string): string {
  const value = areaMu.trim();
  if (!AREA.test(value) || Number(value) <= 0 || Number(value) > 200_000) {
    throw new BadInput(`Base area "${areaMu}" must be a positive number of mu, at most 200000, with up to 2 decimals.`, {
      field: 'areaMu',
    });
  }
  return new Decimal(value).toFixed(2);
}
