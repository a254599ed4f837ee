import { BadInput, RateLimited } from '@alliance/domain-kit';
import type { CertificateBasis, Crop, Grade, Variety } from '../entities/index.ts';
import {
  countAndRecordScan,
  dropAllowancesBefore,
  findLabelCodeFacts,
  markSuspicious,
  recentScansOf,
  recordUnknownScan,
  type Allowance,
  type CountedScan,
  type LabelCodeFacts,
  type ScanRecord,
} from '../store/scans.ts';
import { parseLabelCode, type DigitalLink } from './digital-link.ts';
import { normalizeLabelSerial } from './label-code.ts';
import type { BrandingRequest } from './request.ts';
import { assessScans, resolveScanPlace, type ScanPlaceInput } from './suspicion.ts';
import { allowanceWindow, clientSubject, hashSubject, memberSubject, rateLimitMessage } from './verification-allowance.ts';
import { placeName, verificationMessage, type VerificationOutcome } from './verification-words.ts';

/**
 * The public label check: anyone, with or without a token. Every check is recorded (unknown codes
 * too, with no serial), counted per client so that codes cannot be enumerated, and judged for
 * counterfeit suspicion. The answer shows only what a shopper may see of a label.
 */

export interface VerificationSettings {
  /** Checks per minute of one anonymous client (an IPv4 address, an IPv6 /64). */
  anonymousPerMinute: number;
  /** Checks per minute of one signed-in member, wherever it calls from. */
  memberPerMinute: number;
  /** Keys the hash of client addresses (the same on every replica). */
  clientHashKey: Buffer;
}

export interface VerificationRequest extends BrandingRequest {
  /** The client's network address as the gateway saw it; null when it said none. */
  client: string | null;
}

/** What a shopper sees: public facts only (no phone, no prices, no kg). */
export interface LabelVerificationView {
  outcome: VerificationOutcome;
  message: string;
  scanCount: number;
  firstVerifiedAt: Date | null;
  firstVerifiedIn: string | null;
  product: string | null;
  crop: Crop | null;
  variety: Variety | null;
  grade: Grade | null;
  originTownship: string | null;
  originCounty: string | null;
  harvestDate: string | null;
  certificateNumber: string | null;
  certificateBasis: CertificateBasis | null;
  licensee: string | null;
  licenseeCreditCode: string | null;
  licenseeTrademark: string | null;
  freshness: { lotId: string } | null;
}

/** What a check asks about: a serial, and the GTIN and lot a Digital Link claims for it. */
type LabelQuery = { serial: string; link: DigitalLink | null };

/** The kept copy of what was scanned is bounded (label_scan_code_short). */
const CODE_KEPT_CHARACTERS = 200;

/**
 * Reads the code as a scanner or a person handed it over; refuses what is no label code with the
 * reason. NFKC first: a Chinese input method in full-width mode types ０５ＨＴ－… and an ideographic
 * space, which are the printed characters all the same (a scanner's ASCII is left as it is).
 */
export function readLabelCode(typed: string): LabelQuery {
  const code = typed.normalize('NFKC');
  const parsed = parseLabelCode(code);
  if (parsed.ok) {
    if (parsed.kind === 'digital-link') return { serial: parsed.link.serial, link: parsed.link };
    // Typed from under the QR code: case, hyphens and look-alike letters do not matter.
    const normalized = normalizeLabelSerial(parsed.serial);
    if (normalized.ok) return { serial: normalized.serial, link: null };
    throw new BadInput(normalized.reason, { field: 'code' });
  }
  // Typed with spaces between the groups (no path, no scheme): a serial all the same.
  if (/^[^/:]*$/.test(code.trim())) {
    const normalized = normalizeLabelSerial(code);
    if (normalized.ok) return { serial: normalized.serial, link: null };
  }
  throw new BadInput(parsed.reason, { field: 'code' });
}

/** A Digital Link whose GTIN or lot is not the code's batch's is a serial copied onto another product. */
function linkMatches(facts: LabelCodeFacts, link: DigitalLink | null): boolean {
  if (!link) return true;
  return link.gtin14 === facts.gtin && (link.lot === undefined || link.lot === facts.lotNumber);
}

let sweptWindow = 0;

/** Closed allowance windows are deleted by the first check of each new window this process sees. */
async function sweepAllowances(req: VerificationRequest, windowStart: Date): Promise<void> {
  if (windowStart.getTime() <= sweptWindow) return;
  sweptWindow = windowStart.getTime();
  await dropAllowancesBefore(req.em, windowStart);
}

function publicFacts(facts: LabelCodeFacts) {
  return {
    product: facts.productName,
    crop: facts.crop,
    variety: facts.variety,
    grade: facts.grade,
    originTownship: facts.township,
    originCounty: facts.county,
    harvestDate: facts.harvestDate,
    certificateNumber: facts.certificateNumber,
    certificateBasis: facts.certificateBasis,
    licensee: facts.licenseeName,
    licenseeCreditCode: facts.licenseeCreditCode,
    licenseeTrademark: facts.trademarkName,
  };
}

const NO_FACTS = {
  product: null,
  crop: null,
  variety: null,
  grade: null,
  originTownship: null,
  originCounty: null,
  harvestDate: null,
  certificateNumber: null,
  certificateBasis: null,
  licensee: null,
  licenseeCreditCode: null,
  licenseeTrademark: null,
} as const;

/** What one check's transaction ends with. */
type CheckResult =
  | { kind: 'limited' }
  | { kind: 'unknown' }
  | { kind: 'counted'; facts: LabelCodeFacts; revoked: boolean; counted: CountedScan };

/**
 * One commit per check: the code is looked up (a read), then ONE statement, committed on its own,
 * counts the check against its client's allowance for this minute (in the database, so on every
 * replica) and, within it, counts and records the scan. Over the allowance only the count commits — a
 * refused check still counts, records nothing and tells nothing. The client's row and then the
 * code's are locked only inside that statement and its commit (no round trip to this process while
 * they are held), so one client's checks, which all update one row, take turns only on that.
 * A first scan cannot be suspicious; from the second on, the code's latest scans are read after the
 * commit and the code marked if they are: each scan's check reads after its own commit, so the last
 * of concurrent scans judges them all, and the mark, once set, stays.
 */
async function check(req: VerificationRequest, asked: LabelQuery, scan: ScanRecord, allowance: Allowance): Promise<CheckResult> {
  const { facts, gtinAllianceId } = await findLabelCodeFacts(req.em, asked.serial, asked.link?.gtin14 ?? null);
  if (!facts || !linkMatches(facts, asked.link)) {
    // A counterfeit: the brand office whose trade item (or serial) it imitates sees it.
    const { allowanceCount } = await recordUnknownScan(req.em, allowance, scan, gtinAllianceId ?? facts?.allianceId ?? null);
    return allowanceCount > allowance.limit ? { kind: 'limited' } : { kind: 'unknown' };
  }
  const revoked = facts.licenceStatus === 'REVOKED' || facts.certificateStatus === 'REVOKED';
  const { allowanceCount, counted } = await countAndRecordScan(req.em, allowance, scan, { serial: facts.serial, allianceId: facts.allianceId, licenceId: facts.licenceId, revoked });
  if (allowanceCount > allowance.limit) return { kind: 'limited' };
  // Within the allowance the code's row is counted: label codes are never deleted.
  if (!counted) throw new Error(`label code ${facts.serial} was read but could not be counted`);
  if (counted.scanCount > 1) {
    const scans = (await recentScansOf(req.em, facts.serial)).map((s) => ({
      at: s.at,
      place: s.latitude === null || s.longitude === null ? null : { name: s.place ?? '', latitude: s.latitude, longitude: s.longitude },
    }));
    if (assessScans(scans).suspicious) await markSuspicious(req.em, facts.serial);
  }
  return { kind: 'counted', facts, revoked, counted };
}

export async function verifyLabel(req: VerificationRequest, code: string, where: ScanPlaceInput | null | undefined): Promise<LabelVerificationView> {
  const place = resolveScanPlace(where);
  const asked = readLabelCode(code);
  const now = new Date();
  const subject = req.viewer ? memberSubject(req.viewer.memberId) : clientSubject(req.client);
  const clientHash = hashSubject(req.settings.verification.clientHashKey, subject);
  const window = allowanceWindow(now);
  const limit = req.viewer ? req.settings.verification.memberPerMinute : req.settings.verification.anonymousPerMinute;

  const scan: ScanRecord = {
    codeAsScanned: (asked.link ? code.normalize('NFKC').trim() : asked.serial).slice(0, CODE_KEPT_CHARACTERS),
    at: now,
    place: placeName(place),
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    clientHash,
  };
  const result = await check(req, asked, scan, { clientHash, windowStart: window.start, limit });
  await sweepAllowances(req, window.start);

  if (result.kind === 'limited') throw new RateLimited(rateLimitMessage(window.retryAfterSeconds), window.retryAfterSeconds);
  if (result.kind === 'unknown') {
    return { outcome: 'UNKNOWN', message: verificationMessage({ outcome: 'UNKNOWN', scanCount: 0, firstVerifiedAt: null, firstVerifiedIn: null }), scanCount: 0, firstVerifiedAt: null, firstVerifiedIn: null, ...NO_FACTS, freshness: null };
  }
  const { facts, revoked, counted } = result;
  const view = { outcome: counted.outcome, scanCount: counted.scanCount, firstVerifiedAt: counted.firstScannedAt, firstVerifiedIn: counted.firstPlace };
  return { ...view, message: verificationMessage(view), ...publicFacts(facts), freshness: revoked ? null : { lotId: facts.lotId } };
}
