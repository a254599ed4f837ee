import { Decimal } from '@alliance/domain-kit';
import type { CostBasis, FloorContract, FloorQuote, FloorScheme } from '../entities/index.ts';
import { canSeeMembersCover } from './insurance-access.ts';
import { perMuTerms, type PerMuTerms } from './pricing/per-mu.ts';
import { premiumRate } from './pricing/totals.ts';
import type { InsuranceRequest } from './request.ts';

/** What a quote shows besides its columns; the caller could already see the quote. */

export type QuoteStatus = 'OPEN' | 'BOUND' | 'EXPIRED';

/** BOUND once a contract holds it, EXPIRED once its validity has passed unbound, OPEN before. */
export function quoteStatusOf(quote: Pick<FloorQuote, 'validUntil'>, bound: boolean, now = new Date()): QuoteStatus {
  if (bound) return 'BOUND';
  return quote.validUntil.getTime() <= now.getTime() ? 'EXPIRED' : 'OPEN';
}

export async function statusOfQuote(req: InsuranceRequest, quote: FloorQuote): Promise<QuoteStatus> {
  return quoteStatusOf(quote, (await req.loaders.contractByQuoteId.load(quote.id)) !== null);
}

/** The contract the quote was bound into, for those who may see the contract (the insured member, the office, the insurer). */
export async function contractOfQuote(req: InsuranceRequest, quote: FloorQuote): Promise<FloorContract | null> {
  const contract = await req.loaders.contractByQuoteId.load(quote.id);
  return contract && canSeeMembersCover(req.viewer, contract) ? contract : null;
}

export async function costBasisOfQuote(req: InsuranceRequest, quote: FloorQuote): Promise<CostBasis> {
  return (await req.loaders.costBasisById.load(quote.costBasisId))!;
}

export async function schemeOfQuote(req: InsuranceRequest, quote: FloorQuote): Promise<FloorScheme> {
  return (await req.loaders.schemeById.load(quote.schemeId))!;
}

export function rateOfQuote(quote: FloorQuote): string {
  return premiumRate(quote.premiumCny, quote.sumInsuredCny).toFixed(6);
}

/** The quote in the per-mu target-price form; the farmer's premium is the FARMER shares' amounts. */
export function perMuOfQuote(quote: FloorQuote): PerMuTerms {
  const farmer = quote.premiumShares.filter((s) => s.payer === 'FARMER').reduce((sum, s) => sum.plus(s.amountCny), new Decimal(0));
  return perMuTerms({
    floorPerKg: quote.floorPerKg,
    windowYieldKgPerMu: quote.expectedYieldKgPerMu,
    insuredKg: quote.insuredKg,
    windows: quote.windows.length,
    premiumCny: quote.premiumCny,
    farmerPremiumCny: farmer,
  });
}
