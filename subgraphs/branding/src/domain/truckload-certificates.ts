import { Conflict, Decimal, Forbidden, NotFound, kgString, requireActive, requireViewer, shanghaiDay, uniquely } from '@alliance/domain-kit';
import { findDirectoryNames } from '@alliance/member-directory';
import { CertificateLot, OriginCertificate, type Crop, type LotFact, type ResidueTest } from '../entities/index.ts';
import { takeCertificateSequence } from '../store/certificates.ts';
import { lotFactsOf } from '../store/lot-facts.ts';
import { residueTestsOfLots } from '../store/residue-tests.ts';
import { lockShipmentFact, lotsOnShipment } from '../store/shipment-facts.ts';
import { validCertificateOfShipment } from '../store/truckload-certificates.ts';
import { canCertify, canSeeCertificate } from './certificate-access.ts';
import { certificatePrefix, certificateYear, formatCertificateNumber } from './certificate-number.ts';
import { COMMITMENT_STATEMENT, certificationEligibility } from './commitment.ts';
import { productNameOf } from './product-name.ts';
import type { LotReference } from './references.ts';
import type { BrandingRequest } from './request.ts';
import { truckloadStatement, truckloadStatusRefusal, type TruckloadLot } from './truckload.ts';

/** A lot a certificate covers, with its kg on it. */
export interface CertifiedLotView {
  lot: LotReference;
  kg: string;
}

function noSuchShipment(shipmentId: string): NotFound {
  return new NotFound(`No shipment ${shipmentId} in your alliance.`, { field: 'shipmentId' });
}

function alreadyCertified(shipmentId: string, number?: string): Conflict {
  return new Conflict(`Shipment ${shipmentId} already has a valid origin certificate${number ? ` (${number})` : ''}; revoke it before issuing another.`, { field: 'shipmentId' });
}

/**
 * The brand office certifies a truckload of its alliance: every lot the cold chain says is loaded
 * on the shipment, each listed and with a passing latest residue test, for the kg on the truck.
 * In one transaction: the shipment's facts locked (issuers of one truckload take turns, and a newer
 * announcement of the shipment waits), checked afresh, the number taken from the alliance's
 * gapless counter, the certificate and its lots written.
 */
export async function issueTruckloadCertificate(req: BrandingRequest, shipmentId: string): Promise<OriginCertificate> {
  const viewer = requireActive(req.viewer);
  const known = await req.loaders.shipmentFactById.load(shipmentId);
  if (!known || known.allianceId !== viewer.allianceId) throw noSuchShipment(shipmentId);
  if (!canCertify(viewer, known.allianceId)) throw new Forbidden('Only the brand office of the shipment\'s alliance may issue origin certificates.');
  return uniquely(
    () =>
      req.em.transactional(async (em) => {
        const shipment = await lockShipmentFact(em, shipmentId);
        if (!shipment || shipment.allianceId !== viewer.allianceId) throw noSuchShipment(shipmentId);
        const refusal = truckloadStatusRefusal(shipment.status);
        if (refusal) throw new Conflict(`Shipment ${shipmentId} cannot be certified: ${refusal}.`, { field: 'shipmentId', status: shipment.status });
        const valid = await validCertificateOfShipment(em, shipmentId);
        if (valid) throw alreadyCertified(shipmentId, valid.number);
        const loaded = await lotsOnShipment(em, shipmentId);
        if (!loaded.length) throw new Conflict(`Shipment ${shipmentId} cannot be certified: nothing is loaded on it.`, { field: 'shipmentId' });

        const facts = new Map((await lotFactsOf(em, loaded.map((l) => l.lotId))).map((f) => [f.lotId, f]));
        const testsByLot = new Map<string, ResidueTest[]>();
        for (const test of await residueTestsOfLots(em, loaded.map((l) => l.lotId))) testsByLot.set(test.lotId, [...(testsByLot.get(test.lotId) ?? []), test]);
        const lots: (TruckloadLot & { fact: LotFact })[] = [];
        for (const { lotId, kg } of loaded) {
          const fact = facts.get(lotId);
          if (!fact || fact.allianceId !== shipment.allianceId) {
            throw new Conflict(`Lot ${lotId} on the truck is not known to branding yet; try again in a moment.`, { field: 'shipmentId', lotId });
          }
          if (fact.status !== 'LISTED') throw new Conflict(`Lot ${lotId} on the truck is ${fact.status.toLowerCase()}: a withdrawn lot cannot be certified.`, { field: 'shipmentId', lotId });
          if (new Decimal(kg).gt(fact.quantityKg)) {
            throw new Conflict(`Lot ${lotId}: ${kgString(kg)} kg on the truck, but the lot holds ${kgString(fact.quantityKg)} kg.`, { field: 'shipmentId', lotId });
          }
          const eligibility = certificationEligibility(testsByLot.get(lotId) ?? []);
          if (!eligibility.eligible) throw new Conflict(`Lot ${lotId} on the truck: ${eligibility.reason}`, { field: 'shipmentId', lotId });
          lots.push({ ...fact, lotId, kg, crop: fact.crop as Crop, test: eligibility.test, fact });
        }
        const crops = new Set(lots.map((l) => l.crop));
        if (crops.size > 1) {
          throw new Conflict(`A certificate names one product; shipment ${shipmentId} carries ${[...crops].join(', ')}: certify its lots one by one.`, { field: 'shipmentId' });
        }
        const cooperativeIds = [...new Set(lots.map((l) => l.cooperativeId).filter((c): c is string => c !== null))];
        const names = new Map((await findDirectoryNames(em, cooperativeIds)).map((n) => [n.memberId, n.name]));
        const statement = truckloadStatement(lots, (id) => names.get(id) ?? null);
        const first = lots[0]!.fact;

        const issuedAt = new Date();
        const year = certificateYear(issuedAt);
        const sequence = await takeCertificateSequence(em, shipment.allianceId, year);
        const certificate = new OriginCertificate();
        Object.assign(certificate, {
          allianceId: shipment.allianceId,
          lotId: null,
          shipmentId,
          number: formatCertificateNumber({ allianceCode: certificatePrefix(first.allianceCode), year, sequence }),
          year,
          sequence,
          productName: productNameOf(statement.crop, statement.variety, first.county),
          crop: statement.crop,
          variety: statement.variety,
          grade: statement.grade,
          certifiedKg: kgString(statement.certifiedKg),
          // The truck's total: the database checks that a truckload certifies all of it, and that its lots add up to it.
          lotQuantityKg: kgString(statement.certifiedKg),
          producerName: statement.producerName,
          producerPhone: statement.producerPhone,
          growerId: statement.growerId,
          township: statement.township,
          county: statement.county,
          issuedOn: shanghaiDay(issuedAt),
          issuedAt,
          issuedBy: viewer.memberId,
          commitmentStatement: COMMITMENT_STATEMENT,
          basis: statement.basis,
          residueTestId: statement.residueTestId,
        } satisfies Partial<OriginCertificate>);
        em.persist(certificate);
        // The certificate's row first: its lots refer to it.
        await em.flush();
        for (const lot of lots) {
          em.persist(Object.assign(new CertificateLot(), { certificateId: certificate.id, lotId: lot.lotId, kg: kgString(lot.kg), lotQuantityKg: kgString(lot.fact.quantityKg), residueTestId: lot.test.id }));
        }
        await em.flush();
        return certificate;
      }),
    // Two issuers of one truckload meet here only if the lock above were skipped; the index still says no.
    (constraint) => (constraint === 'origin_certificate_one_valid_per_shipment' ? alreadyCertified(shipmentId) : new Conflict('The certificate number was taken; try again.')),
  );
}

/** The shipment's valid certificate, for the members of its alliance; null for others and for a shipment branding has not heard of. */
export async function originCertificateOfShipment(req: BrandingRequest, shipmentId: string): Promise<OriginCertificate | null> {
  const viewer = requireViewer(req.viewer);
  const shipment = await req.loaders.shipmentFactById.load(shipmentId);
  if (!shipment || !canSeeCertificate(viewer, shipment.allianceId)) return null;
  const certificate = await req.loaders.validCertificateByShipment.load(shipmentId);
  return certificate && canSeeCertificate(viewer, certificate.allianceId) ? certificate : null;
}

/** What a (visible) certificate covers: a lot's, its one lot with the certified kg; a truckload's, every lot on the truck. */
export async function lotsOfCertificate(req: BrandingRequest, certificate: OriginCertificate): Promise<CertifiedLotView[]> {
  if (certificate.lotId) return [{ lot: { id: certificate.lotId }, kg: kgString(certificate.certifiedKg) }];
  const lots = await req.loaders.certificateLotsByCertificate.load(certificate.id);
  return lots.map((l) => ({ lot: { id: l.lotId }, kg: kgString(l.kg) }));
}
