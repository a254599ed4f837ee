import { BadInput, Decimal } from '@alliance/domain-kit';
import { PREMIUM_PAYERS, type Crop, type PremiumPayer, type PremiumShareTerm } from '../entities/vocabulary.ts';
import { decimalIn, validSeason, wholeIn } from './input-rules.ts';

/** A floor scheme's terms, checked: the rules of opening and changing one, no database. */

/** Chinese vegetable schemes: the farmer pays about 20 %, governments the rest (BRIEF.md). */
export const DEFAULT_SUBSIDY_SHARES: readonly PremiumShareTerm[] = [
  { payer: 'FARMER', share: '0.2' },
  { payer: 'GOVERNMENT', share: '0.8' },
];

export const SCHEME_DEFAULTS = { loading: '0.25', riskFreeRate: '0.015', pastSeasons: 5, quoteValidMinutes: 1440, minObservationDays: 5 } as const;

/** numeric(16,2): the most a capacity can be. */
const MAX_CAPACITY_CNY = '99999999999999.99';

export interface SchemeTermsInput {
  capacityCny?: string | null;
  loading?: string | null;
  riskFreeRate?: string | null;
  pastSeasons?: number | null;
  quoteValidMinutes?: number | null;
  minObservationDays?: number | null;
  subsidyShares?: readonly { payer: PremiumPayer; share: string }[] | null;
}

export interface SchemeTerms {
  capacityCny: string;
  loading: string;
  riskFreeRate: string;
  pastSeasons: number;
  quoteValidMinutes: number;
  minObservationDays: number;
  subsidyShares: PremiumShareTerm[];
}

export interface FloorSchemeInput extends SchemeTermsInput {
  crop: Crop;
  seasonFrom: string;
  seasonTo: string;
  capacityCny: string;
}

/** Each share in (0, 1] with at most 4 decimals, each payer once, adding up to exactly 1. */
export function validSubsidyShares(shares: readonly { payer: PremiumPayer; share: string }[]): PremiumShareTerm[] {
  if (!shares.length) throw new BadInput('subsidyShares must name who pays the premium: at least one payer, the shares adding up to 1.', { field: 'subsidyShares' });
  const seen = new Set<PremiumPayer>();
  const checked = shares.map((s, i) => {
    if (!(PREMIUM_PAYERS as readonly string[]).includes(s.payer)) throw new BadInput(`subsidyShares[${i}]: ${s.payer} is not a payer.`, { field: 'subsidyShares' });
    if (seen.has(s.payer)) throw new BadInput(`${s.payer} is named twice in subsidyShares; name each payer once.`, { field: 'subsidyShares', payer: s.payer });
    seen.add(s.payer);
    const share = decimalIn(s.share, 'subsidyShares', { places: 4, min: 0, minExclusive: true, max: 1, unit: '(a fraction of the premium)', label: `The share of ${s.payer}` });
    return { payer: s.payer, share };
  });
  const total = checked.reduce((sum, s) => sum.plus(s.share), new Decimal(0));
  if (!total.eq(1)) throw new BadInput(`subsidyShares add up to ${total.toString()}; they must add up to exactly 1.`, { field: 'subsidyShares' });
  return checked.map((s) => ({ payer: s.payer, share: s.share.toString() }));
}

export function validCapacity(value: string): string {
  return decimalIn(value, 'capacityCny', { places: 2, min: 0, minExclusive: true, max: MAX_CAPACITY_CNY, unit: 'CNY' }).toFixed(2);
}

function validLoading(value: string): string {
  return decimalIn(value, 'loading', { places: 4, min: 0, max: 5, unit: '(0.25 is 25 %)' }).toFixed(4);
}

function validRate(value: string): string {
  const rate = decimalIn(value, 'riskFreeRate', { places: 4, min: '-0.1', minExclusive: true, max: '0.4999', unit: '(0.015 is 1.5 % a year)' });
  return rate.toFixed(4);
}

/** The terms given, checked; those left out are absent (an update keeps them). */
export function validTermChanges(input: SchemeTermsInput): Partial<SchemeTerms> {
  const terms: Partial<SchemeTerms> = {};
  if (input.capacityCny != null) terms.capacityCny = validCapacity(input.capacityCny);
  if (input.loading != null) terms.loading = validLoading(input.loading);
  if (input.riskFreeRate != null) terms.riskFreeRate = validRate(input.riskFreeRate);
  if (input.pastSeasons != null) terms.pastSeasons = wholeIn(input.pastSeasons, 'pastSeasons', 1, 30, 'seasons');
  if (input.quoteValidMinutes != null) terms.quoteValidMinutes = wholeIn(input.quoteValidMinutes, 'quoteValidMinutes', 1, 43_200, 'minutes');
  if (input.minObservationDays != null) terms.minObservationDays = wholeIn(input.minObservationDays, 'minObservationDays', 1, 31, 'days');
  if (input.subsidyShares != null) terms.subsidyShares = validSubsidyShares(input.subsidyShares);
  return terms;
}

/** A new scheme's terms: those left out (or null) take the SDL's defaults. */
export function validNewScheme(input: FloorSchemeInput): SchemeTerms & { crop: Crop; seasonFrom: string; seasonTo: string } {
  const season = validSeason(input.seasonFrom, input.seasonTo);
  const given = validTermChanges(input);
  return {
    crop: input.crop,
    ...season,
    capacityCny: given.capacityCny ?? validCapacity(input.capacityCny),
    loading: given.loading ?? validLoading(SCHEME_DEFAULTS.loading),
    riskFreeRate: given.riskFreeRate ?? validRate(SCHEME_DEFAULTS.riskFreeRate),
    pastSeasons: given.pastSeasons ?? SCHEME_DEFAULTS.pastSeasons,
    quoteValidMinutes: given.quoteValidMinutes ?? SCHEME_DEFAULTS.quoteValidMinutes,
    minObservationDays: given.minObservationDays ?? SCHEME_DEFAULTS.minObservationDays,
    subsidyShares: given.subsidyShares ?? DEFAULT_SUBSIDY_SHARES.map((s) => ({ ...s })),
  };
}

/** What the insurer may still bind: capacity − bound, to the fen. */
export function remainingCapacityOf(scheme: { capacityCny: string; boundCny: string }): string {
  return new Decimal(scheme.capacityCny).minus(scheme.boundCny).toFixed(2);
}

/** A capacity below what is bound would unbind contracts: refused. */
export function capacityCovers(capacityCny: string, boundCny: string): boolean {
  return new Decimal(capacityCny).gte(boundCny);
}
