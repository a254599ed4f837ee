import { BadInput } from '@alliance/domain-kit';
import { CERTIFICATE_BASES, type CertificateBasis, type ResidueResult } from '../entities/vocabulary.ts';

/**
 * The commitment certificate (承诺达标合格证): its fixed statement, the bases a producer may give
 * for it, and the rule that only a lot whose latest residue test passed is certified.
 */
export const COMMITMENT_STATEMENT = '不使用禁用农药兽药、停用兽药和非法添加物，常规农药兽药残留不超标';
export const COMMITMENT_STATEMENT_EN =
  'No banned pesticides or veterinary drugs, no discontinued veterinary drugs and no illegal additives were used; residues of permitted pesticides and veterinary drugs are within limits.';

export { CERTIFICATE_BASES, type CertificateBasis };

/** The labels printed on the national certificate's basis boxes, and their English. */
export const CERTIFICATE_BASIS_LABELS: Readonly<Record<CertificateBasis, { zh: string; en: string }>> = {
  SELF_TEST: { zh: '自检合格', en: 'Passed own test' },
  COMMISSIONED_TEST: { zh: '委托检测合格', en: 'Passed commissioned laboratory test' },
  INTERNAL_CONTROL: { zh: '内部质量控制合格', en: 'Passed internal quality control' },
  SELF_COMMITMENT: { zh: '自我承诺合格', en: 'Producer’s own commitment' },
};

export function isCertificateBasis(value: string): value is CertificateBasis {
  return (CERTIFICATE_BASES as readonly string[]).includes(value);
}

export type { ResidueResult };

export interface ResidueTestFacts {
  id: string;
  basis: CertificateBasis;
  result: ResidueResult;
  /** The analytes over their limits: none for a PASS, at least one for a FAIL. */
  failedAnalytes: readonly string[];
  sampledAt: Date;
  testedAt: Date;
}

/**
 * Checks a test as recorded and returns its analytes cleaned (trimmed, no blanks or repeats).
 * Throws BadInput: a PASS naming failed analytes, a FAIL naming none, or a test before its sample.
 */
export function checkResidueTest(test: Omit<ResidueTestFacts, 'id'>, now: Date): string[] {
  const analytes = [...new Set(test.failedAnalytes.map((a) => a.trim()).filter((a) => a !== ''))];
  if (test.result === 'PASS' && analytes.length > 0) {
    throw new BadInput(`A passing test has no failed analytes; got ${analytes.join(', ')}. Record it as FAIL.`, { field: 'failedAnalytes' });
  }
  if (test.result === 'FAIL' && analytes.length === 0) {
    throw new BadInput('A failed test names the analytes over their limits (failedAnalytes).', { field: 'failedAnalytes' });
  }
  if (test.testedAt < test.sampledAt) {
    throw new BadInput('A test cannot be done before its sample was taken (testedAt is before sampledAt).', { field: 'testedAt' });
  }
  if (test.testedAt > now) throw new BadInput('A test cannot be recorded before it is done (testedAt is in the future).', { field: 'testedAt' });
  return analytes;
}

export type CertificationEligibility =
  | { eligible: true; test: ResidueTestFacts }
  | { eligible: false; reason: string; test?: ResidueTestFacts };

/**
 * Whether a lot may be certified, from all its residue tests: the latest by tested time decides.
 * Two tests at the same latest moment decide together: if either failed, the lot is not certified.
 */
export function certificationEligibility(tests: readonly ResidueTestFacts[]): CertificationEligibility {
  if (tests.length === 0) return { eligible: false, reason: 'The lot has no residue test: record a passing test before certifying it.' };
  const latestAt = Math.max(...tests.map((t) => t.testedAt.getTime()));
  const latest = tests.filter((t) => t.testedAt.getTime() === latestAt).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const failed = latest.find((t) => t.result === 'FAIL');
  if (failed) {
    return {
      eligible: false,
      reason: `The lot's latest residue test (${failed.testedAt.toISOString()}) failed for ${failed.failedAnalytes.join(', ')}: it cannot be certified until a later test passes.`,
      test: failed,
    };
  }
  return { eligible: true, test: latest[0]! };
}
