/** The words insurance's tables are written in; the domain and the SDL use the same. */
export type Crop = 'SCALLION' | 'SAFFLOWER_FLORET' | 'SAFFLOWER_SEED';
export type Variety = 'RED' | 'WHITE' | 'BLACK';
export type Grade = 'A' | 'B' | 'C';

export const COST_LINES = ['SEEDLINGS', 'FERTILISER', 'PESTICIDE', 'LABOUR', 'WASHING', 'ICE', 'PACKAGING', 'COLD_STORAGE', 'TRANSPORT'] as const;
export type CostLine = (typeof COST_LINES)[number];

export const PREMIUM_PAYERS = ['FARMER', 'CENTRAL_GOVERNMENT', 'PROVINCIAL_GOVERNMENT', 'COUNTY_GOVERNMENT', 'GOVERNMENT'] as const;
export type PremiumPayer = (typeof PREMIUM_PAYERS)[number];

export const WINDOW_LENGTHS = ['WEEK', 'MONTH'] as const;
export type WindowLength = (typeof WINDOW_LENGTHS)[number];

export type PriceSource = 'REPORTED' | 'IMPORTED';

/** A share of a premium as the scheme sets it (share a decimal string, e.g. "0.2"). */
export interface PremiumShareTerm {
  payer: PremiumPayer;
  share: string;
}

/** A share of one premium, in fen: the amounts add up to the premium exactly. */
export interface PremiumShareAmount extends PremiumShareTerm {
  amountCny: string;
}

/** One past season's window as a quote used it (decimal strings). */
export interface PastSeasonWindowRecord {
  start: string;
  end: string;
  indexPerKg: string | null;
  observationDays: number;
  payoutPerKg: string | null;
}

/** One settlement window of a quote, with every input of both prices (decimal strings). */
export interface QuoteWindowRecord {
  start: string;
  end: string;
  forwardPerKg: string;
  volatility: string;
  yearsToExpiry: string;
  riskFreeRate: string;
  black76PerKg: string;
  pastSeasons: PastSeasonWindowRecord[];
  burnCostPerKg: string;
}
