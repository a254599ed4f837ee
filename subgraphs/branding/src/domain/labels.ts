import QRCode from 'qrcode';
import {
  BadInput,
  Conflict,
  Decimal,
  Forbidden,
  NotFound,
  cnyString,
  decodeCursor,
  encodeCursor,
  kgString,
  pageOf,
  pageSize,
  requireActive,
  requireViewer,
  type Page,
} from '@alliance/domain-kit';
import { LabelBatch, Licence, LotFact, OriginCertificate } from '../entities/index.ts';
import { addCertificateLabelled, addLicenceUse, batchesOfLicence, codesOfBatch, insertLabelBatch, labelFigures } from '../store/labels.ts';
import { lockLicence } from '../store/licences.ts';
import { residueTestsOfLots } from '../store/residue-tests.ts';
import { shareLotFact } from '../store/lot-facts.ts';
import { certificationEligibility } from './commitment.ts';
import { buildDigitalLink, checkAiValue } from './digital-link.ts';
import { monthOf } from './fee-pool.ts';
import { formatSerialForReading, generateLabelSerials } from './label-code.ts';
import { canManageLicences, canSeeAllLicences, canSeeLicence, licenseeStanding } from './licence-access.ts';
import { licenceState } from './licences.ts';
import { checkLabelBatch, checkLicenceIssuesLabels, labelBatchKg, labelFeeCny, type LabelLimit } from './quota.ts';
import type { BrandingRequest } from './request.ts';

export type LabelStatus = 'ACTIVE' | 'REVOKED';

export interface LabelSettings {
  /** The Digital Link resolver base. */
  resolverUrl: string;
}

/** A code is revoked with its licence or its certificate; nothing about it is stored. */
export function labelStatusOf(licence: Pick<Licence, 'status'>, certificate: Pick<OriginCertificate, 'status'>): LabelStatus {
  return licence.status === 'REVOKED' || certificate.status === 'REVOKED' ? 'REVOKED' : 'ACTIVE';
}

/** Which database limit a refused batch ran into, by the check constraint's name. */
function limitOf(error: unknown): LabelLimit | null {
  const e = error as { name?: unknown; code?: unknown; constraint?: unknown };
  if (e?.name !== 'CheckConstraintViolationException' && e?.code !== '23514') return null;
  if (e.constraint === 'licence_within_quota') return 'LICENCE_QUOTA';
  if (e.constraint === 'origin_certificate_labelled_within_certified') return 'CERTIFIED_KG';
  return null;
}

/**
 * The brand office issues a batch of label codes under a licence against a certified lot, all in
 * one transaction: the licence locked and checked afresh (active, within its period), the
 * licensee's standing now, the lot listed and of the licence's crop, its valid certificate; then
 * the licence's used kg and the certificate's labelled kg raised (licence first, then
 * certificate: every issuer takes them in this order), and the batch with every code written in
 * one statement. Whatever is refused writes nothing.
 */
export async function issueLabels(req: BrandingRequest, licenceId: string, lotId: string, count: number, packKg: string): Promise<LabelBatch> {
  const viewer = requireActive(req.viewer);
  const found = await req.loaders.licenceById.load(licenceId);
  if (!found || !canSeeLicence(viewer, found)) throw new NotFound(`No licence ${licenceId} in your alliance.`, { field: 'licenceId' });
  if (!canManageLicences(viewer, found.allianceId)) throw new Forbidden('Only the brand office of the licence\'s alliance may issue label codes.');
  const lotFact = await req.loaders.lotFactById.load(lotId);
  if (!lotFact || lotFact.allianceId !== found.allianceId) throw new NotFound(`No lot ${lotId} in your alliance.`, { field: 'lotId' });
  const batchKg = labelBatchKg(count, packKg);
  const pack = new Decimal(packKg.trim());
  const serials = generateLabelSerials(count);
  let certificateId: string | null = null;
  try {
    const batch = await req.em.transactional(async (em) => {
      const now = new Date();
      const licence = (await lockLicence(em, licenceId))!;
      checkLicenceIssuesLabels(licenceState(licence), now);
      if (licence.licenseeMemberId) {
        const standing = licenseeStanding(await req.directory.load(licence.licenseeMemberId), licence.allianceId);
        if (standing !== 'ACTIVE') {
          throw new Conflict(`The licensee's membership is ${standing.toLowerCase()}: no labels are issued for it until the alliance office reinstates it.`, { field: 'licenceId' });
        }
      }
      // Held until commit: a failing test or a withdrawal of this lot cannot slip in between the checks below and the batch.
      await shareLotFact(em, lotId);
      const lot = await em.findOne(LotFact, { lotId }, { refresh: true });
      if (!lot || lot.allianceId !== licence.allianceId) throw new NotFound(`No lot ${lotId} in your alliance.`, { field: 'lotId' });
      if (lot.crop !== licence.crop) {
        throw new BadInput(`Lot ${lotId} is ${lot.crop.toLowerCase().replace(/_/g, ' ')}; licence ${licence.number} labels ${licence.crop.toLowerCase().replace(/_/g, ' ')} only.`, { field: 'lotId' });
      }
      if (lot.status !== 'LISTED') throw new Conflict(`Lot ${lotId} is ${lot.status.toLowerCase()}: a withdrawn lot gets no labels.`, { field: 'lotId' });
      const certificate = await em.findOne(OriginCertificate, { lotId, status: 'VALID' }, { refresh: true });
      if (!certificate) throw new Conflict(`Lot ${lotId} has no valid origin certificate: labels are issued only against certified kg.`, { field: 'lotId' });
      // A test recorded after certification that failed contradicts the certificate's commitment:
      // a label would tell the shopper "genuine, certified" about a lot known to be over its limits.
      const latest = certificationEligibility(await residueTestsOfLots(em, [lotId]));
      if (!latest.eligible) {
        const failed = latest.test;
        throw new Conflict(
          failed
            ? `Lot ${lotId}'s latest residue test (${failed.testedAt.toISOString()}) failed for ${failed.failedAnalytes.join(', ')}: no labels against certificate ${certificate.number} until a later test passes (or revoke the certificate).`
            : latest.reason,
          { field: 'lotId' },
        );
      }
      certificateId = certificate.id;
      // The friendly refusal first, from the figures as they are now; the constraints below are the guarantee.
      const fee = labelFeeCny(licence.feePerKg, batchKg);
      checkLabelBatch(count, pack, {
        licenceQuotaKg: licence.quotaKg,
        licenceLabelledKg: licence.usedKg,
        certifiedKg: certificate.certifiedKg,
        certificateLabelledKg: certificate.labelledKg,
      });
      const lotNumber = certificate.number;
      const lotCheck = checkAiValue(lotNumber, 'lot');
      if (!lotCheck.ok) throw new Error(`Certificate number ${lotNumber} cannot be a lot number: ${lotCheck.reason}`);

      await addLicenceUse(em, licence.id, kgString(batchKg), cnyString(fee));
      const labelled = await addCertificateLabelled(em, certificate.id, kgString(batchKg));
      if (!labelled) throw new Conflict(`The origin certificate of lot ${lotId} was revoked meanwhile: no labels against it.`, { field: 'lotId' });

      const batch = new LabelBatch();
      Object.assign(batch, {
        allianceId: licence.allianceId,
        licenceId: licence.id,
        lotId,
        certificateId: certificate.id,
        count,
        packKg: kgString(pack),
        totalKg: kgString(batchKg),
        feeCny: cnyString(fee),
        gtin: licence.gtin,
        lotNumber,
        month: monthOf(now),
        issuedAt: now,
        issuedBy: viewer.memberId,
      } satisfies Partial<LabelBatch>);
      const written = await insertLabelBatch(em, batch, serials);
      if (written !== count) throw new Error(`Wrote ${written} label codes of ${count}.`);
      return batch;
    });
    // The request's own copies of the licence and certificate were read before the change: read them again.
    await Promise.all([
      req.em.findOne(Licence, { id: batch.licenceId }, { refresh: true }),
      req.em.findOne(OriginCertificate, { id: batch.certificateId }, { refresh: true }),
    ]);
    return batch;
  } catch (error) {
    if ((error as { constraint?: unknown })?.constraint === 'label_batch_month_open') {
      // Only at a month's turn, when the clock of this process and the distribution's disagree.
      throw new Conflict('The licence fees of this month have already been distributed, so no batch can be added to it; try again in a minute.');
    }
    const limit = limitOf(error);
    if (!limit || !certificateId) throw error;
    // Another issuer took the kg between our check and our update: say what is left now.
    const figures = await labelFigures(req.em, licenceId, certificateId);
    if (figures) {
      checkLabelBatch(count, pack, {
        licenceQuotaKg: figures.quota_kg,
        licenceLabelledKg: figures.used_kg,
        certifiedKg: figures.certified_kg,
        certificateLabelledKg: figures.labelled_kg,
      });
    }
    throw new Conflict(
      limit === 'LICENCE_QUOTA' ? 'The licence\'s quota was used up by another batch meanwhile; try fewer labels.' : 'The certificate\'s certified kg were labelled by another batch meanwhile; try fewer labels.',
      { limitedBy: limit },
    );
  }
}

/** A batch the caller may see (by its licence); any other looks like none. */
export async function findLabelBatch(req: BrandingRequest, id: string): Promise<LabelBatch | null> {
  const viewer = requireViewer(req.viewer);
  const batch = await req.loaders.labelBatchById.load(id);
  if (!batch) return null;
  const licence = await req.loaders.licenceById.load(batch.licenceId);
  return licence && canSeeLicence(viewer, licence) ? batch : null;
}

export async function licenceOfBatch(req: BrandingRequest, batch: LabelBatch): Promise<Licence> {
  return (await req.loaders.licenceById.load(batch.licenceId))!;
}

export async function certificateOfBatch(req: BrandingRequest, batch: LabelBatch): Promise<OriginCertificate> {
  return (await req.loaders.certificateById.load(batch.certificateId))!;
}

export async function batchStatusOf(req: BrandingRequest, batch: LabelBatch): Promise<LabelStatus> {
  const [licence, certificate] = await Promise.all([licenceOfBatch(req, batch), certificateOfBatch(req, batch)]);
  return labelStatusOf(licence, certificate);
}

export type LabelBatchPage = Page<LabelBatch>;

/** A visible licence's batches, newest first (the licence itself was checked when it was read). */
export async function labelBatchesOfLicence(req: BrandingRequest, licence: Licence, first: number | null | undefined, after: string | null | undefined): Promise<LabelBatchPage> {
  if (!canSeeLicence(req.viewer, licence)) return pageOf([], 1, () => '');
  const limit = pageSize(first, { default: 20, max: 100 });
  let before: [string, string] | null = null;
  if (after) {
    const [at, id] = decodeCursor(after, 2);
    if (typeof at !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(at))) {
      throw new BadInput('The `after` cursor is not one this API gave out; start again without it.', { field: 'after' });
    }
    before = [at, id];
  }
  const rows = await batchesOfLicence(req.em, licence.id, before, limit);
  return pageOf(rows, limit, (b) => encodeCursor([b.issuedAt.toISOString(), b.id]));
}

/** A label code as the API shows it: its batch's GTIN, lot and status travel with it. */
export interface LabelCodeView {
  serial: string;
  scanCount: number;
  gtin: string;
  lotNumber: string;
  status: LabelStatus;
  resolverUrl: string;
}

export type LabelCodePage = Page<LabelCodeView>;

export async function codesOfLabelBatch(
  req: BrandingRequest,
  settings: LabelSettings,
  batch: LabelBatch,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<LabelCodePage> {
  const limit = pageSize(first, { default: 100, max: 1000 });
  let afterSerial: string | null = null;
  if (after) {
    const [serial] = decodeCursor(after, 1);
    if (typeof serial !== 'string') throw new BadInput('The `after` cursor is not one this API gave out; start again without it.', { field: 'after' });
    afterSerial = serial;
  }
  const [rows, status] = await Promise.all([codesOfBatch(req.em, batch.id, afterSerial, limit), batchStatusOf(req, batch)]);
  const views = rows.map((r) => ({ serial: r.serial, scanCount: r.scan_count, gtin: batch.gtin, lotNumber: batch.lotNumber, status, resolverUrl: settings.resolverUrl }));
  return pageOf(views, limit, (c) => encodeCursor([c.serial]));
}

export function digitalLinkOf(code: Pick<LabelCodeView, 'serial' | 'gtin' | 'lotNumber' | 'resolverUrl'>): string {
  return buildDigitalLink(code.resolverUrl, { gtin14: code.gtin, lot: code.lotNumber, serial: code.serial });
}

export function printedSerialOf(code: Pick<LabelCodeView, 'serial'>): string {
  return formatSerialForReading(code.serial);
}

/** The QR code of the code's Digital Link, as an SVG document. */
export async function qrSvgOf(code: LabelCodeView): Promise<string> {
  return QRCode.toString(digitalLinkOf(code), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The kg labelled against a certificate (every licence): for the office and brand office of its alliance. */
export function labelledKgOf(req: BrandingRequest, certificate: OriginCertificate): string | null {
  return canSeeAllLicences(req.viewer, certificate.allianceId) ? kgString(certificate.labelledKg) : null;
}
