import { BadInput } from '@alliance/domain-kit';
import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_BASES,
  CERTIFICATE_BASIS_LABELS,
  certificationEligibility,
  checkResidueTest,
  COMMITMENT_STATEMENT,
  isCertificateBasis,
  type ResidueTestFacts,
} from '../../src/domain/commitment.ts';

const at = (iso: string) => new Date(iso);

function test(id: string, testedAt: string, result: 'PASS' | 'FAIL', failedAnalytes: string[] = []): ResidueTestFacts {
  return { id, basis: 'COMMISSIONED_TEST', result, failedAnalytes, sampledAt: at('2026-03-01T00:00:00Z'), testedAt: at(testedAt) };
}

describe('the commitment certificate', () => {
  it('carries the national statement word for word', () => {
    expect(COMMITMENT_STATEMENT).toBe('不使用禁用农药兽药、停用兽药和非法添加物，常规农药兽药残留不超标');
  });

  it('has the four bases of the national certificate, in Chinese and English', () => {
    expect(CERTIFICATE_BASES).toEqual(['SELF_TEST', 'COMMISSIONED_TEST', 'INTERNAL_CONTROL', 'SELF_COMMITMENT']);
    expect(CERTIFICATE_BASIS_LABELS.SELF_TEST.zh).toBe('自检合格');
    expect(CERTIFICATE_BASIS_LABELS.COMMISSIONED_TEST.zh).toBe('委托检测合格');
    expect(CERTIFICATE_BASIS_LABELS.INTERNAL_CONTROL.zh).toBe('内部质量控制合格');
    expect(CERTIFICATE_BASIS_LABELS.SELF_COMMITMENT.zh).toBe('自我承诺合格');
    for (const basis of CERTIFICATE_BASES) expect(CERTIFICATE_BASIS_LABELS[basis].en).not.toBe('');
    expect(isCertificateBasis('SELF_TEST')).toBe(true);
    expect(isCertificateBasis('self_test')).toBe(false);
  });
});

describe('recording a residue test', () => {
  const now = at('2026-03-10T00:00:00Z');
  const base = { basis: 'SELF_TEST' as const, sampledAt: at('2026-03-01T00:00:00Z'), testedAt: at('2026-03-02T00:00:00Z') };

  it('keeps the failed analytes clean', () => {
    expect(checkResidueTest({ ...base, result: 'FAIL', failedAnalytes: [' 毒死蜱 chlorpyrifos', '', '毒死蜱 chlorpyrifos', 'phorate'] }, now)).toEqual([
      '毒死蜱 chlorpyrifos',
      'phorate',
    ]);
    expect(checkResidueTest({ ...base, result: 'PASS', failedAnalytes: ['  '] }, now)).toEqual([]);
  });

  it('refuses a pass with failures, a failure without, and impossible times', () => {
    expect(() => checkResidueTest({ ...base, result: 'PASS', failedAnalytes: ['phorate'] }, now)).toThrow(BadInput);
    expect(() => checkResidueTest({ ...base, result: 'FAIL', failedAnalytes: [] }, now)).toThrow(/names the analytes/);
    expect(() => checkResidueTest({ ...base, result: 'PASS', failedAnalytes: [], testedAt: at('2026-02-28T00:00:00Z') }, now)).toThrow(/before its sample/);
    expect(() => checkResidueTest({ ...base, result: 'PASS', failedAnalytes: [], testedAt: at('2026-03-11T00:00:00Z') }, now)).toThrow(/future/);
  });
});

describe('only a lot whose latest test passed is certified', () => {
  it('needs a test', () => {
    expect(certificationEligibility([])).toEqual({ eligible: false, reason: expect.stringContaining('no residue test') });
  });

  it('a pass after a failure certifies, whatever the order of the list', () => {
    const fail = test('t1', '2026-03-02T00:00:00Z', 'FAIL', ['phorate']);
    const pass = test('t2', '2026-03-05T00:00:00Z', 'PASS');
    expect(certificationEligibility([fail, pass])).toEqual({ eligible: true, test: pass });
    expect(certificationEligibility([pass, fail])).toEqual({ eligible: true, test: pass });
  });

  it('a failure after a pass does not, and says which analytes failed', () => {
    const pass = test('t1', '2026-03-02T00:00:00Z', 'PASS');
    const fail = test('t2', '2026-03-05T00:00:00Z', 'FAIL', ['chlorpyrifos', 'phorate']);
    const result = certificationEligibility([pass, fail]);
    expect(result).toEqual({ eligible: false, reason: expect.stringContaining('chlorpyrifos, phorate'), test: fail });
  });

  it('the latest is by tested time, not by sampling or list order', () => {
    const late = { ...test('a', '2026-03-09T00:00:00Z', 'FAIL', ['phorate']), sampledAt: at('2026-03-01T00:00:00Z') };
    const early = { ...test('b', '2026-03-08T00:00:00Z', 'PASS'), sampledAt: at('2026-03-07T00:00:00Z') };
    expect(certificationEligibility([early, late]).eligible).toBe(false);
  });

  it('two tests at the same latest moment: a failure among them wins', () => {
    const pass = test('t9', '2026-03-05T00:00:00Z', 'PASS');
    const fail = test('t1', '2026-03-05T00:00:00Z', 'FAIL', ['phorate']);
    expect(certificationEligibility([pass, fail]).eligible).toBe(false);
    expect(certificationEligibility([fail, pass]).eligible).toBe(false);
  });
});
