import { hasRole, isMemberOf, isOfficeOf, type Viewer } from '@alliance/domain-kit';

/**
 * Who may do what with a lot's tests and certificates, from the lot's facts (members' word) and the
 * caller's roles in the directory now. A caller acts in one alliance; nothing here crosses into another.
 */
export interface CertifiedLotFacts {
  allianceId: string;
  growerId: string;
  cooperativeId: string | null;
}

/** The brand office of this alliance: BRAND_OFFICE in it. */
export function isBrandOfficeOf(viewer: Viewer | null, allianceId: string): boolean {
  return isMemberOf(viewer, allianceId) && hasRole(viewer, 'BRAND_OFFICE');
}

/** The lot's own grower (or the cooperative that owns it), acting in the lot's alliance. */
export function isLotsGrower(viewer: Viewer | null, lot: CertifiedLotFacts): boolean {
  return isMemberOf(viewer, lot.allianceId) && viewer!.memberId === lot.growerId && hasRole(viewer, 'GROWER', 'COOPERATIVE');
}

/** The cooperative the lot's grower belongs to, acting in the lot's alliance. */
export function isLotsCooperative(viewer: Viewer | null, lot: CertifiedLotFacts): boolean {
  return isMemberOf(viewer, lot.allianceId) && lot.cooperativeId !== null && viewer!.memberId === lot.cooperativeId && hasRole(viewer, 'COOPERATIVE');
}

/**
 * Records a residue test: the grower, its cooperative, or the office. No member acts as a
 * laboratory yet (the directory has no such role): a commissioned laboratory's report is recorded
 * by one of these with its report number.
 */
export function canRecordResidueTest(viewer: Viewer | null, lot: CertifiedLotFacts): boolean {
  return isLotsGrower(viewer, lot) || isLotsCooperative(viewer, lot) || isOfficeOf(viewer, lot.allianceId);
}

/** Reads a lot's tests (failed ones included): those who record them, and the brand office. */
export function canSeeResidueTests(viewer: Viewer | null, lot: CertifiedLotFacts): boolean {
  return canRecordResidueTest(viewer, lot) || isBrandOfficeOf(viewer, lot.allianceId);
}

/**
 * Issues and revokes certificates: the brand office only. The alliance office admits members and
 * records tests, but the certificate is the brand office's word on the county's name.
 */
export function canCertify(viewer: Viewer | null, allianceId: string): boolean {
  return isBrandOfficeOf(viewer, allianceId);
}

/** A certificate is public within its alliance (markets show it on the supply page); never to another alliance. */
export function canSeeCertificate(viewer: Viewer | null, allianceId: string): boolean {
  return isMemberOf(viewer, allianceId);
}

/** Lists every certificate of the alliance: its office and brand office. */
export function canListCertificates(viewer: Viewer | null, allianceId: string): boolean {
  return isOfficeOf(viewer, allianceId) || isBrandOfficeOf(viewer, allianceId);
}

/** The producer's phone on a certificate: the office, the brand office and the lot's grower. */
export function canSeeProducerContact(viewer: Viewer | null, lot: CertifiedLotFacts): boolean {
  return isOfficeOf(viewer, lot.allianceId) || isBrandOfficeOf(viewer, lot.allianceId) || isLotsGrower(viewer, lot);
}
