import type { FloorQuoteResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import * as reads from '../domain/quote-reads.ts';
import * as quotes from '../domain/quotes.ts';

export const QuoteQuery: QueryResolvers = {
  floorQuote: (_root, { id }, ctx) => quotes.findQuote(ctx, id),
};

export const QuoteMutation: MutationResolvers = {
  quoteFloor: (_root, { input }, ctx) => quotes.quoteFloor(ctx, input),
};

export const FloorQuote: FloorQuoteResolvers = {
  // Other subgraphs reach quotes through here: the same visibility as floorQuote(id).
  __resolveReference: (ref, ctx) => quotes.findQuote(ctx, ref.id),
  member: (quote) => ({ id: quote.memberId }),
  costBasis: (quote, _args, ctx) => reads.costBasisOfQuote(ctx, quote),
  scheme: (quote, _args, ctx) => reads.schemeOfQuote(ctx, quote),
  rate: (quote) => reads.rateOfQuote(quote),
  perMu: (quote) => reads.perMuOfQuote(quote),
  status: (quote, _args, ctx) => reads.statusOfQuote(ctx, quote),
  contract: (quote, _args, ctx) => reads.contractOfQuote(ctx, quote),
};
