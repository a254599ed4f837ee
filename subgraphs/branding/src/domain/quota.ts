import { BadInput, Conflict, Decimal, isIsoDay } from '@alliance/domain-kit';

/**
 * How much a label batch may take, what it costs, and the life of an origin-label licence.
 * Quantities are exact decimals (kg to the gram, CNY to the fen); the store checks the same
 * limits again under its row locks, so these are the friendly first answer, not the guarantee.
 */

export type LabelLimit = 'LICENCE_QUOTA' | 'CERTIFIED_KG';

export interface LabelAllowanceFacts {
  licenceQuotaKg: Decimal.Value;
  /** kg already labelled under the licence, every batch and lot. */
  licenceLabelledKg: Decimal.Value;
  certifiedKg: Decimal.Value;
  /** kg already labelled against the certificate, every licence. */
  certificateLabelledKg: Decimal.Value;
}

export interface LabelAllowance {
  licenceRemainingKg: Decimal;
  certificateRemainingKg: Decimal;
  /** The smaller of the two, never below 0. */
  allowedKg: Decimal;
  limitedBy: LabelLimit;
}

export function labelAllowance(facts: LabelAllowanceFacts): LabelAllowance {
  const licenceRemainingKg = Decimal.max(0, new Decimal(facts.licenceQuotaKg).minus(facts.licenceLabelledKg));
  const certificateRemainingKg = Decimal.max(0, new Decimal(facts.certifiedKg).minus(facts.certificateLabelledKg));
  const limitedBy: LabelLimit = certificateRemainingKg.lt(licenceRemainingKg) ? 'CERTIFIED_KG' : 'LICENCE_QUOTA';
  return { licenceRemainingKg, certificateRemainingKg, allowedKg: Decimal.min(licenceRemainingKg, certificateRemainingKg), limitedBy };
}

export const MAX_LABELS_PER_BATCH = 10_000;

/** count × packKg, exact. Throws BadInput on a count or pack size that cannot be printed. */
export function labelBatchKg(count: number, packKg: Decimal.Value, maxCount = MAX_LABELS_PER_BATCH): Decimal {
  if (!Number.isInteger(count) || count < 1 || count > maxCount) {
    throw new BadInput(`count must be a whole number from 1 to ${maxCount}; got ${count}.`, { field: 'count' });
  }
  let pack: Decimal;
  try {
    pack = new Decimal(typeof packKg === 'string' ? packKg.trim() : packKg);
  } catch {
    throw new BadInput(`packKg "${String(packKg)}" is not a number.`, { field: 'packKg' });
  }
  if (!pack.isFinite() || pack.lte(0)) throw new BadInput(`packKg must be more than 0 kg; got ${String(packKg)}.`, { field: 'packKg' });
  if (pack.decimalPlaces() > 3) throw new BadInput(`packKg is exact to the gram (3 decimal places); got ${String(packKg)}.`, { field: 'packKg' });
  if (pack.gt(1000)) throw new BadInput(`packKg is the weight of one labelled pack, at most 1000 kg; got ${String(packKg)}.`, { field: 'packKg' });
  return pack.times(count);
}

/**
 * The kg of a batch, refused with CONFLICT when it would take more than the licence or the
 * certificate has left (the message names which limit and how much is left).
 */
export function checkLabelBatch(count: number, packKg: Decimal.Value, facts: LabelAllowanceFacts): { batchKg: Decimal; allowance: LabelAllowance } {
  const batchKg = labelBatchKg(count, packKg);
  const allowance = labelAllowance(facts);
  if (batchKg.gt(allowance.allowedKg)) {
    const left =
      allowance.limitedBy === 'LICENCE_QUOTA'
        ? `the licence has ${allowance.licenceRemainingKg.toFixed(3)} kg of its quota left`
        : `the lot's certificate has ${allowance.certificateRemainingKg.toFixed(3)} certified kg left to label`;
    throw new Conflict(`${count} ${count === 1 ? 'label' : 'labels'} of ${new Decimal(packKg).toString()} kg make ${batchKg.toFixed(3)} kg, but ${left}.`, {
      limitedBy: allowance.limitedBy,
      requestedKg: batchKg.toFixed(3),
      allowedKg: allowance.allowedKg.toFixed(3),
    });
  }
  return { batchKg, allowance };
}

/** The fee for labelled kg, to the fen: half a fen and up rounds up (the usual 四舍五入). */
export function labelFeeCny(feePerKg: Decimal.Value, kg: Decimal.Value): Decimal {
  return new Decimal(feePerKg).times(kg).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** An amount of CNY as whole fen; throws a RangeError if it is not exact to the fen. */
export function toFen(cny: Decimal.Value): number {
  const fen = new Decimal(cny).times(100);
  if (!fen.isInteger()) throw new RangeError(`${String(cny)} CNY is not a whole number of fen.`);
  return fen.toNumber();
}

// ---- licence status ---------------------------------------------------------------------------

export type LicenceStatus = 'ACTIVE' | 'SUSPENDED' | 'EXPIRED' | 'REVOKED';

export type LicenceAction =
  | { type: 'SUSPEND'; reason: string }
  | { type: 'REINSTATE' }
  | { type: 'REVOKE'; reason: string }
  /** Done by the clock: the period has ended. */
  | { type: 'EXPIRE' };

export interface LicenceState {
  status: LicenceStatus;
  /** Why it is suspended or revoked; null while active. */
  reason: string | null;
  /** The first instant after the licence period. */
  endsAt: Date;
}

/** Licence periods are Asia/Shanghai calendar days, both ends included (the zone has no DST). */
export function licencePeriod(validFrom: string, validUntil: string): { startsAt: Date; endsAt: Date } {
  for (const [field, day] of [['validFrom', validFrom], ['validUntil', validUntil]] as const) {
    if (!isIsoDay(day)) throw new BadInput(`${field} must be a calendar day (YYYY-MM-DD); got "${day}".`, { field });
  }
  if (validUntil < validFrom) throw new BadInput(`validUntil (${validUntil}) is before validFrom (${validFrom}).`, { field: 'validUntil' });
  const startsAt = new Date(`${validFrom}T00:00:00+08:00`);
  const endsAt = new Date(new Date(`${validUntil}T00:00:00+08:00`).getTime() + 86_400_000);
  return { startsAt, endsAt };
}

/** The status as of `now`: an active or suspended licence whose period has ended has expired. */
export function effectiveLicenceStatus(state: Pick<LicenceState, 'status' | 'endsAt'>, now: Date): LicenceStatus {
  if ((state.status === 'ACTIVE' || state.status === 'SUSPENDED') && now >= state.endsAt) return 'EXPIRED';
  return state.status;
}

function requireReason(reason: string, action: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') throw new BadInput(`Say why the licence is ${action} (reason).`, { field: 'reason' });
  if (trimmed.length > 500) throw new BadInput('The reason is at most 500 characters.', { field: 'reason' });
  return trimmed;
}

/**
 * The next state of a licence. ACTIVE ↔ SUSPENDED by the office, with a reason to suspend;
 * REVOKED is final, and an expired licence can still be revoked (its labels are then revoked
 * too) but not suspended or reinstated. Throws CONFLICT for a move its state does not allow.
 */
export function transitionLicence(state: LicenceState, action: LicenceAction, now: Date): LicenceState {
  const status = effectiveLicenceStatus(state, now);
  const refuse = (why: string): never => {
    throw new Conflict(why, { status, action: action.type });
  };
  if (status === 'REVOKED') refuse(`The licence was revoked${state.reason ? ` (${state.reason})` : ''}; a revoked licence stays revoked.`);
  switch (action.type) {
    case 'SUSPEND':
      if (status === 'SUSPENDED') refuse('The licence is already suspended.');
      if (status === 'EXPIRED') refuse('The licence has expired; there is nothing to suspend.');
      return { ...state, status: 'SUSPENDED', reason: requireReason(action.reason, 'suspended') };
    case 'REINSTATE':
      if (status === 'ACTIVE') refuse('The licence is already active.');
      if (status === 'EXPIRED') refuse('The licence period has ended; grant a new licence instead of reinstating this one.');
      return { ...state, status: 'ACTIVE', reason: null };
    case 'REVOKE':
      return { ...state, status: 'REVOKED', reason: requireReason(action.reason, 'revoked') };
    case 'EXPIRE':
      if (now < state.endsAt) refuse(`The licence runs until ${state.endsAt.toISOString()}; it cannot expire before.`);
      return { ...state, status: 'EXPIRED' };
  }
}

/** Labels are issued only under an ACTIVE licence within its period; throws CONFLICT otherwise. */
export function checkLicenceIssuesLabels(state: LicenceState & { startsAt: Date }, now: Date): void {
  const status = effectiveLicenceStatus(state, now);
  if (status !== 'ACTIVE') {
    throw new Conflict(`The licence is ${status.toLowerCase()}${state.reason ? ` (${state.reason})` : ''}: no labels can be issued under it.`, { status });
  }
  if (now < state.startsAt) throw new Conflict(`The licence starts on ${state.startsAt.toISOString()}: no labels before then.`, { status });
}
