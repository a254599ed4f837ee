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
  parseKg,
  requireActive,
  requireViewer,
  requiredText,
  shanghaiDay,
  uniquely,
  type Page,
} from '@alliance/domain-kit';
import { LotFact, OriginCertificate, type CertificateStatus, type Crop, type Grade, type Variety } from '../entities/index.ts';
import { listCertificates, lockCertificate, takeCertificateSequence } from '../store/certificates.ts';
import { lockLotFact } from '../store/lot-facts.ts';
import { residueTestsOfLots } from '../store/residue-tests.ts';
import { canCertify, canListCertificates, canSeeCertificate, canSeeProducerContact } from './certificate-access.ts';
import { certificatePrefix, certificateYear, formatCertificateNumber } from './certificate-number.ts';
import { CERTIFICATE_BASIS_LABELS, COMMITMENT_STATEMENT, certificationEligibility } from './commitment.ts';
import { productNameOf } from './product-name.ts';
import type { BrandingRequest } from './request.ts';
import { lotInAlliance } from './residue-tests.ts';

function alreadyCertified(lotId: string, number?: string): Conflict {
  return new Conflict(`Lot ${lotId} already has a valid origin certificate${number ? ` (${number})` : ''}; revoke it before issuing another.`, { field: 'lotId' });
}

/**
 * The brand office certifies a lot of its alliance whose latest residue test passed. In one
 * transaction: the lot's facts locked (issuers of one lot take turns), checked afresh, the next
 * number taken from the alliance's counter and the certificate written — a refusal or a failure
 * rolls the number back with it.
 */
export async function issueOriginCertificate(req: BrandingRequest, lotId: string, certifiedKg: string | null | undefined): Promise<OriginCertificate> {
  const viewer = requireActive(req.viewer);
  await lotInAlliance(req, lotId, viewer.allianceId);
  if (!canCertify(viewer, viewer.allianceId)) throw new Forbidden('Only the brand office of the lot\'s alliance may issue origin certificates.');
  const asked = certifiedKg == null ? null : parseKg(certifiedKg, 'certifiedKg');
  return uniquely(
    () =>
      req.em.transactional(async (em) => {
        if (!(await lockLotFact(em, lotId))) throw new NotFound(`No lot ${lotId} in your alliance.`, { field: 'lotId' });
        const lot = await em.findOneOrFail(LotFact, { lotId }, { refresh: true });
        if (lot.status !== 'LISTED') throw new Conflict(`Lot ${lotId} is ${lot.status.toLowerCase()}: a withdrawn lot cannot be certified.`, { field: 'lotId' });
        const kg = asked ?? new Decimal(lot.quantityKg);
        if (kg.gt(lot.quantityKg)) {
          throw new BadInput(`A certificate covers at most the lot's ${kgString(lot.quantityKg)} kg; asked for ${kgString(kg)} kg.`, { field: 'certifiedKg' });
        }
        const valid = await em.findOne(OriginCertificate, { lotId, status: 'VALID' });
        if (valid) throw alreadyCertified(lotId, valid.number);
        const eligibility = certificationEligibility(await residueTestsOfLots(em, [lotId]));
        if (!eligibility.eligible) throw new Conflict(eligibility.reason, { field: 'lotId' });

        const issuedAt = new Date();
        const year = certificateYear(issuedAt);
        const sequence = await takeCertificateSequence(em, lot.allianceId, year);
        const certificate = new OriginCertificate();
        Object.assign(certificate, {
          allianceId: lot.allianceId,
          lotId,
          number: formatCertificateNumber({ allianceCode: certificatePrefix(lot.allianceCode), year, sequence }),
          year,
          sequence,
          productName: productNameOf(lot.crop as Crop, lot.variety as Variety | null, lot.county),
          crop: lot.crop,
          variety: lot.variety,
          grade: lot.grade as Grade,
          certifiedKg: kgString(kg),
          lotQuantityKg: kgString(lot.quantityKg),
          producerName: lot.producerName,
          producerPhone: lot.producerPhone,
          growerId: lot.growerId,
          township: lot.township,
          county: lot.county,
          issuedOn: shanghaiDay(issuedAt),
          issuedAt,
          issuedBy: viewer.memberId,
          commitmentStatement: COMMITMENT_STATEMENT,
          basis: eligibility.test.basis,
          residueTestId: eligibility.test.id,
        } satisfies Partial<OriginCertificate>);
        em.persist(certificate);
        await em.flush();
        return certificate;
      }),
    // Two issuers of one lot meet here only if the lock above were skipped; the index still says no.
    (constraint) => (constraint === 'origin_certificate_one_valid_per_lot' ? alreadyCertified(lotId) : new Conflict('The certificate number was taken; try again.')),
  );
}

export async function revokeOriginCertificate(req: BrandingRequest, id: string, reason: string): Promise<OriginCertificate> {
  const viewer = requireActive(req.viewer);
  const found = await req.loaders.certificateById.load(id);
  if (!found || !canSeeCertificate(viewer, found.allianceId)) throw new NotFound(`No origin certificate ${id} in your alliance.`, { field: 'id' });
  if (!canCertify(viewer, found.allianceId)) throw new Forbidden('Only the brand office of the certificate\'s alliance may revoke it.');
  const why = requiredText(reason, 'reason', 500);
  return req.em.transactional(async (em) => {
    const certificate = (await lockCertificate(em, id))!;
    if (certificate.status === 'REVOKED') throw new Conflict(`Certificate ${certificate.number} is already revoked.`);
    certificate.status = 'REVOKED';
    certificate.revokedReason = why;
    certificate.revokedAt = new Date();
    await em.flush();
    return certificate;
  });
}

/** A certificate the caller may see: one of its own alliance. Another alliance's looks like none. */
export async function findOriginCertificate(req: BrandingRequest, id: string): Promise<OriginCertificate | null> {
  const viewer = requireViewer(req.viewer);
  const certificate = await req.loaders.certificateById.load(id);
  return certificate && canSeeCertificate(viewer, certificate.allianceId) ? certificate : null;
}

/** The lot's valid certificate, for the members of its alliance (the market's supply page). */
export async function originCertificateOfLot(req: BrandingRequest, lotId: string): Promise<OriginCertificate | null> {
  const viewer = requireViewer(req.viewer);
  const certificate = await req.loaders.validCertificateByLot.load(lotId);
  return certificate && canSeeCertificate(viewer, certificate.allianceId) ? certificate : null;
}

export function producerContactOf(req: BrandingRequest, certificate: OriginCertificate): string | null {
  // A truckload's phones are its growers': for the office and the brand office only (no one grower's certificate).
  const lot = { allianceId: certificate.allianceId, growerId: certificate.shipmentId ? '' : certificate.growerId ?? '', cooperativeId: null };
  return canSeeProducerContact(req.viewer, lot) ? certificate.producerPhone : null;
}

export function basisLabelOf(certificate: OriginCertificate): string {
  return CERTIFICATE_BASIS_LABELS[certificate.basis].zh;
}

export type OriginCertificatePage = Page<OriginCertificate>;

export interface OriginCertificateFilter {
  status?: CertificateStatus | null;
  lotId?: string | null;
  year?: number | null;
}

/** The certificates of the caller's alliance, newest number first: for its office and brand office. */
export async function listOriginCertificates(
  req: BrandingRequest,
  filter: OriginCertificateFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<OriginCertificate>> {
  const viewer = requireViewer(req.viewer);
  if (!canListCertificates(viewer, viewer.allianceId)) throw new Forbidden('The list of certificates is for the office and the brand office of the alliance.');
  const limit = pageSize(first, { default: 20, max: 100 });
  let before: [number, number] | null = null;
  if (after) {
    const [year, sequence] = decodeCursor(after, 2);
    if (!Number.isInteger(year) || !Number.isInteger(sequence)) throw new BadInput('The `after` cursor is not one this API gave out; start again without it.', { field: 'after' });
    before = [year as number, sequence as number];
  }
  const rows = await listCertificates(req.em, {
    allianceId: viewer.allianceId,
    status: filter?.status ?? null,
    lotId: filter?.lotId ?? null,
    year: filter?.year ?? null,
    before,
    limit,
  });
  return pageOf(rows, limit, (c) => encodeCursor([c.year, c.sequence]));
}
