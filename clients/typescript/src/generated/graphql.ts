/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day in Asia/Shanghai, as YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, as an ISO 8601 string in UTC. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number, as a string (kg to the gram, CNY to the fen). Never a binary float. */
  Decimal: { input: string; output: string; }
  /** A long text (a CSV to import), limited by the size of a request rather than the 10,000 characters of a String. */
  LongText: { input: string; output: string; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

export type AdmitMemberInput = {
  allianceId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  contact: ContactInput;
  /** Required for organisations, absent for individual growers. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to today (Asia/Shanghai). */
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  kind: MemberKind;
  name: Scalars['String']['input'];
  /** Roles in the alliance; defaults follow the kind. */
  roles?: InputMaybe<Array<Role>>;
  township: Scalars['String']['input'];
};

/** An industry alliance: a county's growers, plants, stores and partners selling one product. Public. */
export type Alliance = {
  __typename?: 'Alliance';
  code: Scalars['String']['output'];
  crops: Array<Crop>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  region: Scalars['String']['output'];
};

export type AllianceMembership = {
  __typename?: 'AllianceMembership';
  alliance: Alliance;
  roles: Array<Role>;
};

/** A growing base: where a grower or cooperative grows a crop, and how much land. */
export type Base = {
  __typename?: 'Base';
  areaMu: Scalars['Decimal']['output'];
  crop: Crop;
  id: Scalars['ID']['output'];
  township: Scalars['String']['output'];
};

export type BaseInput = {
  areaMu: Scalars['Decimal']['input'];
  crop: Crop;
  township: Scalars['String']['input'];
};

export type BookCapacityInput = {
  amount: Scalars['Decimal']['input'];
  facilityId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  kind: CapacityKind;
  to: Scalars['Date']['input'];
};

/** An alliance's brand office: the member who may certify origin and license the alliance's label. */
export type BrandOffice = {
  __typename?: 'BrandOffice';
  allianceId: Scalars['ID']['output'];
  member: Member;
};

/**
 * What is free of one facility's capacity over a period: kg of cold storage, or tonnes a day of
 * washing or ice, at the busiest day of the period.
 */
export type CapacityAvailability = {
  __typename?: 'CapacityAvailability';
  bookedAtPeak: Scalars['Decimal']['output'];
  capacity: Scalars['Decimal']['output'];
  facility: Facility;
  free: Scalars['Decimal']['output'];
};

export type CapacityBooking = {
  __typename?: 'CapacityBooking';
  /** kg for cold storage; tonnes a day for washing and ice. */
  amount: Scalars['Decimal']['output'];
  facility: Facility;
  from: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: CapacityKind;
  member: Member;
  status: CapacityBookingStatus;
  /** Inclusive. */
  to: Scalars['Date']['output'];
};

export type CapacityBookingStatus =
  | 'BOOKED'
  | 'CANCELLED';

export type CapacityKind =
  | 'COLD_STORAGE'
  | 'ICE'
  | 'WASHING';

/** What a certificate's commitment rests on (the basis boxes of the national certificate). */
export type CertificateBasis =
  | 'COMMISSIONED_TEST'
  | 'INTERNAL_CONTROL'
  | 'SELF_COMMITMENT'
  | 'SELF_TEST';

export type CertificateStatus =
  | 'REVOKED'
  | 'VALID';

export type CertifiedLot = {
  __typename?: 'CertifiedLot';
  kg: Scalars['Decimal']['output'];
  lot: Lot;
};

export type Contact = {
  __typename?: 'Contact';
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
};

export type ContactInput = {
  name: Scalars['String']['input'];
  phone: Scalars['String']['input'];
};

export type ContractWindow = {
  __typename?: 'ContractWindow';
  end: Scalars['Date']['output'];
  /** What the quote expected it to pay (insured kg × the window's technical price per kg), CNY. */
  expectedPayoutCny: Scalars['Decimal']['output'];
  /** Null until settled. */
  settlement: Maybe<FloorSettlement>;
  start: Scalars['Date']['output'];
};

export type CostBasis = {
  __typename?: 'CostBasis';
  /** The county it was costed for (the alliance's). */
  county: Scalars['String']['output'];
  crop: Crop;
  /** True while no newer version of the same crop, variety and season exists. */
  current: Scalars['Boolean']['output'];
  /** Kg one mu is expected to grow over the season (every harvest of it). */
  expectedYieldKgPerMu: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  lines: Array<CostBasisLine>;
  /** The sum of the lines, CNY per kg. */
  marginalCostPerKg: Scalars['Decimal']['output'];
  note: Maybe<Scalars['String']['output']>;
  publishedAt: Scalars['DateTime']['output'];
  seasonFrom: Scalars['Date']['output'];
  seasonTo: Scalars['Date']['output'];
  /** Null: every variety of the crop. */
  variety: Maybe<Variety>;
  /** 1 for the first publication of this crop, variety and season; each republication adds one. */
  version: Scalars['Int']['output'];
};

export type CostBasisInput = {
  /**
   * The alliance's county it was costed for (e.g. "Luxi County"). Left out: the county of the
   * alliance's latest cost basis; the first one must name it.
   */
  county?: InputMaybe<Scalars['String']['input']>;
  crop: Crop;
  expectedYieldKgPerMu: Scalars['Decimal']['input'];
  /** Each line at most once; CNY per kg with at most 4 decimals, ≥ 0; at least one line above 0. */
  lines: Array<CostBasisLineInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  seasonFrom: Scalars['Date']['input'];
  seasonTo: Scalars['Date']['input'];
  variety?: InputMaybe<Variety>;
};

export type CostBasisLine = {
  __typename?: 'CostBasisLine';
  cnyPerKg: Scalars['Decimal']['output'];
  line: CostLine;
};

export type CostBasisLineInput = {
  cnyPerKg: Scalars['Decimal']['input'];
  line: CostLine;
};

/** The variable costs of one more kg, by line (BRIEF.md: insurance). */
export type CostLine =
  | 'COLD_STORAGE'
  | 'FERTILISER'
  | 'ICE'
  | 'LABOUR'
  | 'PACKAGING'
  | 'PESTICIDE'
  | 'SEEDLINGS'
  | 'TRANSPORT'
  | 'WASHING';

/** Scans of one kind, one licence (null for unknown codes) and one place. */
export type CounterfeitAlert = {
  __typename?: 'CounterfeitAlert';
  /** The serials involved, or the unknown codes as scanned. */
  codes: Array<Scalars['String']['output']>;
  firstScanAt: Scalars['DateTime']['output'];
  kind: CounterfeitAlertKind;
  lastScanAt: Scalars['DateTime']['output'];
  licence: Maybe<Licence>;
  /** The nearest known city, or null when the scanner gave no place. */
  place: Maybe<Scalars['String']['output']>;
  /** Why, in words: "scanned 25 times", "Kunming then Urumqi, 2,250 km in 1.0 h". */
  reasons: Array<Scalars['String']['output']>;
  scanCount: Scalars['Int']['output'];
};

export type CounterfeitAlertKind =
  /** A genuine code scanned too often, or in places too far apart for the time between them. */
  | 'SUSPICIOUS_SCANS'
  /** Scans of codes that do not exist. */
  | 'UNKNOWN_CODE';

export type Crop =
  | 'SAFFLOWER_FLORET'
  | 'SAFFLOWER_SEED'
  | 'SCALLION';

export type CustodyEvent = {
  __typename?: 'CustodyEvent';
  /** Who recorded it; null when the caller may not see that member (one of another alliance). */
  actor: Maybe<Member>;
  at: Scalars['DateTime']['output'];
  facility: Maybe<Facility>;
  id: Scalars['ID']['output'];
  kind: CustodyKind;
  /** Null for a caller who may not read the lot's kg: its grower and the alliance's markets, office and facility operators may. */
  quantityKg: Maybe<Scalars['Decimal']['output']>;
  /** Loading, transit and arrival of a lot on a shipment. */
  shipment: Maybe<Shipment>;
  vehicle: Maybe<Vehicle>;
};

export type CustodyEventInput = {
  at: Scalars['DateTime']['input'];
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  kind: CustodyKind;
  lotId: Scalars['ID']['input'];
  quantityKg: Scalars['Decimal']['input'];
  vehicleId?: InputMaybe<Scalars['ID']['input']>;
};

export type CustodyKind =
  | 'DELIVERED'
  | 'ICED'
  | 'IN_TRANSIT'
  | 'LOADED'
  | 'PACKED'
  | 'RECEIVED'
  /** The market refused the delivery on arrival. */
  | 'REJECTED'
  | 'STORED'
  | 'WASHED';

export type DuplicatePolicy =
  /** A row for a market, crop, variety, grade and day already reported fails the whole request. */
  | 'REFUSE'
  /** Such a row replaces the one reported before. */
  | 'REPLACE';

export type Excursion = {
  __typename?: 'Excursion';
  durationMinutes: Scalars['Float']['output'];
  end: Scalars['DateTime']['output'];
  kind: ExcursionKind;
  peakC: Scalars['Float']['output'];
  start: Scalars['DateTime']['output'];
};

export type ExcursionKind =
  | 'HIGH'
  | 'LOW';

export type Exposure = {
  __typename?: 'Exposure';
  byWindow: Array<WindowExposure>;
  contracts: Scalars['Int']['output'];
  crop: Crop;
  /** Σ insured kg × windows. */
  insuredKg: Scalars['Decimal']['output'];
  /** The most the contracts can pay (every index at zero): the sum insured. */
  maximumPayoutCny: Scalars['Decimal']['output'];
  premiumCny: Scalars['Decimal']['output'];
  scheme: FloorScheme;
  sumInsuredCny: Scalars['Decimal']['output'];
};

/**
 * A cold store, ice plant, washing plant or dry warehouse, run by a member of the alliance. Seen by
 * the members of its alliance.
 */
export type Facility = {
  __typename?: 'Facility';
  code: Scalars['String']['output'];
  /** Ice plants: tonnes of ice a day. */
  iceTonnesPerDay: Maybe<Scalars['Decimal']['output']>;
  id: Scalars['ID']['output'];
  kind: FacilityKind;
  name: Scalars['String']['output'];
  operator: Member;
  sensors: Array<Sensor>;
  status: FacilityStatus;
  storageCapacityKg: Maybe<Scalars['Decimal']['output']>;
  /** Cold stores and dry warehouses. */
  storageCubicMetres: Maybe<Scalars['Decimal']['output']>;
  township: Scalars['String']['output'];
  /** Washing plants. */
  washingLines: Maybe<Scalars['Int']['output']>;
  washingTonnesPerDay: Maybe<Scalars['Decimal']['output']>;
};

export type FacilityFilter = {
  kinds?: InputMaybe<Array<FacilityKind>>;
  status?: InputMaybe<FacilityStatus>;
  township?: InputMaybe<Scalars['String']['input']>;
};

export type FacilityKind =
  | 'COLD_STORE'
  | 'DRY_WAREHOUSE'
  | 'ICE_PLANT'
  | 'WASHING_PLANT';

export type FacilityStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'MAINTENANCE';

/**
 * A month's licence fees of an alliance, and how they are (or would be) shared among its cooperatives.
 * Fees accrue when labels are issued and stay in the pool even if those labels are revoked later.
 */
export type FeePool = {
  __typename?: 'FeePool';
  allianceId: Scalars['ID']['output'];
  /**
   * Certified kg of the alliance's cooperatives and their growers in the month: valid per-lot
   * certificates issued in it (truckload certificates repeat their lots' kg and are not counted).
   * Independent growers' kg share nothing and are not in it.
   */
  certifiedKg: Scalars['Decimal']['output'];
  distributed: Scalars['Boolean']['output'];
  distributedAt: Maybe<Scalars['DateTime']['output']>;
  /** YYYY-MM, Asia/Shanghai. */
  month: Scalars['String']['output'];
  /** CNY: the fees of every label batch issued in the month (labels revoked since included). */
  poolCny: Scalars['Decimal']['output'];
  /** The office sees every share; a cooperative its own. The amounts add up to poolCny exactly. */
  shares: Array<FeePoolShare>;
};

/** One cooperative's statement for a month. */
export type FeePoolShare = {
  __typename?: 'FeePoolShare';
  amountCny: Scalars['Decimal']['output'];
  /** Its own certified lots and those of its member growers, in the month (as they stood at distribution). */
  certifiedKg: Scalars['Decimal']['output'];
  cooperative: Member;
  distributed: Scalars['Boolean']['output'];
  month: Scalars['String']['output'];
  /** certifiedKg ÷ the pool's certifiedKg, rounded half up to 6 decimal places (for reading; amountCny is exact). */
  share: Scalars['Decimal']['output'];
};

export type FloorContract = {
  __typename?: 'FloorContract';
  boundAt: Scalars['DateTime']['output'];
  costBasis: CostBasis;
  coverFrom: Scalars['Date']['output'];
  coverTo: Scalars['Date']['output'];
  coverage: Scalars['Decimal']['output'];
  crop: Crop;
  floorPerKg: Scalars['Decimal']['output'];
  grade: Maybe<Grade>;
  id: Scalars['ID']['output'];
  insuredKg: Scalars['Decimal']['output'];
  member: Member;
  /** e.g. LUXI-PF-2027-0001: gapless per alliance and year. */
  number: Scalars['String']['output'];
  /** Sum of its settlements' payouts so far. */
  paidCny: Scalars['Decimal']['output'];
  premiumCny: Scalars['Decimal']['output'];
  premiumShares: Array<PremiumShare>;
  quote: FloorQuote;
  scheme: FloorScheme;
  status: FloorContractStatus;
  sumInsuredCny: Scalars['Decimal']['output'];
  variety: Maybe<Variety>;
  windowLength: SettlementWindowLength;
  windows: Array<ContractWindow>;
};

export type FloorContractConnection = {
  __typename?: 'FloorContractConnection';
  edges: Array<FloorContractEdge>;
  pageInfo: PageInfo;
};

export type FloorContractEdge = {
  __typename?: 'FloorContractEdge';
  cursor: Scalars['String']['output'];
  node: FloorContract;
};

export type FloorContractFilter = {
  crop?: InputMaybe<Crop>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<FloorContractStatus>;
};

export type FloorContractStatus =
  /** Bound; some window is not settled yet. */
  | 'BOUND'
  /** Every window is settled. */
  | 'SETTLED';

export type FloorQuote = {
  __typename?: 'FloorQuote';
  /** Black-76 premium of every window, per insured kg, summed (CNY). */
  black76PerKg: Scalars['Decimal']['output'];
  /** Burn cost of every window, per insured kg, summed (CNY). */
  burnCostPerKg: Scalars['Decimal']['output'];
  /** The contract it was bound into. */
  contract: Maybe<FloorContract>;
  costBasis: CostBasis;
  coverFrom: Scalars['Date']['output'];
  coverTo: Scalars['Date']['output'];
  coverage: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  crop: Crop;
  /** Floor K per kg = coverage × marginal cost, to the fen. */
  floorPerKg: Scalars['Decimal']['output'];
  grade: Maybe<Grade>;
  id: Scalars['ID']['output'];
  insuredKg: Scalars['Decimal']['output'];
  loading: Scalars['Decimal']['output'];
  marginalCostPerKg: Scalars['Decimal']['output'];
  member: Member;
  /** The same cover in the Chinese per-mu target-price form. */
  perMu: PerMuTerms;
  /** technicalPerKg × insured kg × (1 + loading), to the fen. */
  premiumCny: Scalars['Decimal']['output'];
  /** The premium split by payer, in fen, adding up to the premium exactly. */
  premiumShares: Array<PremiumShare>;
  /** premium ÷ sum insured. */
  rate: Scalars['Decimal']['output'];
  scheme: FloorScheme;
  status: FloorQuoteStatus;
  /** K × insured kg × windows, to the fen: the most the contract can pay. */
  sumInsuredCny: Scalars['Decimal']['output'];
  /** The larger of the two. */
  technicalPerKg: Scalars['Decimal']['output'];
  validUntil: Scalars['DateTime']['output'];
  variety: Maybe<Variety>;
  windowLength: SettlementWindowLength;
  /** Each window's inputs and both prices. */
  windows: Array<QuoteWindow>;
};

export type FloorQuoteStatus =
  | 'BOUND'
  | 'EXPIRED'
  | 'OPEN';

/**
 * The insurer's terms for a crop and season in one alliance, and the most it will bind. A grower sees
 * the terms its quote or contract was priced with; the capacity figures are the insurer's book.
 */
export type FloorScheme = {
  __typename?: 'FloorScheme';
  /** Sum insured of the contracts bound so far: for the insurer and the office; null for others. */
  boundCny: Maybe<Scalars['Decimal']['output']>;
  /** The most sum insured (CNY) the insurer binds in the season: for the insurer and the office; null for others. */
  capacityCny: Maybe<Scalars['Decimal']['output']>;
  crop: Crop;
  id: Scalars['ID']['output'];
  /** Insurer's loading on the technical price, e.g. 0.25. */
  loading: Scalars['Decimal']['output'];
  /** A window is settled only with at least this many days with observations. */
  minObservationDays: Scalars['Int']['output'];
  /** How many past seasons F and the burn cost average over. */
  pastSeasons: Scalars['Int']['output'];
  /** How long a quote stays valid, in minutes. */
  quoteValidMinutes: Scalars['Int']['output'];
  /** For the insurer and the office; null for others. */
  remainingCapacityCny: Maybe<Scalars['Decimal']['output']>;
  /** Black-76's r, a year's continuously compounded rate, e.g. 0.015. */
  riskFreeRate: Scalars['Decimal']['output'];
  seasonFrom: Scalars['Date']['output'];
  seasonTo: Scalars['Date']['output'];
  /** Shares of the premium; they add up to 1. */
  subsidyShares: Array<PremiumShareTerm>;
};

export type FloorSchemeInput = {
  capacityCny: Scalars['Decimal']['input'];
  crop: Crop;
  loading?: InputMaybe<Scalars['Decimal']['input']>;
  minObservationDays?: InputMaybe<Scalars['Int']['input']>;
  pastSeasons?: InputMaybe<Scalars['Int']['input']>;
  quoteValidMinutes?: InputMaybe<Scalars['Int']['input']>;
  riskFreeRate?: InputMaybe<Scalars['Decimal']['input']>;
  seasonFrom: Scalars['Date']['input'];
  seasonTo: Scalars['Date']['input'];
  /** Default: farmer 20 %, the government the rest. */
  subsidyShares?: InputMaybe<Array<PremiumShareInput>>;
};

export type FloorSchemeUpdateInput = {
  capacityCny?: InputMaybe<Scalars['Decimal']['input']>;
  loading?: InputMaybe<Scalars['Decimal']['input']>;
  minObservationDays?: InputMaybe<Scalars['Int']['input']>;
  pastSeasons?: InputMaybe<Scalars['Int']['input']>;
  quoteValidMinutes?: InputMaybe<Scalars['Int']['input']>;
  riskFreeRate?: InputMaybe<Scalars['Decimal']['input']>;
  subsidyShares?: InputMaybe<Array<PremiumShareInput>>;
};

export type FloorSettlement = {
  __typename?: 'FloorSettlement';
  contract: FloorContract;
  floorPerKg: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  /** The per-mu form: sum insured per mu × (K − index) ÷ K, to the fen. */
  indemnityPerMuCny: Scalars['Decimal']['output'];
  /** The window's volume-weighted index, CNY per kg (exact to 6 decimals). */
  indexPerKg: Scalars['Decimal']['output'];
  insuredKg: Scalars['Decimal']['output'];
  observationCount: Scalars['Int']['output'];
  observationDays: Scalars['Int']['output'];
  /** max(0, K − index) × insured kg, rounded to the fen once. */
  payoutCny: Scalars['Decimal']['output'];
  settledAt: Scalars['DateTime']['output'];
  /** The observations the index was computed from, as they were at settlement. */
  statement: Array<StatementLine>;
  volumeKg: Scalars['Decimal']['output'];
  windowEnd: Scalars['Date']['output'];
  windowStart: Scalars['Date']['output'];
};

export type Grade =
  | 'A'
  | 'B'
  | 'C';

export type GrantLicenceInput = {
  crop: Crop;
  feePerKg: Scalars['Decimal']['input'];
  /** The licensed trade item's GTIN (8, 12, 13 or 14 digits, check digit verified); by default the alliance's own for the crop. */
  gtin?: InputMaybe<Scalars['String']['input']>;
  /** A member of the alliance (a partner market or a sales entity); or give outsideBuyer. */
  licenseeMemberId?: InputMaybe<Scalars['ID']['input']>;
  outsideBuyer?: InputMaybe<OutsideBuyerInput>;
  quotaKg: Scalars['Decimal']['input'];
  trademark: TrademarkInput;
  validFrom: Scalars['Date']['input'];
  validUntil: Scalars['Date']['input'];
};

/**
 * A batch of serialized label codes issued under a licence against a certified lot. For the brand
 * office and office of its alliance, and the licensee.
 */
export type LabelBatch = {
  __typename?: 'LabelBatch';
  certificate: OriginCertificate;
  codes: LabelCodeConnection;
  count: Scalars['Int']['output'];
  /** The whole batch as CSV for the label printer (RFC 4180, UTF-8, header row): serial, printed serial, Digital Link URI, GTIN, lot, pack kg, licensee, credit code, trademark. */
  csv: Scalars['String']['output'];
  /** CNY: totalKg × the licence's fee per kg, to the fen. */
  feeCny: Scalars['Decimal']['output'];
  gtin: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  issuedBy: Member;
  licence: Licence;
  lot: Lot;
  /** AI (10) of its codes: the certificate number. */
  lotNumber: Scalars['String']['output'];
  packKg: Scalars['Decimal']['output'];
  status: LabelStatus;
  /** count × packKg. */
  totalKg: Scalars['Decimal']['output'];
};


/**
 * A batch of serialized label codes issued under a licence against a certified lot. For the brand
 * office and office of its alliance, and the licensee.
 */
export type LabelBatchCodesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LabelBatchConnection = {
  __typename?: 'LabelBatchConnection';
  edges: Array<LabelBatchEdge>;
  pageInfo: PageInfo;
};

export type LabelBatchEdge = {
  __typename?: 'LabelBatchEdge';
  cursor: Scalars['String']['output'];
  node: LabelBatch;
};

export type LabelCode = {
  __typename?: 'LabelCode';
  /** https://<resolver>/01/<GTIN-14>/10/<lot>/21/<serial> */
  digitalLink: Scalars['String']['output'];
  /** As printed under the QR code: groups of four. */
  printedSerial: Scalars['String']['output'];
  /** The QR code of the Digital Link, an SVG document. */
  qrSvg: Scalars['String']['output'];
  scanCount: Scalars['Int']['output'];
  /** 16 characters of Crockford base 32 (80 random bits). */
  serial: Scalars['String']['output'];
  status: LabelStatus;
};

export type LabelCodeConnection = {
  __typename?: 'LabelCodeConnection';
  edges: Array<LabelCodeEdge>;
  pageInfo: PageInfo;
};

export type LabelCodeEdge = {
  __typename?: 'LabelCodeEdge';
  cursor: Scalars['String']['output'];
  node: LabelCode;
};

export type LabelStatus =
  | 'ACTIVE'
  /** Revoked with its certificate or its licence. */
  | 'REVOKED';

/**
 * What a shopper sees of a label: nothing private (no grower phone, no prices, no kg). Product facts
 * are null for an unknown code.
 */
export type LabelVerification = {
  __typename?: 'LabelVerification';
  certificateBasis: Maybe<CertificateBasis>;
  certificateNumber: Maybe<Scalars['String']['output']>;
  crop: Maybe<Crop>;
  firstVerifiedAt: Maybe<Scalars['DateTime']['output']>;
  /** The place of the first scan (nearest known city), when the scanner gave one. */
  firstVerifiedIn: Maybe<Scalars['String']['output']>;
  /** The lot's freshness from the cold chain; null for an unknown or revoked code. */
  freshness: Maybe<LotFreshness>;
  grade: Maybe<Grade>;
  harvestDate: Maybe<Scalars['Date']['output']>;
  licensee: Maybe<Scalars['String']['output']>;
  licenseeCreditCode: Maybe<Scalars['String']['output']>;
  licenseeTrademark: Maybe<Scalars['String']['output']>;
  /** A sentence for the shopper, Chinese then English. */
  message: Scalars['String']['output'];
  originCounty: Maybe<Scalars['String']['output']>;
  originTownship: Maybe<Scalars['String']['output']>;
  outcome: VerificationOutcome;
  product: Maybe<Scalars['String']['output']>;
  /** Scans of this code so far, this one included; 0 for an unknown code. */
  scanCount: Scalars['Int']['output'];
  variety: Maybe<Variety>;
};

/**
 * An origin-label licence (产地标志使用许可): the licensee may print the alliance's origin label next to
 * its own trademark on up to quotaKg of one crop within the period, at feePerKg. For the brand office
 * and office of its alliance, and the licensee itself.
 */
export type Licence = {
  __typename?: 'Licence';
  allianceId: Scalars['ID']['output'];
  crop: Crop;
  /** CNY per labelled kg, exact. */
  feePerKg: Scalars['Decimal']['output'];
  /** CNY accrued so far: the sum of its batches' fees. */
  feesAccrued: Scalars['Decimal']['output'];
  grantedAt: Scalars['DateTime']['output'];
  /** The GTIN-14 of the licensed trade item (AI 01 of its label codes). */
  gtin: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  labelBatches: LabelBatchConnection;
  licensee: Licensee;
  /** Unique per alliance and year: LX-L-2026-0007. */
  number: Scalars['String']['output'];
  quotaKg: Scalars['Decimal']['output'];
  remainingKg: Scalars['Decimal']['output'];
  /** As of now: an active or suspended licence past its period is EXPIRED. */
  status: LicenceStatus;
  /** Why it is suspended or revoked. */
  statusReason: Maybe<Scalars['String']['output']>;
  trademark: Trademark;
  /** kg labelled so far (live). */
  usedKg: Scalars['Decimal']['output'];
  /** Asia/Shanghai days, both included. */
  validFrom: Scalars['Date']['output'];
  validUntil: Scalars['Date']['output'];
};


/**
 * An origin-label licence (产地标志使用许可): the licensee may print the alliance's origin label next to
 * its own trademark on up to quotaKg of one crop within the period, at feePerKg. For the brand office
 * and office of its alliance, and the licensee itself.
 */
export type LicenceLabelBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LicenceConnection = {
  __typename?: 'LicenceConnection';
  edges: Array<LicenceEdge>;
  pageInfo: PageInfo;
};

export type LicenceEdge = {
  __typename?: 'LicenceEdge';
  cursor: Scalars['String']['output'];
  node: Licence;
};

export type LicenceFilter = {
  crop?: InputMaybe<Crop>;
  status?: InputMaybe<LicenceStatus>;
};

export type LicenceStatus =
  | 'ACTIVE'
  /** The period has ended. */
  | 'EXPIRED'
  | 'REVOKED'
  | 'SUSPENDED';

/** Who holds a licence: a member of the alliance, or an outside buyer registered by the brand office. */
export type Licensee = {
  __typename?: 'Licensee';
  /** 统一社会信用代码: 18 characters, its check character verified. Printed on the label (GI mark rules). */
  creditCode: Scalars['String']['output'];
  /** The member; null for an outside buyer. */
  member: Maybe<Member>;
  name: Scalars['String']['output'];
};

/** Lots are owned by the members subgraph; branding adds their residue tests and their certificate. */
export type Lot = {
  __typename?: 'Lot';
  askingPricePerKg: Scalars['Decimal']['output'];
  /** quantity − live reservations − shipped; expired holds do not count. */
  availableKg: Scalars['Decimal']['output'];
  base: Base;
  coldChain: Maybe<LotColdChain>;
  createdAt: Scalars['DateTime']['output'];
  crop: Crop;
  forward: Scalars['Boolean']['output'];
  grade: Grade;
  grower: Member;
  /** Harvest date, or the expected one for a forward lot. */
  harvestDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Short, unique in the alliance and fit for GS1 AI (10): alliance code, harvest day (YYMMDD) and the day's counter, e.g. LUXI-261126-0042. Never changes. */
  lotNumber: Scalars['String']['output'];
  /** The lot's valid origin certificate; null when it has none (or the caller may not see it). */
  originCertificate: Maybe<OriginCertificate>;
  /**
   * The bound contract of the lot's grower (or its cooperative) for the lot's crop whose window holds
   * the lot's harvest day: for the grower, the office and the insurer; null for everyone else,
   * markets included, and when none covers it.
   */
  priceFloor: Maybe<FloorContract>;
  quantityKg: Scalars['Decimal']['output'];
  /** Reservations against this lot: for its grower and the alliance office. */
  reservations: Array<Reservation>;
  /** Held by live reservations and confirmed, not yet shipped. */
  reservedKg: Scalars['Decimal']['output'];
  /** Newest test first: for the lot's grower, its cooperative, the office and brand office of its alliance; null for others. */
  residueTests: Maybe<Array<ResidueTest>>;
  shippedKg: Scalars['Decimal']['output'];
  status: LotStatus;
  township: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Scallion only. */
  variety: Maybe<Variety>;
};

export type LotColdChain = {
  __typename?: 'LotColdChain';
  /**
   * The facility holding most of the lot's kilograms still on offer (kg in stores); null when none
   * are in a facility (not yet received, or all loaded, delivered or rejected). A lot with 750 of its
   * 1,500 kg delivered is still at its cold store.
   */
  currentLocation: Maybe<Facility>;
  /** Custody events, oldest first. */
  custody: Array<CustodyEvent>;
  /** The lot's history as a GS1 EPCIS 2.0 JSON-LD EPCISDocument. */
  epcisDocument: Scalars['String']['output'];
  excursionCount: Scalars['Int']['output'];
  /** Runs of readings outside the crop's limits for longer than their tolerance, along the paths of the kg on offer. */
  excursions: Array<Excursion>;
  /**
   * The figures below describe the kilograms still on offer (the positions in stores): the latest
   * reading of the store holding most of them, the least shelf life any of them has left, and their
   * excursions. When none are on offer they describe the kg on the road; when all have been
   * delivered, the last load, whose history ends at its delivery. Each position has its own figures.
   */
  latestTemperature: Maybe<TemperatureReading>;
  /** Mean kinetic temperature (°C) along the path of the kg on offer (the store holding most), or over [from, to). */
  meanKineticTemperatureC: Maybe<Scalars['Float']['output']>;
  /**
   * Where each kilogram of the lot is now: one position per facility holding some, and one per
   * shipment carrying some (two trips never share one). Delivered and rejected kg have left custody.
   */
  positions: Array<LotPosition>;
  /** Days of shelf life left by the Q10 model (the least of the positions on offer); null for safflower, which has no day countdown. */
  remainingShelfLifeDays: Maybe<Scalars['Float']['output']>;
  /** Fraction of the shelf life used so far (0–1+), of the same position; null for safflower. */
  shelfLifeUsed: Maybe<Scalars['Float']['output']>;
  /**
   * Hours of that position's life with no reading to vouch for them, counted in the shelf life at the
   * crop's assumed handling temperature (20 °C for scallion), never at 0 °C: from harvest midnight
   * (Asia/Shanghai) to the first reading, and every gap between two readings longer than 90 minutes.
   * Null for safflower.
   */
  unmonitoredHours: Maybe<Scalars['Float']['output']>;
};


export type LotColdChainMeanKineticTemperatureCArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A lot's freshness as a shopper may see it, from the cold chain (no place, no kg). */
export type LotFreshness = {
  __typename?: 'LotFreshness';
  excursionCount: Maybe<Scalars['Int']['output']>;
  lastReadingAt: Maybe<Scalars['DateTime']['output']>;
  latestTemperatureCelsius: Maybe<Scalars['Float']['output']>;
  lotId: Scalars['ID']['output'];
  /** Days of shelf life left now, from the lot's logged temperatures (null when nothing is logged). */
  remainingShelfLifeDays: Maybe<Scalars['Float']['output']>;
  /** Hours of unlogged time in remainingShelfLifeDays (see LotColdChain.unmonitoredHours); null when nothing is logged. */
  unmonitoredHours: Maybe<Scalars['Float']['output']>;
};

/** Part of a lot in one place: a facility or a shipment's vehicle (exactly one). */
export type LotPosition = {
  __typename?: 'LotPosition';
  excursionCount: Scalars['Int']['output'];
  excursions: Array<Excursion>;
  facility: Maybe<Facility>;
  /** Kg there now; null for a caller who may not read the lot's kg. */
  kg: Maybe<Scalars['Decimal']['output']>;
  /**
   * The figures of these kg along their own path: from harvest through every place they were (kg
   * moved from a store inherit its history) to here.
   */
  latestTemperature: Maybe<TemperatureReading>;
  meanKineticTemperatureC: Maybe<Scalars['Float']['output']>;
  remainingShelfLifeDays: Maybe<Scalars['Float']['output']>;
  shelfLifeUsed: Maybe<Scalars['Float']['output']>;
  /** Since when kg of the lot are there. */
  since: Scalars['DateTime']['output'];
  unmonitoredHours: Maybe<Scalars['Float']['output']>;
  vehicle: Maybe<Vehicle>;
};


/** Part of a lot in one place: a facility or a shipment's vehicle (exactly one). */
export type LotPositionMeanKineticTemperatureCArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type LotStatus =
  /** Offered for sale (available volume may still be zero). */
  | 'LISTED'
  /** Taken off the market by the grower or the office. */
  | 'WITHDRAWN';

/**
 * How the alliance's trucks reach one of its markets: transit time and typical truck temperature, from
 * which shelf life on arrival is predicted. Set by the office.
 */
export type MarketRoute = {
  __typename?: 'MarketRoute';
  market: Member;
  transitHours: Scalars['Float']['output'];
  truckTempC: Scalars['Float']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type MarketRouteInput = {
  /** A partner market of the office's alliance. */
  marketId: Scalars['ID']['input'];
  /** Hours from the alliance to the market, more than 0 and at most 720. */
  transitHours: Scalars['Float']['input'];
  /** The truck's typical temperature on the way, from -30 to 40 °C. */
  truckTempC: Scalars['Float']['input'];
};

/** Members are owned by the members subgraph; branding only refers to them. */
export type Member = {
  __typename?: 'Member';
  alliances: Array<AllianceMembership>;
  /** Growing bases of a grower or cooperative. */
  bases: Array<Base>;
  /** Unique, human-readable, e.g. LX-G0001. */
  code: Scalars['String']['output'];
  /** Null when the caller may not see it. */
  contact: Maybe<Contact>;
  /** The cooperative a grower belongs to (set by the office); null when none or the caller may not see it. */
  cooperative: Maybe<Member>;
  /** 18-character unified social credit code (统一社会信用代码) of an organisation; null for individuals. */
  creditCode: Maybe<Scalars['String']['output']>;
  /** Facilities the member operates in the caller's alliance. */
  facilities: Maybe<Array<Facility>>;
  /** Its contracts, newest first: for the member itself, the office of its alliance and the insurer; null for others. */
  floorContracts: Maybe<Array<FloorContract>>;
  id: Scalars['ID']['output'];
  joinedOn: Scalars['Date']['output'];
  kind: MemberKind;
  /** A grower's or cooperative's lots (the member itself and the alliance office), newest harvest first. */
  lots: Array<Lot>;
  name: Scalars['String']['output'];
  /** A partner market's own reservations (the market and the alliance office), newest first. */
  reservations: Array<Reservation>;
  status: MemberStatus;
  /** Why the member was suspended; seen by the alliance office and the member. */
  statusReason: Maybe<Scalars['String']['output']>;
  township: Scalars['String']['output'];
};


/** Members are owned by the members subgraph; branding only refers to them. */
export type MemberLotsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Members are owned by the members subgraph; branding only refers to them. */
export type MemberReservationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReservationStatus>;
};

export type MemberConnection = {
  __typename?: 'MemberConnection';
  edges: Array<MemberEdge>;
  pageInfo: PageInfo;
  /** Members matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type MemberEdge = {
  __typename?: 'MemberEdge';
  cursor: Scalars['String']['output'];
  node: Member;
};

export type MemberFilter = {
  /** Defaults to the caller's alliance. */
  allianceId?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<MemberKind>>;
  status?: InputMaybe<MemberStatus>;
  /** Matches code, name or township, case-insensitively. */
  text?: InputMaybe<Scalars['String']['input']>;
  township?: InputMaybe<Scalars['String']['input']>;
};

export type MemberKind =
  | 'BRAND_OFFICE'
  | 'COLD_STORE'
  | 'COOPERATIVE'
  | 'GROWER'
  | 'ICE_PLANT'
  | 'INPUT_SUPPLIER'
  | 'INSURER'
  | 'LABOR_AGENCY'
  | 'LOGISTICS'
  | 'PARTNER_MARKET'
  | 'SALES_ENTITY'
  | 'WASHING_PLANT';

export type MemberStatus =
  | 'ACTIVE'
  | 'PENDING'
  | 'SUSPENDED';

export type Mutation = {
  __typename?: 'Mutation';
  /** A grower or cooperative adds a growing base of its own (the office may name memberId). */
  addBase: Base;
  /** Alliance office: admit a new member (status ACTIVE). */
  admitMember: Member;
  /**
   * Binds a valid quote into a contract: for the insured member, the office and the insurer. A retry
   * with the same key returns the same contract; an expired quote is BAD_USER_INPUT; binding beyond
   * the scheme's capacity, or beyond what the member's bases can grow, is CONFLICT.
   */
  bindFloor: FloorContract;
  /** A member books cold-store space or a day's washing or ice; never more than is free. */
  bookCapacity: CapacityBooking;
  cancelCapacityBooking: CapacityBooking;
  /** Held or confirmed reservations; not once a shipment has taken it (cancel the shipment first). */
  cancelReservation: Reservation;
  /** Calls off a shipment before anything is loaded; its reservations are released. */
  cancelShipment: Shipment;
  confirmReservation: Reservation;
  /** The market, its driver or the alliance office records the arrival. */
  deliverShipment: Shipment;
  /** The vehicle leaves: what was loaded is shipped, what was not returns to supply. */
  dispatchShipment: Shipment;
  /**
   * The office (or brand office) pays a finished month's licence-fee pool out to the alliance's
   * cooperatives in proportion to their certified kg, by the largest-remainder method: the shares
   * add up to the pool to the fen. Running it again, or concurrently, answers the same distribution.
   * FORBIDDEN for anyone else and for another alliance's id; BAD_USER_INPUT for the current or a
   * future month; CONFLICT when there is nothing to share (no fees, or no cooperative certified kg).
   */
  distributeFeePool: FeePool;
  /** The brand office grants an origin-label licence to a member of its alliance or to an outside buyer. */
  grantLicence: Licence;
  /**
   * The office imports a CSV of history (header: market_credit_code or market_id, crop, variety, grade, day,
   * price_cny_per_kg, volume_kg), with the same rules as reportPrices, at most 50,000 rows.
   */
  importPricesCsv: PriceReport;
  /**
   * The brand office issues a batch of label codes under an active licence, against a lot of the
   * licence's crop with a valid origin certificate: count × packKg never beyond the licence's
   * remaining quota nor the certificate's remaining certified kg. The fee accrues per labelled kg.
   */
  issueLabels: LabelBatch;
  /**
   * The brand office certifies a lot whose latest residue test passed: the next number of its alliance
   * and year, for the lot's quantity or less (certifiedKg). One valid certificate per lot at a time.
   */
  issueOriginCertificate: OriginCertificate;
  /**
   * The brand office certifies a truckload: one certificate for a shipment of its alliance (from the
   * cold chain), covering the kg of every lot loaded on it; each lot's latest residue test must have
   * passed. One valid certificate per shipment at a time.
   */
  issueTruckloadCertificate: OriginCertificate;
  /** Loads lots of committed reservations onto the vehicle; never more than remains reserved. */
  loadShipment: Shipment;
  /**
   * The insurer opens a floor scheme for a crop and season in the caller's alliance: its capacity
   * (the most sum insured it will bind), loading, rate, subsidy shares and quoting rules. One scheme
   * per crop and season start.
   */
  openFloorScheme: FloorScheme;
  /** The origin's operator (or the office) plans a shipment of a market's confirmed reservations. */
  planShipment: Shipment;
  /**
   * The insurer or the office publishes the marginal cost of a crop (and variety, or every variety)
   * in its county for a season. Publishing again for the same crop, variety and season makes a new
   * version; contracts already bound keep the version they were priced on.
   */
  publishCostBasis: CostBasis;
  /**
   * A grower or cooperative asks for a floor on its own crop (the office or the insurer may ask on
   * its behalf, naming `memberId`). Priced on the cost basis and scheme in force, valid until
   * `validUntil`.
   */
  quoteFloor: FloorQuote;
  /** A facility operator records a lot's custody at its facility or on its vehicle (moves between its own places); loading for a market and arrival go through shipments. */
  recordCustodyEvent: CustodyEvent;
  /** A residue test of a lot: by the lot's grower, its cooperative, or the office of the lot's alliance. */
  recordResidueTest: ResidueTest;
  /** Facility operators report batches of up to 10,000 readings; duplicates are ignored, bad readings reported one by one. */
  recordTemperatures: TemperatureIngestReport;
  /** The alliance office registers a facility of its alliance. */
  registerFacility: Facility;
  /** A grower or cooperative (or the office for it) declares a harvest lot. */
  registerLot: Lot;
  /** The operator of a facility or vehicle (or the office) registers a temperature logger in it. */
  registerSensor: Sensor;
  /** A facility operator registers its vehicle (the office, any member's). */
  registerVehicle: Vehicle;
  /** The brand office reinstates a suspended licence within its period. */
  reinstateLicence: Licence;
  /** Alliance office: reinstate a suspended or pending member. */
  reinstateMember: Member;
  /** The market (or the alliance office) refuses the delivery on arrival, with the reason. */
  rejectShipment: Shipment;
  /** Returns the id of the removed base. */
  removeBase: Scalars['ID']['output'];
  /**
   * A partner market reports its own prices (single or in bulk, at most 5,000 rows): all rows or
   * none. A row for a (market, crop, variety, grade, day) already reported is refused, or replaces
   * the old one with `onDuplicate: REPLACE`. Zero, negative, or more than 5× the trailing median of
   * the 30 days before it (over all markets, earlier rows of the same request included) is refused,
   * with the row and the reason in `extensions.rows`. The office may report for any partner
   * market of its alliance by naming `marketId`.
   */
  reportPrices: PriceReport;
  /** A partner market reserves volume; CONFLICT says how much is available when it is short. */
  reserveSupply: Reservation;
  /** The brand office revokes a licence for good; every label code issued under it is revoked with it. */
  revokeLicence: Licence;
  /** The brand office revokes a valid certificate, with the reason. */
  revokeOriginCertificate: OriginCertificate;
  /** Alliance office: sets the transit time and truck temperature to one of its markets. */
  setMarketRoute: MarketRoute;
  /**
   * After a window has closed (Asia/Shanghai), the insurer or the office settles a contract's window
   * against the index: once, however often or concurrently it is asked (a second call returns the
   * first settlement). Refused when the window had fewer days with observations than the scheme
   * requires.
   */
  settleFloor: FloorSettlement;
  /** Settles every bound contract of a crop with this window in the caller's alliance, in bulk; contracts already settled keep their settlement. */
  settleWindow: WindowSettlement;
  /** The brand office suspends an active licence (no new labels; labels already issued stay genuine). */
  suspendLicence: Licence;
  /** Alliance office: suspend a member, with the reason. */
  suspendMember: Member;
  updateBase: Base;
  /** The operator or the office updates a facility's name, status or capacity. */
  updateFacility: Facility;
  /** The insurer changes a scheme's terms; capacity never below what is already bound. Quotes already made keep their terms. */
  updateFloorScheme: FloorScheme;
  /** Changes what is not yet reserved; the quantity never drops below what is reserved or shipped. */
  updateLot: Lot;
  /** Alliance office: correct a member's record. */
  updateMember: Member;
  /** A member edits its own profile. */
  updateMyProfile: Member;
  /**
   * Public, no token needed: checks a label code (a GS1 Digital Link URI or path, or the 16
   * characters printed under the QR code) and records the scan. Anonymous callers are rate-limited
   * per client (RATE_LIMITED, with retryAfterSeconds).
   */
  verifyLabel: LabelVerification;
  /** Takes a lot off the market; only while nothing is held or confirmed against it. */
  withdrawLot: Lot;
};


export type MutationAddBaseArgs = {
  input: BaseInput;
  memberId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationAdmitMemberArgs = {
  input: AdmitMemberInput;
};


export type MutationBindFloorArgs = {
  idempotencyKey: Scalars['String']['input'];
  quoteId: Scalars['ID']['input'];
};


export type MutationBookCapacityArgs = {
  input: BookCapacityInput;
};


export type MutationCancelCapacityBookingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelReservationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelShipmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmReservationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeliverShipmentArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDispatchShipmentArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDistributeFeePoolArgs = {
  allianceId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
};


export type MutationGrantLicenceArgs = {
  input: GrantLicenceInput;
};


export type MutationImportPricesCsvArgs = {
  csv: Scalars['LongText']['input'];
  onDuplicate?: InputMaybe<DuplicatePolicy>;
};


export type MutationIssueLabelsArgs = {
  count: Scalars['Int']['input'];
  licenceId: Scalars['ID']['input'];
  lotId: Scalars['ID']['input'];
  packKg: Scalars['Decimal']['input'];
};


export type MutationIssueOriginCertificateArgs = {
  certifiedKg?: InputMaybe<Scalars['Decimal']['input']>;
  lotId: Scalars['ID']['input'];
};


export type MutationIssueTruckloadCertificateArgs = {
  shipmentId: Scalars['ID']['input'];
};


export type MutationLoadShipmentArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  loads: Array<ShipmentLoadInput>;
};


export type MutationOpenFloorSchemeArgs = {
  input: FloorSchemeInput;
};


export type MutationPlanShipmentArgs = {
  input: PlanShipmentInput;
};


export type MutationPublishCostBasisArgs = {
  input: CostBasisInput;
};


export type MutationQuoteFloorArgs = {
  input: QuoteFloorInput;
};


export type MutationRecordCustodyEventArgs = {
  input: CustodyEventInput;
};


export type MutationRecordResidueTestArgs = {
  input: RecordResidueTestInput;
};


export type MutationRecordTemperaturesArgs = {
  readings: Array<TemperatureReadingInput>;
};


export type MutationRegisterFacilityArgs = {
  input: RegisterFacilityInput;
};


export type MutationRegisterLotArgs = {
  input: RegisterLotInput;
};


export type MutationRegisterSensorArgs = {
  input: RegisterSensorInput;
};


export type MutationRegisterVehicleArgs = {
  input: RegisterVehicleInput;
};


export type MutationReinstateLicenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReinstateMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectShipmentArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveBaseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReportPricesArgs = {
  observations: Array<PriceObservationInput>;
  onDuplicate?: InputMaybe<DuplicatePolicy>;
};


export type MutationReserveSupplyArgs = {
  input: ReserveSupplyInput;
};


export type MutationRevokeLicenceArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevokeOriginCertificateArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetMarketRouteArgs = {
  input: MarketRouteInput;
};


export type MutationSettleFloorArgs = {
  contractId: Scalars['ID']['input'];
  window: WindowInput;
};


export type MutationSettleWindowArgs = {
  crop: Crop;
  window: WindowInput;
};


export type MutationSuspendLicenceArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSuspendMemberArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateBaseArgs = {
  id: Scalars['ID']['input'];
  input: BaseInput;
};


export type MutationUpdateFacilityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateFacilityInput;
};


export type MutationUpdateFloorSchemeArgs = {
  id: Scalars['ID']['input'];
  input: FloorSchemeUpdateInput;
};


export type MutationUpdateLotArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLotInput;
};


export type MutationUpdateMemberArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMemberInput;
};


export type MutationUpdateMyProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationVerifyLabelArgs = {
  code: Scalars['String']['input'];
  where?: InputMaybe<ScanPlaceInput>;
};


export type MutationWithdrawLotArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The origin exit certificate (承诺达标合格证) of one lot or one truckload. Seen by the members of its
 * alliance (never another's); the producer's contact only by the office, the brand office and the
 * lot's grower.
 */
export type OriginCertificate = {
  __typename?: 'OriginCertificate';
  basis: CertificateBasis;
  /** The basis as printed on the certificate, e.g. 委托检测合格. */
  basisLabel: Scalars['String']['output'];
  /** Never more than the lot's quantity. */
  certifiedKg: Scalars['Decimal']['output'];
  /** 不使用禁用农药兽药、停用兽药和非法添加物，常规农药兽药残留不超标 */
  commitmentStatement: Scalars['String']['output'];
  county: Scalars['String']['output'];
  crop: Crop;
  grade: Grade;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** The Asia/Shanghai day of issue. */
  issuedOn: Scalars['Date']['output'];
  /** kg already labelled against this certificate (every licence); for the brand office and office, null for others. */
  labelledKg: Maybe<Scalars['Decimal']['output']>;
  /** The lot certified; null for a truckload certificate (see lots). */
  lot: Maybe<Lot>;
  /** What the certificate covers: the one lot, or every lot on the truck, with its kg. */
  lots: Array<CertifiedLot>;
  /** Unique per alliance and year, without gaps: LX-2026-000123. */
  number: Scalars['String']['output'];
  /** The producer's phone; null unless the caller is the office, the brand office or the lot's grower. */
  producerContact: Maybe<Scalars['String']['output']>;
  producerName: Scalars['String']['output'];
  productName: Scalars['String']['output'];
  /** The passing test the certificate rests on. */
  residueTest: ResidueTest;
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  revokedReason: Maybe<Scalars['String']['output']>;
  /** The shipment certified as a truckload; null for a lot's certificate. */
  shipment: Maybe<Shipment>;
  status: CertificateStatus;
  township: Scalars['String']['output'];
  variety: Maybe<Variety>;
};

export type OriginCertificateConnection = {
  __typename?: 'OriginCertificateConnection';
  edges: Array<OriginCertificateEdge>;
  pageInfo: PageInfo;
};

export type OriginCertificateEdge = {
  __typename?: 'OriginCertificateEdge';
  cursor: Scalars['String']['output'];
  node: OriginCertificate;
};

export type OriginCertificateFilter = {
  lotId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CertificateStatus>;
  /** The year of the number (Asia/Shanghai year of issue). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type OutsideBuyerInput = {
  /** 统一社会信用代码, 18 characters. */
  creditCode: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PastSeasonWindow = {
  __typename?: 'PastSeasonWindow';
  end: Scalars['Date']['output'];
  /** Volume-weighted index of that window; null when it had no observations (left out of F and the burn cost). */
  indexPerKg: Maybe<Scalars['Decimal']['output']>;
  observationDays: Scalars['Int']['output'];
  /** max(0, K − index) per kg. */
  payoutPerKg: Maybe<Scalars['Decimal']['output']>;
  start: Scalars['Date']['output'];
};

/**
 * The per-mu target-price form of the same cover (as in Zhangqiu's 2015 green-onion scheme):
 * indemnity per mu = sum insured per mu × (target − actual) ÷ target, floored at 0, which equals the
 * per-kg form with target = K and sum insured per mu = K × expected yield per mu of the window.
 */
export type PerMuTerms = {
  __typename?: 'PerMuTerms';
  /** Expected kg per mu in one window (the cost basis's season yield, prorated by days). */
  expectedYieldKgPerMu: Scalars['Decimal']['output'];
  farmerPremiumPerMuCny: Scalars['Decimal']['output'];
  /** Insured kg ÷ the window's expected yield per mu. */
  insuredMu: Scalars['Decimal']['output'];
  premiumPerMuCny: Scalars['Decimal']['output'];
  sumInsuredPerMuCny: Scalars['Decimal']['output'];
  targetPricePerJin: Scalars['Decimal']['output'];
  /** The target price, CNY per kg (= K) and per jin (500 g). */
  targetPricePerKg: Scalars['Decimal']['output'];
};

export type PlanShipmentInput = {
  /** A cold store, washing plant or dry warehouse of yours (or of your alliance, for the office). */
  originFacilityId: Scalars['ID']['input'];
  plannedDeparture?: InputMaybe<Scalars['DateTime']['input']>;
  /** Confirmed reservations of one partner market, at most 50; the shipment goes to that market. */
  reservationIds: Array<Scalars['ID']['input']>;
  /** The vehicle's logger for the trace; defaults to its first. */
  sensorCode?: InputMaybe<Scalars['String']['input']>;
  vehicleId: Scalars['ID']['input'];
};

/** Who pays a share of the premium. */
export type PremiumPayer =
  | 'CENTRAL_GOVERNMENT'
  | 'COUNTY_GOVERNMENT'
  | 'FARMER'
  | 'GOVERNMENT'
  | 'PROVINCIAL_GOVERNMENT';

export type PremiumShare = {
  __typename?: 'PremiumShare';
  amountCny: Scalars['Decimal']['output'];
  payer: PremiumPayer;
  share: Scalars['Decimal']['output'];
};

export type PremiumShareInput = {
  payer: PremiumPayer;
  share: Scalars['Decimal']['input'];
};

export type PremiumShareTerm = {
  __typename?: 'PremiumShareTerm';
  payer: PremiumPayer;
  /** Fraction of the premium, e.g. 0.2. */
  share: Scalars['Decimal']['output'];
};

export type PriceIndex = {
  __typename?: 'PriceIndex';
  crop: Crop;
  from: Scalars['Date']['output'];
  grade: Maybe<Grade>;
  interval: PriceInterval;
  /** Periods with at least one observation, oldest first. */
  points: Array<PriceIndexPoint>;
  to: Scalars['Date']['output'];
  variety: Maybe<Variety>;
};

export type PriceIndexPoint = {
  __typename?: 'PriceIndexPoint';
  observationCount: Scalars['Int']['output'];
  /** Days of the period with at least one observation. */
  observationDays: Scalars['Int']['output'];
  periodEnd: Scalars['Date']['output'];
  /** First and last day of the period, clipped to from and to. */
  periodStart: Scalars['Date']['output'];
  /** Σ price × volume ÷ Σ volume, CNY per kg, to 4 decimals. */
  priceCnyPerKg: Scalars['Decimal']['output'];
  volumeKg: Scalars['Decimal']['output'];
};

export type PriceInterval =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type PriceObservation = {
  __typename?: 'PriceObservation';
  crop: Crop;
  /** Asia/Shanghai trading day. */
  day: Scalars['Date']['output'];
  grade: Grade;
  id: Scalars['ID']['output'];
  market: Member;
  priceCnyPerKg: Scalars['Decimal']['output'];
  reportedAt: Scalars['DateTime']['output'];
  source: PriceSource;
  variety: Maybe<Variety>;
  volumeKg: Scalars['Decimal']['output'];
};

export type PriceObservationConnection = {
  __typename?: 'PriceObservationConnection';
  edges: Array<PriceObservationEdge>;
  pageInfo: PageInfo;
};

export type PriceObservationEdge = {
  __typename?: 'PriceObservationEdge';
  cursor: Scalars['String']['output'];
  node: PriceObservation;
};

export type PriceObservationFilter = {
  crop?: InputMaybe<Crop>;
  from?: InputMaybe<Scalars['Date']['input']>;
  marketId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type PriceObservationInput = {
  crop: Crop;
  day: Scalars['Date']['input'];
  grade: Grade;
  /** Only the office names a market (a partner market of its alliance); a market reports its own. */
  marketId?: InputMaybe<Scalars['ID']['input']>;
  priceCnyPerKg: Scalars['Decimal']['input'];
  variety?: InputMaybe<Variety>;
  volumeKg: Scalars['Decimal']['input'];
};

export type PriceReport = {
  __typename?: 'PriceReport';
  /** Rows written as new observations. */
  inserted: Scalars['Int']['output'];
  /** The first 100 rows written, in the order given. */
  observations: Array<PriceObservation>;
  /** Rows that replaced an observation reported before (onDuplicate: REPLACE). */
  replaced: Scalars['Int']['output'];
};

export type PriceSource =
  | 'IMPORTED'
  | 'REPORTED';

/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type Query = {
  __typename?: 'Query';
  /** Public. */
  alliance: Maybe<Alliance>;
  /** Public: the alliances on the platform. */
  alliances: Array<Alliance>;
  /** The caller acting as its alliance's brand office; null unless the caller holds BRAND_OFFICE there now. */
  brandOffice: Maybe<BrandOffice>;
  /** Free capacity of each facility of the kind, over [from, to] (calendar days, Asia/Shanghai). */
  capacity: Array<CapacityAvailability>;
  /**
   * The cost bases of the caller's alliance, newest season and version first. `current: true` leaves
   * out versions superseded by a newer one of the same crop, variety and season.
   */
  costBases: Array<CostBasis>;
  /** A cost basis of the caller's alliance (every member of it may read them); null otherwise. */
  costBasis: Maybe<CostBasis>;
  /**
   * For the brand office (and office): codes whose scans look copied (too many, or places too far
   * apart for the time between them) and scans of unknown codes, grouped by licence and place,
   * most recent first. `since` defaults to 30 days ago.
   */
  counterfeitAlerts: Array<CounterfeitAlert>;
  /**
   * What the insurer has at risk in a crop's season (the scheme whose season contains `seasonOn`,
   * default today): for the insurer and the office.
   */
  exposure: Maybe<Exposure>;
  facilities: Array<Facility>;
  facility: Maybe<Facility>;
  /**
   * The licence-fee pool of the caller's alliance for a month (YYYY-MM, Asia/Shanghai): what it holds
   * and, once distributed, every cooperative's share. For the office and brand office; a cooperative
   * sees only its own share. Before distribution the shares are what a distribution would pay now.
   */
  feePool: Maybe<FeePool>;
  /** The calling cooperative's statements, newest month first: its certified kg, share and amount. */
  feePoolStatements: Array<FeePoolShare>;
  /** A contract: for the insured member, the office and the insurer; null otherwise. */
  floorContract: Maybe<FloorContract>;
  /** Contracts of the alliance, newest first: every one for the insurer and the office, its own for a grower or cooperative. */
  floorContracts: FloorContractConnection;
  /** A quote: for the insured member, whoever asked for it, the office and the insurer; null otherwise. */
  floorQuote: Maybe<FloorQuote>;
  /** The insurer's floor schemes of the caller's alliance (their terms and capacity): for the insurer and the office. */
  floorSchemes: Array<FloorScheme>;
  /** A settlement and its statement (the observations it used): for the insured member, the office and the insurer. */
  floorSettlement: Maybe<FloorSettlement>;
  /** A label batch: for the brand office and office of its alliance, and for the licensee. */
  labelBatch: Maybe<LabelBatch>;
  /** A licence of the caller's alliance: for its brand office and office, and for the licensee (its own); null otherwise. */
  licence: Maybe<Licence>;
  /** Licences of the caller's alliance, newest first: every one for the brand office and office, its own for a licensee. */
  licences: LicenceConnection;
  lot: Maybe<Lot>;
  /** The alliance's routes to its markets: all of them for the office, its own for a market. */
  marketRoutes: Array<MarketRoute>;
  member: Maybe<Member>;
  memberByCode: Maybe<Member>;
  /** Members of an alliance the caller belongs to, ordered by code. */
  members: MemberConnection;
  /** A certificate of the caller's alliance; null for another alliance's or none. */
  originCertificate: Maybe<OriginCertificate>;
  /** The certificates of the caller's alliance, newest first: for its office and brand office. */
  originCertificates: OriginCertificateConnection;
  /**
   * The alliance's price index (产地行情/销售行情): the volume-weighted average of its partner markets'
   * observations per day, ISO week (Monday first) or calendar month, with the number of observations
   * and their volume. Every member of the alliance may read it; outsiders get FORBIDDEN. `variety`
   * and `grade` null take every variety or grade. At most 3,700 periods.
   */
  priceIndex: PriceIndex;
  /**
   * Raw observations of the alliance, newest day first: every one for the insurer and the office,
   * its own for a partner market; FORBIDDEN for others.
   */
  priceObservations: PriceObservationConnection;
  reservation: Maybe<Reservation>;
  shipment: Maybe<Shipment>;
  /** The caller's shipments, newest first: a market's own, an operator's own, all of the office's alliance. */
  shipments: Array<Shipment>;
  /** Lots with available volume, for partner markets and the alliance office. */
  supply: SupplyConnection;
  supplySummary: Array<SupplyBucket>;
  /** Refrigerated trucks of the caller's alliance, by plate. */
  vehicles: Array<Vehicle>;
  /** The calling member. */
  viewer: Maybe<Member>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryAllianceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryCapacityArgs = {
  from: Scalars['Date']['input'];
  kind: CapacityKind;
  to: Scalars['Date']['input'];
  township?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryCostBasesArgs = {
  crop?: InputMaybe<Crop>;
  current?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryCostBasisArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryCounterfeitAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryExposureArgs = {
  crop: Crop;
  seasonOn?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryFacilitiesArgs = {
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryFacilityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryFeePoolArgs = {
  month: Scalars['String']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryFeePoolStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryFloorContractArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryFloorContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FloorContractFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryFloorQuoteArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryFloorSchemesArgs = {
  crop?: InputMaybe<Crop>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryFloorSettlementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryLabelBatchArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryLicenceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryLicencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LicenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryLotArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryMemberByCodeArgs = {
  code: Scalars['String']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryOriginCertificateArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryOriginCertificatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OriginCertificateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryPriceIndexArgs = {
  crop: Crop;
  from: Scalars['Date']['input'];
  grade?: InputMaybe<Grade>;
  interval?: PriceInterval;
  to: Scalars['Date']['input'];
  variety?: InputMaybe<Variety>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryPriceObservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PriceObservationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryReservationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryShipmentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryShipmentsArgs = {
  filter?: InputMaybe<ShipmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QuerySupplyArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: SupplyFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SupplyOrder>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QuerySupplySummaryArgs = {
  filter: SupplyFilter;
  groupBy: Array<SupplyDimension>;
};


/**
 * Branding and licensing: residue tests and origin certificates (承诺达标合格证) of lots and
 * truckloads, origin-label licences, serialized label codes and their public verification, and the
 * licence-fee pool paid out to cooperatives.
 */
export type QueryVehiclesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QuoteFloorInput = {
  /** First day of the first window and last day of the last; on window boundaries, inside one scheme's season. */
  coverFrom: Scalars['Date']['input'];
  coverTo: Scalars['Date']['input'];
  /** Coverage level, 0.70 to 1.00: floor K = coverage × marginal cost. */
  coverage: Scalars['Decimal']['input'];
  crop: Crop;
  /** The grade of the index the contract settles on; null: every grade. */
  grade?: InputMaybe<Grade>;
  /** Kg insured in each settlement window. */
  insuredKg: Scalars['Decimal']['input'];
  /** The grower or cooperative insured; the caller when left out (the office and the insurer must name one). */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  variety?: InputMaybe<Variety>;
  windowLength?: InputMaybe<SettlementWindowLength>;
};

export type QuoteWindow = {
  __typename?: 'QuoteWindow';
  /** Black-76 put per kg: e^(−rT)·[K·N(−d2) − F·N(−d1)]. */
  black76PerKg: Scalars['Decimal']['output'];
  /** Mean of their payouts per kg. */
  burnCostPerKg: Scalars['Decimal']['output'];
  end: Scalars['Date']['output'];
  /** F: the mean index of the same window in the past seasons used. */
  forwardPerKg: Scalars['Decimal']['output'];
  /** The past seasons' windows and what the floor would have paid in each. */
  pastSeasons: Array<PastSeasonWindow>;
  riskFreeRate: Scalars['Decimal']['output'];
  start: Scalars['Date']['output'];
  /** σ: annualised standard deviation of the daily log returns of the index over the 365 days before the quote (× √365). */
  volatility: Scalars['Decimal']['output'];
  /** T: years from the quote to the window's end. */
  yearsToExpiry: Scalars['Decimal']['output'];
};

export type RecordResidueTestInput = {
  basis: CertificateBasis;
  failedAnalytes?: InputMaybe<Array<Scalars['String']['input']>>;
  lotId: Scalars['ID']['input'];
  reportNumber?: InputMaybe<Scalars['String']['input']>;
  result: ResidueResult;
  sampledAt: Scalars['DateTime']['input'];
  testedAt: Scalars['DateTime']['input'];
  tester: Scalars['String']['input'];
};

export type RegisterFacilityInput = {
  /** Unique, e.g. CS-243. */
  code: Scalars['String']['input'];
  /** Ice plants. */
  iceTonnesPerDay?: InputMaybe<Scalars['Decimal']['input']>;
  kind: FacilityKind;
  name: Scalars['String']['input'];
  /** The member that runs it. */
  operatorId: Scalars['ID']['input'];
  storageCapacityKg?: InputMaybe<Scalars['Decimal']['input']>;
  /** Cold stores and dry warehouses: both. */
  storageCubicMetres?: InputMaybe<Scalars['Decimal']['input']>;
  township: Scalars['String']['input'];
  /** Washing plants: both. */
  washingLines?: InputMaybe<Scalars['Int']['input']>;
  washingTonnesPerDay?: InputMaybe<Scalars['Decimal']['input']>;
};

export type RegisterLotInput = {
  askingPricePerKg: Scalars['Decimal']['input'];
  /** The base the lot comes from; its grower or cooperative owns the lot. */
  baseId: Scalars['ID']['input'];
  crop: Crop;
  forward?: InputMaybe<Scalars['Boolean']['input']>;
  grade: Grade;
  /** The harvest day, or the expected one with forward: true. */
  harvestDate: Scalars['Date']['input'];
  quantityKg: Scalars['Decimal']['input'];
  variety?: InputMaybe<Variety>;
};

export type RegisterSensorInput = {
  code: Scalars['String']['input'];
  /** Exactly one of facilityId and vehicleId. */
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  vehicleId?: InputMaybe<Scalars['ID']['input']>;
};

export type RegisterVehicleInput = {
  /** Defaults to the caller; the office may name any member. */
  operatorId?: InputMaybe<Scalars['ID']['input']>;
  plate: Scalars['String']['input'];
};

export type RejectedReading = {
  __typename?: 'RejectedReading';
  /** Position of the reading in the batch, from 0. */
  index: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  sensorCode: Scalars['String']['output'];
};

/** Reservations are owned by the members subgraph; the cold chain adds the shipment that fulfils one. */
export type Reservation = {
  __typename?: 'Reservation';
  createdAt: Scalars['DateTime']['output'];
  /** A HELD reservation stops counting against availability at this instant. */
  holdUntil: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  idempotencyKey: Scalars['String']['output'];
  lines: Array<ReservationLine>;
  market: Member;
  /** The shipment carrying it; null when there is none, or when the caller may not see it. */
  shipment: Maybe<Shipment>;
  /** Loaded onto its shipment so far. */
  shippedKg: Scalars['Decimal']['output'];
  status: ReservationStatus;
  totalKg: Scalars['Decimal']['output'];
  /** CNY. */
  totalPrice: Scalars['Decimal']['output'];
};

export type ReservationLine = {
  __typename?: 'ReservationLine';
  /** kg × price, CNY. */
  amount: Scalars['Decimal']['output'];
  kg: Scalars['Decimal']['output'];
  lot: Lot;
  pricePerKg: Scalars['Decimal']['output'];
  /** Loaded onto the reservation's shipment; never more than kg. */
  shippedKg: Scalars['Decimal']['output'];
};

export type ReservationStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'EXPIRED'
  /** Its shipment left: what was loaded is shipped, what was not went back to supply. */
  | 'FULFILLED'
  | 'HELD';

/** Either lotId, or specification (the alliance allocates across lots, oldest harvest first). */
export type ReserveSupplyInput = {
  /** How long the hold lasts before it expires (default 120, at most 2880). */
  holdMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** A retry with the same key returns the first reservation and reserves nothing more. */
  idempotencyKey: Scalars['String']['input'];
  lotId?: InputMaybe<Scalars['ID']['input']>;
  quantityKg: Scalars['Decimal']['input'];
  specification?: InputMaybe<SupplySpecification>;
};

export type ResidueResult =
  | 'FAIL'
  | 'PASS';

/** A pesticide residue test of a lot. */
export type ResidueTest = {
  __typename?: 'ResidueTest';
  basis: CertificateBasis;
  /** The analytes over their limits: empty for a pass. */
  failedAnalytes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lot: Lot;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Member;
  /** The laboratory's report number; required for a commissioned test. */
  reportNumber: Maybe<Scalars['String']['output']>;
  result: ResidueResult;
  sampledAt: Scalars['DateTime']['output'];
  testedAt: Scalars['DateTime']['output'];
  /** The laboratory, or who tested (the grower, the cooperative's tester). */
  tester: Scalars['String']['output'];
};

export type Role =
  | 'ALLIANCE_ADMIN'
  | 'BRAND_OFFICE'
  | 'COOPERATIVE'
  | 'FACILITY_OPERATOR'
  | 'GROWER'
  | 'INSURER'
  | 'PARTNER_MARKET';

/** Where a shopper scanned, coarsely: coordinates rounded to 0.1° (about 10 km), or a known city's name. */
export type ScanPlaceInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
};

export type Sensor = {
  __typename?: 'Sensor';
  code: Scalars['String']['output'];
  facility: Maybe<Facility>;
  id: Scalars['ID']['output'];
  latestReading: Maybe<TemperatureReading>;
  vehicle: Maybe<Vehicle>;
};

export type SettlementWindowLength =
  /** A calendar month. */
  | 'MONTH'
  /** Monday to Sunday. */
  | 'WEEK';

/** Shipments are owned by the cold chain; branding adds the truckload's certificate. */
export type Shipment = {
  __typename?: 'Shipment';
  arrivedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Loading, transit and arrival of each lot, oldest first. */
  custody: Array<CustodyEvent>;
  departedAt: Maybe<Scalars['DateTime']['output']>;
  excursionCount: Scalars['Int']['output'];
  /** Excursions in transit, by the limits of the crop aboard (scallion when any is). */
  excursions: Array<Excursion>;
  id: Scalars['ID']['output'];
  /** Per reservation and lot: what the market reserved and what has been loaded. */
  lines: Array<ShipmentLine>;
  loadedKg: Scalars['Decimal']['output'];
  /** The market of its reservations; null until the members subgraph has committed one (moments after planning). */
  market: Maybe<Member>;
  /** Mean kinetic temperature (°C) in transit. */
  meanKineticTemperatureC: Maybe<Scalars['Float']['output']>;
  origin: Facility;
  /** The truckload's valid origin certificate; null when it has none (or the caller may not see it). */
  originCertificate: Maybe<OriginCertificate>;
  plannedDeparture: Maybe<Scalars['DateTime']['output']>;
  rejectionReason: Maybe<Scalars['String']['output']>;
  reservations: Array<ShipmentReservation>;
  /** The vehicle's logger whose readings make the trace. */
  sensor: Maybe<Sensor>;
  status: ShipmentStatus;
  /** The vehicle logger's readings from departure to arrival (or now); empty before it leaves. */
  temperatureTrace: Array<TemperatureReading>;
  vehicle: Vehicle;
};

export type ShipmentFilter = {
  marketId?: InputMaybe<Scalars['ID']['input']>;
  originFacilityId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ShipmentStatus>;
};

export type ShipmentLine = {
  __typename?: 'ShipmentLine';
  crop: Crop;
  loadedKg: Scalars['Decimal']['output'];
  lot: Lot;
  reservation: Reservation;
  reservedKg: Scalars['Decimal']['output'];
};

export type ShipmentLoadInput = {
  kg: Scalars['Decimal']['input'];
  lotId: Scalars['ID']['input'];
  reservationId: Scalars['ID']['input'];
};

export type ShipmentReservation = {
  __typename?: 'ShipmentReservation';
  /** Why the members subgraph refused it. */
  reason: Maybe<Scalars['String']['output']>;
  /** The members' reservation, once committed to this shipment; null while pending, refused or released. */
  reservation: Maybe<Reservation>;
  reservationId: Scalars['ID']['output'];
  status: ShipmentReservationStatus;
};

export type ShipmentReservationStatus =
  /** Committed: its lots can be loaded, and the market can no longer cancel it. */
  | 'COMMITTED'
  /** Waiting for the members subgraph to commit it (moments after planning). */
  | 'PENDING'
  /** The members subgraph refused it; see reason. */
  | 'REFUSED'
  /** Off the shipment: cancelled, or it left without loading any of it. */
  | 'RELEASED';

export type ShipmentStatus =
  /** Called off before anything was loaded; its reservations were released. */
  | 'CANCELLED'
  | 'DELIVERED'
  | 'IN_TRANSIT'
  /** Lots are being loaded onto the vehicle. */
  | 'LOADING'
  /** Planned; its reservations are being committed by the members subgraph. */
  | 'PLANNED'
  /** The market refused it on arrival. */
  | 'REJECTED';

export type StatementLine = {
  __typename?: 'StatementLine';
  day: Scalars['Date']['output'];
  grade: Grade;
  market: Member;
  priceCnyPerKg: Scalars['Decimal']['output'];
  variety: Maybe<Variety>;
  volumeKg: Scalars['Decimal']['output'];
};

/** Available supply grouped by the requested dimensions; dimensions not requested are null. */
export type SupplyBucket = {
  __typename?: 'SupplyBucket';
  availableKg: Scalars['Decimal']['output'];
  crop: Maybe<Crop>;
  grade: Maybe<Grade>;
  harvestDate: Maybe<Scalars['Date']['output']>;
  lotCount: Scalars['Int']['output'];
  township: Maybe<Scalars['String']['output']>;
  variety: Maybe<Variety>;
};

export type SupplyConnection = {
  __typename?: 'SupplyConnection';
  edges: Array<SupplyEdge>;
  pageInfo: PageInfo;
  /** Available kg over the whole filter, not only this page. */
  totalAvailableKg: Scalars['Decimal']['output'];
  /** Lots matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type SupplyDimension =
  | 'CROP'
  | 'GRADE'
  | 'HARVEST_DATE'
  | 'TOWNSHIP'
  | 'VARIETY';

export type SupplyEdge = {
  __typename?: 'SupplyEdge';
  cursor: Scalars['String']['output'];
  node: Lot;
  /** Days of shelf life the lot is predicted to have left on arrival at the destination; null without a destination with a route, or when its freshness is unknown. */
  predictedShelfLifeOnArrivalDays: Maybe<Scalars['Float']['output']>;
};

export type SupplyFilter = {
  /** Lots harvested or expected on or before this day. */
  availableBy?: InputMaybe<Scalars['Date']['input']>;
  crop?: InputMaybe<Crop>;
  /**
   * The market the kg would travel to: defaults to the calling market; the office names it. Its route
   * must be set (setMarketRoute) for a minimum to be asked or a prediction shown.
   */
  destinationMarketId?: InputMaybe<Scalars['ID']['input']>;
  grades?: InputMaybe<Array<Grade>>;
  /** Only lots harvested (not forward) on or before this day. */
  harvestedBy?: InputMaybe<Scalars['Date']['input']>;
  maxPricePerKg?: InputMaybe<Scalars['Decimal']['input']>;
  minAvailableKg?: InputMaybe<Scalars['Decimal']['input']>;
  /**
   * Only lots predicted to arrive at the destination with at least this many days of shelf life left
   * (from the cold chain's latest figures, the route's transit time and truck temperature). A lot whose
   * freshness the cold chain has not told (nothing logged, or a crop without a countdown) is left out:
   * unknown freshness cannot be promised.
   */
  minShelfLifeOnArrivalDays?: InputMaybe<Scalars['Float']['input']>;
  townships?: InputMaybe<Array<Scalars['String']['input']>>;
  varieties?: InputMaybe<Array<Variety>>;
};

export type SupplyOrder =
  /** Oldest harvest first (the default): sell what is freshest to lose first. */
  | 'HARVEST_DATE'
  /** Cheapest first. */
  | 'PRICE';

export type SupplySpecification = {
  crop: Crop;
  /** Only lots harvested or expected on or before this day. */
  deliverableBy: Scalars['Date']['input'];
  /** Where the kg go: the calling market (the default) and its route set by the office. */
  destinationMarketId?: InputMaybe<Scalars['ID']['input']>;
  grade: Grade;
  /**
   * Only lots predicted to arrive with at least this many days of shelf life left (lots of unknown
   * freshness are left out); they are then allocated first-expired-first-out: the soonest to expire
   * on arrival first, ties oldest harvest first.
   */
  minShelfLifeOnArrivalDays?: InputMaybe<Scalars['Float']['input']>;
  variety?: InputMaybe<Variety>;
};

export type TemperatureIngestReport = {
  __typename?: 'TemperatureIngestReport';
  /** Same sensor and time as a reading already stored (or earlier in the batch): ignored. */
  duplicates: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
  rejected: Array<RejectedReading>;
  stored: Scalars['Int']['output'];
};

export type TemperatureReading = {
  __typename?: 'TemperatureReading';
  at: Scalars['DateTime']['output'];
  celsius: Scalars['Float']['output'];
  relativeHumidity: Maybe<Scalars['Float']['output']>;
};

export type TemperatureReadingInput = {
  at: Scalars['DateTime']['input'];
  celsius: Scalars['Float']['input'];
  relativeHumidity?: InputMaybe<Scalars['Float']['input']>;
  sensorCode: Scalars['String']['input'];
};

/** The licensee's own trademark, printed next to the origin mark (the dual-label rule). */
export type Trademark = {
  __typename?: 'Trademark';
  name: Scalars['String']['output'];
  registrationNumber: Scalars['String']['output'];
};

export type TrademarkInput = {
  name: Scalars['String']['input'];
  registrationNumber: Scalars['String']['input'];
};

export type UpdateFacilityInput = {
  iceTonnesPerDay?: InputMaybe<Scalars['Decimal']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<FacilityStatus>;
  storageCapacityKg?: InputMaybe<Scalars['Decimal']['input']>;
  /** A new capacity applies from today on, and never below what is already booked. */
  storageCubicMetres?: InputMaybe<Scalars['Decimal']['input']>;
  washingLines?: InputMaybe<Scalars['Int']['input']>;
  washingTonnesPerDay?: InputMaybe<Scalars['Decimal']['input']>;
};

export type UpdateLotInput = {
  askingPricePerKg?: InputMaybe<Scalars['Decimal']['input']>;
  forward?: InputMaybe<Scalars['Boolean']['input']>;
  grade?: InputMaybe<Grade>;
  harvestDate?: InputMaybe<Scalars['Date']['input']>;
  quantityKg?: InputMaybe<Scalars['Decimal']['input']>;
  variety?: InputMaybe<Variety>;
};

export type UpdateMemberInput = {
  contact?: InputMaybe<ContactInput>;
  /** Affiliates a grower with a COOPERATIVE member of the same alliance; null leaves it unaffiliated. */
  cooperativeId?: InputMaybe<Scalars['ID']['input']>;
  creditCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<MemberKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the member's roles in the alliance of the caller. */
  roles?: InputMaybe<Array<Role>>;
  township?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProfileInput = {
  contact?: InputMaybe<ContactInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  township?: InputMaybe<Scalars['String']['input']>;
};

export type Variety =
  | 'BLACK'
  | 'RED'
  | 'WHITE';

export type Vehicle = {
  __typename?: 'Vehicle';
  id: Scalars['ID']['output'];
  operator: Member;
  plate: Scalars['String']['output'];
  sensors: Array<Sensor>;
};

export type VerificationOutcome =
  /** A genuine code scanned before: see scanCount, firstVerifiedAt, firstVerifiedIn. */
  | 'ALREADY_VERIFIED'
  /** A genuine code, scanned for the first time. */
  | 'GENUINE'
  /** The code was genuine but its certificate or licence has been revoked. */
  | 'REVOKED'
  /** No such code: a counterfeit. */
  | 'UNKNOWN';

export type WindowExposure = {
  __typename?: 'WindowExposure';
  contracts: Scalars['Int']['output'];
  end: Scalars['Date']['output'];
  /** Σ of the contracts' expected payouts of the window (as quoted). */
  expectedPayoutCny: Scalars['Decimal']['output'];
  insuredKg: Scalars['Decimal']['output'];
  /** Paid, once the window is settled. */
  paidCny: Maybe<Scalars['Decimal']['output']>;
  start: Scalars['Date']['output'];
  sumInsuredCny: Scalars['Decimal']['output'];
};

export type WindowInput = {
  end: Scalars['Date']['input'];
  start: Scalars['Date']['input'];
};

export type WindowSettlement = {
  __typename?: 'WindowSettlement';
  /** Contracts of the window settled before (left as they were). */
  alreadySettled: Scalars['Int']['output'];
  crop: Crop;
  indexPerKg: Maybe<Scalars['Decimal']['output']>;
  /** Payouts of the contracts settled by this call. */
  payoutCny: Scalars['Decimal']['output'];
  /** Contracts settled by this call. */
  settled: Scalars['Int']['output'];
  /** Payouts of every settlement of the window. */
  totalPayoutCny: Scalars['Decimal']['output'];
  windowEnd: Scalars['Date']['output'];
  windowStart: Scalars['Date']['output'];
};

export type Join__Graph =
  | 'BRANDING'
  | 'COLDCHAIN'
  | 'INSURANCE'
  | 'MEMBERS';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type SupplyQueryVariables = Exact<{
  filter: SupplyFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SupplyQuery = { __typename?: 'Query', supply: { __typename?: 'SupplyConnection', totalCount: number, totalAvailableKg: string, edges: Array<{ __typename?: 'SupplyEdge', node: { __typename?: 'Lot', id: string, lotNumber: string, township: string, harvestDate: string, grade: Grade, availableKg: string, askingPricePerKg: string, coldChain: { __typename?: 'LotColdChain', remainingShelfLifeDays: number | null, excursionCount: number, latestTemperature: { __typename?: 'TemperatureReading', celsius: number, at: string } | null } | null, originCertificate: { __typename?: 'OriginCertificate', number: string, status: CertificateStatus, certifiedKg: string } | null } }> } };

export type ReserveSupplyMutationVariables = Exact<{
  input: ReserveSupplyInput;
}>;


export type ReserveSupplyMutation = { __typename?: 'Mutation', reserveSupply: { __typename?: 'Reservation', id: string, status: ReservationStatus, holdUntil: string, totalKg: string, totalPrice: string, idempotencyKey: string, lines: Array<{ __typename?: 'ReservationLine', kg: string, pricePerKg: string, lot: { __typename?: 'Lot', id: string, township: string, harvestDate: string } }> } };

export type ConfirmReservationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmReservationMutation = { __typename?: 'Mutation', confirmReservation: { __typename?: 'Reservation', id: string, status: ReservationStatus, totalKg: string } };

export type MyReservationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReservationsQuery = { __typename?: 'Query', viewer: { __typename?: 'Member', code: string, reservations: Array<{ __typename?: 'Reservation', id: string, status: ReservationStatus, totalKg: string, shippedKg: string, shipment: { __typename?: 'Shipment', id: string, status: ShipmentStatus, departedAt: string | null, arrivedAt: string | null, vehicle: { __typename?: 'Vehicle', plate: string } } | null }> } | null };

export type FollowShipmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FollowShipmentQuery = { __typename?: 'Query', shipment: { __typename?: 'Shipment', id: string, status: ShipmentStatus, departedAt: string | null, arrivedAt: string | null, loadedKg: string, excursionCount: number, meanKineticTemperatureC: number | null, temperatureTrace: Array<{ __typename?: 'TemperatureReading', at: string, celsius: number }> } | null };

export type PriceIndexQueryVariables = Exact<{
  crop: Crop;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  interval: PriceInterval;
}>;


export type PriceIndexQuery = { __typename?: 'Query', priceIndex: { __typename?: 'PriceIndex', crop: Crop, from: string, to: string, interval: PriceInterval, points: Array<{ __typename?: 'PriceIndexPoint', periodStart: string, periodEnd: string, priceCnyPerKg: string, volumeKg: string, observationCount: number }> } };

export type QuoteFloorMutationVariables = Exact<{
  input: QuoteFloorInput;
}>;


export type QuoteFloorMutation = { __typename?: 'Mutation', quoteFloor: { __typename?: 'FloorQuote', id: string, floorPerKg: string, sumInsuredCny: string, premiumCny: string, rate: string, validUntil: string, windows: Array<{ __typename?: 'QuoteWindow', start: string, end: string }> } };

export type BindFloorMutationVariables = Exact<{
  quoteId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type BindFloorMutation = { __typename?: 'Mutation', bindFloor: { __typename?: 'FloorContract', id: string, number: string, status: FloorContractStatus, sumInsuredCny: string, premiumCny: string, coverFrom: string, coverTo: string } };

export type SettleFloorMutationVariables = Exact<{
  contractId: Scalars['ID']['input'];
  window: WindowInput;
}>;


export type SettleFloorMutation = { __typename?: 'Mutation', settleFloor: { __typename?: 'FloorSettlement', id: string, windowStart: string, windowEnd: string, indexPerKg: string, floorPerKg: string, payoutCny: string } };

export type ExposureQueryVariables = Exact<{
  crop: Crop;
  seasonOn?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ExposureQuery = { __typename?: 'Query', exposure: { __typename?: 'Exposure', crop: Crop, contracts: number, insuredKg: string, sumInsuredCny: string, maximumPayoutCny: string, premiumCny: string } | null };

export type RecordResidueTestMutationVariables = Exact<{
  input: RecordResidueTestInput;
}>;


export type RecordResidueTestMutation = { __typename?: 'Mutation', recordResidueTest: { __typename?: 'ResidueTest', id: string, result: ResidueResult } };

export type IssueOriginCertificateMutationVariables = Exact<{
  lotId: Scalars['ID']['input'];
  certifiedKg?: InputMaybe<Scalars['Decimal']['input']>;
}>;


export type IssueOriginCertificateMutation = { __typename?: 'Mutation', issueOriginCertificate: { __typename?: 'OriginCertificate', id: string, number: string, status: CertificateStatus, certifiedKg: string } };

export type GrantLicenceMutationVariables = Exact<{
  input: GrantLicenceInput;
}>;


export type GrantLicenceMutation = { __typename?: 'Mutation', grantLicence: { __typename?: 'Licence', id: string, number: string, gtin: string, status: LicenceStatus, quotaKg: string, remainingKg: string } };

export type IssueLabelsMutationVariables = Exact<{
  licenceId: Scalars['ID']['input'];
  lotId: Scalars['ID']['input'];
  count: Scalars['Int']['input'];
  packKg: Scalars['Decimal']['input'];
}>;


export type IssueLabelsMutation = { __typename?: 'Mutation', issueLabels: { __typename?: 'LabelBatch', id: string, count: number, packKg: string, totalKg: string, feeCny: string, gtin: string, lotNumber: string, status: LabelStatus } };

export type CounterfeitAlertsQueryVariables = Exact<{
  since?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CounterfeitAlertsQuery = { __typename?: 'Query', counterfeitAlerts: Array<{ __typename?: 'CounterfeitAlert', kind: CounterfeitAlertKind, place: string | null, scanCount: number, codes: Array<string>, reasons: Array<string>, firstScanAt: string, lastScanAt: string }> };

export type RecordTemperaturesMutationVariables = Exact<{
  readings: Array<TemperatureReadingInput> | TemperatureReadingInput;
}>;


export type RecordTemperaturesMutation = { __typename?: 'Mutation', recordTemperatures: { __typename?: 'TemperatureIngestReport', received: number, stored: number, duplicates: number, rejected: Array<{ __typename?: 'RejectedReading', index: number, sensorCode: string, reason: string }> } };


export const SupplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Supply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAvailableKg"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"harvestDate"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"availableKg"}},{"kind":"Field","name":{"kind":"Name","value":"askingPricePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"coldChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remainingShelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"excursionCount"}},{"kind":"Field","name":{"kind":"Name","value":"latestTemperature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"celsius"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"originCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedKg"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupplyQuery, SupplyQueryVariables>;
export const ReserveSupplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReserveSupply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSupplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSupply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holdUntil"}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kg"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"harvestDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReserveSupplyMutation, ReserveSupplyMutationVariables>;
export const ConfirmReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}}]}}]}}]} as unknown as DocumentNode<ConfirmReservationMutation, ConfirmReservationMutationVariables>;
export const MyReservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}},{"kind":"Field","name":{"kind":"Name","value":"shippedKg"}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"departedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyReservationsQuery, MyReservationsQueryVariables>;
export const FollowShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"departedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"loadedKg"}},{"kind":"Field","name":{"kind":"Name","value":"excursionCount"}},{"kind":"Field","name":{"kind":"Name","value":"meanKineticTemperatureC"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureTrace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"celsius"}}]}}]}}]}}]} as unknown as DocumentNode<FollowShipmentQuery, FollowShipmentQueryVariables>;
export const PriceIndexDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceIndex"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crop"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Crop"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceInterval"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceIndex"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crop"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"priceCnyPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"observationCount"}}]}}]}}]}}]} as unknown as DocumentNode<PriceIndexQuery, PriceIndexQueryVariables>;
export const QuoteFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuoteFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteFloorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"floorPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCny"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]} as unknown as DocumentNode<QuoteFloorMutation, QuoteFloorMutationVariables>;
export const BindFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCny"}},{"kind":"Field","name":{"kind":"Name","value":"coverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverTo"}}]}}]}}]} as unknown as DocumentNode<BindFloorMutation, BindFloorMutationVariables>;
export const SettleFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettleFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"indexPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"floorPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"payoutCny"}}]}}]}}]} as unknown as DocumentNode<SettleFloorMutation, SettleFloorMutationVariables>;
export const ExposureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Exposure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crop"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Crop"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seasonOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crop"}}},{"kind":"Argument","name":{"kind":"Name","value":"seasonOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seasonOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"insuredKg"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"maximumPayoutCny"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCny"}}]}}]}}]} as unknown as DocumentNode<ExposureQuery, ExposureQueryVariables>;
export const RecordResidueTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordResidueTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordResidueTestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordResidueTest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<RecordResidueTestMutation, RecordResidueTestMutationVariables>;
export const IssueOriginCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueOriginCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certifiedKg"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueOriginCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"certifiedKg"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certifiedKg"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedKg"}}]}}]}}]} as unknown as DocumentNode<IssueOriginCertificateMutation, IssueOriginCertificateMutationVariables>;
export const GrantLicenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantLicence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantLicenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quotaKg"}},{"kind":"Field","name":{"kind":"Name","value":"remainingKg"}}]}}]}}]} as unknown as DocumentNode<GrantLicenceMutation, GrantLicenceMutationVariables>;
export const IssueLabelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueLabels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packKg"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"licenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"Argument","name":{"kind":"Name","value":"packKg"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packKg"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"packKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}},{"kind":"Field","name":{"kind":"Name","value":"feeCny"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<IssueLabelsMutation, IssueLabelsMutationVariables>;
export const CounterfeitAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterfeitAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterfeitAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"scanCount"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"firstScanAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastScanAt"}}]}}]}}]} as unknown as DocumentNode<CounterfeitAlertsQuery, CounterfeitAlertsQueryVariables>;
export const RecordTemperaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTemperatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TemperatureReadingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTemperatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"readings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"sensorCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<RecordTemperaturesMutation, RecordTemperaturesMutationVariables>;