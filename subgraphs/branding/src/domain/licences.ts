import { createHash } from 'node:crypto';
import {
  BadInput,
  Conflict,
  Decimal,
  Forbidden,
  NotFound,
  decodeCursor,
  encodeCursor,
  kgString,
  pageOf,
  pageSize,
  requireActive,
  requireMemberOf,
  requireViewer,
  requiredText,
  shanghaiDay,
  uniquely,
  validateCreditCode,
  type Page,
} from '@alliance/domain-kit';
import { Licence, type Crop } from '../entities/index.ts';
import { allianceOwningGtin } from '../store/gtin-owners.ts';
import { allianceCodeOf, directoryNameOf, listLicences as listLicenceRows, lockLicence, takeLicenceSequence } from '../store/licences.ts';
import { certificatePrefix, certificateYear } from './certificate-number.ts';
import { quoted } from './digital-link.ts';
import { makeGtin14, validateGtin } from './gtin.ts';
import { canManageLicences, canSeeAllLicences, canSeeLicence, mayHoldLicence } from './licence-access.ts';
import { effectiveLicenceStatus, licencePeriod, transitionLicence, type LicenceAction, type LicenceState, type LicenceStatus } from './quota.ts';
import type { BrandingRequest } from './request.ts';

// ---- rules ------------------------------------------------------------------------------------

/** `LX-L-2026-0007`: the alliance's prefix, L for licence, the Asia/Shanghai year of grant, a sequence of at least four digits. */
export function formatLicenceNumber(allianceCode: string, year: number, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`A licence sequence starts at 1, got ${sequence}.`);
  return `${certificatePrefix(allianceCode)}-L-${year}-${String(sequence).padStart(4, '0')}`;
}

const CROP_DIGIT: Record<Crop, string> = { SCALLION: '1', SAFFLOWER_FLORET: '2', SAFFLOWER_SEED: '3' };

/**
 * The alliance's own GTIN-14 for a crop, under its GS1 company prefix. The item reference is
 * derived, so that the same alliance and crop always get the same trade item: its last digit is
 * the crop (1 scallion, 2 safflower florets, 3 safflower seeds); the digits before it are the
 * first bytes of SHA-256 of the alliance code, read as a number modulo 10^n (two alliances
 * sharing one test prefix rarely collide; each real alliance has a prefix of its own anyway).
 */
export function defaultGtinOf(companyPrefix: string, allianceCode: string, crop: Crop): string {
  const width = 12 - companyPrefix.length;
  const allianceDigits = width - 1;
  const hash = BigInt(`0x${createHash('sha256').update(allianceCode.toUpperCase()).digest('hex').slice(0, 16)}`);
  const alliancePart = allianceDigits > 0 ? (hash % 10n ** BigInt(allianceDigits)).toString().padStart(allianceDigits, '0') : '';
  return makeGtin14(companyPrefix, alliancePart + CROP_DIGIT[crop]);
}

/** A decimal a client typed, exact to `places` decimals, at least `min` (strictly more when `strict`). */
function parseAmount(value: string, field: string, places: number, unit: string, options: { strict: boolean; max: string }): Decimal {
  let d: Decimal;
  try {
    d = new Decimal(value.trim());
  } catch {
    throw new BadInput(`${field} "${value}" is not a number.`, { field });
  }
  if (!d.isFinite()) throw new BadInput(`${field} "${value}" is not a number.`, { field });
  if (options.strict ? d.lte(0) : d.lt(0)) throw new BadInput(`${field} must be ${options.strict ? 'more than' : 'at least'} 0 ${unit}; got ${value}.`, { field });
  if (d.decimalPlaces() > places) throw new BadInput(`${field} is exact to ${places} decimal places; got ${value}.`, { field });
  if (d.gt(options.max)) throw new BadInput(`${field} must be at most ${options.max} ${unit}; got ${value}.`, { field });
  return d;
}

export function licenceState(licence: Licence): LicenceState & { startsAt: Date } {
  const { startsAt, endsAt } = licencePeriod(licence.validFrom, licence.validUntil);
  return { status: licence.status, reason: licence.statusReason, endsAt, startsAt };
}

/** The licence's status as of now: EXPIRED is read off its period. */
export function licenceStatusOf(licence: Licence, now = new Date()): LicenceStatus {
  return effectiveLicenceStatus(licenceState(licence), now);
}

export function remainingKgOf(licence: Licence): string {
  return kgString(Decimal.max(0, new Decimal(licence.quotaKg).minus(licence.usedKg)));
}

export interface LicenseeView {
  memberId: string | null;
  name: string;
  creditCode: string;
}

export function licenseeOf(licence: Licence): LicenseeView {
  return { memberId: licence.licenseeMemberId, name: licence.licenseeName, creditCode: licence.licenseeCreditCode };
}

export function trademarkOf(licence: Licence): { name: string; registrationNumber: string } {
  return { name: licence.trademarkName, registrationNumber: licence.trademarkRegistrationNumber };
}

// ---- use cases --------------------------------------------------------------------------------

export interface GrantLicenceInput {
  licenseeMemberId?: string | null;
  outsideBuyer?: { name: string; creditCode: string } | null;
  trademark: { name: string; registrationNumber: string };
  crop: Crop;
  gtin?: string | null;
  validFrom: string;
  validUntil: string;
  quotaKg: string;
  feePerKg: string;
}

function creditCodeOf(code: string, field: string): string {
  const check = validateCreditCode(code);
  if (!check.ok) throw new BadInput(`Unified social credit code ${quoted(code.trim())}: ${check.reason}`, { field });
  return check.normalized;
}

/** Who the licence is for: a partner market or sales entity of the alliance, or an outside buyer with its credit code. */
async function licenseeFrom(req: BrandingRequest, input: GrantLicenceInput, allianceId: string): Promise<LicenseeView> {
  const memberId = input.licenseeMemberId?.trim() || null;
  const buyer = input.outsideBuyer ?? null;
  if ((memberId === null) === (buyer === null)) {
    throw new BadInput('Name the licensee once: either licenseeMemberId (a member of your alliance) or outsideBuyer, not both nor neither.', { field: 'licenseeMemberId' });
  }
  if (buyer) {
    return { memberId: null, name: requiredText(buyer.name, 'outsideBuyer.name', 200), creditCode: creditCodeOf(buyer.creditCode, 'outsideBuyer.creditCode') };
  }
  const entry = await requireMemberOf(req.directory, memberId!, allianceId, 'licenseeMemberId');
  const may = mayHoldLicence(entry, allianceId);
  if (!may.ok) throw new BadInput(`Member ${memberId} cannot hold a licence: ${may.reason}.`, { field: 'licenseeMemberId' });
  const named = await directoryNameOf(req.em, entry.memberId);
  if (!named?.creditCode) {
    throw new BadInput(`Member ${memberId} has no unified social credit code on record; the members office must record it before the member can be licensed (it is printed on every label).`, {
      field: 'licenseeMemberId',
    });
  }
  if (!named.name) throw new BadInput(`Member ${memberId} has no registered name in the directory yet; try again once the members office has announced it.`, { field: 'licenseeMemberId' });
  return { memberId: entry.memberId, name: named.name, creditCode: creditCodeOf(named.creditCode, 'licenseeMemberId') };
}

export interface LicenceSettings {
  gs1CompanyPrefix: string;
}

/**
 * The brand office grants an origin-label licence. In one transaction the next number of the
 * alliance and year is taken from its counter and the licence written: a refusal rolls both back.
 */
export async function grantLicence(req: BrandingRequest, settings: LicenceSettings, input: GrantLicenceInput): Promise<Licence> {
  const viewer = requireActive(req.viewer);
  if (!canManageLicences(viewer, viewer.allianceId)) throw new Forbidden('Only the brand office of the alliance may grant origin-label licences.');
  const allianceId = viewer.allianceId;
  const licensee = await licenseeFrom(req, input, allianceId);
  const trademarkName = requiredText(input.trademark.name, 'trademark.name', 100);
  const registrationNumber = requiredText(input.trademark.registrationNumber, 'trademark.registrationNumber', 40);
  licencePeriod(input.validFrom, input.validUntil);
  // A licence that has ended before it is granted could never label anything, and would take a number of the gapless series.
  const today = shanghaiDay(new Date());
  if (input.validUntil < today) throw new BadInput(`validUntil (${input.validUntil}) is before today (${today}, Asia/Shanghai): the licence would have ended already.`, { field: 'validUntil' });
  const quotaKg = parseAmount(input.quotaKg, 'quotaKg', 3, 'kg', { strict: true, max: '100000000000' });
  const feePerKg = parseAmount(input.feePerKg, 'feePerKg', 4, 'CNY', { strict: false, max: '10000000' });
  let gtin: string | null = null;
  if (input.gtin != null && input.gtin.trim() !== '') {
    const check = validateGtin(input.gtin.trim());
    if (!check.ok) throw new BadInput(`GTIN "${input.gtin.trim()}": ${check.reason}`, { field: 'gtin' });
    gtin = check.gtin14;
  }
  const allianceCode = await allianceCodeOf(req.em, allianceId);
  if (!allianceCode) {
    // The caller was just authorized from its own directory entry, which names its alliance: only an
    // entry announced before codes travelled lacks it, until members announces the directory again.
    throw new Conflict('Branding\'s member directory does not yet carry your alliance\'s code; try again in a minute.');
  }
  const licensedGtin = gtin ?? defaultGtinOf(settings.gs1CompanyPrefix, allianceCode, input.crop);
  // A GTIN is one trade item of one alliance: under another's, its labels would pass for that
  // alliance's and unknown codes imitating it would reach neither brand office.
  const gtinTaken = () => new Conflict(`GTIN ${licensedGtin} is another alliance's trade item; license a GTIN of your own (or leave gtin out for your alliance's own).`, { field: 'gtin' });
  const owner = await allianceOwningGtin(req.em, licensedGtin);
  if (owner !== null && owner !== allianceId) throw gtinTaken();
  return uniquely(
    () =>
      req.em.transactional(async (em) => {
        const grantedAt = new Date();
        const year = certificateYear(grantedAt);
        const sequence = await takeLicenceSequence(em, allianceId, year);
        const licence = new Licence();
        Object.assign(licence, {
          allianceId,
          number: formatLicenceNumber(allianceCode, year, sequence),
          year,
          sequence,
          licenseeMemberId: licensee.memberId,
          licenseeName: licensee.name,
          licenseeCreditCode: licensee.creditCode,
          trademarkName,
          trademarkRegistrationNumber: registrationNumber,
          crop: input.crop,
          gtin: licensedGtin,
          validFrom: input.validFrom,
          validUntil: input.validUntil,
          quotaKg: quotaKg.toFixed(3),
          feePerKg: feePerKg.toFixed(4),
          grantedAt,
          grantedBy: viewer.memberId,
        } satisfies Partial<Licence>);
        em.persist(licence);
        await em.flush();
        return licence;
      }),
    (constraint) => (constraint === 'licence_gtin_of_one_alliance' ? gtinTaken() : new Conflict('The licence number was taken; try again.')),
  );
}

/** A licence the caller may see; another alliance's, or one it may not see, looks like none. */
export async function findLicence(req: BrandingRequest, id: string): Promise<Licence | null> {
  const viewer = requireViewer(req.viewer);
  const licence = await req.loaders.licenceById.load(id);
  return licence && canSeeLicence(viewer, licence) ? licence : null;
}

/** Suspends, reinstates or revokes a licence: the brand office, by the licence's state machine, under the licence's row lock. */
export async function changeLicence(req: BrandingRequest, id: string, action: LicenceAction): Promise<Licence> {
  const viewer = requireActive(req.viewer);
  const found = await req.loaders.licenceById.load(id);
  if (!found || !canSeeLicence(viewer, found)) throw new NotFound(`No licence ${id} in your alliance.`, { field: 'id' });
  if (!canManageLicences(viewer, found.allianceId)) throw new Forbidden('Only the brand office of the licence\'s alliance may suspend, reinstate or revoke it.');
  return req.em.transactional(async (em) => {
    const licence = (await lockLicence(em, id))!;
    const next = transitionLicence(licenceState(licence), action, new Date());
    if (next.status === 'EXPIRED') throw new Conflict('The licence has expired.');
    licence.status = next.status;
    licence.statusReason = next.reason;
    await em.flush();
    return licence;
  });
}

export type LicencePage = Page<Licence>;

export interface LicenceFilter {
  status?: LicenceStatus | null;
  crop?: Crop | null;
}

/** The alliance's licences newest first: all of them for its office and brand office, its own for a licensee, none for others. */
export async function listLicences(
  req: BrandingRequest,
  filter: LicenceFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<LicencePage> {
  const viewer = requireViewer(req.viewer);
  const limit = pageSize(first, { default: 20, max: 100 });
  let before: [number, number] | null = null;
  if (after) {
    const [year, sequence] = decodeCursor(after, 2);
    if (!Number.isInteger(year) || !Number.isInteger(sequence)) throw new BadInput('The `after` cursor is not one this API gave out; start again without it.', { field: 'after' });
    before = [year as number, sequence as number];
  }
  const rows = await listLicenceRows(req.em, {
    allianceId: viewer.allianceId,
    licenseeMemberId: canSeeAllLicences(viewer, viewer.allianceId) ? null : viewer.memberId,
    status: filter?.status ?? null,
    crop: filter?.crop ?? null,
    today: shanghaiDay(new Date()),
    before,
    limit,
  });
  return pageOf(rows, limit, (l) => encodeCursor([l.year, l.sequence]));
}
