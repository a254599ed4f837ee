import { BadInput, Conflict, Decimal } from '@alliance/domain-kit';
import { describe, expect, it } from 'vitest';
import {
  checkLabelBatch,
  checkLicenceIssuesLabels,
  effectiveLicenceStatus,
  labelAllowance,
  labelBatchKg,
  labelFeeCny,
  licencePeriod,
  toFen,
  transitionLicence,
  type LicenceState,
} from '../../src/domain/quota.ts';

describe('the kg of a label batch', () => {
  it('is count × packKg, exact', () => {
    expect(labelBatchKg(10_000, '0.25').toFixed(3)).toBe('2500.000');
    // 3 × 0.1 in binary floats is 0.30000000000000004.
    expect(labelBatchKg(3, '0.1').equals('0.3')).toBe(true);
    expect(labelBatchKg(7, '2.125').toString()).toBe('14.875');
  });

  it('refuses counts and pack sizes that cannot be printed', () => {
    for (const [count, pack] of [[0, '1'], [1.5, '1'], [10_001, '1'], [1, '0'], [1, '-2'], [1, '0.0005'], [1, 'abc'], [1, '1001']] as const) {
      expect(() => labelBatchKg(count, pack), `${count} × ${pack}`).toThrow(BadInput);
    }
  });
});

describe('how much a batch may take', () => {
  it('is the smaller of the licence quota left and the certified kg left', () => {
    const byLicence = labelAllowance({ licenceQuotaKg: '50000', licenceLabelledKg: '49000.5', certifiedKg: '2000', certificateLabelledKg: '500' });
    expect(byLicence.licenceRemainingKg.toFixed(3)).toBe('999.500');
    expect(byLicence.certificateRemainingKg.toFixed(3)).toBe('1500.000');
    expect(byLicence.allowedKg.toFixed(3)).toBe('999.500');
    expect(byLicence.limitedBy).toBe('LICENCE_QUOTA');

    const byCertificate = labelAllowance({ licenceQuotaKg: '50000', licenceLabelledKg: '0', certifiedKg: '1200.250', certificateLabelledKg: '1000' });
    expect(byCertificate.allowedKg.toFixed(3)).toBe('200.250');
    expect(byCertificate.limitedBy).toBe('CERTIFIED_KG');
  });

  it('never goes below zero', () => {
    const over = labelAllowance({ licenceQuotaKg: '100', licenceLabelledKg: '150', certifiedKg: '10', certificateLabelledKg: '0' });
    expect(over.allowedKg.toString()).toBe('0');
    expect(over.licenceRemainingKg.toString()).toBe('0');
  });

  it('lets a batch take exactly what is left, and refuses one gram more with CONFLICT', () => {
    const facts = { licenceQuotaKg: '1000', licenceLabelledKg: '750', certifiedKg: '5000', certificateLabelledKg: '0' };
    expect(checkLabelBatch(1000, '0.25', facts).batchKg.toFixed(3)).toBe('250.000');
    let error: unknown;
    try {
      checkLabelBatch(1, '250.001', facts);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Conflict);
    expect((error as Conflict).message).toBe('1 label of 250.001 kg make 250.001 kg, but the licence has 250.000 kg of its quota left.');
    expect((error as Conflict).details).toEqual({ limitedBy: 'LICENCE_QUOTA', requestedKg: '250.001', allowedKg: '250.000' });
    expect(() => checkLabelBatch(1, '5', { ...facts, certificateLabelledKg: '4996' })).toThrow(/certificate has 4.000 certified kg left/);
  });
});

describe('the licence fee of labelled kg', () => {
  it('is fee per kg × kg, to the fen, half up', () => {
    expect(labelFeeCny('0.08', '2500.000').toFixed(2)).toBe('200.00');
    expect(labelFeeCny('0.15', '333.333').toFixed(2)).toBe('50.00'); // 49.99995
    expect(labelFeeCny('0.15', '333.33').toFixed(2)).toBe('50.00'); // 49.9995
    expect(labelFeeCny('0.13', '0.1').toFixed(2)).toBe('0.01'); // 0.013
    expect(labelFeeCny('0.05', '0.1').toFixed(2)).toBe('0.01'); // 0.005: half a fen rounds up
    expect(labelFeeCny('0.30', '0.1').toFixed(2)).toBe('0.03'); // 0.1 × 0.3 exact, not 0.030000000000000002
  });

  it('converts exact CNY to whole fen', () => {
    expect(toFen('200.00')).toBe(20_000);
    expect(toFen(new Decimal('0.07'))).toBe(7); // 0.07 × 100 in floats is 7.000000000000001
    expect(() => toFen('0.005')).toThrow(RangeError);
  });
});

describe('licence periods and states', () => {
  const { startsAt, endsAt } = licencePeriod('2026-01-01', '2026-12-31');
  const active: LicenceState = { status: 'ACTIVE', reason: null, endsAt };
  const during = new Date('2026-06-01T00:00:00Z');
  const after = new Date('2026-12-31T16:00:00Z');

  it('run over whole Shanghai days, both ends included', () => {
    expect(startsAt.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(endsAt.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(() => licencePeriod('2026-02-30', '2026-12-31')).toThrow(BadInput);
    expect(() => licencePeriod('2026-06-01', '2026-05-31')).toThrow(/before validFrom/);
  });

  it('expire at the end of the period, unless revoked', () => {
    expect(effectiveLicenceStatus(active, new Date(endsAt.getTime() - 1))).toBe('ACTIVE');
    expect(effectiveLicenceStatus(active, after)).toBe('EXPIRED');
    expect(effectiveLicenceStatus({ status: 'SUSPENDED', endsAt }, after)).toBe('EXPIRED');
    expect(effectiveLicenceStatus({ status: 'REVOKED', endsAt }, after)).toBe('REVOKED');
  });

  it('go ACTIVE → SUSPENDED with a reason, and back', () => {
    const suspended = transitionLicence(active, { type: 'SUSPEND', reason: '  labels seen on unlicensed boxes ' }, during);
    expect(suspended).toEqual({ status: 'SUSPENDED', reason: 'labels seen on unlicensed boxes', endsAt });
    expect(transitionLicence(suspended, { type: 'REINSTATE' }, during)).toEqual({ status: 'ACTIVE', reason: null, endsAt });
    expect(() => transitionLicence(active, { type: 'SUSPEND', reason: ' ' }, during)).toThrow(BadInput);
    expect(() => transitionLicence(suspended, { type: 'SUSPEND', reason: 'again' }, during)).toThrow(/already suspended/);
    expect(() => transitionLicence(active, { type: 'REINSTATE' }, during)).toThrow(/already active/);
  });

  it('REVOKED is final', () => {
    const revoked = transitionLicence(active, { type: 'REVOKE', reason: 'fake trademark' }, during);
    expect(revoked.status).toBe('REVOKED');
    for (const action of [{ type: 'REINSTATE' }, { type: 'SUSPEND', reason: 'x' }, { type: 'REVOKE', reason: 'x' }, { type: 'EXPIRE' }] as const) {
      expect(() => transitionLicence(revoked, action, during), action.type).toThrow(Conflict);
    }
    expect(() => transitionLicence(revoked, { type: 'REINSTATE' }, during)).toThrow(/revoked \(fake trademark\)/);
  });

  it('expire by the clock only after the period; an expired licence can be revoked but not reinstated', () => {
    expect(() => transitionLicence(active, { type: 'EXPIRE' }, during)).toThrow(/cannot expire before/);
    expect(transitionLicence(active, { type: 'EXPIRE' }, after).status).toBe('EXPIRED');
    const suspended: LicenceState = { status: 'SUSPENDED', reason: 'audit', endsAt };
    expect(() => transitionLicence(suspended, { type: 'REINSTATE' }, after)).toThrow(/grant a new licence/);
    expect(() => transitionLicence(active, { type: 'SUSPEND', reason: 'x' }, after)).toThrow(/expired/);
    expect(transitionLicence(suspended, { type: 'REVOKE', reason: 'fraud found late' }, after).status).toBe('REVOKED');
  });

  it('issue labels only while active and within the period', () => {
    expect(() => checkLicenceIssuesLabels({ ...active, startsAt }, during)).not.toThrow();
    expect(() => checkLicenceIssuesLabels({ status: 'SUSPENDED', reason: 'audit', endsAt, startsAt }, during)).toThrow(/suspended \(audit\)/);
    expect(() => checkLicenceIssuesLabels({ ...active, startsAt }, after)).toThrow(/expired/);
    expect(() => checkLicenceIssuesLabels({ ...active, startsAt }, new Date('2025-12-31T15:59:59Z'))).toThrow(/starts on/);
  });
});
