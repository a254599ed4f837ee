import { BadInput, Decimal, kgString, shanghaiDay } from '@alliance/domain-kit';
import { FloorContract, type FloorQuote, type QuoteWindowRecord } from '../entities/index.ts';

/** The rules of a floor contract that need no database: its key, number, terms, windows and status. */

export const IDEMPOTENCY_KEY_LENGTH = { min: 8, max: 100 } as const;

/** An idempotency key as the client sent it, trimmed: 8 to 100 characters. */
export function idempotencyKeyOf(value: string): string {
  const key = value.trim();
  if (key.length < IDEMPOTENCY_KEY_LENGTH.min || key.length > IDEMPOTENCY_KEY_LENGTH.max) {
    throw new BadInput(
      `idempotencyKey must be ${IDEMPOTENCY_KEY_LENGTH.min} to ${IDEMPOTENCY_KEY_LENGTH.max} characters (a UUID is a good one); got ${key.length}.`,
      { field: 'idempotencyKey' },
    );
  }
  return key;
}

/** The Asia/Shanghai year a contract is bound in: its number's year. */
export function contractYear(boundAt: Date): number {
  return Number(shanghaiDay(boundAt).slice(0, 4));
}

/** `LUXI-PF-2027-0001`: the alliance's code, PF for price floor, the year of binding, a sequence of at least four digits. */
export function formatContractNumber(allianceCode: string, year: number, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`A contract sequence starts at 1, got ${sequence}.`);
  return `${allianceCode}-PF-${year}-${String(sequence).padStart(4, '0')}`;
}

/** The technical price per kg of a quoted window: the larger of its Black-76 price and its burn cost. */
export function technicalPerKgOf(window: Pick<QuoteWindowRecord, 'black76PerKg' | 'burnCostPerKg'>): Decimal {
  return Decimal.max(window.black76PerKg, window.burnCostPerKg);
}

/** What each window of the quote is expected to pay: insured kg × its technical price per kg, to the fen (half up). */
export function expectedPayoutsOf(insuredKg: Decimal.Value, windows: readonly QuoteWindowRecord[]): { start: string; end: string; expectedPayoutCny: string }[] {
  return windows.map((w) => ({
    start: w.start,
    end: w.end,
    expectedPayoutCny: technicalPerKgOf(w).times(insuredKg).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
  }));
}

/** The quote has passed its validity: it can no longer be bound. */
export function quoteExpired(quote: Pick<FloorQuote, 'validUntil'>, now: Date): boolean {
  return quote.validUntil.getTime() <= now.getTime();
}

export interface ContractNumbering {
  allianceCode: string;
  year: number;
  sequence: number;
}

/** The contract a quote binds into: the quote's terms copied, numbered, bound by the caller now. */
export function contractFromQuote(quote: FloorQuote, key: string, numbering: ContractNumbering, boundBy: string, boundAt: Date): FloorContract {
  const contract = new FloorContract();
  Object.assign(contract, {
    allianceId: quote.allianceId,
    number: formatContractNumber(numbering.allianceCode, numbering.year, numbering.sequence),
    year: numbering.year,
    sequence: numbering.sequence,
    quoteId: quote.id,
    idempotencyKey: key,
    memberId: quote.memberId,
    crop: quote.crop,
    variety: quote.variety,
    grade: quote.grade,
    insuredKg: quote.insuredKg,
    coverage: quote.coverage,
    floorPerKg: quote.floorPerKg,
    costBasisId: quote.costBasisId,
    schemeId: quote.schemeId,
    sumInsuredCny: quote.sumInsuredCny,
    premiumCny: quote.premiumCny,
    premiumShares: quote.premiumShares,
    coverFrom: quote.coverFrom,
    coverTo: quote.coverTo,
    windowLength: quote.windowLength,
    expectedYieldKgPerMu: quote.expectedYieldKgPerMu,
    boundBy,
    boundAt,
  } satisfies Partial<FloorContract>);
  return contract;
}

export interface GrowingCap {
  /** Mu the member's bases of the crop cover now. */
  areaMu: Decimal.Value;
  /** Kg one mu is expected to grow in one window (the quote's). */
  yieldKgPerMu: Decimal.Value;
  /** Kg per window the member has already insured on the crop in covers overlapping this one. */
  alreadyInsuredKg: Decimal.Value;
  /** Kg per window this bind insures. */
  insuredKg: Decimal.Value;
}

/** Why the bind would insure more than the member's bases can grow; null when it fits. */
export function growingCapRefusal(cap: GrowingCap): string | null {
  const canGrow = new Decimal(cap.areaMu).times(cap.yieldKgPerMu);
  const left = Decimal.max(0, canGrow.minus(cap.alreadyInsuredKg));
  if (new Decimal(cap.insuredKg).lte(left)) return null;
  return (
    `The member's bases (${new Decimal(cap.areaMu).toFixed(2)} mu × ${new Decimal(cap.yieldKgPerMu).toFixed(3)} kg per mu a window = ${kgString(canGrow)} kg) ` +
    `less the ${kgString(cap.alreadyInsuredKg)} kg already insured in overlapping covers leave ${kgString(left)} kg a window; this quote insures ${kgString(cap.insuredKg)} kg.`
  );
}

/** A window of a contract as the API shows it, with its settlement's id and payout once settled. */
export interface ContractWindowView {
  start: string;
  end: string;
  expectedPayoutCny: string;
  settlementId: string | null;
  payoutCny: string | null;
}

export type ContractStatus = 'BOUND' | 'SETTLED';

/** SETTLED once every window is settled. */
export function contractStatusOf(windows: readonly Pick<ContractWindowView, 'settlementId'>[]): ContractStatus {
  return windows.length > 0 && windows.every((w) => w.settlementId !== null) ? 'SETTLED' : 'BOUND';
}

/** The sum of the settlements' payouts so far. */
export function paidCnyOf(windows: readonly Pick<ContractWindowView, 'payoutCny'>[]): string {
  return windows.reduce((sum, w) => (w.payoutCny === null ? sum : sum.plus(w.payoutCny)), new Decimal(0)).toFixed(2);
}
