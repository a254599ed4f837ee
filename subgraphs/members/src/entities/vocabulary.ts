/** The members subgraph's enumerations, in the words of BRIEF.md; crops are every subgraph's. */
export type { Crop } from '@alliance/domain-kit';

export const MEMBER_KINDS = [
  'GROWER',
  'COOPERATIVE',
  'WASHING_PLANT',
  'ICE_PLANT',
  'COLD_STORE',
  'INPUT_SUPPLIER',
  'SALES_ENTITY',
  'LABOR_AGENCY',
  'LOGISTICS',
  'PARTNER_MARKET',
  'INSURER',
  'BRAND_OFFICE',
] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** Individuals: no unified social credit code. Every other kind is an organisation. */
export const INDIVIDUAL_KINDS: readonly MemberKind[] = ['GROWER'];

export const MEMBER_STATUSES = ['PENDING', 'ACTIVE', 'SUSPENDED'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const VARIETIES = ['RED', 'WHITE', 'BLACK'] as const;
export type Variety = (typeof VARIETIES)[number];

export const GRADES = ['A', 'B', 'C'] as const;
export type Grade = (typeof GRADES)[number];

export const LOT_STATUSES = ['LISTED', 'WITHDRAWN'] as const;
export type LotStatus = (typeof LOT_STATUSES)[number];

/** FULFILLED: its shipment left; what was loaded is shipped, the rest went back to supply. */
export const RESERVATION_STATUSES = ['HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'FULFILLED'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];
