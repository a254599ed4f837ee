import { BadInput, Forbidden, NotFound, requireActive, requireViewer, requiredText, text } from '@alliance/domain-kit';
import { ResidueTest, type CertificateBasis, type ResidueResult } from '../entities/index.ts';
import { lockLotFact } from '../store/lot-facts.ts';
import { insertResidueTests } from '../store/residue-tests.ts';
import { canRecordResidueTest, canSeeResidueTests } from './certificate-access.ts';
import { checkResidueTest } from './commitment.ts';
import type { BrandingRequest } from './request.ts';

export interface RecordResidueTestInput {
  lotId: string;
  basis: CertificateBasis;
  tester: string;
  reportNumber?: string | null;
  sampledAt: Date;
  testedAt: Date;
  result: ResidueResult;
  failedAnalytes?: readonly string[] | null;
}

/** A lot branding knows of, in the caller's alliance; another alliance's looks like none. */
export async function lotInAlliance(req: BrandingRequest, lotId: string, allianceId: string) {
  const lot = await req.loaders.lotFactById.load(lotId);
  if (!lot || lot.allianceId !== allianceId) throw new NotFound(`No lot ${lotId} in your alliance.`, { field: 'lotId' });
  return lot;
}

export async function recordResidueTest(req: BrandingRequest, input: RecordResidueTestInput): Promise<ResidueTest> {
  const viewer = requireActive(req.viewer);
  const lot = await lotInAlliance(req, input.lotId, viewer.allianceId);
  if (!canRecordResidueTest(viewer, lot)) {
    throw new Forbidden('A lot\'s residue tests are recorded by its grower, its cooperative or the office of its alliance.');
  }
  const test = new ResidueTest();
  test.lotId = lot.lotId;
  test.allianceId = lot.allianceId;
  test.basis = input.basis;
  test.tester = requiredText(input.tester, 'tester', 200);
  test.reportNumber = text(input.reportNumber, 'reportNumber', 100);
  if (input.basis === 'COMMISSIONED_TEST' && !test.reportNumber) {
    throw new BadInput('A commissioned test names the laboratory\'s report number (reportNumber).', { field: 'reportNumber' });
  }
  const analytes = input.failedAnalytes ?? [];
  if (analytes.length > 50 || analytes.some((a) => a.length > 100)) {
    throw new BadInput('failedAnalytes lists at most 50 analytes of at most 100 characters each.', { field: 'failedAnalytes' });
  }
  test.sampledAt = input.sampledAt;
  test.testedAt = input.testedAt;
  test.result = input.result;
  test.recordedBy = viewer.memberId;
  test.recordedAt = new Date();
  test.failedAnalytes = checkResidueTest({ ...test, failedAnalytes: analytes }, test.recordedAt);
  // The lot's row locked: a label batch being issued against the lot (which holds it in share
  // mode) finishes first, or waits and sees this test.
  await req.em.transactional(async (em) => {
    await lockLotFact(em, test.lotId);
    await insertResidueTests(em, [test]);
  });
  return test;
}

/** A lot's tests, newest first, for those who may see them; null for others and for a lot branding has not heard of. */
export async function residueTestsOfLot(req: BrandingRequest, lotId: string): Promise<ResidueTest[] | null> {
  const viewer = requireViewer(req.viewer);
  const lot = await req.loaders.lotFactById.load(lotId);
  if (!lot || !canSeeResidueTests(viewer, lot)) return null;
  return req.loaders.residueTestsByLot.load(lotId);
}
