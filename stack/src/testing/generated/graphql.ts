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

/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __Type = {
  __typename?: '__Type';
  kind: __TypeKind;
  name: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  specifiedByURL: Maybe<Scalars['String']['output']>;
  fields: Maybe<Array<__Field>>;
  interfaces: Maybe<Array<__Type>>;
  possibleTypes: Maybe<Array<__Type>>;
  enumValues: Maybe<Array<__EnumValue>>;
  inputFields: Maybe<Array<__InputValue>>;
  ofType: Maybe<__Type>;
  isOneOf: Maybe<Scalars['Boolean']['output']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeFieldsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeEnumValuesArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeInputFieldsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

/** Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type. */
export type __Field = {
  __typename?: '__Field';
  name: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  args: Array<__InputValue>;
  type: __Type;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason: Maybe<Scalars['String']['output']>;
};


/** Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type. */
export type __FieldArgsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value. */
export type __InputValue = {
  __typename?: '__InputValue';
  name: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  type: __Type;
  /** A GraphQL-formatted string representing the default value for this input value. */
  defaultValue: Maybe<Scalars['String']['output']>;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason: Maybe<Scalars['String']['output']>;
};

/** One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string. */
export type __EnumValue = {
  __typename?: '__EnumValue';
  name: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason: Maybe<Scalars['String']['output']>;
};

export type GatewayAlliancesQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayAlliancesQuery = { __typename?: 'Query', alliances: Array<{ __typename?: 'Alliance', id: string, code: string, name: string, region: string, crops: Array<Crop> }> };

export type GatewayMemberFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayMemberFieldsQuery = { __typename?: 'Query', __type: { __typename?: '__Type', fields: Array<{ __typename?: '__Field', name: string }> | null } | null };

export type PartialSupplyWithColdChainQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type PartialSupplyWithColdChainQuery = { __typename?: 'Query', supply: { __typename?: 'SupplyConnection', totalCount: number, edges: Array<{ __typename?: 'SupplyEdge', node: { __typename?: 'Lot', id: string, availableKg: string, coldChain: { __typename?: 'LotColdChain', excursionCount: number, custody: Array<{ __typename?: 'CustodyEvent', kind: CustodyKind }> } | null } }> } };

export type ReplicasReserveMutationVariables = Exact<{
  input: ReserveSupplyInput;
}>;


export type ReplicasReserveMutation = { __typename?: 'Mutation', reserveSupply: { __typename?: 'Reservation', id: string, totalKg: string } };

export type ReplicasConfirmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReplicasConfirmMutation = { __typename?: 'Mutation', confirmReservation: { __typename?: 'Reservation', status: ReservationStatus } };

export type ReplicasPlanMutationVariables = Exact<{
  input: PlanShipmentInput;
}>;


export type ReplicasPlanMutation = { __typename?: 'Mutation', planShipment: { __typename?: 'Shipment', id: string } };

export type ReplicasShipmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReplicasShipmentQuery = { __typename?: 'Query', shipment: { __typename?: 'Shipment', reservations: Array<{ __typename?: 'ShipmentReservation', status: ShipmentReservationStatus }> } | null };

export type BrandOfficeOfCallerQueryVariables = Exact<{ [key: string]: never; }>;


export type BrandOfficeOfCallerQuery = { __typename?: 'Query', brandOffice: { __typename?: 'BrandOffice', allianceId: string, member: { __typename?: 'Member', id: string, code: string } } | null };

export type FeePoolRecordTestMutationVariables = Exact<{
  input: RecordResidueTestInput;
}>;


export type FeePoolRecordTestMutation = { __typename?: 'Mutation', recordResidueTest: { __typename?: 'ResidueTest', id: string } };

export type FeePoolCertifyMutationVariables = Exact<{
  lotId: Scalars['ID']['input'];
}>;


export type FeePoolCertifyMutation = { __typename?: 'Mutation', issueOriginCertificate: { __typename?: 'OriginCertificate', id: string, certifiedKg: string } };

export type FeePoolRevokeCertificateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type FeePoolRevokeCertificateMutation = { __typename?: 'Mutation', revokeOriginCertificate: { __typename?: 'OriginCertificate', id: string, status: CertificateStatus } };

export type FeePoolGrantMutationVariables = Exact<{
  input: GrantLicenceInput;
}>;


export type FeePoolGrantMutation = { __typename?: 'Mutation', grantLicence: { __typename?: 'Licence', id: string } };

export type FeePoolRevokeLicenceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type FeePoolRevokeLicenceMutation = { __typename?: 'Mutation', revokeLicence: { __typename?: 'Licence', id: string, status: LicenceStatus } };

export type FeePoolIssueLabelsMutationVariables = Exact<{
  licenceId: Scalars['ID']['input'];
  lotId: Scalars['ID']['input'];
  count: Scalars['Int']['input'];
  packKg: Scalars['Decimal']['input'];
}>;


export type FeePoolIssueLabelsMutation = { __typename?: 'Mutation', issueLabels: { __typename?: 'LabelBatch', id: string, totalKg: string, feeCny: string } };

export type FeePoolDistributeMutationVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
}>;


export type FeePoolDistributeMutation = { __typename?: 'Mutation', distributeFeePool: { __typename?: 'FeePool', allianceId: string, month: string, poolCny: string, certifiedKg: string, distributed: boolean, distributedAt: string | null, shares: Array<{ __typename?: 'FeePoolShare', month: string, certifiedKg: string, share: string, amountCny: string, distributed: boolean, cooperative: { __typename?: 'Member', id: string } }> } };

export type FeePoolOfMonthQueryVariables = Exact<{
  month: Scalars['String']['input'];
}>;


export type FeePoolOfMonthQuery = { __typename?: 'Query', feePool: { __typename?: 'FeePool', allianceId: string, month: string, poolCny: string, certifiedKg: string, distributed: boolean, distributedAt: string | null, shares: Array<{ __typename?: 'FeePoolShare', month: string, certifiedKg: string, share: string, amountCny: string, distributed: boolean, cooperative: { __typename?: 'Member', id: string } }> } | null };

export type FeePoolStatementsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FeePoolStatementsQuery = { __typename?: 'Query', feePoolStatements: Array<{ __typename?: 'FeePoolShare', month: string, certifiedKg: string, share: string, amountCny: string, distributed: boolean, cooperative: { __typename?: 'Member', id: string } }> };

export type ConcurrentIssueMutationVariables = Exact<{
  licenceId: Scalars['ID']['input'];
  lotId: Scalars['ID']['input'];
  count: Scalars['Int']['input'];
  packKg: Scalars['Decimal']['input'];
}>;


export type ConcurrentIssueMutation = { __typename?: 'Mutation', issueLabels: { __typename?: 'LabelBatch', id: string, totalKg: string } };

export type LabelsIssueMutationVariables = Exact<{
  licenceId: Scalars['ID']['input'];
  lotId: Scalars['ID']['input'];
  count: Scalars['Int']['input'];
  packKg: Scalars['Decimal']['input'];
}>;


export type LabelsIssueMutation = { __typename?: 'Mutation', issueLabels: { __typename?: 'LabelBatch', id: string, count: number, packKg: string, totalKg: string, feeCny: string, gtin: string, lotNumber: string, issuedAt: string, status: LabelStatus, licence: { __typename?: 'Licence', id: string, usedKg: string, remainingKg: string, feesAccrued: string }, lot: { __typename?: 'Lot', id: string }, certificate: { __typename?: 'OriginCertificate', id: string, number: string, labelledKg: string | null }, issuedBy: { __typename?: 'Member', id: string } } };

export type LabelsBatchQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LabelsBatchQuery = { __typename?: 'Query', labelBatch: { __typename?: 'LabelBatch', id: string, count: number, status: LabelStatus, codes: { __typename?: 'LabelCodeConnection', edges: Array<{ __typename?: 'LabelCodeEdge', cursor: string, node: { __typename?: 'LabelCode', serial: string, printedSerial: string, digitalLink: string, status: LabelStatus, scanCount: number } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type LabelsBatchCsvQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LabelsBatchCsvQuery = { __typename?: 'Query', labelBatch: { __typename?: 'LabelBatch', id: string, csv: string } | null };

export type LabelsBatchQrQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LabelsBatchQrQuery = { __typename?: 'Query', labelBatch: { __typename?: 'LabelBatch', id: string, codes: { __typename?: 'LabelCodeConnection', edges: Array<{ __typename?: 'LabelCodeEdge', node: { __typename?: 'LabelCode', serial: string, digitalLink: string, qrSvg: string } }> } } | null };

export type LabelsLicenceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LabelsLicenceQuery = { __typename?: 'Query', licence: { __typename?: 'Licence', id: string, usedKg: string, remainingKg: string, feesAccrued: string, labelBatches: { __typename?: 'LabelBatchConnection', edges: Array<{ __typename?: 'LabelBatchEdge', node: { __typename?: 'LabelBatch', id: string, status: LabelStatus, totalKg: string } }> } } | null };

export type LabelsCertificateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LabelsCertificateQuery = { __typename?: 'Query', originCertificate: { __typename?: 'OriginCertificate', id: string, certifiedKg: string, labelledKg: string | null, status: CertificateStatus } | null };

export type LabelsRevokeLicenceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type LabelsRevokeLicenceMutation = { __typename?: 'Mutation', revokeLicence: { __typename?: 'Licence', id: string, status: LicenceStatus } };

export type LabelsSuspendLicenceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type LabelsSuspendLicenceMutation = { __typename?: 'Mutation', suspendLicence: { __typename?: 'Licence', id: string, status: LicenceStatus } };

export type LabelsRevokeCertificateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type LabelsRevokeCertificateMutation = { __typename?: 'Mutation', revokeOriginCertificate: { __typename?: 'OriginCertificate', id: string, status: CertificateStatus } };

export type LicenceGrantMutationVariables = Exact<{
  input: GrantLicenceInput;
}>;


export type LicenceGrantMutation = { __typename?: 'Mutation', grantLicence: { __typename?: 'Licence', id: string, number: string, allianceId: string, crop: Crop, gtin: string, validFrom: string, validUntil: string, quotaKg: string, usedKg: string, remainingKg: string, feePerKg: string, feesAccrued: string, status: LicenceStatus, statusReason: string | null, grantedAt: string, licensee: { __typename?: 'Licensee', name: string, creditCode: string, member: { __typename?: 'Member', id: string } | null }, trademark: { __typename?: 'Trademark', name: string, registrationNumber: string } } };

export type LicenceByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LicenceByIdQuery = { __typename?: 'Query', licence: { __typename?: 'Licence', id: string, number: string, status: LicenceStatus, statusReason: string | null, licensee: { __typename?: 'Licensee', name: string, member: { __typename?: 'Member', id: string } | null }, labelBatches: { __typename?: 'LabelBatchConnection', edges: Array<{ __typename?: 'LabelBatchEdge', node: { __typename?: 'LabelBatch', id: string } }> } } | null };

export type LicenceListQueryVariables = Exact<{
  filter?: InputMaybe<LicenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LicenceListQuery = { __typename?: 'Query', licences: { __typename?: 'LicenceConnection', edges: Array<{ __typename?: 'LicenceEdge', cursor: string, node: { __typename?: 'Licence', id: string, number: string, status: LicenceStatus } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type LicenceSuspendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type LicenceSuspendMutation = { __typename?: 'Mutation', suspendLicence: { __typename?: 'Licence', id: string, status: LicenceStatus, statusReason: string | null } };

export type LicenceReinstateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LicenceReinstateMutation = { __typename?: 'Mutation', reinstateLicence: { __typename?: 'Licence', id: string, status: LicenceStatus, statusReason: string | null } };

export type LicenceRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type LicenceRevokeMutation = { __typename?: 'Mutation', revokeLicence: { __typename?: 'Licence', id: string, status: LicenceStatus, statusReason: string | null } };

export type BrandingRecordTestMutationVariables = Exact<{
  input: RecordResidueTestInput;
}>;


export type BrandingRecordTestMutation = { __typename?: 'Mutation', recordResidueTest: { __typename?: 'ResidueTest', id: string, basis: CertificateBasis, result: ResidueResult, failedAnalytes: Array<string>, tester: string, reportNumber: string | null, lot: { __typename?: 'Lot', id: string }, recordedBy: { __typename?: 'Member', id: string } } };

export type BrandingIssueMutationVariables = Exact<{
  lotId: Scalars['ID']['input'];
  kg?: InputMaybe<Scalars['Decimal']['input']>;
}>;


export type BrandingIssueMutation = { __typename?: 'Mutation', issueOriginCertificate: { __typename?: 'OriginCertificate', id: string, number: string, certifiedKg: string, productName: string, producerName: string, producerContact: string | null, township: string, county: string, commitmentStatement: string, basis: CertificateBasis, basisLabel: string, status: CertificateStatus, residueTest: { __typename?: 'ResidueTest', id: string, result: ResidueResult }, lot: { __typename?: 'Lot', id: string } | null } };

export type BrandingRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type BrandingRevokeMutation = { __typename?: 'Mutation', revokeOriginCertificate: { __typename?: 'OriginCertificate', id: string, status: CertificateStatus, revokedReason: string | null } };

export type BrandingCertificateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BrandingCertificateQuery = { __typename?: 'Query', originCertificate: { __typename?: 'OriginCertificate', id: string, number: string, status: CertificateStatus, producerContact: string | null } | null };

export type BrandingCertificatesQueryVariables = Exact<{
  filter?: InputMaybe<OriginCertificateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BrandingCertificatesQuery = { __typename?: 'Query', originCertificates: { __typename?: 'OriginCertificateConnection', edges: Array<{ __typename?: 'OriginCertificateEdge', node: { __typename?: 'OriginCertificate', id: string, number: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type BrandingLotQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BrandingLotQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', id: string, availableKg: string, residueTests: Array<{ __typename?: 'ResidueTest', id: string, result: ResidueResult }> | null, originCertificate: { __typename?: 'OriginCertificate', number: string, status: CertificateStatus, certifiedKg: string } | null } | null };

export type TruckloadRecordTestMutationVariables = Exact<{
  input: RecordResidueTestInput;
}>;


export type TruckloadRecordTestMutation = { __typename?: 'Mutation', recordResidueTest: { __typename?: 'ResidueTest', id: string } };

export type TruckloadReserveMutationVariables = Exact<{
  input: ReserveSupplyInput;
}>;


export type TruckloadReserveMutation = { __typename?: 'Mutation', reserveSupply: { __typename?: 'Reservation', id: string } };

export type TruckloadConfirmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TruckloadConfirmMutation = { __typename?: 'Mutation', confirmReservation: { __typename?: 'Reservation', status: ReservationStatus } };

export type TruckloadPlanMutationVariables = Exact<{
  input: PlanShipmentInput;
}>;


export type TruckloadPlanMutation = { __typename?: 'Mutation', planShipment: { __typename?: 'Shipment', id: string, status: ShipmentStatus } };

export type TruckloadShipmentReservationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TruckloadShipmentReservationsQuery = { __typename?: 'Query', shipment: { __typename?: 'Shipment', reservations: Array<{ __typename?: 'ShipmentReservation', status: ShipmentReservationStatus }> } | null };

export type TruckloadLoadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  loads: Array<ShipmentLoadInput> | ShipmentLoadInput;
}>;


export type TruckloadLoadMutation = { __typename?: 'Mutation', loadShipment: { __typename?: 'Shipment', id: string, status: ShipmentStatus } };

export type TruckloadDispatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TruckloadDispatchMutation = { __typename?: 'Mutation', dispatchShipment: { __typename?: 'Shipment', status: ShipmentStatus } };

export type TruckloadDeliverMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TruckloadDeliverMutation = { __typename?: 'Mutation', deliverShipment: { __typename?: 'Shipment', status: ShipmentStatus } };

export type TruckloadRejectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type TruckloadRejectMutation = { __typename?: 'Mutation', rejectShipment: { __typename?: 'Shipment', status: ShipmentStatus } };

export type TruckloadCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TruckloadCancelMutation = { __typename?: 'Mutation', cancelShipment: { __typename?: 'Shipment', status: ShipmentStatus } };

export type TruckloadIssueMutationVariables = Exact<{
  shipmentId: Scalars['ID']['input'];
}>;


export type TruckloadIssueMutation = { __typename?: 'Mutation', issueTruckloadCertificate: { __typename?: 'OriginCertificate', id: string, number: string, certifiedKg: string, productName: string, crop: Crop, variety: Variety | null, grade: Grade, producerName: string, producerContact: string | null, township: string, county: string, basis: CertificateBasis, status: CertificateStatus, lot: { __typename?: 'Lot', id: string } | null, shipment: { __typename?: 'Shipment', id: string } | null, lots: Array<{ __typename?: 'CertifiedLot', kg: string, lot: { __typename?: 'Lot', id: string } }>, residueTest: { __typename?: 'ResidueTest', id: string } } };

export type TruckloadIssueLotMutationVariables = Exact<{
  lotId: Scalars['ID']['input'];
}>;


export type TruckloadIssueLotMutation = { __typename?: 'Mutation', issueOriginCertificate: { __typename?: 'OriginCertificate', number: string, lots: Array<{ __typename?: 'CertifiedLot', kg: string, lot: { __typename?: 'Lot', id: string } }>, shipment: { __typename?: 'Shipment', id: string } | null } };

export type TruckloadRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type TruckloadRevokeMutation = { __typename?: 'Mutation', revokeOriginCertificate: { __typename?: 'OriginCertificate', status: CertificateStatus } };

export type TruckloadCertificateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TruckloadCertificateQuery = { __typename?: 'Query', originCertificate: { __typename?: 'OriginCertificate', number: string, producerContact: string | null, lots: Array<{ __typename?: 'CertifiedLot', kg: string }> } | null };

export type TruckloadShipmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TruckloadShipmentQuery = { __typename?: 'Query', shipment: { __typename?: 'Shipment', id: string, status: ShipmentStatus, loadedKg: string, originCertificate: { __typename?: 'OriginCertificate', number: string, status: CertificateStatus, certifiedKg: string, shipment: { __typename?: 'Shipment', id: string } | null, lots: Array<{ __typename?: 'CertifiedLot', kg: string, lot: { __typename?: 'Lot', id: string } }> } | null } | null };

export type VerificationRecordTestMutationVariables = Exact<{
  input: RecordResidueTestInput;
}>;


export type VerificationRecordTestMutation = { __typename?: 'Mutation', recordResidueTest: { __typename?: 'ResidueTest', id: string } };

export type VerificationIssueCertificateMutationVariables = Exact<{
  lotId: Scalars['ID']['input'];
}>;


export type VerificationIssueCertificateMutation = { __typename?: 'Mutation', issueOriginCertificate: { __typename?: 'OriginCertificate', id: string, number: string } };

export type VerificationRevokeCertificateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type VerificationRevokeCertificateMutation = { __typename?: 'Mutation', revokeOriginCertificate: { __typename?: 'OriginCertificate', id: string, status: CertificateStatus } };

export type VerificationGrantLicenceMutationVariables = Exact<{
  input: GrantLicenceInput;
}>;


export type VerificationGrantLicenceMutation = { __typename?: 'Mutation', grantLicence: { __typename?: 'Licence', id: string, number: string, gtin: string } };

export type VerificationRevokeLicenceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type VerificationRevokeLicenceMutation = { __typename?: 'Mutation', revokeLicence: { __typename?: 'Licence', id: string, status: LicenceStatus } };

export type VerificationIssueLabelsMutationVariables = Exact<{
  licenceId: Scalars['ID']['input'];
  lotId: Scalars['ID']['input'];
  count: Scalars['Int']['input'];
  packKg: Scalars['Decimal']['input'];
}>;


export type VerificationIssueLabelsMutation = { __typename?: 'Mutation', issueLabels: { __typename?: 'LabelBatch', id: string, gtin: string, lotNumber: string, codes: { __typename?: 'LabelCodeConnection', edges: Array<{ __typename?: 'LabelCodeEdge', node: { __typename?: 'LabelCode', serial: string, printedSerial: string, digitalLink: string } }> } } };

export type VerificationVerifyLabelMutationVariables = Exact<{
  code: Scalars['String']['input'];
  where?: InputMaybe<ScanPlaceInput>;
}>;


export type VerificationVerifyLabelMutation = { __typename?: 'Mutation', verifyLabel: { __typename?: 'LabelVerification', outcome: VerificationOutcome, message: string, scanCount: number, firstVerifiedAt: string | null, firstVerifiedIn: string | null, product: string | null, crop: Crop | null, variety: Variety | null, grade: Grade | null, originTownship: string | null, originCounty: string | null, harvestDate: string | null, certificateNumber: string | null, certificateBasis: CertificateBasis | null, licensee: string | null, licenseeCreditCode: string | null, licenseeTrademark: string | null, freshness: { __typename?: 'LotFreshness', lotId: string } | null } };

export type VerificationCounterfeitAlertsQueryVariables = Exact<{
  since?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type VerificationCounterfeitAlertsQuery = { __typename?: 'Query', counterfeitAlerts: Array<{ __typename?: 'CounterfeitAlert', kind: CounterfeitAlertKind, place: string | null, scanCount: number, codes: Array<string>, reasons: Array<string>, firstScanAt: string, lastScanAt: string, licence: { __typename?: 'Licence', id: string } | null }> };

export type ColdchainBookMutationVariables = Exact<{
  input: BookCapacityInput;
}>;


export type ColdchainBookMutation = { __typename?: 'Mutation', bookCapacity: { __typename?: 'CapacityBooking', id: string } };

export type ColdchainCancelBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ColdchainCancelBookingMutation = { __typename?: 'Mutation', cancelCapacityBooking: { __typename?: 'CapacityBooking', status: CapacityBookingStatus } };

export type ColdchainFacilityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ColdchainFacilityQuery = { __typename?: 'Query', facility: { __typename?: 'Facility', id: string } | null };

export type ColdchainWujieStoresAndOperatorQueryVariables = Exact<{
  operator: Scalars['ID']['input'];
}>;


export type ColdchainWujieStoresAndOperatorQuery = { __typename?: 'Query', facilities: Array<{ __typename?: 'Facility', id: string, code: string, storageCapacityKg: string | null, operator: { __typename?: 'Member', id: string, code: string } }>, member: { __typename?: 'Member', code: string, facilities: Array<{ __typename?: 'Facility', code: string }> | null } | null };

export type ColdchainBookInFullMutationVariables = Exact<{
  input: BookCapacityInput;
}>;


export type ColdchainBookInFullMutation = { __typename?: 'Mutation', bookCapacity: { __typename?: 'CapacityBooking', id: string, amount: string, from: string, to: string, status: CapacityBookingStatus } };

export type ColdchainZhongshuCapacityQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type ColdchainZhongshuCapacityQuery = { __typename?: 'Query', capacity: Array<{ __typename?: 'CapacityAvailability', capacity: string, bookedAtPeak: string, free: string, facility: { __typename?: 'Facility', id: string } }> };

export type ColdchainRecordTemperaturesMutationVariables = Exact<{
  readings: Array<TemperatureReadingInput> | TemperatureReadingInput;
}>;


export type ColdchainRecordTemperaturesMutation = { __typename?: 'Mutation', recordTemperatures: { __typename?: 'TemperatureIngestReport', received: number, stored: number, duplicates: number, rejected: Array<{ __typename?: 'RejectedReading', index: number, sensorCode: string, reason: string }> } };

export type ColdchainLotColdChainQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ColdchainLotColdChainQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', id: string, grade: Grade, coldChain: { __typename?: 'LotColdChain', excursionCount: number, remainingShelfLifeDays: number | null, shelfLifeUsed: number | null, meanKineticTemperatureC: number | null, epcisDocument: string, currentLocation: { __typename?: 'Facility', code: string } | null, custody: Array<{ __typename?: 'CustodyEvent', kind: CustodyKind, quantityKg: string | null, facility: { __typename?: 'Facility', code: string } | null, vehicle: { __typename?: 'Vehicle', plate: string } | null }>, latestTemperature: { __typename?: 'TemperatureReading', celsius: number } | null, excursions: Array<{ __typename?: 'Excursion', kind: ExcursionKind, durationMinutes: number, peakC: number }> } | null } | null };

export type ColdchainBaishuiSupplyWithColdChainQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type ColdchainBaishuiSupplyWithColdChainQuery = { __typename?: 'Query', supply: { __typename?: 'SupplyConnection', edges: Array<{ __typename?: 'SupplyEdge', node: { __typename?: 'Lot', id: string, grade: Grade, availableKg: string, coldChain: { __typename?: 'LotColdChain', remainingShelfLifeDays: number | null, excursionCount: number, latestTemperature: { __typename?: 'TemperatureReading', celsius: number } | null, currentLocation: { __typename?: 'Facility', code: string, township: string } | null } | null } }> } };

export type ColdchainRegisterFacilityMutationVariables = Exact<{
  input: RegisterFacilityInput;
}>;


export type ColdchainRegisterFacilityMutation = { __typename?: 'Mutation', registerFacility: { __typename?: 'Facility', id: string, code: string, kind: FacilityKind, storageCapacityKg: string | null, washingLines: number | null, operator: { __typename?: 'Member', id: string } } };

export type ColdchainResizeStoreMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  kg: Scalars['Decimal']['input'];
}>;


export type ColdchainResizeStoreMutation = { __typename?: 'Mutation', updateFacility: { __typename?: 'Facility', storageCapacityKg: string | null } };

export type ColdchainJinmaCapacityQueryVariables = Exact<{
  day: Scalars['Date']['input'];
}>;


export type ColdchainJinmaCapacityQuery = { __typename?: 'Query', capacity: Array<{ __typename?: 'CapacityAvailability', capacity: string, free: string, facility: { __typename?: 'Facility', id: string } }> };

export type ColdchainRegisterVehicleMutationVariables = Exact<{
  input: RegisterVehicleInput;
}>;


export type ColdchainRegisterVehicleMutation = { __typename?: 'Mutation', registerVehicle: { __typename?: 'Vehicle', id: string, operator: { __typename?: 'Member', id: string } } };

export type ColdchainRegisterSensorMutationVariables = Exact<{
  input: RegisterSensorInput;
}>;


export type ColdchainRegisterSensorMutation = { __typename?: 'Mutation', registerSensor: { __typename?: 'Sensor', code: string, vehicle: { __typename?: 'Vehicle', id: string } | null, facility: { __typename?: 'Facility', id: string } | null } };

export type ColdchainBaishuiFacilitiesAndCapacityQueryVariables = Exact<{
  day: Scalars['Date']['input'];
}>;


export type ColdchainBaishuiFacilitiesAndCapacityQuery = { __typename?: 'Query', facilities: Array<{ __typename?: 'Facility', id: string }>, capacity: Array<{ __typename?: 'CapacityAvailability', facility: { __typename?: 'Facility', id: string } }> };

export type ColdchainSuspendMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ColdchainSuspendMemberMutation = { __typename?: 'Mutation', suspendMember: { __typename?: 'Member', status: MemberStatus } };

export type ColdchainScallionSupplyCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ColdchainScallionSupplyCountQuery = { __typename?: 'Query', supply: { __typename?: 'SupplyConnection', totalCount: number } };

export type ColdchainReinstateMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ColdchainReinstateMemberMutation = { __typename?: 'Mutation', reinstateMember: { __typename?: 'Member', status: MemberStatus } };

export type ColdchainCrossAllianceRecordCustodyMutationVariables = Exact<{
  input: CustodyEventInput;
}>;


export type ColdchainCrossAllianceRecordCustodyMutation = { __typename?: 'Mutation', recordCustodyEvent: { __typename?: 'CustodyEvent', id: string } };

export type ColdchainCrossAllianceRegisterSensorMutationVariables = Exact<{
  input: RegisterSensorInput;
}>;


export type ColdchainCrossAllianceRegisterSensorMutation = { __typename?: 'Mutation', registerSensor: { __typename?: 'Sensor', id: string } };

export type ColdchainCrossAllianceRegisterFacilityMutationVariables = Exact<{
  input: RegisterFacilityInput;
}>;


export type ColdchainCrossAllianceRegisterFacilityMutation = { __typename?: 'Mutation', registerFacility: { __typename?: 'Facility', id: string } };

export type ColdchainCrossAllianceUpdateFacilityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ColdchainCrossAllianceUpdateFacilityMutation = { __typename?: 'Mutation', updateFacility: { __typename?: 'Facility', id: string } };

export type ColdchainCrossAllianceRegisterVehicleMutationVariables = Exact<{
  input: RegisterVehicleInput;
}>;


export type ColdchainCrossAllianceRegisterVehicleMutation = { __typename?: 'Mutation', registerVehicle: { __typename?: 'Vehicle', id: string } };

export type ColdchainCrossAllianceBookCapacityMutationVariables = Exact<{
  input: BookCapacityInput;
}>;


export type ColdchainCrossAllianceBookCapacityMutation = { __typename?: 'Mutation', bookCapacity: { __typename?: 'CapacityBooking', id: string } };

export type ColdchainCrossAllianceCancelBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ColdchainCrossAllianceCancelBookingMutation = { __typename?: 'Mutation', cancelCapacityBooking: { __typename?: 'CapacityBooking', id: string } };

export type ColdchainCrossAllianceRecordTemperaturesMutationVariables = Exact<{
  readings: Array<TemperatureReadingInput> | TemperatureReadingInput;
}>;


export type ColdchainCrossAllianceRecordTemperaturesMutation = { __typename?: 'Mutation', recordTemperatures: { __typename?: 'TemperatureIngestReport', stored: number, rejected: Array<{ __typename?: 'RejectedReading', reason: string }> } };

export type ColdchainCrossAlliancePlanShipmentMutationVariables = Exact<{
  input: PlanShipmentInput;
}>;


export type ColdchainCrossAlliancePlanShipmentMutation = { __typename?: 'Mutation', planShipment: { __typename?: 'Shipment', id: string } };

export type ColdchainCrossAllianceLoadShipmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  loads: Array<ShipmentLoadInput> | ShipmentLoadInput;
}>;


export type ColdchainCrossAllianceLoadShipmentMutation = { __typename?: 'Mutation', loadShipment: { __typename?: 'Shipment', id: string } };

export type ColdchainCrossAllianceDispatchShipmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ColdchainCrossAllianceDispatchShipmentMutation = { __typename?: 'Mutation', dispatchShipment: { __typename?: 'Shipment', id: string } };

export type ColdchainCrossAllianceDeliverShipmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ColdchainCrossAllianceDeliverShipmentMutation = { __typename?: 'Mutation', deliverShipment: { __typename?: 'Shipment', id: string } };

export type ColdchainCrossAllianceRejectShipmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ColdchainCrossAllianceRejectShipmentMutation = { __typename?: 'Mutation', rejectShipment: { __typename?: 'Shipment', id: string } };

export type ColdchainCrossAllianceCancelShipmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ColdchainCrossAllianceCancelShipmentMutation = { __typename?: 'Mutation', cancelShipment: { __typename?: 'Shipment', id: string } };

export type ColdchainCrossAllianceRegisterLotMutationVariables = Exact<{
  input: RegisterLotInput;
}>;


export type ColdchainCrossAllianceRegisterLotMutation = { __typename?: 'Mutation', registerLot: { __typename?: 'Lot', id: string } };

export type ColdchainCrossAllianceReceiveLotMutationVariables = Exact<{
  input: CustodyEventInput;
}>;


export type ColdchainCrossAllianceReceiveLotMutation = { __typename?: 'Mutation', recordCustodyEvent: { __typename?: 'CustodyEvent', kind: CustodyKind } };

export type FreshnessLotColdChainQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FreshnessLotColdChainQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', coldChain: { __typename?: 'LotColdChain', remainingShelfLifeDays: number | null, excursionCount: number, latestTemperature: { __typename?: 'TemperatureReading', at: string, celsius: number } | null } | null } | null };

export type PositionsReserveMutationVariables = Exact<{
  input: ReserveSupplyInput;
}>;


export type PositionsReserveMutation = { __typename?: 'Mutation', reserveSupply: { __typename?: 'Reservation', id: string } };

export type PositionsConfirmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PositionsConfirmMutation = { __typename?: 'Mutation', confirmReservation: { __typename?: 'Reservation', status: ReservationStatus } };

export type PositionsCustodyMutationVariables = Exact<{
  input: CustodyEventInput;
}>;


export type PositionsCustodyMutation = { __typename?: 'Mutation', recordCustodyEvent: { __typename?: 'CustodyEvent', id: string } };

export type PositionsPlanMutationVariables = Exact<{
  input: PlanShipmentInput;
}>;


export type PositionsPlanMutation = { __typename?: 'Mutation', planShipment: { __typename?: 'Shipment', id: string } };

export type PositionsShipmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PositionsShipmentQuery = { __typename?: 'Query', shipment: { __typename?: 'Shipment', reservations: Array<{ __typename?: 'ShipmentReservation', status: ShipmentReservationStatus }> } | null };

export type PositionsLoadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  loads: Array<ShipmentLoadInput> | ShipmentLoadInput;
  at?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type PositionsLoadMutation = { __typename?: 'Mutation', loadShipment: { __typename?: 'Shipment', id: string } };

export type PositionsDispatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  at?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type PositionsDispatchMutation = { __typename?: 'Mutation', dispatchShipment: { __typename?: 'Shipment', id: string } };

export type PositionsDeliverMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PositionsDeliverMutation = { __typename?: 'Mutation', deliverShipment: { __typename?: 'Shipment', arrivedAt: string | null } };

export type PositionsColdChainQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PositionsColdChainQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', coldChain: { __typename?: 'LotColdChain', excursionCount: number, remainingShelfLifeDays: number | null, shelfLifeUsed: number | null, meanKineticTemperatureC: number | null, currentLocation: { __typename?: 'Facility', code: string } | null, latestTemperature: { __typename?: 'TemperatureReading', celsius: number } | null, positions: Array<{ __typename?: 'LotPosition', kg: string | null, since: string, excursionCount: number, remainingShelfLifeDays: number | null, meanKineticTemperatureC: number | null, facility: { __typename?: 'Facility', code: string } | null, vehicle: { __typename?: 'Vehicle', plate: string } | null, latestTemperature: { __typename?: 'TemperatureReading', celsius: number } | null }> } | null } | null };

export type ProbeDeliverMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProbeDeliverMutation = { __typename?: 'Mutation', deliverShipment: { __typename?: 'Shipment', status: ShipmentStatus } };

export type ProbeRejectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ProbeRejectMutation = { __typename?: 'Mutation', rejectShipment: { __typename?: 'Shipment', status: ShipmentStatus } };

export type ProbeDispatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProbeDispatchMutation = { __typename?: 'Mutation', dispatchShipment: { __typename?: 'Shipment', status: ShipmentStatus } };

export type ProbeCancelShipmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProbeCancelShipmentMutation = { __typename?: 'Mutation', cancelShipment: { __typename?: 'Shipment', status: ShipmentStatus } };

export type ProbeBookMutationVariables = Exact<{
  input: BookCapacityInput;
}>;


export type ProbeBookMutation = { __typename?: 'Mutation', bookCapacity: { __typename?: 'CapacityBooking', id: string } };

export type ProbeCancelBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProbeCancelBookingMutation = { __typename?: 'Mutation', cancelCapacityBooking: { __typename?: 'CapacityBooking', status: CapacityBookingStatus } };

export type ProbeShipmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProbeShipmentQuery = { __typename?: 'Query', shipment: { __typename?: 'Shipment', id: string } | null };

export type ProbeFacilityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProbeFacilityQuery = { __typename?: 'Query', facility: { __typename?: 'Facility', id: string } | null };

export type ProbeUpdateFacilityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProbeUpdateFacilityMutation = { __typename?: 'Mutation', updateFacility: { __typename?: 'Facility', id: string } };

export type ProbeRegisterSensorMutationVariables = Exact<{
  input: RegisterSensorInput;
}>;


export type ProbeRegisterSensorMutation = { __typename?: 'Mutation', registerSensor: { __typename?: 'Sensor', id: string } };

export type ProbeCustodyMutationVariables = Exact<{
  input: CustodyEventInput;
}>;


export type ProbeCustodyMutation = { __typename?: 'Mutation', recordCustodyEvent: { __typename?: 'CustodyEvent', id: string, quantityKg: string | null } };

export type ProbeRecordMutationVariables = Exact<{
  readings: Array<TemperatureReadingInput> | TemperatureReadingInput;
}>;


export type ProbeRecordMutation = { __typename?: 'Mutation', recordTemperatures: { __typename?: 'TemperatureIngestReport', stored: number, rejected: Array<{ __typename?: 'RejectedReading', reason: string }> } };

export type ProbeLotChainQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProbeLotChainQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', coldChain: { __typename?: 'LotColdChain', epcisDocument: string, custody: Array<{ __typename?: 'CustodyEvent', quantityKg: string | null }> } | null } | null };

export type ReadRulesLotExportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReadRulesLotExportQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', coldChain: { __typename?: 'LotColdChain', epcisDocument: string, custody: Array<{ __typename?: 'CustodyEvent', kind: CustodyKind, shipment: { __typename?: 'Shipment', id: string } | null }> } | null } | null };

export type ReadRulesJiuchengSupplyCustodyQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadRulesJiuchengSupplyCustodyQuery = { __typename?: 'Query', supply: { __typename?: 'SupplyConnection', edges: Array<{ __typename?: 'SupplyEdge', node: { __typename?: 'Lot', id: string, coldChain: { __typename?: 'LotColdChain', custody: Array<{ __typename?: 'CustodyEvent', kind: CustodyKind, actor: { __typename?: 'Member', code: string } | null }> } | null } }> } };

export type ReadRulesFacilityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReadRulesFacilityQuery = { __typename?: 'Query', facility: { __typename?: 'Facility', id: string } | null };

export type ReadRulesYiningFacilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadRulesYiningFacilitiesQuery = { __typename?: 'Query', facilities: Array<{ __typename?: 'Facility', id: string }> };

export type FoldsRecordMutationVariables = Exact<{
  readings: Array<TemperatureReadingInput> | TemperatureReadingInput;
}>;


export type FoldsRecordMutation = { __typename?: 'Mutation', recordTemperatures: { __typename?: 'TemperatureIngestReport', stored: number, duplicates: number, rejected: Array<{ __typename?: 'RejectedReading', reason: string }> } };

export type FoldsCustodyMutationVariables = Exact<{
  input: CustodyEventInput;
}>;


export type FoldsCustodyMutation = { __typename?: 'Mutation', recordCustodyEvent: { __typename?: 'CustodyEvent', id: string } };

export type FoldsAnonymousQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FoldsAnonymousQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', coldChain: { __typename?: 'LotColdChain', remainingShelfLifeDays: number | null, excursionCount: number } | null } | null };

export type ColdchainRecordPartitionedReadingsMutationVariables = Exact<{
  readings: Array<TemperatureReadingInput> | TemperatureReadingInput;
}>;


export type ColdchainRecordPartitionedReadingsMutation = { __typename?: 'Mutation', recordTemperatures: { __typename?: 'TemperatureIngestReport', received: number, stored: number, duplicates: number, rejected: Array<{ __typename?: 'RejectedReading', index: number, reason: string }> } };

export type ColdchainRevocationRecordTemperaturesMutationVariables = Exact<{
  readings: Array<TemperatureReadingInput> | TemperatureReadingInput;
}>;


export type ColdchainRevocationRecordTemperaturesMutation = { __typename?: 'Mutation', recordTemperatures: { __typename?: 'TemperatureIngestReport', stored: number, rejected: Array<{ __typename?: 'RejectedReading', reason: string }> } };

export type ColdchainRevocationDryWarehousesQueryVariables = Exact<{ [key: string]: never; }>;


export type ColdchainRevocationDryWarehousesQuery = { __typename?: 'Query', facilities: Array<{ __typename?: 'Facility', id: string }> };

export type ColdchainRevocationVehiclesQueryVariables = Exact<{ [key: string]: never; }>;


export type ColdchainRevocationVehiclesQuery = { __typename?: 'Query', vehicles: Array<{ __typename?: 'Vehicle', plate: string, operator: { __typename?: 'Member', code: string } }> };

export type ColdchainRevocationSetRolesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type ColdchainRevocationSetRolesMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'Member', id: string } };

export type ColdchainRevocationBookMutationVariables = Exact<{
  input: BookCapacityInput;
}>;


export type ColdchainRevocationBookMutation = { __typename?: 'Mutation', bookCapacity: { __typename?: 'CapacityBooking', id: string } };

export type ColdchainRevocationSuspendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ColdchainRevocationSuspendMutation = { __typename?: 'Mutation', suspendMember: { __typename?: 'Member', status: MemberStatus } };

export type ColdchainRevocationReinstateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ColdchainRevocationReinstateMutation = { __typename?: 'Mutation', reinstateMember: { __typename?: 'Member', status: MemberStatus } };

export type ColdchainRevocationRegisterVehicleMutationVariables = Exact<{
  input: RegisterVehicleInput;
}>;


export type ColdchainRevocationRegisterVehicleMutation = { __typename?: 'Mutation', registerVehicle: { __typename?: 'Vehicle', id: string } };

export type ShipmentsShipmentFieldsFragment = { __typename?: 'Shipment', id: string, status: ShipmentStatus, loadedKg: string, departedAt: string | null, arrivedAt: string | null, rejectionReason: string | null, reservations: Array<{ __typename?: 'ShipmentReservation', reservationId: string, status: ShipmentReservationStatus, reason: string | null, reservation: { __typename?: 'Reservation', id: string } | null }>, lines: Array<{ __typename?: 'ShipmentLine', crop: Crop, reservedKg: string, loadedKg: string, reservation: { __typename?: 'Reservation', id: string }, lot: { __typename?: 'Lot', id: string } }> };

export type ShipmentsPlanMutationVariables = Exact<{
  input: PlanShipmentInput;
}>;


export type ShipmentsPlanMutation = { __typename?: 'Mutation', planShipment: { __typename?: 'Shipment', id: string, status: ShipmentStatus, loadedKg: string, departedAt: string | null, arrivedAt: string | null, rejectionReason: string | null, reservations: Array<{ __typename?: 'ShipmentReservation', reservationId: string, status: ShipmentReservationStatus, reason: string | null, reservation: { __typename?: 'Reservation', id: string } | null }>, lines: Array<{ __typename?: 'ShipmentLine', crop: Crop, reservedKg: string, loadedKg: string, reservation: { __typename?: 'Reservation', id: string }, lot: { __typename?: 'Lot', id: string } }> } };

export type ShipmentsLoadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  loads: Array<ShipmentLoadInput> | ShipmentLoadInput;
  at?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ShipmentsLoadMutation = { __typename?: 'Mutation', loadShipment: { __typename?: 'Shipment', id: string, status: ShipmentStatus, loadedKg: string, departedAt: string | null, arrivedAt: string | null, rejectionReason: string | null, reservations: Array<{ __typename?: 'ShipmentReservation', reservationId: string, status: ShipmentReservationStatus, reason: string | null, reservation: { __typename?: 'Reservation', id: string } | null }>, lines: Array<{ __typename?: 'ShipmentLine', crop: Crop, reservedKg: string, loadedKg: string, reservation: { __typename?: 'Reservation', id: string }, lot: { __typename?: 'Lot', id: string } }> } };

export type ShipmentsDispatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  at?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ShipmentsDispatchMutation = { __typename?: 'Mutation', dispatchShipment: { __typename?: 'Shipment', id: string, status: ShipmentStatus, loadedKg: string, departedAt: string | null, arrivedAt: string | null, rejectionReason: string | null, reservations: Array<{ __typename?: 'ShipmentReservation', reservationId: string, status: ShipmentReservationStatus, reason: string | null, reservation: { __typename?: 'Reservation', id: string } | null }>, lines: Array<{ __typename?: 'ShipmentLine', crop: Crop, reservedKg: string, loadedKg: string, reservation: { __typename?: 'Reservation', id: string }, lot: { __typename?: 'Lot', id: string } }> } };

export type ShipmentsShipmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsShipmentQuery = { __typename?: 'Query', shipment: { __typename?: 'Shipment', id: string, status: ShipmentStatus, loadedKg: string, departedAt: string | null, arrivedAt: string | null, rejectionReason: string | null, reservations: Array<{ __typename?: 'ShipmentReservation', reservationId: string, status: ShipmentReservationStatus, reason: string | null, reservation: { __typename?: 'Reservation', id: string } | null }>, lines: Array<{ __typename?: 'ShipmentLine', crop: Crop, reservedKg: string, loadedKg: string, reservation: { __typename?: 'Reservation', id: string }, lot: { __typename?: 'Lot', id: string } }> } | null };

export type ShipmentsLotCountersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsLotCountersQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', quantityKg: string, reservedKg: string, shippedKg: string, availableKg: string } | null };

export type ShipmentsReservationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsReservationQuery = { __typename?: 'Query', reservation: { __typename?: 'Reservation', status: ReservationStatus, totalKg: string, shippedKg: string, lines: Array<{ __typename?: 'ReservationLine', kg: string, shippedKg: string }>, shipment: { __typename?: 'Shipment', id: string, status: ShipmentStatus } | null } | null };

export type ShipmentsReserveMutationVariables = Exact<{
  input: ReserveSupplyInput;
}>;


export type ShipmentsReserveMutation = { __typename?: 'Mutation', reserveSupply: { __typename?: 'Reservation', id: string } };

export type ShipmentsConfirmReservationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsConfirmReservationMutation = { __typename?: 'Mutation', confirmReservation: { __typename?: 'Reservation', status: ReservationStatus } };

export type ShipmentsCancelReservationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsCancelReservationMutation = { __typename?: 'Mutation', cancelReservation: { __typename?: 'Reservation', status: ReservationStatus } };

export type ShipmentsShipmentIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsShipmentIdQuery = { __typename?: 'Query', shipment: { __typename?: 'Shipment', id: string } | null };

export type ShipmentsListQueryVariables = Exact<{ [key: string]: never; }>;


export type ShipmentsListQuery = { __typename?: 'Query', shipments: Array<{ __typename?: 'Shipment', id: string }> };

export type ShipmentsDeliverMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsDeliverMutation = { __typename?: 'Mutation', deliverShipment: { __typename?: 'Shipment', id: string, status: ShipmentStatus } };

export type ShipmentsMarketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsMarketQuery = { __typename?: 'Query', shipment: { __typename?: 'Shipment', market: { __typename?: 'Member', id: string } | null } | null };

export type ShipmentsDeliverWithTraceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsDeliverWithTraceMutation = { __typename?: 'Mutation', deliverShipment: { __typename?: 'Shipment', status: ShipmentStatus, arrivedAt: string | null, excursionCount: number, meanKineticTemperatureC: number | null, temperatureTrace: Array<{ __typename?: 'TemperatureReading', celsius: number }>, excursions: Array<{ __typename?: 'Excursion', kind: ExcursionKind, durationMinutes: number, peakC: number }>, custody: Array<{ __typename?: 'CustodyEvent', kind: CustodyKind, quantityKg: string | null }> } };

export type ShipmentsLotExportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsLotExportQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', coldChain: { __typename?: 'LotColdChain', epcisDocument: string, custody: Array<{ __typename?: 'CustodyEvent', kind: CustodyKind, shipment: { __typename?: 'Shipment', id: string } | null }> } | null } | null };

export type ShipmentsCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsCancelMutation = { __typename?: 'Mutation', cancelShipment: { __typename?: 'Shipment', status: ShipmentStatus, reservations: Array<{ __typename?: 'ShipmentReservation', status: ShipmentReservationStatus }> } };

export type ShipmentsRejectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ShipmentsRejectMutation = { __typename?: 'Mutation', rejectShipment: { __typename?: 'Shipment', status: ShipmentStatus, rejectionReason: string | null, custody: Array<{ __typename?: 'CustodyEvent', kind: CustodyKind }> } };

export type ShipmentsCancelIdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsCancelIdMutation = { __typename?: 'Mutation', cancelShipment: { __typename?: 'Shipment', id: string } };

export type ShipmentsReservationShipmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsReservationShipmentQuery = { __typename?: 'Query', reservation: { __typename?: 'Reservation', id: string, shipment: { __typename?: 'Shipment', id: string } | null } | null };

export type ShipmentsMarketAndReservationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsMarketAndReservationsQuery = { __typename?: 'Query', shipment: { __typename?: 'Shipment', market: { __typename?: 'Member', id: string } | null, reservations: Array<{ __typename?: 'ShipmentReservation', reservationId: string, status: ShipmentReservationStatus, reason: string | null, reservation: { __typename?: 'Reservation', id: string, totalKg: string } | null }> } | null };

export type ShipmentsCalledOffQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipmentsCalledOffQuery = { __typename?: 'Query', shipment: { __typename?: 'Shipment', status: ShipmentStatus, market: { __typename?: 'Member', id: string } | null, reservations: Array<{ __typename?: 'ShipmentReservation', status: ShipmentReservationStatus }> } | null };

export type BasesChangedAddMutationVariables = Exact<{
  input: BaseInput;
  memberId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type BasesChangedAddMutation = { __typename?: 'Mutation', addBase: { __typename?: 'Base', id: string, areaMu: string } };

export type BasesChangedUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: BaseInput;
}>;


export type BasesChangedUpdateMutation = { __typename?: 'Mutation', updateBase: { __typename?: 'Base', id: string, areaMu: string, crop: Crop } };

export type BasesChangedRemoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BasesChangedRemoveMutation = { __typename?: 'Mutation', removeBase: string };

export type ContractReadsByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContractReadsByIdQuery = { __typename?: 'Query', floorContract: { __typename?: 'FloorContract', id: string, number: string, status: FloorContractStatus, member: { __typename?: 'Member', id: string } } | null };

export type ContractReadsListQueryVariables = Exact<{
  filter?: InputMaybe<FloorContractFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContractReadsListQuery = { __typename?: 'Query', floorContracts: { __typename?: 'FloorContractConnection', edges: Array<{ __typename?: 'FloorContractEdge', cursor: string, node: { __typename?: 'FloorContract', id: string, number: string, status: FloorContractStatus, paidCny: string, member: { __typename?: 'Member', id: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ContractReadsFullListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ContractReadsFullListQuery = { __typename?: 'Query', floorContracts: { __typename?: 'FloorContractConnection', edges: Array<{ __typename?: 'FloorContractEdge', node: { __typename?: 'FloorContract', id: string, number: string, status: FloorContractStatus, paidCny: string, premiumShares: Array<{ __typename?: 'PremiumShare', payer: PremiumPayer, amountCny: string }>, windows: Array<{ __typename?: 'ContractWindow', start: string, end: string, expectedPayoutCny: string, settlement: { __typename?: 'FloorSettlement', id: string, payoutCny: string } | null }>, quote: { __typename?: 'FloorQuote', id: string, status: FloorQuoteStatus }, scheme: { __typename?: 'FloorScheme', id: string, boundCny: string | null }, costBasis: { __typename?: 'CostBasis', id: string, version: number }, member: { __typename?: 'Member', id: string } } }> } };

export type ContractReadsMemberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContractReadsMemberQuery = { __typename?: 'Query', member: { __typename?: 'Member', id: string, floorContracts: Array<{ __typename?: 'FloorContract', id: string, number: string }> | null } | null };

export type ContractReadsLotQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContractReadsLotQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', id: string, priceFloor: { __typename?: 'FloorContract', id: string, number: string, member: { __typename?: 'Member', id: string } } | null } | null };

export type ContractReadsExposureQueryVariables = Exact<{
  crop: Crop;
  seasonOn?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ContractReadsExposureQuery = { __typename?: 'Query', exposure: { __typename?: 'Exposure', crop: Crop, contracts: number, insuredKg: string, sumInsuredCny: string, maximumPayoutCny: string, premiumCny: string, scheme: { __typename?: 'FloorScheme', id: string }, byWindow: Array<{ __typename?: 'WindowExposure', start: string, end: string, contracts: number, insuredKg: string, sumInsuredCny: string, expectedPayoutCny: string, paidCny: string | null }> } | null };

export type ContractsBindMutationVariables = Exact<{
  quoteId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type ContractsBindMutation = { __typename?: 'Mutation', bindFloor: { __typename?: 'FloorContract', id: string, number: string, crop: Crop, variety: Variety | null, grade: Grade | null, insuredKg: string, coverage: string, floorPerKg: string, sumInsuredCny: string, premiumCny: string, coverFrom: string, coverTo: string, windowLength: SettlementWindowLength, status: FloorContractStatus, paidCny: string, boundAt: string, member: { __typename?: 'Member', id: string }, premiumShares: Array<{ __typename?: 'PremiumShare', payer: PremiumPayer, share: string, amountCny: string }>, costBasis: { __typename?: 'CostBasis', id: string }, scheme: { __typename?: 'FloorScheme', id: string, boundCny: string | null, remainingCapacityCny: string | null }, quote: { __typename?: 'FloorQuote', id: string, status: FloorQuoteStatus, contract: { __typename?: 'FloorContract', id: string } | null }, windows: Array<{ __typename?: 'ContractWindow', start: string, end: string, expectedPayoutCny: string, settlement: { __typename?: 'FloorSettlement', id: string } | null }> } };

export type ContractsByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContractsByIdQuery = { __typename?: 'Query', floorContract: { __typename?: 'FloorContract', id: string, number: string, status: FloorContractStatus } | null };

export type ContractsListQueryVariables = Exact<{
  filter?: InputMaybe<FloorContractFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContractsListQuery = { __typename?: 'Query', floorContracts: { __typename?: 'FloorContractConnection', edges: Array<{ __typename?: 'FloorContractEdge', cursor: string, node: { __typename?: 'FloorContract', id: string, number: string, status: FloorContractStatus, paidCny: string, member: { __typename?: 'Member', id: string }, windows: Array<{ __typename?: 'ContractWindow', start: string, expectedPayoutCny: string, settlement: { __typename?: 'FloorSettlement', id: string } | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ContractsUpdateSchemeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FloorSchemeUpdateInput;
}>;


export type ContractsUpdateSchemeMutation = { __typename?: 'Mutation', updateFloorScheme: { __typename?: 'FloorScheme', id: string, capacityCny: string | null, boundCny: string | null } };

export type ContractsExposureQueryVariables = Exact<{
  crop: Crop;
  seasonOn?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ContractsExposureQuery = { __typename?: 'Query', exposure: { __typename?: 'Exposure', crop: Crop, contracts: number, insuredKg: string, sumInsuredCny: string, maximumPayoutCny: string, premiumCny: string, scheme: { __typename?: 'FloorScheme', id: string }, byWindow: Array<{ __typename?: 'WindowExposure', start: string, end: string, contracts: number, insuredKg: string, sumInsuredCny: string, expectedPayoutCny: string, paidCny: string | null }> } | null };

export type CostBasisPublishMutationVariables = Exact<{
  input: CostBasisInput;
}>;


export type CostBasisPublishMutation = { __typename?: 'Mutation', publishCostBasis: { __typename?: 'CostBasis', id: string, crop: Crop, variety: Variety | null, county: string, seasonFrom: string, seasonTo: string, version: number, current: boolean, marginalCostPerKg: string, expectedYieldKgPerMu: string, note: string | null, publishedAt: string, lines: Array<{ __typename?: 'CostBasisLine', line: CostLine, cnyPerKg: string }> } };

export type CostBasisByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CostBasisByIdQuery = { __typename?: 'Query', costBasis: { __typename?: 'CostBasis', id: string, version: number, current: boolean, marginalCostPerKg: string, lines: Array<{ __typename?: 'CostBasisLine', line: CostLine, cnyPerKg: string }> } | null };

export type CostBasisListQueryVariables = Exact<{
  crop?: InputMaybe<Crop>;
  current?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CostBasisListQuery = { __typename?: 'Query', costBases: Array<{ __typename?: 'CostBasis', id: string, crop: Crop, variety: Variety | null, seasonFrom: string, version: number, current: boolean }> };

export type DemoCostBasesQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoCostBasesQuery = { __typename?: 'Query', costBases: Array<{ __typename?: 'CostBasis', version: number, current: boolean, seasonFrom: string, seasonTo: string, marginalCostPerKg: string, expectedYieldKgPerMu: string, lines: Array<{ __typename?: 'CostBasisLine', line: CostLine, cnyPerKg: string }> }> };

export type DemoSchemesQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoSchemesQuery = { __typename?: 'Query', floorSchemes: Array<{ __typename?: 'FloorScheme', crop: Crop, seasonFrom: string, seasonTo: string, capacityCny: string | null, boundCny: string | null, loading: string, pastSeasons: number, subsidyShares: Array<{ __typename?: 'PremiumShareTerm', payer: PremiumPayer, share: string }> }> };

export type DemoMonthlyIndexQueryVariables = Exact<{
  crop: Crop;
  grade?: InputMaybe<Grade>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type DemoMonthlyIndexQuery = { __typename?: 'Query', priceIndex: { __typename?: 'PriceIndex', points: Array<{ __typename?: 'PriceIndexPoint', periodStart: string, priceCnyPerKg: string, observationDays: number }> } };

export type DemoContractsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoContractsQuery = { __typename?: 'Query', floorContracts: { __typename?: 'FloorContractConnection', edges: Array<{ __typename?: 'FloorContractEdge', node: { __typename?: 'FloorContract', number: string, status: FloorContractStatus, paidCny: string, coverFrom: string, coverTo: string, member: { __typename?: 'Member', id: string }, windows: Array<{ __typename?: 'ContractWindow', start: string, settlement: { __typename?: 'FloorSettlement', id: string } | null }> } }> } };

export type DemoGrowerViewQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoGrowerViewQuery = { __typename?: 'Query', viewer: { __typename?: 'Member', id: string, floorContracts: Array<{ __typename?: 'FloorContract', number: string, coverFrom: string, coverTo: string, floorPerKg: string }> | null, lots: Array<{ __typename?: 'Lot', id: string, harvestDate: string, forward: boolean, priceFloor: { __typename?: 'FloorContract', number: string } | null }> } | null };

export type DemoLotFloorQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DemoLotFloorQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', id: string, priceFloor: { __typename?: 'FloorContract', number: string } | null } | null };

export type DemoExposureQueryVariables = Exact<{
  on?: InputMaybe<Scalars['Date']['input']>;
}>;


export type DemoExposureQuery = { __typename?: 'Query', exposure: { __typename?: 'Exposure', contracts: number, sumInsuredCny: string, premiumCny: string, byWindow: Array<{ __typename?: 'WindowExposure', start: string, paidCny: string | null }> } | null };

export type DemoEarlierShipmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoEarlierShipmentsQuery = { __typename?: 'Query', shipments: Array<{ __typename?: 'Shipment', id: string, status: ShipmentStatus }> };

export type DemoEarlierLicencesQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoEarlierLicencesQuery = { __typename?: 'Query', licences: { __typename?: 'LicenceConnection', edges: Array<{ __typename?: 'LicenceEdge', node: { __typename?: 'Licence', number: string, usedKg: string } }> } };

export type SchemeOpenMutationVariables = Exact<{
  input: FloorSchemeInput;
}>;


export type SchemeOpenMutation = { __typename?: 'Mutation', openFloorScheme: { __typename?: 'FloorScheme', id: string, crop: Crop, seasonFrom: string, seasonTo: string, capacityCny: string | null, boundCny: string | null, remainingCapacityCny: string | null, loading: string, riskFreeRate: string, pastSeasons: number, quoteValidMinutes: number, minObservationDays: number, subsidyShares: Array<{ __typename?: 'PremiumShareTerm', payer: PremiumPayer, share: string }> } };

export type SchemeUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FloorSchemeUpdateInput;
}>;


export type SchemeUpdateMutation = { __typename?: 'Mutation', updateFloorScheme: { __typename?: 'FloorScheme', id: string, capacityCny: string | null, boundCny: string | null, remainingCapacityCny: string | null, loading: string, riskFreeRate: string, pastSeasons: number, quoteValidMinutes: number, minObservationDays: number, subsidyShares: Array<{ __typename?: 'PremiumShareTerm', payer: PremiumPayer, share: string }> } };

export type SchemeListQueryVariables = Exact<{
  crop?: InputMaybe<Crop>;
}>;


export type SchemeListQuery = { __typename?: 'Query', floorSchemes: Array<{ __typename?: 'FloorScheme', id: string, crop: Crop, seasonFrom: string, seasonTo: string, capacityCny: string | null, remainingCapacityCny: string | null }> };

export type PriceIndexOfQueryVariables = Exact<{
  crop: Crop;
  variety?: InputMaybe<Variety>;
  grade?: InputMaybe<Grade>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  interval: PriceInterval;
}>;


export type PriceIndexOfQuery = { __typename?: 'Query', priceIndex: { __typename?: 'PriceIndex', crop: Crop, variety: Variety | null, grade: Grade | null, from: string, to: string, interval: PriceInterval, points: Array<{ __typename?: 'PriceIndexPoint', periodStart: string, periodEnd: string, priceCnyPerKg: string, observationCount: number, volumeKg: string, observationDays: number }> } };

export type PriceIndexReportMutationVariables = Exact<{
  observations: Array<PriceObservationInput> | PriceObservationInput;
}>;


export type PriceIndexReportMutation = { __typename?: 'Mutation', reportPrices: { __typename?: 'PriceReport', inserted: number } };

export type PriceIndexImportMutationVariables = Exact<{
  csv: Scalars['LongText']['input'];
}>;


export type PriceIndexImportMutation = { __typename?: 'Mutation', importPricesCsv: { __typename?: 'PriceReport', inserted: number, replaced: number } };

export type ObservationsReportMutationVariables = Exact<{
  observations: Array<PriceObservationInput> | PriceObservationInput;
  onDuplicate?: InputMaybe<DuplicatePolicy>;
}>;


export type ObservationsReportMutation = { __typename?: 'Mutation', reportPrices: { __typename?: 'PriceReport', inserted: number, replaced: number, observations: Array<{ __typename?: 'PriceObservation', id: string, crop: Crop, variety: Variety | null, grade: Grade, day: string, priceCnyPerKg: string, volumeKg: string, source: PriceSource, reportedAt: string, market: { __typename?: 'Member', id: string } }> } };

export type ObservationsImportMutationVariables = Exact<{
  csv: Scalars['LongText']['input'];
  onDuplicate?: InputMaybe<DuplicatePolicy>;
}>;


export type ObservationsImportMutation = { __typename?: 'Mutation', importPricesCsv: { __typename?: 'PriceReport', inserted: number, replaced: number, observations: Array<{ __typename?: 'PriceObservation', day: string, priceCnyPerKg: string, source: PriceSource, market: { __typename?: 'Member', id: string } }> } };

export type ObservationsListQueryVariables = Exact<{
  filter?: InputMaybe<PriceObservationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ObservationsListQuery = { __typename?: 'Query', priceObservations: { __typename?: 'PriceObservationConnection', edges: Array<{ __typename?: 'PriceObservationEdge', cursor: string, node: { __typename?: 'PriceObservation', id: string, crop: Crop, variety: Variety | null, grade: Grade, day: string, priceCnyPerKg: string, volumeKg: string, market: { __typename?: 'Member', id: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PricesReportMutationVariables = Exact<{
  observations: Array<PriceObservationInput> | PriceObservationInput;
  onDuplicate?: InputMaybe<DuplicatePolicy>;
}>;


export type PricesReportMutation = { __typename?: 'Mutation', reportPrices: { __typename?: 'PriceReport', inserted: number, replaced: number, observations: Array<{ __typename?: 'PriceObservation', id: string, crop: Crop, variety: Variety | null, grade: Grade, day: string, priceCnyPerKg: string, volumeKg: string, source: PriceSource, reportedAt: string, market: { __typename?: 'Member', id: string } }> } };

export type ProbeInputQuoteFloorMutationVariables = Exact<{
  input: QuoteFloorInput;
}>;


export type ProbeInputQuoteFloorMutation = { __typename?: 'Mutation', quoteFloor: { __typename?: 'FloorQuote', id: string, windows: Array<{ __typename?: 'QuoteWindow', start: string, end: string }> } };

export type ProbeInputBindFloorMutationVariables = Exact<{
  quoteId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type ProbeInputBindFloorMutation = { __typename?: 'Mutation', bindFloor: { __typename?: 'FloorContract', id: string } };

export type ProbeInputReportPricesMutationVariables = Exact<{
  observations: Array<PriceObservationInput> | PriceObservationInput;
}>;


export type ProbeInputReportPricesMutation = { __typename?: 'Mutation', reportPrices: { __typename?: 'PriceReport', inserted: number } };

export type ProbeCostBasisQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProbeCostBasisQuery = { __typename?: 'Query', costBasis: { __typename?: 'CostBasis', id: string } | null };

export type ProbeFloorQuoteQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProbeFloorQuoteQuery = { __typename?: 'Query', floorQuote: { __typename?: 'FloorQuote', id: string } | null };

export type ProbeFloorContractQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProbeFloorContractQuery = { __typename?: 'Query', floorContract: { __typename?: 'FloorContract', id: string } | null };

export type ProbeFloorSettlementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProbeFloorSettlementQuery = { __typename?: 'Query', floorSettlement: { __typename?: 'FloorSettlement', id: string } | null };

export type ProbeContractsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ProbeContractsQuery = { __typename?: 'Query', floorContracts: { __typename?: 'FloorContractConnection', edges: Array<{ __typename?: 'FloorContractEdge', node: { __typename?: 'FloorContract', id: string } }> } };

export type ProbeObservationsPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  marketId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ProbeObservationsPageQuery = { __typename?: 'Query', priceObservations: { __typename?: 'PriceObservationConnection', edges: Array<{ __typename?: 'PriceObservationEdge', node: { __typename?: 'PriceObservation', id: string } }> } };

export type ProbeIndexQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  interval: PriceInterval;
}>;


export type ProbeIndexQuery = { __typename?: 'Query', priceIndex: { __typename?: 'PriceIndex', points: Array<{ __typename?: 'PriceIndexPoint', periodStart: string }> } };

export type ProbeExposureQueryVariables = Exact<{
  seasonOn?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ProbeExposureQuery = { __typename?: 'Query', exposure: { __typename?: 'Exposure', contracts: number } | null };

export type ProbeSchemesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProbeSchemesQuery = { __typename?: 'Query', floorSchemes: Array<{ __typename?: 'FloorScheme', id: string }> };

export type ProbeCostBasesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProbeCostBasesQuery = { __typename?: 'Query', costBases: Array<{ __typename?: 'CostBasis', id: string }> };

export type ProbeSettleFloorMutationVariables = Exact<{
  contractId: Scalars['ID']['input'];
  window: WindowInput;
}>;


export type ProbeSettleFloorMutation = { __typename?: 'Mutation', settleFloor: { __typename?: 'FloorSettlement', id: string } };

export type ProbeSettleWindowMutationVariables = Exact<{
  window: WindowInput;
}>;


export type ProbeSettleWindowMutation = { __typename?: 'Mutation', settleWindow: { __typename?: 'WindowSettlement', settled: number } };

export type ProbeUpdateSchemeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FloorSchemeUpdateInput;
}>;


export type ProbeUpdateSchemeMutation = { __typename?: 'Mutation', updateFloorScheme: { __typename?: 'FloorScheme', id: string } };

export type ProbeImportCsvMutationVariables = Exact<{
  csv: Scalars['LongText']['input'];
}>;


export type ProbeImportCsvMutation = { __typename?: 'Mutation', importPricesCsv: { __typename?: 'PriceReport', inserted: number } };

export type ProbeOpenSchemeMutationVariables = Exact<{
  input: FloorSchemeInput;
}>;


export type ProbeOpenSchemeMutation = { __typename?: 'Mutation', openFloorScheme: { __typename?: 'FloorScheme', id: string } };

export type ProbePublishBasisMutationVariables = Exact<{
  input: CostBasisInput;
}>;


export type ProbePublishBasisMutation = { __typename?: 'Mutation', publishCostBasis: { __typename?: 'CostBasis', id: string } };

export type ProbeMoneyQuoteMutationVariables = Exact<{
  input: QuoteFloorInput;
}>;


export type ProbeMoneyQuoteMutation = { __typename?: 'Mutation', quoteFloor: { __typename?: 'FloorQuote', id: string, insuredKg: string, floorPerKg: string, sumInsuredCny: string, premiumCny: string, windows: Array<{ __typename?: 'QuoteWindow', start: string }>, premiumShares: Array<{ __typename?: 'PremiumShare', payer: PremiumPayer, share: string, amountCny: string }> } };

export type ProbeMoneyContractQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProbeMoneyContractQuery = { __typename?: 'Query', floorContract: { __typename?: 'FloorContract', id: string, insuredKg: string, floorPerKg: string, sumInsuredCny: string, premiumCny: string, premiumShares: Array<{ __typename?: 'PremiumShare', payer: PremiumPayer, amountCny: string }>, windows: Array<{ __typename?: 'ContractWindow', start: string }> } | null };

export type ProbeMoneyExposureQueryVariables = Exact<{ [key: string]: never; }>;


export type ProbeMoneyExposureQuery = { __typename?: 'Query', exposure: { __typename?: 'Exposure', contracts: number, insuredKg: string, sumInsuredCny: string, maximumPayoutCny: string, premiumCny: string, byWindow: Array<{ __typename?: 'WindowExposure', start: string, end: string, contracts: number, insuredKg: string, sumInsuredCny: string, expectedPayoutCny: string }> } | null };

export type ProbeMoneyBindMutationVariables = Exact<{
  quoteId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type ProbeMoneyBindMutation = { __typename?: 'Mutation', bindFloor: { __typename?: 'FloorContract', id: string } };

export type ProbeMoneySettleMutationVariables = Exact<{
  contractId: Scalars['ID']['input'];
  window: WindowInput;
}>;


export type ProbeMoneySettleMutation = { __typename?: 'Mutation', settleFloor: { __typename?: 'FloorSettlement', id: string } };

export type ProbeMoneyUpdateSchemeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FloorSchemeUpdateInput;
}>;


export type ProbeMoneyUpdateSchemeMutation = { __typename?: 'Mutation', updateFloorScheme: { __typename?: 'FloorScheme', id: string } };

export type ProbeMoneyReportMutationVariables = Exact<{
  observations: Array<PriceObservationInput> | PriceObservationInput;
}>;


export type ProbeMoneyReportMutation = { __typename?: 'Mutation', reportPrices: { __typename?: 'PriceReport', inserted: number } };

export type ProbeMoneyImportMutationVariables = Exact<{
  csv: Scalars['LongText']['input'];
}>;


export type ProbeMoneyImportMutation = { __typename?: 'Mutation', importPricesCsv: { __typename?: 'PriceReport', inserted: number } };

export type ProbeMoneyContractsQueryVariables = Exact<{
  memberId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ProbeMoneyContractsQuery = { __typename?: 'Query', floorContracts: { __typename?: 'FloorContractConnection', edges: Array<{ __typename?: 'FloorContractEdge', node: { __typename?: 'FloorContract', id: string } }> } };

export type ProbeQuoteFloorMutationVariables = Exact<{
  input: QuoteFloorInput;
}>;


export type ProbeQuoteFloorMutation = { __typename?: 'Mutation', quoteFloor: { __typename?: 'FloorQuote', id: string, insuredKg: string, floorPerKg: string, sumInsuredCny: string, premiumCny: string, windows: Array<{ __typename?: 'QuoteWindow', start: string, end: string }>, premiumShares: Array<{ __typename?: 'PremiumShare', payer: PremiumPayer, share: string, amountCny: string }>, perMu: { __typename?: 'PerMuTerms', expectedYieldKgPerMu: string } } };

export type ProbeBindFloorMutationVariables = Exact<{
  quoteId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type ProbeBindFloorMutation = { __typename?: 'Mutation', bindFloor: { __typename?: 'FloorContract', id: string, number: string } };

export type ProbeSetRolesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type ProbeSetRolesMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'Member', id: string } };

export type ProbeSuspendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ProbeSuspendMutation = { __typename?: 'Mutation', suspendMember: { __typename?: 'Member', status: MemberStatus } };

export type ProbeReinstateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProbeReinstateMutation = { __typename?: 'Mutation', reinstateMember: { __typename?: 'Member', status: MemberStatus } };

export type ProbeReportPricesMutationVariables = Exact<{
  observations: Array<PriceObservationInput> | PriceObservationInput;
}>;


export type ProbeReportPricesMutation = { __typename?: 'Mutation', reportPrices: { __typename?: 'PriceReport', inserted: number } };

export type ProbeObservationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProbeObservationsQuery = { __typename?: 'Query', priceObservations: { __typename?: 'PriceObservationConnection', edges: Array<{ __typename?: 'PriceObservationEdge', node: { __typename?: 'PriceObservation', id: string } }> } };

export type QuotesQuoteFloorMutationVariables = Exact<{
  input: QuoteFloorInput;
}>;


export type QuotesQuoteFloorMutation = { __typename?: 'Mutation', quoteFloor: { __typename?: 'FloorQuote', id: string, crop: Crop, variety: Variety | null, grade: Grade | null, insuredKg: string, coverage: string, coverFrom: string, coverTo: string, windowLength: SettlementWindowLength, marginalCostPerKg: string, floorPerKg: string, sumInsuredCny: string, black76PerKg: string, burnCostPerKg: string, technicalPerKg: string, loading: string, premiumCny: string, rate: string, validUntil: string, status: FloorQuoteStatus, createdAt: string, member: { __typename?: 'Member', id: string }, costBasis: { __typename?: 'CostBasis', id: string, version: number }, scheme: { __typename?: 'FloorScheme', id: string }, premiumShares: Array<{ __typename?: 'PremiumShare', payer: PremiumPayer, share: string, amountCny: string }>, perMu: { __typename?: 'PerMuTerms', insuredMu: string, expectedYieldKgPerMu: string, sumInsuredPerMuCny: string, targetPricePerKg: string, targetPricePerJin: string, premiumPerMuCny: string, farmerPremiumPerMuCny: string }, windows: Array<{ __typename?: 'QuoteWindow', start: string, end: string, forwardPerKg: string, volatility: string, yearsToExpiry: string, riskFreeRate: string, black76PerKg: string, burnCostPerKg: string, pastSeasons: Array<{ __typename?: 'PastSeasonWindow', start: string, end: string, indexPerKg: string | null, observationDays: number, payoutPerKg: string | null }> }>, contract: { __typename?: 'FloorContract', id: string } | null } };

export type QuotesFloorQuoteQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuotesFloorQuoteQuery = { __typename?: 'Query', floorQuote: { __typename?: 'FloorQuote', id: string, status: FloorQuoteStatus, premiumCny: string, member: { __typename?: 'Member', id: string }, contract: { __typename?: 'FloorContract', id: string } | null } | null };

export type QuotesBindFloorMutationVariables = Exact<{
  quoteId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type QuotesBindFloorMutation = { __typename?: 'Mutation', bindFloor: { __typename?: 'FloorContract', id: string } };

export type SettlementSettleFloorMutationVariables = Exact<{
  contractId: Scalars['ID']['input'];
  window: WindowInput;
}>;


export type SettlementSettleFloorMutation = { __typename?: 'Mutation', settleFloor: { __typename?: 'FloorSettlement', id: string, windowStart: string, windowEnd: string, indexPerKg: string, floorPerKg: string, insuredKg: string, payoutCny: string, indemnityPerMuCny: string, observationDays: number, observationCount: number, volumeKg: string, settledAt: string, contract: { __typename?: 'FloorContract', id: string, status: FloorContractStatus, paidCny: string, windows: Array<{ __typename?: 'ContractWindow', start: string, settlement: { __typename?: 'FloorSettlement', id: string, payoutCny: string } | null }> }, statement: Array<{ __typename?: 'StatementLine', day: string, variety: Variety | null, grade: Grade, priceCnyPerKg: string, volumeKg: string, market: { __typename?: 'Member', id: string, name: string } }> } };

export type SettlementSettleWindowMutationVariables = Exact<{
  crop: Crop;
  window: WindowInput;
}>;


export type SettlementSettleWindowMutation = { __typename?: 'Mutation', settleWindow: { __typename?: 'WindowSettlement', crop: Crop, windowStart: string, windowEnd: string, indexPerKg: string | null, settled: number, alreadySettled: number, payoutCny: string, totalPayoutCny: string } };

export type SettlementByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettlementByIdQuery = { __typename?: 'Query', floorSettlement: { __typename?: 'FloorSettlement', id: string, payoutCny: string, contract: { __typename?: 'FloorContract', id: string }, statement: Array<{ __typename?: 'StatementLine', day: string }> } | null };

export type SettlementExposureQueryVariables = Exact<{ [key: string]: never; }>;


export type SettlementExposureQuery = { __typename?: 'Query', exposure: { __typename?: 'Exposure', byWindow: Array<{ __typename?: 'WindowExposure', start: string, contracts: number, expectedPayoutCny: string, paidCny: string | null }> } | null };

export type EntitiesReserveSupplyMutationVariables = Exact<{
  input: ReserveSupplyInput;
}>;


export type EntitiesReserveSupplyMutation = { __typename?: 'Mutation', reserveSupply: { __typename?: 'Reservation', id: string } };

export type AffiliateGrowerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  cooperativeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AffiliateGrowerMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'Member', id: string, cooperative: { __typename?: 'Member', id: string, code: string } | null } };

export type CrossAllianceReserveSupplyMutationVariables = Exact<{
  input: ReserveSupplyInput;
}>;


export type CrossAllianceReserveSupplyMutation = { __typename?: 'Mutation', reserveSupply: { __typename?: 'Reservation', id: string } };

export type CrossAllianceAdmitMemberMutationVariables = Exact<{
  input: AdmitMemberInput;
}>;


export type CrossAllianceAdmitMemberMutation = { __typename?: 'Mutation', admitMember: { __typename?: 'Member', id: string } };

export type CrossAllianceUpdateMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrossAllianceUpdateMemberMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'Member', id: string } };

export type CrossAllianceSuspendMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrossAllianceSuspendMemberMutation = { __typename?: 'Mutation', suspendMember: { __typename?: 'Member', id: string } };

export type CrossAllianceReinstateMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrossAllianceReinstateMemberMutation = { __typename?: 'Mutation', reinstateMember: { __typename?: 'Member', id: string } };

export type CrossAllianceAddBaseMutationVariables = Exact<{
  m: Scalars['ID']['input'];
}>;


export type CrossAllianceAddBaseMutation = { __typename?: 'Mutation', addBase: { __typename?: 'Base', id: string } };

export type CrossAllianceUpdateBaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrossAllianceUpdateBaseMutation = { __typename?: 'Mutation', updateBase: { __typename?: 'Base', id: string } };

export type CrossAllianceRemoveBaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrossAllianceRemoveBaseMutation = { __typename?: 'Mutation', removeBase: string };

export type CrossAllianceRegisterLotMutationVariables = Exact<{
  input: RegisterLotInput;
}>;


export type CrossAllianceRegisterLotMutation = { __typename?: 'Mutation', registerLot: { __typename?: 'Lot', id: string } };

export type CrossAllianceUpdateLotMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrossAllianceUpdateLotMutation = { __typename?: 'Mutation', updateLot: { __typename?: 'Lot', id: string } };

export type CrossAllianceWithdrawLotMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrossAllianceWithdrawLotMutation = { __typename?: 'Mutation', withdrawLot: { __typename?: 'Lot', id: string } };

export type CrossAllianceReserveNamedLotMutationVariables = Exact<{
  input: ReserveSupplyInput;
}>;


export type CrossAllianceReserveNamedLotMutation = { __typename?: 'Mutation', reserveSupply: { __typename?: 'Reservation', id: string } };

export type CrossAllianceConfirmReservationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrossAllianceConfirmReservationMutation = { __typename?: 'Mutation', confirmReservation: { __typename?: 'Reservation', id: string } };

export type CrossAllianceCancelReservationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrossAllianceCancelReservationMutation = { __typename?: 'Mutation', cancelReservation: { __typename?: 'Reservation', id: string } };

export type CrossAllianceSetMarketRouteMutationVariables = Exact<{
  input: MarketRouteInput;
}>;


export type CrossAllianceSetMarketRouteMutation = { __typename?: 'Mutation', setMarketRoute: { __typename?: 'MarketRoute', transitHours: number } };

export type DirectoryRenameMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  creditCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type DirectoryRenameMemberMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'Member', id: string, name: string, creditCode: string | null } };

export type DirectoryRenameSelfMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type DirectoryRenameSelfMutation = { __typename?: 'Mutation', updateMyProfile: { __typename?: 'Member', id: string, name: string } };

export type FreshnessSetRouteMutationVariables = Exact<{
  input: MarketRouteInput;
}>;


export type FreshnessSetRouteMutation = { __typename?: 'Mutation', setMarketRoute: { __typename?: 'MarketRoute', transitHours: number, truckTempC: number, market: { __typename?: 'Member', id: string } } };

export type FreshnessRoutesQueryVariables = Exact<{ [key: string]: never; }>;


export type FreshnessRoutesQuery = { __typename?: 'Query', marketRoutes: Array<{ __typename?: 'MarketRoute', transitHours: number, truckTempC: number, market: { __typename?: 'Member', id: string } }> };

export type FreshnessSupplyQueryVariables = Exact<{
  min?: InputMaybe<Scalars['Float']['input']>;
  destination?: InputMaybe<Scalars['ID']['input']>;
}>;


export type FreshnessSupplyQuery = { __typename?: 'Query', supply: { __typename?: 'SupplyConnection', totalCount: number, edges: Array<{ __typename?: 'SupplyEdge', predictedShelfLifeOnArrivalDays: number | null, node: { __typename?: 'Lot', id: string } }> }, supplySummary: Array<{ __typename?: 'SupplyBucket', lotCount: number }> };

export type FreshnessReserveMutationVariables = Exact<{
  input: ReserveSupplyInput;
}>;


export type FreshnessReserveMutation = { __typename?: 'Mutation', reserveSupply: { __typename?: 'Reservation', id: string, totalKg: string, lines: Array<{ __typename?: 'ReservationLine', kg: string, lot: { __typename?: 'Lot', id: string } }> } };

export type LotNumbersRegisterMutationVariables = Exact<{
  input: RegisterLotInput;
}>;


export type LotNumbersRegisterMutation = { __typename?: 'Mutation', registerLot: { __typename?: 'Lot', id: string, lotNumber: string, harvestDate: string } };

export type LotNumbersLotQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LotNumbersLotQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', lotNumber: string } | null };

export type MarketplaceReserveMutationVariables = Exact<{
  input: ReserveSupplyInput;
}>;


export type MarketplaceReserveMutation = { __typename?: 'Mutation', reserveSupply: { __typename?: 'Reservation', id: string, status: ReservationStatus, holdUntil: string, totalKg: string, totalPrice: string, idempotencyKey: string, market: { __typename?: 'Member', id: string }, lines: Array<{ __typename?: 'ReservationLine', kg: string, pricePerKg: string, amount: string, lot: { __typename?: 'Lot', id: string, availableKg: string } }> } };

export type MarketplaceLotCountersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarketplaceLotCountersQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', quantityKg: string, reservedKg: string, shippedKg: string, availableKg: string } | null };

export type MarketplaceRegisterLotMutationVariables = Exact<{
  input: RegisterLotInput;
}>;


export type MarketplaceRegisterLotMutation = { __typename?: 'Mutation', registerLot: { __typename?: 'Lot', id: string } };

export type MarketplaceUpdateLotMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateLotInput;
}>;


export type MarketplaceUpdateLotMutation = { __typename?: 'Mutation', updateLot: { __typename?: 'Lot', askingPricePerKg: string, quantityKg: string } };

export type MarketplaceSupplyCountQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketplaceSupplyCountQuery = { __typename?: 'Query', supply: { __typename?: 'SupplyConnection', totalCount: number } };

export type MarketplaceConfirmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarketplaceConfirmMutation = { __typename?: 'Mutation', confirmReservation: { __typename?: 'Reservation', status: ReservationStatus } };

export type MarketplaceCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarketplaceCancelMutation = { __typename?: 'Mutation', cancelReservation: { __typename?: 'Reservation', status: ReservationStatus } };

export type MarketplaceReservationStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarketplaceReservationStatusQuery = { __typename?: 'Query', reservation: { __typename?: 'Reservation', status: ReservationStatus } | null };

export type MarketplaceRegisterLotInFullMutationVariables = Exact<{
  input: RegisterLotInput;
}>;


export type MarketplaceRegisterLotInFullMutation = { __typename?: 'Mutation', registerLot: { __typename?: 'Lot', id: string, crop: Crop, variety: Variety | null, grade: Grade, quantityKg: string, availableKg: string, harvestDate: string, township: string, askingPricePerKg: string, status: LotStatus, grower: { __typename?: 'Member', id: string }, base: { __typename?: 'Base', id: string } } };

export type MarketplaceWithdrawLotMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarketplaceWithdrawLotMutation = { __typename?: 'Mutation', withdrawLot: { __typename?: 'Lot', status: LotStatus } };

export type MarketplaceRegisterForwardLotMutationVariables = Exact<{
  input: RegisterLotInput;
}>;


export type MarketplaceRegisterForwardLotMutation = { __typename?: 'Mutation', registerLot: { __typename?: 'Lot', forward: boolean, harvestDate: string } };

export type MarketplaceRedAScallionPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MarketplaceRedAScallionPageQuery = { __typename?: 'Query', supply: { __typename?: 'SupplyConnection', totalCount: number, totalAvailableKg: string, edges: Array<{ __typename?: 'SupplyEdge', node: { __typename?: 'Lot', id: string, availableKg: string, harvestDate: string, askingPricePerKg: string, grower: { __typename?: 'Member', id: string, contact: { __typename?: 'Contact', phone: string } | null } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MarketplaceCheapLargeLotsQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketplaceCheapLargeLotsQuery = { __typename?: 'Query', supply: { __typename?: 'SupplyConnection', edges: Array<{ __typename?: 'SupplyEdge', node: { __typename?: 'Lot', availableKg: string, askingPricePerKg: string } }> } };

export type MarketplaceWujieSupplyQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketplaceWujieSupplyQuery = { __typename?: 'Query', supply: { __typename?: 'SupplyConnection', totalCount: number, edges: Array<{ __typename?: 'SupplyEdge', node: { __typename?: 'Lot', grade: Grade, township: string } }> } };

export type MarketplaceSummaryByVarietyTownshipQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketplaceSummaryByVarietyTownshipQuery = { __typename?: 'Query', supplySummary: Array<{ __typename?: 'SupplyBucket', crop: Crop | null, variety: Variety | null, grade: Grade | null, township: string | null, availableKg: string, lotCount: number }> };

export type MarketplaceRedSummaryByGradeQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketplaceRedSummaryByGradeQuery = { __typename?: 'Query', supplySummary: Array<{ __typename?: 'SupplyBucket', grade: Grade | null, availableKg: string }> };

export type MarketplaceReservationIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarketplaceReservationIdQuery = { __typename?: 'Query', reservation: { __typename?: 'Reservation', id: string } | null };

export type MarketplaceOwnReservationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketplaceOwnReservationsQuery = { __typename?: 'Query', viewer: { __typename?: 'Member', reservations: Array<{ __typename?: 'Reservation', id: string }> } | null };

export type MarketplaceLotReservationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarketplaceLotReservationsQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', reservations: Array<{ __typename?: 'Reservation', id: string }> } | null };

export type MarketplaceMemberReservationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarketplaceMemberReservationsQuery = { __typename?: 'Query', member: { __typename?: 'Member', reservations: Array<{ __typename?: 'Reservation', id: string }> } | null };

export type MembersPublicAlliancesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersPublicAlliancesQuery = { __typename?: 'Query', alliances: Array<{ __typename?: 'Alliance', id: string, code: string, name: string, region: string, crops: Array<Crop> }>, alliance: { __typename?: 'Alliance', name: string } | null };

export type MembersMemberCodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersMemberCodeQuery = { __typename?: 'Query', member: { __typename?: 'Member', code: string } | null };

export type MembersViewerCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersViewerCodeQuery = { __typename?: 'Query', viewer: { __typename?: 'Member', code: string } | null };

export type MembersCountQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersCountQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', totalCount: number } };

export type MembersViewerMemberAndCodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type MembersViewerMemberAndCodeQuery = { __typename?: 'Query', viewer: { __typename?: 'Member', id: string, code: string, name: string, kind: MemberKind, creditCode: string | null, township: string, status: MemberStatus, statusReason: string | null, joinedOn: string, contact: { __typename?: 'Contact', name: string, phone: string } | null, alliances: Array<{ __typename?: 'AllianceMembership', roles: Array<Role>, alliance: { __typename?: 'Alliance', id: string, code: string } }>, bases: Array<{ __typename?: 'Base', id: string, township: string, areaMu: string, crop: Crop }> } | null, member: { __typename?: 'Member', code: string, kind: MemberKind } | null, memberByCode: { __typename?: 'Member', id: string } | null };

export type MembersBaishuiGrowersPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MembersBaishuiGrowersPageQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', totalCount: number, edges: Array<{ __typename?: 'MemberEdge', cursor: string, node: { __typename?: 'Member', code: string, township: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MembersFilteredQueryVariables = Exact<{
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MembersFilteredQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', totalCount: number, edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', id: string } }> } };

export type MembersTwoContactsQueryVariables = Exact<{
  g: Scalars['ID']['input'];
  c: Scalars['ID']['input'];
}>;


export type MembersTwoContactsQuery = { __typename?: 'Query', g: { __typename?: 'Member', contact: { __typename?: 'Contact', phone: string } | null } | null, c: { __typename?: 'Member', contact: { __typename?: 'Contact', phone: string } | null } | null };

export type MembersMemberAndNoneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  none: Scalars['ID']['input'];
}>;


export type MembersMemberAndNoneQuery = { __typename?: 'Query', member: { __typename?: 'Member', code: string } | null, none: { __typename?: 'Member', code: string } | null };

export type MembersByCodeAndNoneQueryVariables = Exact<{
  code: Scalars['String']['input'];
  none: Scalars['String']['input'];
}>;


export type MembersByCodeAndNoneQuery = { __typename?: 'Query', other: { __typename?: 'Member', id: string } | null, none: { __typename?: 'Member', id: string } | null };

export type MembersMemberByCodeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type MembersMemberByCodeQuery = { __typename?: 'Query', memberByCode: { __typename?: 'Member', id: string } | null };

export type MembersAdmitGrowerMutationVariables = Exact<{
  a: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type MembersAdmitGrowerMutation = { __typename?: 'Mutation', admitMember: { __typename?: 'Member', id: string } };

export type MembersSuspendStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersSuspendStatusMutation = { __typename?: 'Mutation', suspendMember: { __typename?: 'Member', status: MemberStatus } };

export type MembersUpdateMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersUpdateMemberMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'Member', name: string, township: string, alliances: Array<{ __typename?: 'AllianceMembership', roles: Array<Role> }> } };

export type MembersUpdateMyProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type MembersUpdateMyProfileMutation = { __typename?: 'Mutation', updateMyProfile: { __typename?: 'Member', name: string, contact: { __typename?: 'Contact', name: string, phone: string } | null } };

export type MembersAddBaseMutationVariables = Exact<{
  input: BaseInput;
  memberId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MembersAddBaseMutation = { __typename?: 'Mutation', addBase: { __typename?: 'Base', id: string, areaMu: string } };

export type MembersUpdateBaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: BaseInput;
}>;


export type MembersUpdateBaseMutation = { __typename?: 'Mutation', updateBase: { __typename?: 'Base', township: string, areaMu: string } };

export type MembersRemoveBaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersRemoveBaseMutation = { __typename?: 'Mutation', removeBase: string };

export type MembersAdmitMutationVariables = Exact<{
  input: AdmitMemberInput;
}>;


export type MembersAdmitMutation = { __typename?: 'Mutation', admitMember: { __typename?: 'Member', id: string, code: string, kind: MemberKind, creditCode: string | null, status: MemberStatus, joinedOn: string, alliances: Array<{ __typename?: 'AllianceMembership', roles: Array<Role> }> } };

export type MembersSuspendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersSuspendMutation = { __typename?: 'Mutation', suspendMember: { __typename?: 'Member', status: MemberStatus, statusReason: string | null } };

export type MembersReinstateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersReinstateMutation = { __typename?: 'Mutation', reinstateMember: { __typename?: 'Member', status: MemberStatus, statusReason: string | null } };

export type MembersProbeSuspendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type MembersProbeSuspendMutation = { __typename?: 'Mutation', suspendMember: { __typename?: 'Member', status: MemberStatus, statusReason: string | null } };

export type MembersProbeReinstateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersProbeReinstateMutation = { __typename?: 'Mutation', reinstateMember: { __typename?: 'Member', status: MemberStatus } };

export type MembersProbeRenameMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type MembersProbeRenameMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'Member', name: string } };

export type MembersProbeMemberStandingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersProbeMemberStandingQuery = { __typename?: 'Query', member: { __typename?: 'Member', name: string, status: MemberStatus, statusReason: string | null } | null };

export type MembersProbeViewerStandingQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersProbeViewerStandingQuery = { __typename?: 'Query', viewer: { __typename?: 'Member', status: MemberStatus, statusReason: string | null } | null };

export type MembersProbeMyProfileMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type MembersProbeMyProfileMutation = { __typename?: 'Mutation', updateMyProfile: { __typename?: 'Member', name: string } };

export type MembersProbeSetRolesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type MembersProbeSetRolesMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'Member', id: string } };

export type MembersProbeReserveMutationVariables = Exact<{
  input: ReserveSupplyInput;
}>;


export type MembersProbeReserveMutation = { __typename?: 'Mutation', reserveSupply: { __typename?: 'Reservation', id: string, status: ReservationStatus } };

export type MembersProbeConfirmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersProbeConfirmMutation = { __typename?: 'Mutation', confirmReservation: { __typename?: 'Reservation', id: string, status: ReservationStatus } };

export type MembersProbeCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersProbeCancelMutation = { __typename?: 'Mutation', cancelReservation: { __typename?: 'Reservation', id: string, status: ReservationStatus } };

export type MembersProbeReservationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersProbeReservationQuery = { __typename?: 'Query', reservation: { __typename?: 'Reservation', id: string, status: ReservationStatus } | null };

export type MembersProbeAddBaseMutationVariables = Exact<{
  memberId?: InputMaybe<Scalars['ID']['input']>;
  input: BaseInput;
}>;


export type MembersProbeAddBaseMutation = { __typename?: 'Mutation', addBase: { __typename?: 'Base', id: string, crop: Crop } };

export type MembersProbeUpdateBaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: BaseInput;
}>;


export type MembersProbeUpdateBaseMutation = { __typename?: 'Mutation', updateBase: { __typename?: 'Base', id: string, crop: Crop } };

export type MembersProbeRemoveBaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersProbeRemoveBaseMutation = { __typename?: 'Mutation', removeBase: string };

export type MembersProbeMemberAlliancesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersProbeMemberAlliancesQuery = { __typename?: 'Query', member: { __typename?: 'Member', alliances: Array<{ __typename?: 'AllianceMembership', roles: Array<Role>, alliance: { __typename?: 'Alliance', id: string } }> } | null };

export type MembersProbeListedAlliancesQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersProbeListedAlliancesQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', id: string, alliances: Array<{ __typename?: 'AllianceMembership', roles: Array<Role>, alliance: { __typename?: 'Alliance', id: string } }> } }> } };

export type MembersProbeViewerAlliancesQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersProbeViewerAlliancesQuery = { __typename?: 'Query', viewer: { __typename?: 'Member', alliances: Array<{ __typename?: 'AllianceMembership', alliance: { __typename?: 'Alliance', id: string } }> } | null };

export type ReadLeaksReserveMutationVariables = Exact<{
  input: ReserveSupplyInput;
}>;


export type ReadLeaksReserveMutation = { __typename?: 'Mutation', reserveSupply: { __typename?: 'Reservation', id: string, totalKg: string, totalPrice: string, lines: Array<{ __typename?: 'ReservationLine', kg: string, amount: string }> } };

export type ReadLeaksLotTermsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReadLeaksLotTermsQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', id: string, crop: Crop, availableKg: string, askingPricePerKg: string } | null };

export type ReadLeaksLotBasicsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReadLeaksLotBasicsQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', id: string, crop: Crop, grade: Grade, harvestDate: string, grower: { __typename?: 'Member', code: string } } | null };

export type ReadLeaksTwoLotsQueryVariables = Exact<{
  other: Scalars['ID']['input'];
  none: Scalars['ID']['input'];
}>;


export type ReadLeaksTwoLotsQuery = { __typename?: 'Query', other: { __typename?: 'Lot', id: string } | null, none: { __typename?: 'Lot', id: string } | null };

export type ReadLeaksLotReservationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReadLeaksLotReservationsQuery = { __typename?: 'Query', lot: { __typename?: 'Lot', reservations: Array<{ __typename?: 'Reservation', id: string, totalKg: string, totalPrice: string, lines: Array<{ __typename?: 'ReservationLine', kg: string, pricePerKg: string, amount: string, lot: { __typename?: 'Lot', id: string, grower: { __typename?: 'Member', name: string } } }> }> } | null };

export type ReadLeaksReservationLinesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReadLeaksReservationLinesQuery = { __typename?: 'Query', reservation: { __typename?: 'Reservation', totalKg: string, totalPrice: string, lines: Array<{ __typename?: 'ReservationLine', kg: string, pricePerKg: string, amount: string, lot: { __typename?: 'Lot', id: string, grower: { __typename?: 'Member', name: string } } }> } | null };

export type ReadLeaksMemberLotsPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type ReadLeaksMemberLotsPageQuery = { __typename?: 'Query', member: { __typename?: 'Member', lots: Array<{ __typename?: 'Lot', id: string }> } | null };

export type ReadLeaksMemberReservationsPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type ReadLeaksMemberReservationsPageQuery = { __typename?: 'Query', member: { __typename?: 'Member', reservations: Array<{ __typename?: 'Reservation', id: string }> } | null };

export type ReadLeaksMembersPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type ReadLeaksMembersPageQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', totalCount: number } };

export type ReadLeaksSupplyPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type ReadLeaksSupplyPageQuery = { __typename?: 'Query', supply: { __typename?: 'SupplyConnection', totalCount: number } };

export type RevocationRegisterLotMutationVariables = Exact<{
  input: RegisterLotInput;
}>;


export type RevocationRegisterLotMutation = { __typename?: 'Mutation', registerLot: { __typename?: 'Lot', id: string } };

export type RevocationSetRolesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type RevocationSetRolesMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'Member', id: string, alliances: Array<{ __typename?: 'AllianceMembership', roles: Array<Role> }> } };

export type RevocationSuspendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RevocationSuspendMutation = { __typename?: 'Mutation', suspendMember: { __typename?: 'Member', status: MemberStatus } };

export type RevocationSupplyCountQueryVariables = Exact<{ [key: string]: never; }>;


export type RevocationSupplyCountQuery = { __typename?: 'Query', supply: { __typename?: 'SupplyConnection', totalCount: number } };

export type RevocationViewerStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type RevocationViewerStatusQuery = { __typename?: 'Query', viewer: { __typename?: 'Member', status: MemberStatus, statusReason: string | null } | null };

export type RevocationViewerIdQueryVariables = Exact<{ [key: string]: never; }>;


export type RevocationViewerIdQuery = { __typename?: 'Query', viewer: { __typename?: 'Member', id: string } | null };

export type RevocationAdmitMutationVariables = Exact<{
  input: AdmitMemberInput;
}>;


export type RevocationAdmitMutation = { __typename?: 'Mutation', admitMember: { __typename?: 'Member', id: string } };

export type SupplyReadPageAndSummaryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  by: Scalars['Date']['input'];
}>;


export type SupplyReadPageAndSummaryQuery = { __typename?: 'Query', supply: { __typename?: 'SupplyConnection', totalCount: number, totalAvailableKg: string, edges: Array<{ __typename?: 'SupplyEdge', node: { __typename?: 'Lot', id: string, grade: Grade, variety: Variety | null, township: string, harvestDate: string, availableKg: string, askingPricePerKg: string, grower: { __typename?: 'Member', code: string, name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, supplySummary: Array<{ __typename?: 'SupplyBucket', variety: Variety | null, grade: Grade | null, availableKg: string, lotCount: number }> };

export type SupplyReadReserveMutationVariables = Exact<{
  input: ReserveSupplyInput;
}>;


export type SupplyReadReserveMutation = { __typename?: 'Mutation', reserveSupply: { __typename?: 'Reservation', id: string } };

export type SupplyReadByPriceQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SupplyReadByPriceQuery = { __typename?: 'Query', supply: { __typename?: 'SupplyConnection', totalCount: number, edges: Array<{ __typename?: 'SupplyEdge', node: { __typename?: 'Lot', id: string, lotNumber: string, status: LotStatus, createdAt: string, reservedKg: string, base: { __typename?: 'Base', id: string }, grower: { __typename?: 'Member', id: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SupplyReadSummaryAloneQueryVariables = Exact<{ [key: string]: never; }>;


export type SupplyReadSummaryAloneQuery = { __typename?: 'Query', supplySummary: Array<{ __typename?: 'SupplyBucket', availableKg: string, lotCount: number }> };

export const ShipmentsShipmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShipmentsShipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"loadedKg"}},{"kind":"Field","name":{"kind":"Name","value":"departedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationId"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"reservedKg"}},{"kind":"Field","name":{"kind":"Name","value":"loadedKg"}}]}}]}}]} as unknown as DocumentNode<ShipmentsShipmentFieldsFragment, unknown>;
export const GatewayAlliancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GatewayAlliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}}]}}]}}]} as unknown as DocumentNode<GatewayAlliancesQuery, GatewayAlliancesQueryVariables>;
export const GatewayMemberFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GatewayMemberFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Member","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GatewayMemberFieldsQuery, GatewayMemberFieldsQueryVariables>;
export const PartialSupplyWithColdChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartialSupplyWithColdChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"availableKg"}},{"kind":"Field","name":{"kind":"Name","value":"coldChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excursionCount"}},{"kind":"Field","name":{"kind":"Name","value":"custody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartialSupplyWithColdChainQuery, PartialSupplyWithColdChainQueryVariables>;
export const ReplicasReserveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplicasReserve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSupplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSupply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}}]}}]}}]} as unknown as DocumentNode<ReplicasReserveMutation, ReplicasReserveMutationVariables>;
export const ReplicasConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplicasConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReplicasConfirmMutation, ReplicasConfirmMutationVariables>;
export const ReplicasPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplicasPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanShipmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReplicasPlanMutation, ReplicasPlanMutationVariables>;
export const ReplicasShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReplicasShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReplicasShipmentQuery, ReplicasShipmentQueryVariables>;
export const BrandOfficeOfCallerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandOfficeOfCaller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brandOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BrandOfficeOfCallerQuery, BrandOfficeOfCallerQueryVariables>;
export const FeePoolRecordTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeePoolRecordTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordResidueTestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordResidueTest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FeePoolRecordTestMutation, FeePoolRecordTestMutationVariables>;
export const FeePoolCertifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeePoolCertify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueOriginCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedKg"}}]}}]}}]} as unknown as DocumentNode<FeePoolCertifyMutation, FeePoolCertifyMutationVariables>;
export const FeePoolRevokeCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeePoolRevokeCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOriginCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FeePoolRevokeCertificateMutation, FeePoolRevokeCertificateMutationVariables>;
export const FeePoolGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeePoolGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantLicenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FeePoolGrantMutation, FeePoolGrantMutationVariables>;
export const FeePoolRevokeLicenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeePoolRevokeLicence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FeePoolRevokeLicenceMutation, FeePoolRevokeLicenceMutationVariables>;
export const FeePoolIssueLabelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeePoolIssueLabels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packKg"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"licenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"Argument","name":{"kind":"Name","value":"packKg"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packKg"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}},{"kind":"Field","name":{"kind":"Name","value":"feeCny"}}]}}]}}]} as unknown as DocumentNode<FeePoolIssueLabelsMutation, FeePoolIssueLabelsMutationVariables>;
export const FeePoolDistributeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeePoolDistribute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributeFeePool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"poolCny"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedKg"}},{"kind":"Field","name":{"kind":"Name","value":"distributed"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifiedKg"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"distributed"}}]}}]}}]}}]} as unknown as DocumentNode<FeePoolDistributeMutation, FeePoolDistributeMutationVariables>;
export const FeePoolOfMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeePoolOfMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feePool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"poolCny"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedKg"}},{"kind":"Field","name":{"kind":"Name","value":"distributed"}},{"kind":"Field","name":{"kind":"Name","value":"distributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifiedKg"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"distributed"}}]}}]}}]}}]} as unknown as DocumentNode<FeePoolOfMonthQuery, FeePoolOfMonthQueryVariables>;
export const FeePoolStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeePoolStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feePoolStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifiedKg"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"distributed"}}]}}]}}]} as unknown as DocumentNode<FeePoolStatementsQuery, FeePoolStatementsQueryVariables>;
export const ConcurrentIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcurrentIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packKg"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"licenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"Argument","name":{"kind":"Name","value":"packKg"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packKg"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}}]}}]}}]} as unknown as DocumentNode<ConcurrentIssueMutation, ConcurrentIssueMutationVariables>;
export const LabelsIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LabelsIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packKg"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"licenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"Argument","name":{"kind":"Name","value":"packKg"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packKg"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"packKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}},{"kind":"Field","name":{"kind":"Name","value":"feeCny"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usedKg"}},{"kind":"Field","name":{"kind":"Name","value":"remainingKg"}},{"kind":"Field","name":{"kind":"Name","value":"feesAccrued"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"labelledKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LabelsIssueMutation, LabelsIssueMutationVariables>;
export const LabelsBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabelsBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"printedSerial"}},{"kind":"Field","name":{"kind":"Name","value":"digitalLink"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scanCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LabelsBatchQuery, LabelsBatchQueryVariables>;
export const LabelsBatchCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabelsBatchCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}}]}}]} as unknown as DocumentNode<LabelsBatchCsvQuery, LabelsBatchCsvQueryVariables>;
export const LabelsBatchQrDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabelsBatchQr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"digitalLink"}},{"kind":"Field","name":{"kind":"Name","value":"qrSvg"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LabelsBatchQrQuery, LabelsBatchQrQueryVariables>;
export const LabelsLicenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabelsLicence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usedKg"}},{"kind":"Field","name":{"kind":"Name","value":"remainingKg"}},{"kind":"Field","name":{"kind":"Name","value":"feesAccrued"}},{"kind":"Field","name":{"kind":"Name","value":"labelBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LabelsLicenceQuery, LabelsLicenceQueryVariables>;
export const LabelsCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabelsCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedKg"}},{"kind":"Field","name":{"kind":"Name","value":"labelledKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LabelsCertificateQuery, LabelsCertificateQueryVariables>;
export const LabelsRevokeLicenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LabelsRevokeLicence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LabelsRevokeLicenceMutation, LabelsRevokeLicenceMutationVariables>;
export const LabelsSuspendLicenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LabelsSuspendLicence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LabelsSuspendLicenceMutation, LabelsSuspendLicenceMutationVariables>;
export const LabelsRevokeCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LabelsRevokeCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOriginCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LabelsRevokeCertificateMutation, LabelsRevokeCertificateMutationVariables>;
export const LicenceGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LicenceGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantLicenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"quotaKg"}},{"kind":"Field","name":{"kind":"Name","value":"usedKg"}},{"kind":"Field","name":{"kind":"Name","value":"remainingKg"}},{"kind":"Field","name":{"kind":"Name","value":"feePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"feesAccrued"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"licensee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trademark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]}}]} as unknown as DocumentNode<LicenceGrantMutation, LicenceGrantMutationVariables>;
export const LicenceByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenceById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"licensee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"labelBatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LicenceByIdQuery, LicenceByIdQueryVariables>;
export const LicenceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LicenceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<LicenceListQuery, LicenceListQueryVariables>;
export const LicenceSuspendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LicenceSuspend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<LicenceSuspendMutation, LicenceSuspendMutationVariables>;
export const LicenceReinstateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LicenceReinstate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<LicenceReinstateMutation, LicenceReinstateMutationVariables>;
export const LicenceRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LicenceRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<LicenceRevokeMutation, LicenceRevokeMutationVariables>;
export const BrandingRecordTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrandingRecordTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordResidueTestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordResidueTest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"failedAnalytes"}},{"kind":"Field","name":{"kind":"Name","value":"tester"}},{"kind":"Field","name":{"kind":"Name","value":"reportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BrandingRecordTestMutation, BrandingRecordTestMutationVariables>;
export const BrandingIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrandingIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kg"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueOriginCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"certifiedKg"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kg"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedKg"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"producerName"}},{"kind":"Field","name":{"kind":"Name","value":"producerContact"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentStatement"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"basisLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"residueTest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BrandingIssueMutation, BrandingIssueMutationVariables>;
export const BrandingRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrandingRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOriginCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}}]}}]}}]} as unknown as DocumentNode<BrandingRevokeMutation, BrandingRevokeMutationVariables>;
export const BrandingCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandingCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"producerContact"}}]}}]}}]} as unknown as DocumentNode<BrandingCertificateQuery, BrandingCertificateQueryVariables>;
export const BrandingCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandingCertificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OriginCertificateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCertificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<BrandingCertificatesQuery, BrandingCertificatesQueryVariables>;
export const BrandingLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandingLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"availableKg"}},{"kind":"Field","name":{"kind":"Name","value":"residueTests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedKg"}}]}}]}}]}}]} as unknown as DocumentNode<BrandingLotQuery, BrandingLotQueryVariables>;
export const TruckloadRecordTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TruckloadRecordTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordResidueTestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordResidueTest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TruckloadRecordTestMutation, TruckloadRecordTestMutationVariables>;
export const TruckloadReserveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TruckloadReserve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSupplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSupply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TruckloadReserveMutation, TruckloadReserveMutationVariables>;
export const TruckloadConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TruckloadConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TruckloadConfirmMutation, TruckloadConfirmMutationVariables>;
export const TruckloadPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TruckloadPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanShipmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TruckloadPlanMutation, TruckloadPlanMutationVariables>;
export const TruckloadShipmentReservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TruckloadShipmentReservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TruckloadShipmentReservationsQuery, TruckloadShipmentReservationsQueryVariables>;
export const TruckloadLoadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TruckloadLoad"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loads"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentLoadInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"loads"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loads"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TruckloadLoadMutation, TruckloadLoadMutationVariables>;
export const TruckloadDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TruckloadDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TruckloadDispatchMutation, TruckloadDispatchMutationVariables>;
export const TruckloadDeliverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TruckloadDeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TruckloadDeliverMutation, TruckloadDeliverMutationVariables>;
export const TruckloadRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TruckloadReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TruckloadRejectMutation, TruckloadRejectMutationVariables>;
export const TruckloadCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TruckloadCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TruckloadCancelMutation, TruckloadCancelMutationVariables>;
export const TruckloadIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TruckloadIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shipmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueTruckloadCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shipmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shipmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedKg"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"producerName"}},{"kind":"Field","name":{"kind":"Name","value":"producerContact"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residueTest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TruckloadIssueMutation, TruckloadIssueMutationVariables>;
export const TruckloadIssueLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TruckloadIssueLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueOriginCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TruckloadIssueLotMutation, TruckloadIssueLotMutationVariables>;
export const TruckloadRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TruckloadRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOriginCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TruckloadRevokeMutation, TruckloadRevokeMutationVariables>;
export const TruckloadCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TruckloadCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"producerContact"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kg"}}]}}]}}]}}]} as unknown as DocumentNode<TruckloadCertificateQuery, TruckloadCertificateQueryVariables>;
export const TruckloadShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TruckloadShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"loadedKg"}},{"kind":"Field","name":{"kind":"Name","value":"originCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedKg"}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kg"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TruckloadShipmentQuery, TruckloadShipmentQueryVariables>;
export const VerificationRecordTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerificationRecordTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordResidueTestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordResidueTest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VerificationRecordTestMutation, VerificationRecordTestMutationVariables>;
export const VerificationIssueCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerificationIssueCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueOriginCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<VerificationIssueCertificateMutation, VerificationIssueCertificateMutationVariables>;
export const VerificationRevokeCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerificationRevokeCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOriginCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<VerificationRevokeCertificateMutation, VerificationRevokeCertificateMutationVariables>;
export const VerificationGrantLicenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerificationGrantLicence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantLicenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}}]} as unknown as DocumentNode<VerificationGrantLicenceMutation, VerificationGrantLicenceMutationVariables>;
export const VerificationRevokeLicenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerificationRevokeLicence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<VerificationRevokeLicenceMutation, VerificationRevokeLicenceMutationVariables>;
export const VerificationIssueLabelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerificationIssueLabels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packKg"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"licenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"Argument","name":{"kind":"Name","value":"packKg"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packKg"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"printedSerial"}},{"kind":"Field","name":{"kind":"Name","value":"digitalLink"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VerificationIssueLabelsMutation, VerificationIssueLabelsMutationVariables>;
export const VerificationVerifyLabelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerificationVerifyLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ScanPlaceInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"scanCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstVerifiedIn"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"originTownship"}},{"kind":"Field","name":{"kind":"Name","value":"originCounty"}},{"kind":"Field","name":{"kind":"Name","value":"harvestDate"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateBasis"}},{"kind":"Field","name":{"kind":"Name","value":"licensee"}},{"kind":"Field","name":{"kind":"Name","value":"licenseeCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"licenseeTrademark"}},{"kind":"Field","name":{"kind":"Name","value":"freshness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotId"}}]}}]}}]}}]} as unknown as DocumentNode<VerificationVerifyLabelMutation, VerificationVerifyLabelMutationVariables>;
export const VerificationCounterfeitAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerificationCounterfeitAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterfeitAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"scanCount"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"firstScanAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastScanAt"}}]}}]}}]} as unknown as DocumentNode<VerificationCounterfeitAlertsQuery, VerificationCounterfeitAlertsQueryVariables>;
export const ColdchainBookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainBook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainBookMutation, ColdchainBookMutationVariables>;
export const ColdchainCancelBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCancelBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCapacityBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ColdchainCancelBookingMutation, ColdchainCancelBookingMutationVariables>;
export const ColdchainFacilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColdchainFacility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainFacilityQuery, ColdchainFacilityQueryVariables>;
export const ColdchainWujieStoresAndOperatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColdchainWujieStoresAndOperator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COLD_STORE"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"township"},"value":{"kind":"StringValue","value":"Wujie","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"storageCapacityKg"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operator"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ColdchainWujieStoresAndOperatorQuery, ColdchainWujieStoresAndOperatorQueryVariables>;
export const ColdchainBookInFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainBookInFull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ColdchainBookInFullMutation, ColdchainBookInFullMutationVariables>;
export const ColdchainZhongshuCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColdchainZhongshuCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COLD_STORAGE"}},{"kind":"Argument","name":{"kind":"Name","value":"township"},"value":{"kind":"StringValue","value":"Zhongshu","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAtPeak"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}}]} as unknown as DocumentNode<ColdchainZhongshuCapacityQuery, ColdchainZhongshuCapacityQueryVariables>;
export const ColdchainRecordTemperaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainRecordTemperatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TemperatureReadingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTemperatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"readings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"sensorCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ColdchainRecordTemperaturesMutation, ColdchainRecordTemperaturesMutationVariables>;
export const ColdchainLotColdChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColdchainLotColdChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"coldChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"custody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestTemperature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"celsius"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excursionCount"}},{"kind":"Field","name":{"kind":"Name","value":"excursions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"peakC"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remainingShelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"shelfLifeUsed"}},{"kind":"Field","name":{"kind":"Name","value":"meanKineticTemperatureC"}},{"kind":"Field","name":{"kind":"Name","value":"epcisDocument"}}]}}]}}]}}]} as unknown as DocumentNode<ColdchainLotColdChainQuery, ColdchainLotColdChainQueryVariables>;
export const ColdchainBaishuiSupplyWithColdChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColdchainBaishuiSupplyWithColdChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"townships"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"Baishui","block":false}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"availableKg"}},{"kind":"Field","name":{"kind":"Name","value":"coldChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remainingShelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"latestTemperature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"celsius"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excursionCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"township"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ColdchainBaishuiSupplyWithColdChainQuery, ColdchainBaishuiSupplyWithColdChainQueryVariables>;
export const ColdchainRegisterFacilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainRegisterFacility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterFacilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"storageCapacityKg"}},{"kind":"Field","name":{"kind":"Name","value":"washingLines"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ColdchainRegisterFacilityMutation, ColdchainRegisterFacilityMutationVariables>;
export const ColdchainResizeStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainResizeStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kg"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"storageCapacityKg"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kg"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storageCapacityKg"}}]}}]}}]} as unknown as DocumentNode<ColdchainResizeStoreMutation, ColdchainResizeStoreMutationVariables>;
export const ColdchainJinmaCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColdchainJinmaCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COLD_STORAGE"}},{"kind":"Argument","name":{"kind":"Name","value":"township"},"value":{"kind":"StringValue","value":"Jinma","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]}}]} as unknown as DocumentNode<ColdchainJinmaCapacityQuery, ColdchainJinmaCapacityQueryVariables>;
export const ColdchainRegisterVehicleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainRegisterVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ColdchainRegisterVehicleMutation, ColdchainRegisterVehicleMutationVariables>;
export const ColdchainRegisterSensorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainRegisterSensor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSensorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSensor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ColdchainRegisterSensorMutation, ColdchainRegisterSensorMutationVariables>;
export const ColdchainBaishuiFacilitiesAndCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColdchainBaishuiFacilitiesAndCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"township"},"value":{"kind":"StringValue","value":"Baishui","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COLD_STORAGE"}},{"kind":"Argument","name":{"kind":"Name","value":"township"},"value":{"kind":"StringValue","value":"Baishui","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ColdchainBaishuiFacilitiesAndCapacityQuery, ColdchainBaishuiFacilitiesAndCapacityQueryVariables>;
export const ColdchainSuspendMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainSuspendMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ColdchainSuspendMemberMutation, ColdchainSuspendMemberMutationVariables>;
export const ColdchainScallionSupplyCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColdchainScallionSupplyCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ColdchainScallionSupplyCountQuery, ColdchainScallionSupplyCountQueryVariables>;
export const ColdchainReinstateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainReinstateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ColdchainReinstateMemberMutation, ColdchainReinstateMemberMutationVariables>;
export const ColdchainCrossAllianceRecordCustodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceRecordCustody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCustodyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceRecordCustodyMutation, ColdchainCrossAllianceRecordCustodyMutationVariables>;
export const ColdchainCrossAllianceRegisterSensorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceRegisterSensor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSensorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSensor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceRegisterSensorMutation, ColdchainCrossAllianceRegisterSensorMutationVariables>;
export const ColdchainCrossAllianceRegisterFacilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceRegisterFacility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterFacilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceRegisterFacilityMutation, ColdchainCrossAllianceRegisterFacilityMutationVariables>;
export const ColdchainCrossAllianceUpdateFacilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceUpdateFacility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Taken over","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"storageCapacityKg"},"value":{"kind":"StringValue","value":"1","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceUpdateFacilityMutation, ColdchainCrossAllianceUpdateFacilityMutationVariables>;
export const ColdchainCrossAllianceRegisterVehicleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceRegisterVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceRegisterVehicleMutation, ColdchainCrossAllianceRegisterVehicleMutationVariables>;
export const ColdchainCrossAllianceBookCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceBookCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceBookCapacityMutation, ColdchainCrossAllianceBookCapacityMutationVariables>;
export const ColdchainCrossAllianceCancelBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceCancelBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCapacityBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceCancelBookingMutation, ColdchainCrossAllianceCancelBookingMutationVariables>;
export const ColdchainCrossAllianceRecordTemperaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceRecordTemperatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TemperatureReadingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTemperatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"readings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceRecordTemperaturesMutation, ColdchainCrossAllianceRecordTemperaturesMutationVariables>;
export const ColdchainCrossAlliancePlanShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAlliancePlanShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanShipmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAlliancePlanShipmentMutation, ColdchainCrossAlliancePlanShipmentMutationVariables>;
export const ColdchainCrossAllianceLoadShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceLoadShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loads"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentLoadInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"loads"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loads"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceLoadShipmentMutation, ColdchainCrossAllianceLoadShipmentMutationVariables>;
export const ColdchainCrossAllianceDispatchShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceDispatchShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceDispatchShipmentMutation, ColdchainCrossAllianceDispatchShipmentMutationVariables>;
export const ColdchainCrossAllianceDeliverShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceDeliverShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceDeliverShipmentMutation, ColdchainCrossAllianceDeliverShipmentMutationVariables>;
export const ColdchainCrossAllianceRejectShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceRejectShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Not ours","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceRejectShipmentMutation, ColdchainCrossAllianceRejectShipmentMutationVariables>;
export const ColdchainCrossAllianceCancelShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceCancelShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceCancelShipmentMutation, ColdchainCrossAllianceCancelShipmentMutationVariables>;
export const ColdchainCrossAllianceRegisterLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceRegisterLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceRegisterLotMutation, ColdchainCrossAllianceRegisterLotMutationVariables>;
export const ColdchainCrossAllianceReceiveLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainCrossAllianceReceiveLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCustodyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ColdchainCrossAllianceReceiveLotMutation, ColdchainCrossAllianceReceiveLotMutationVariables>;
export const FreshnessLotColdChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreshnessLotColdChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coldChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remainingShelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"latestTemperature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"celsius"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excursionCount"}}]}}]}}]}}]} as unknown as DocumentNode<FreshnessLotColdChainQuery, FreshnessLotColdChainQueryVariables>;
export const PositionsReserveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PositionsReserve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSupplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSupply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PositionsReserveMutation, PositionsReserveMutationVariables>;
export const PositionsConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PositionsConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PositionsConfirmMutation, PositionsConfirmMutationVariables>;
export const PositionsCustodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PositionsCustody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCustodyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PositionsCustodyMutation, PositionsCustodyMutationVariables>;
export const PositionsPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PositionsPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanShipmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PositionsPlanMutation, PositionsPlanMutationVariables>;
export const PositionsShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PositionsShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PositionsShipmentQuery, PositionsShipmentQueryVariables>;
export const PositionsLoadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PositionsLoad"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loads"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentLoadInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"loads"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loads"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PositionsLoadMutation, PositionsLoadMutationVariables>;
export const PositionsDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PositionsDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PositionsDispatchMutation, PositionsDispatchMutationVariables>;
export const PositionsDeliverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PositionsDeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}}]}}]}}]} as unknown as DocumentNode<PositionsDeliverMutation, PositionsDeliverMutationVariables>;
export const PositionsColdChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PositionsColdChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coldChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestTemperature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"celsius"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excursionCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingShelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"shelfLifeUsed"}},{"kind":"Field","name":{"kind":"Name","value":"meanKineticTemperatureC"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kg"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"latestTemperature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"celsius"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excursionCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingShelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"meanKineticTemperatureC"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PositionsColdChainQuery, PositionsColdChainQueryVariables>;
export const ProbeDeliverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeDeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProbeDeliverMutation, ProbeDeliverMutationVariables>;
export const ProbeRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProbeRejectMutation, ProbeRejectMutationVariables>;
export const ProbeDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProbeDispatchMutation, ProbeDispatchMutationVariables>;
export const ProbeCancelShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeCancelShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProbeCancelShipmentMutation, ProbeCancelShipmentMutationVariables>;
export const ProbeBookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeBook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeBookMutation, ProbeBookMutationVariables>;
export const ProbeCancelBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeCancelBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCapacityBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProbeCancelBookingMutation, ProbeCancelBookingMutationVariables>;
export const ProbeShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeShipmentQuery, ProbeShipmentQueryVariables>;
export const ProbeFacilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeFacility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeFacilityQuery, ProbeFacilityQueryVariables>;
export const ProbeUpdateFacilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeUpdateFacility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Renamed","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeUpdateFacilityMutation, ProbeUpdateFacilityMutationVariables>;
export const ProbeRegisterSensorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeRegisterSensor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSensorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSensor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeRegisterSensorMutation, ProbeRegisterSensorMutationVariables>;
export const ProbeCustodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeCustody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCustodyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}}]}}]}}]} as unknown as DocumentNode<ProbeCustodyMutation, ProbeCustodyMutationVariables>;
export const ProbeRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TemperatureReadingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTemperatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"readings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ProbeRecordMutation, ProbeRecordMutationVariables>;
export const ProbeLotChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeLotChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coldChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epcisDocument"}}]}}]}}]}}]} as unknown as DocumentNode<ProbeLotChainQuery, ProbeLotChainQueryVariables>;
export const ReadRulesLotExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadRulesLotExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coldChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"epcisDocument"}}]}}]}}]}}]} as unknown as DocumentNode<ReadRulesLotExportQuery, ReadRulesLotExportQueryVariables>;
export const ReadRulesJiuchengSupplyCustodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadRulesJiuchengSupplyCustody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"townships"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"Jiucheng","block":false}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coldChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadRulesJiuchengSupplyCustodyQuery, ReadRulesJiuchengSupplyCustodyQueryVariables>;
export const ReadRulesFacilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadRulesFacility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReadRulesFacilityQuery, ReadRulesFacilityQueryVariables>;
export const ReadRulesYiningFacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadRulesYiningFacilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"township"},"value":{"kind":"StringValue","value":"Yining","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReadRulesYiningFacilitiesQuery, ReadRulesYiningFacilitiesQueryVariables>;
export const FoldsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FoldsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TemperatureReadingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTemperatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"readings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<FoldsRecordMutation, FoldsRecordMutationVariables>;
export const FoldsCustodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FoldsCustody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCustodyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FoldsCustodyMutation, FoldsCustodyMutationVariables>;
export const FoldsAnonymousDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FoldsAnonymous"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coldChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remainingShelfLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"excursionCount"}}]}}]}}]}}]} as unknown as DocumentNode<FoldsAnonymousQuery, FoldsAnonymousQueryVariables>;
export const ColdchainRecordPartitionedReadingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainRecordPartitionedReadings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TemperatureReadingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTemperatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"readings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ColdchainRecordPartitionedReadingsMutation, ColdchainRecordPartitionedReadingsMutationVariables>;
export const ColdchainRevocationRecordTemperaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainRevocationRecordTemperatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TemperatureReadingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTemperatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"readings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ColdchainRevocationRecordTemperaturesMutation, ColdchainRevocationRecordTemperaturesMutationVariables>;
export const ColdchainRevocationDryWarehousesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColdchainRevocationDryWarehouses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRY_WAREHOUSE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainRevocationDryWarehousesQuery, ColdchainRevocationDryWarehousesQueryVariables>;
export const ColdchainRevocationVehiclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColdchainRevocationVehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ColdchainRevocationVehiclesQuery, ColdchainRevocationVehiclesQueryVariables>;
export const ColdchainRevocationSetRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainRevocationSetRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainRevocationSetRolesMutation, ColdchainRevocationSetRolesMutationVariables>;
export const ColdchainRevocationBookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainRevocationBook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainRevocationBookMutation, ColdchainRevocationBookMutationVariables>;
export const ColdchainRevocationSuspendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainRevocationSuspend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ColdchainRevocationSuspendMutation, ColdchainRevocationSuspendMutationVariables>;
export const ColdchainRevocationReinstateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainRevocationReinstate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ColdchainRevocationReinstateMutation, ColdchainRevocationReinstateMutationVariables>;
export const ColdchainRevocationRegisterVehicleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ColdchainRevocationRegisterVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ColdchainRevocationRegisterVehicleMutation, ColdchainRevocationRegisterVehicleMutationVariables>;
export const ShipmentsPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentsPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanShipmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShipmentsShipmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShipmentsShipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"loadedKg"}},{"kind":"Field","name":{"kind":"Name","value":"departedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationId"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"reservedKg"}},{"kind":"Field","name":{"kind":"Name","value":"loadedKg"}}]}}]}}]} as unknown as DocumentNode<ShipmentsPlanMutation, ShipmentsPlanMutationVariables>;
export const ShipmentsLoadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentsLoad"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loads"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentLoadInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"loads"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loads"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShipmentsShipmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShipmentsShipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"loadedKg"}},{"kind":"Field","name":{"kind":"Name","value":"departedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationId"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"reservedKg"}},{"kind":"Field","name":{"kind":"Name","value":"loadedKg"}}]}}]}}]} as unknown as DocumentNode<ShipmentsLoadMutation, ShipmentsLoadMutationVariables>;
export const ShipmentsDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentsDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShipmentsShipmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShipmentsShipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"loadedKg"}},{"kind":"Field","name":{"kind":"Name","value":"departedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationId"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"reservedKg"}},{"kind":"Field","name":{"kind":"Name","value":"loadedKg"}}]}}]}}]} as unknown as DocumentNode<ShipmentsDispatchMutation, ShipmentsDispatchMutationVariables>;
export const ShipmentsShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentsShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShipmentsShipmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShipmentsShipmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"loadedKg"}},{"kind":"Field","name":{"kind":"Name","value":"departedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationId"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"reservedKg"}},{"kind":"Field","name":{"kind":"Name","value":"loadedKg"}}]}}]}}]} as unknown as DocumentNode<ShipmentsShipmentQuery, ShipmentsShipmentQueryVariables>;
export const ShipmentsLotCountersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentsLotCounters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}},{"kind":"Field","name":{"kind":"Name","value":"reservedKg"}},{"kind":"Field","name":{"kind":"Name","value":"shippedKg"}},{"kind":"Field","name":{"kind":"Name","value":"availableKg"}}]}}]}}]} as unknown as DocumentNode<ShipmentsLotCountersQuery, ShipmentsLotCountersQueryVariables>;
export const ShipmentsReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentsReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}},{"kind":"Field","name":{"kind":"Name","value":"shippedKg"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kg"}},{"kind":"Field","name":{"kind":"Name","value":"shippedKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentsReservationQuery, ShipmentsReservationQueryVariables>;
export const ShipmentsReserveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentsReserve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSupplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSupply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ShipmentsReserveMutation, ShipmentsReserveMutationVariables>;
export const ShipmentsConfirmReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentsConfirmReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ShipmentsConfirmReservationMutation, ShipmentsConfirmReservationMutationVariables>;
export const ShipmentsCancelReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentsCancelReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ShipmentsCancelReservationMutation, ShipmentsCancelReservationMutationVariables>;
export const ShipmentsShipmentIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentsShipmentId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ShipmentsShipmentIdQuery, ShipmentsShipmentIdQueryVariables>;
export const ShipmentsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ShipmentsListQuery, ShipmentsListQueryVariables>;
export const ShipmentsDeliverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentsDeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ShipmentsDeliverMutation, ShipmentsDeliverMutationVariables>;
export const ShipmentsMarketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentsMarket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentsMarketQuery, ShipmentsMarketQueryVariables>;
export const ShipmentsDeliverWithTraceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentsDeliverWithTrace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureTrace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"celsius"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excursionCount"}},{"kind":"Field","name":{"kind":"Name","value":"excursions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"peakC"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meanKineticTemperatureC"}},{"kind":"Field","name":{"kind":"Name","value":"custody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentsDeliverWithTraceMutation, ShipmentsDeliverWithTraceMutationVariables>;
export const ShipmentsLotExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentsLotExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coldChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"epcisDocument"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentsLotExportQuery, ShipmentsLotExportQueryVariables>;
export const ShipmentsCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentsCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentsCancelMutation, ShipmentsCancelMutationVariables>;
export const ShipmentsRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentsReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"custody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentsRejectMutation, ShipmentsRejectMutationVariables>;
export const ShipmentsCancelIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentsCancelId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ShipmentsCancelIdMutation, ShipmentsCancelIdMutationVariables>;
export const ShipmentsReservationShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentsReservationShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentsReservationShipmentQuery, ShipmentsReservationShipmentQueryVariables>;
export const ShipmentsMarketAndReservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentsMarketAndReservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentsMarketAndReservationsQuery, ShipmentsMarketAndReservationsQueryVariables>;
export const ShipmentsCalledOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentsCalledOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentsCalledOffQuery, ShipmentsCalledOffQueryVariables>;
export const BasesChangedAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BasesChangedAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}}]}}]}}]} as unknown as DocumentNode<BasesChangedAddMutation, BasesChangedAddMutationVariables>;
export const BasesChangedUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BasesChangedUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}}]}}]}}]} as unknown as DocumentNode<BasesChangedUpdateMutation, BasesChangedUpdateMutationVariables>;
export const BasesChangedRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BasesChangedRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<BasesChangedRemoveMutation, BasesChangedRemoveMutationVariables>;
export const ContractReadsByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractReadsById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ContractReadsByIdQuery, ContractReadsByIdQueryVariables>;
export const ContractReadsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractReadsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FloorContractFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorContracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidCny"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ContractReadsListQuery, ContractReadsListQueryVariables>;
export const ContractReadsFullListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractReadsFullList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorContracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidCny"}},{"kind":"Field","name":{"kind":"Name","value":"premiumShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"expectedPayoutCny"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payoutCny"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boundCny"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractReadsFullListQuery, ContractReadsFullListQueryVariables>;
export const ContractReadsMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractReadsMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"floorContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<ContractReadsMemberQuery, ContractReadsMemberQueryVariables>;
export const ContractReadsLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractReadsLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceFloor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractReadsLotQuery, ContractReadsLotQueryVariables>;
export const ContractReadsExposureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractReadsExposure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crop"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Crop"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seasonOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crop"}}},{"kind":"Argument","name":{"kind":"Name","value":"seasonOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seasonOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"insuredKg"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"maximumPayoutCny"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCny"}},{"kind":"Field","name":{"kind":"Name","value":"byWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"insuredKg"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"expectedPayoutCny"}},{"kind":"Field","name":{"kind":"Name","value":"paidCny"}}]}}]}}]}}]} as unknown as DocumentNode<ContractReadsExposureQuery, ContractReadsExposureQueryVariables>;
export const ContractsBindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractsBind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"insuredKg"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"floorPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCny"}},{"kind":"Field","name":{"kind":"Name","value":"coverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverTo"}},{"kind":"Field","name":{"kind":"Name","value":"windowLength"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidCny"}},{"kind":"Field","name":{"kind":"Name","value":"boundAt"}},{"kind":"Field","name":{"kind":"Name","value":"premiumShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boundCny"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCapacityCny"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"expectedPayoutCny"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractsBindMutation, ContractsBindMutationVariables>;
export const ContractsByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractsById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ContractsByIdQuery, ContractsByIdQueryVariables>;
export const ContractsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FloorContractFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorContracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidCny"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"expectedPayoutCny"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ContractsListQuery, ContractsListQueryVariables>;
export const ContractsUpdateSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractsUpdateScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FloorSchemeUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFloorScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityCny"}},{"kind":"Field","name":{"kind":"Name","value":"boundCny"}}]}}]}}]} as unknown as DocumentNode<ContractsUpdateSchemeMutation, ContractsUpdateSchemeMutationVariables>;
export const ContractsExposureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractsExposure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crop"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Crop"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seasonOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crop"}}},{"kind":"Argument","name":{"kind":"Name","value":"seasonOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seasonOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"insuredKg"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"maximumPayoutCny"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCny"}},{"kind":"Field","name":{"kind":"Name","value":"byWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"insuredKg"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"expectedPayoutCny"}},{"kind":"Field","name":{"kind":"Name","value":"paidCny"}}]}}]}}]}}]} as unknown as DocumentNode<ContractsExposureQuery, ContractsExposureQueryVariables>;
export const CostBasisPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CostBasisPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostBasisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCostBasis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"seasonFrom"}},{"kind":"Field","name":{"kind":"Name","value":"seasonTo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"marginalCostPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"expectedYieldKgPerMu"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"cnyPerKg"}}]}}]}}]}}]} as unknown as DocumentNode<CostBasisPublishMutation, CostBasisPublishMutationVariables>;
export const CostBasisByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostBasisById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costBasis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"marginalCostPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"cnyPerKg"}}]}}]}}]}}]} as unknown as DocumentNode<CostBasisByIdQuery, CostBasisByIdQueryVariables>;
export const CostBasisListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostBasisList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crop"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Crop"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costBases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crop"}}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"seasonFrom"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<CostBasisListQuery, CostBasisListQueryVariables>;
export const DemoCostBasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoCostBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costBases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"seasonFrom"}},{"kind":"Field","name":{"kind":"Name","value":"seasonTo"}},{"kind":"Field","name":{"kind":"Name","value":"marginalCostPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"expectedYieldKgPerMu"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"cnyPerKg"}}]}}]}}]}}]} as unknown as DocumentNode<DemoCostBasesQuery, DemoCostBasesQueryVariables>;
export const DemoSchemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoSchemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorSchemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"seasonFrom"}},{"kind":"Field","name":{"kind":"Name","value":"seasonTo"}},{"kind":"Field","name":{"kind":"Name","value":"capacityCny"}},{"kind":"Field","name":{"kind":"Name","value":"boundCny"}},{"kind":"Field","name":{"kind":"Name","value":"loading"}},{"kind":"Field","name":{"kind":"Name","value":"pastSeasons"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]} as unknown as DocumentNode<DemoSchemesQuery, DemoSchemesQueryVariables>;
export const DemoMonthlyIndexDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoMonthlyIndex"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crop"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Crop"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grade"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Grade"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceIndex"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crop"}}},{"kind":"Argument","name":{"kind":"Name","value":"grade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grade"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"priceCnyPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"observationDays"}}]}}]}}]}}]} as unknown as DocumentNode<DemoMonthlyIndexQuery, DemoMonthlyIndexQueryVariables>;
export const DemoContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorContracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidCny"}},{"kind":"Field","name":{"kind":"Name","value":"coverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverTo"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoContractsQuery, DemoContractsQueryVariables>;
export const DemoGrowerViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoGrowerView"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"floorContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"coverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverTo"}},{"kind":"Field","name":{"kind":"Name","value":"floorPerKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"harvestDate"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}},{"kind":"Field","name":{"kind":"Name","value":"priceFloor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoGrowerViewQuery, DemoGrowerViewQueryVariables>;
export const DemoLotFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoLotFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceFloor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<DemoLotFloorQuery, DemoLotFloorQueryVariables>;
export const DemoExposureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoExposure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}},{"kind":"Argument","name":{"kind":"Name","value":"seasonOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCny"}},{"kind":"Field","name":{"kind":"Name","value":"byWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"paidCny"}}]}}]}}]}}]} as unknown as DocumentNode<DemoExposureQuery, DemoExposureQueryVariables>;
export const DemoEarlierShipmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoEarlierShipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DemoEarlierShipmentsQuery, DemoEarlierShipmentsQueryVariables>;
export const DemoEarlierLicencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoEarlierLicences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"usedKg"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoEarlierLicencesQuery, DemoEarlierLicencesQueryVariables>;
export const SchemeOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemeOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FloorSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openFloorScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"seasonFrom"}},{"kind":"Field","name":{"kind":"Name","value":"seasonTo"}},{"kind":"Field","name":{"kind":"Name","value":"capacityCny"}},{"kind":"Field","name":{"kind":"Name","value":"boundCny"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCapacityCny"}},{"kind":"Field","name":{"kind":"Name","value":"loading"}},{"kind":"Field","name":{"kind":"Name","value":"riskFreeRate"}},{"kind":"Field","name":{"kind":"Name","value":"pastSeasons"}},{"kind":"Field","name":{"kind":"Name","value":"quoteValidMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minObservationDays"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]} as unknown as DocumentNode<SchemeOpenMutation, SchemeOpenMutationVariables>;
export const SchemeUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemeUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FloorSchemeUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFloorScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityCny"}},{"kind":"Field","name":{"kind":"Name","value":"boundCny"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCapacityCny"}},{"kind":"Field","name":{"kind":"Name","value":"loading"}},{"kind":"Field","name":{"kind":"Name","value":"riskFreeRate"}},{"kind":"Field","name":{"kind":"Name","value":"pastSeasons"}},{"kind":"Field","name":{"kind":"Name","value":"quoteValidMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minObservationDays"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]} as unknown as DocumentNode<SchemeUpdateMutation, SchemeUpdateMutationVariables>;
export const SchemeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crop"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Crop"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorSchemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crop"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"seasonFrom"}},{"kind":"Field","name":{"kind":"Name","value":"seasonTo"}},{"kind":"Field","name":{"kind":"Name","value":"capacityCny"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCapacityCny"}}]}}]}}]} as unknown as DocumentNode<SchemeListQuery, SchemeListQueryVariables>;
export const PriceIndexOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceIndexOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crop"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Crop"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variety"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Variety"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grade"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Grade"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceInterval"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceIndex"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crop"}}},{"kind":"Argument","name":{"kind":"Name","value":"variety"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variety"}}},{"kind":"Argument","name":{"kind":"Name","value":"grade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grade"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"priceCnyPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"observationCount"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"observationDays"}}]}}]}}]}}]} as unknown as DocumentNode<PriceIndexOfQuery, PriceIndexOfQueryVariables>;
export const PriceIndexReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PriceIndexReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"observations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceObservationInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportPrices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"observations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"observations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}}]}}]}}]} as unknown as DocumentNode<PriceIndexReportMutation, PriceIndexReportMutationVariables>;
export const PriceIndexImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PriceIndexImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LongText"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPricesCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}}]}}]}}]} as unknown as DocumentNode<PriceIndexImportMutation, PriceIndexImportMutationVariables>;
export const ObservationsReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObservationsReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"observations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceObservationInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onDuplicate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicatePolicy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportPrices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"observations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"observations"}}},{"kind":"Argument","name":{"kind":"Name","value":"onDuplicate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onDuplicate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"priceCnyPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ObservationsReportMutation, ObservationsReportMutationVariables>;
export const ObservationsImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObservationsImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LongText"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onDuplicate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicatePolicy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPricesCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"onDuplicate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onDuplicate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"priceCnyPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<ObservationsImportMutation, ObservationsImportMutationVariables>;
export const ObservationsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObservationsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceObservationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceObservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"priceCnyPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ObservationsListQuery, ObservationsListQueryVariables>;
export const PricesReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PricesReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"observations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceObservationInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onDuplicate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicatePolicy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportPrices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"observations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"observations"}}},{"kind":"Argument","name":{"kind":"Name","value":"onDuplicate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onDuplicate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"priceCnyPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PricesReportMutation, PricesReportMutationVariables>;
export const ProbeInputQuoteFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeInputQuoteFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteFloorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]} as unknown as DocumentNode<ProbeInputQuoteFloorMutation, ProbeInputQuoteFloorMutationVariables>;
export const ProbeInputBindFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeInputBindFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeInputBindFloorMutation, ProbeInputBindFloorMutationVariables>;
export const ProbeInputReportPricesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeInputReportPrices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"observations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceObservationInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportPrices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"observations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"observations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}}]}}]}}]} as unknown as DocumentNode<ProbeInputReportPricesMutation, ProbeInputReportPricesMutationVariables>;
export const ProbeCostBasisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeCostBasis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costBasis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeCostBasisQuery, ProbeCostBasisQueryVariables>;
export const ProbeFloorQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeFloorQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeFloorQuoteQuery, ProbeFloorQuoteQueryVariables>;
export const ProbeFloorContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeFloorContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeFloorContractQuery, ProbeFloorContractQueryVariables>;
export const ProbeFloorSettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeFloorSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeFloorSettlementQuery, ProbeFloorSettlementQueryVariables>;
export const ProbeContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorContracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProbeContractsQuery, ProbeContractsQueryVariables>;
export const ProbeObservationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeObservationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"marketId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceObservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"marketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"marketId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProbeObservationsPageQuery, ProbeObservationsPageQueryVariables>;
export const ProbeIndexDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeIndex"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceInterval"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceIndex"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}}]}}]}}]}}]} as unknown as DocumentNode<ProbeIndexQuery, ProbeIndexQueryVariables>;
export const ProbeExposureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeExposure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seasonOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}},{"kind":"Argument","name":{"kind":"Name","value":"seasonOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seasonOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"}}]}}]}}]} as unknown as DocumentNode<ProbeExposureQuery, ProbeExposureQueryVariables>;
export const ProbeSchemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeSchemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorSchemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeSchemesQuery, ProbeSchemesQueryVariables>;
export const ProbeCostBasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeCostBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeCostBasesQuery, ProbeCostBasesQueryVariables>;
export const ProbeSettleFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeSettleFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeSettleFloorMutation, ProbeSettleFloorMutationVariables>;
export const ProbeSettleWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeSettleWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settled"}}]}}]}}]} as unknown as DocumentNode<ProbeSettleWindowMutation, ProbeSettleWindowMutationVariables>;
export const ProbeUpdateSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeUpdateScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FloorSchemeUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFloorScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeUpdateSchemeMutation, ProbeUpdateSchemeMutationVariables>;
export const ProbeImportCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeImportCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LongText"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPricesCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}}]}}]}}]} as unknown as DocumentNode<ProbeImportCsvMutation, ProbeImportCsvMutationVariables>;
export const ProbeOpenSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeOpenScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FloorSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openFloorScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeOpenSchemeMutation, ProbeOpenSchemeMutationVariables>;
export const ProbePublishBasisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbePublishBasis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostBasisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCostBasis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbePublishBasisMutation, ProbePublishBasisMutationVariables>;
export const ProbeMoneyQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeMoneyQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteFloorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insuredKg"}},{"kind":"Field","name":{"kind":"Name","value":"floorPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCny"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}}]}},{"kind":"Field","name":{"kind":"Name","value":"premiumShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}}]}}]}}]}}]} as unknown as DocumentNode<ProbeMoneyQuoteMutation, ProbeMoneyQuoteMutationVariables>;
export const ProbeMoneyContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeMoneyContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insuredKg"}},{"kind":"Field","name":{"kind":"Name","value":"floorPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCny"}},{"kind":"Field","name":{"kind":"Name","value":"premiumShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}}]}}]}}]}}]} as unknown as DocumentNode<ProbeMoneyContractQuery, ProbeMoneyContractQueryVariables>;
export const ProbeMoneyExposureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeMoneyExposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"insuredKg"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"maximumPayoutCny"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCny"}},{"kind":"Field","name":{"kind":"Name","value":"byWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"insuredKg"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"expectedPayoutCny"}}]}}]}}]}}]} as unknown as DocumentNode<ProbeMoneyExposureQuery, ProbeMoneyExposureQueryVariables>;
export const ProbeMoneyBindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeMoneyBind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeMoneyBindMutation, ProbeMoneyBindMutationVariables>;
export const ProbeMoneySettleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeMoneySettle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeMoneySettleMutation, ProbeMoneySettleMutationVariables>;
export const ProbeMoneyUpdateSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeMoneyUpdateScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FloorSchemeUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFloorScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeMoneyUpdateSchemeMutation, ProbeMoneyUpdateSchemeMutationVariables>;
export const ProbeMoneyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeMoneyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"observations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceObservationInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportPrices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"observations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"observations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}}]}}]}}]} as unknown as DocumentNode<ProbeMoneyReportMutation, ProbeMoneyReportMutationVariables>;
export const ProbeMoneyImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeMoneyImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LongText"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPricesCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}}]}}]}}]} as unknown as DocumentNode<ProbeMoneyImportMutation, ProbeMoneyImportMutationVariables>;
export const ProbeMoneyContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeMoneyContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorContracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProbeMoneyContractsQuery, ProbeMoneyContractsQueryVariables>;
export const ProbeQuoteFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeQuoteFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteFloorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insuredKg"}},{"kind":"Field","name":{"kind":"Name","value":"floorPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCny"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"premiumShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perMu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedYieldKgPerMu"}}]}}]}}]}}]} as unknown as DocumentNode<ProbeQuoteFloorMutation, ProbeQuoteFloorMutationVariables>;
export const ProbeBindFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeBindFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<ProbeBindFloorMutation, ProbeBindFloorMutationVariables>;
export const ProbeSetRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeSetRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProbeSetRolesMutation, ProbeSetRolesMutationVariables>;
export const ProbeSuspendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeSuspend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProbeSuspendMutation, ProbeSuspendMutationVariables>;
export const ProbeReinstateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeReinstate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProbeReinstateMutation, ProbeReinstateMutationVariables>;
export const ProbeReportPricesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProbeReportPrices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"observations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceObservationInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportPrices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"observations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"observations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}}]}}]}}]} as unknown as DocumentNode<ProbeReportPricesMutation, ProbeReportPricesMutationVariables>;
export const ProbeObservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbeObservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceObservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProbeObservationsQuery, ProbeObservationsQueryVariables>;
export const QuotesQuoteFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuotesQuoteFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteFloorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"insuredKg"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"coverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverTo"}},{"kind":"Field","name":{"kind":"Name","value":"windowLength"}},{"kind":"Field","name":{"kind":"Name","value":"costBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marginalCostPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"floorPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredCny"}},{"kind":"Field","name":{"kind":"Name","value":"black76PerKg"}},{"kind":"Field","name":{"kind":"Name","value":"burnCostPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"technicalPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"loading"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCny"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"premiumShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perMu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuredMu"}},{"kind":"Field","name":{"kind":"Name","value":"expectedYieldKgPerMu"}},{"kind":"Field","name":{"kind":"Name","value":"sumInsuredPerMuCny"}},{"kind":"Field","name":{"kind":"Name","value":"targetPricePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetPricePerJin"}},{"kind":"Field","name":{"kind":"Name","value":"premiumPerMuCny"}},{"kind":"Field","name":{"kind":"Name","value":"farmerPremiumPerMuCny"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"forwardPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"volatility"}},{"kind":"Field","name":{"kind":"Name","value":"yearsToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"riskFreeRate"}},{"kind":"Field","name":{"kind":"Name","value":"black76PerKg"}},{"kind":"Field","name":{"kind":"Name","value":"burnCostPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"pastSeasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"indexPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"observationDays"}},{"kind":"Field","name":{"kind":"Name","value":"payoutPerKg"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<QuotesQuoteFloorMutation, QuotesQuoteFloorMutationVariables>;
export const QuotesFloorQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuotesFloorQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"premiumCny"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<QuotesFloorQuoteQuery, QuotesFloorQuoteQueryVariables>;
export const QuotesBindFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuotesBindFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<QuotesBindFloorMutation, QuotesBindFloorMutationVariables>;
export const SettlementSettleFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementSettleFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"indexPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"floorPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"insuredKg"}},{"kind":"Field","name":{"kind":"Name","value":"payoutCny"}},{"kind":"Field","name":{"kind":"Name","value":"indemnityPerMuCny"}},{"kind":"Field","name":{"kind":"Name","value":"observationDays"}},{"kind":"Field","name":{"kind":"Name","value":"observationCount"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidCny"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payoutCny"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"priceCnyPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementSettleFloorMutation, SettlementSettleFloorMutationVariables>;
export const SettlementSettleWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementSettleWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crop"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Crop"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crop"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"indexPerKg"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"alreadySettled"}},{"kind":"Field","name":{"kind":"Name","value":"payoutCny"}},{"kind":"Field","name":{"kind":"Name","value":"totalPayoutCny"}}]}}]}}]} as unknown as DocumentNode<SettlementSettleWindowMutation, SettlementSettleWindowMutationVariables>;
export const SettlementByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payoutCny"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementByIdQuery, SettlementByIdQueryVariables>;
export const SettlementExposureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementExposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"expectedPayoutCny"}},{"kind":"Field","name":{"kind":"Name","value":"paidCny"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementExposureQuery, SettlementExposureQueryVariables>;
export const EntitiesReserveSupplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntitiesReserveSupply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSupplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSupply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EntitiesReserveSupplyMutation, EntitiesReserveSupplyMutationVariables>;
export const AffiliateGrowerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AffiliateGrower"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cooperativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AffiliateGrowerMutation, AffiliateGrowerMutationVariables>;
export const CrossAllianceReserveSupplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceReserveSupply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSupplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSupply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrossAllianceReserveSupplyMutation, CrossAllianceReserveSupplyMutationVariables>;
export const CrossAllianceAdmitMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceAdmitMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrossAllianceAdmitMemberMutation, CrossAllianceAdmitMemberMutationVariables>;
export const CrossAllianceUpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceUpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Taken over","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"roles"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ALLIANCE_ADMIN"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrossAllianceUpdateMemberMutation, CrossAllianceUpdateMemberMutationVariables>;
export const CrossAllianceSuspendMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceSuspendMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"x","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrossAllianceSuspendMemberMutation, CrossAllianceSuspendMemberMutationVariables>;
export const CrossAllianceReinstateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceReinstateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrossAllianceReinstateMemberMutation, CrossAllianceReinstateMemberMutationVariables>;
export const CrossAllianceAddBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceAddBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"township"},"value":{"kind":"StringValue","value":"Jinma","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"areaMu"},"value":{"kind":"StringValue","value":"1","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrossAllianceAddBaseMutation, CrossAllianceAddBaseMutationVariables>;
export const CrossAllianceUpdateBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceUpdateBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"township"},"value":{"kind":"StringValue","value":"Wujie","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"areaMu"},"value":{"kind":"StringValue","value":"99","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrossAllianceUpdateBaseMutation, CrossAllianceUpdateBaseMutationVariables>;
export const CrossAllianceRemoveBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceRemoveBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CrossAllianceRemoveBaseMutation, CrossAllianceRemoveBaseMutationVariables>;
export const CrossAllianceRegisterLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceRegisterLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrossAllianceRegisterLotMutation, CrossAllianceRegisterLotMutationVariables>;
export const CrossAllianceUpdateLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceUpdateLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"quantityKg"},"value":{"kind":"StringValue","value":"9999","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrossAllianceUpdateLotMutation, CrossAllianceUpdateLotMutationVariables>;
export const CrossAllianceWithdrawLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceWithdrawLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrossAllianceWithdrawLotMutation, CrossAllianceWithdrawLotMutationVariables>;
export const CrossAllianceReserveNamedLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceReserveNamedLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSupplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSupply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrossAllianceReserveNamedLotMutation, CrossAllianceReserveNamedLotMutationVariables>;
export const CrossAllianceConfirmReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceConfirmReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrossAllianceConfirmReservationMutation, CrossAllianceConfirmReservationMutationVariables>;
export const CrossAllianceCancelReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceCancelReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrossAllianceCancelReservationMutation, CrossAllianceCancelReservationMutationVariables>;
export const CrossAllianceSetMarketRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAllianceSetMarketRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarketRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMarketRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitHours"}}]}}]}}]} as unknown as DocumentNode<CrossAllianceSetMarketRouteMutation, CrossAllianceSetMarketRouteMutationVariables>;
export const DirectoryRenameMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectoryRenameMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}}]}}]} as unknown as DocumentNode<DirectoryRenameMemberMutation, DirectoryRenameMemberMutationVariables>;
export const DirectoryRenameSelfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectoryRenameSelf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DirectoryRenameSelfMutation, DirectoryRenameSelfMutationVariables>;
export const FreshnessSetRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FreshnessSetRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarketRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMarketRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitHours"}},{"kind":"Field","name":{"kind":"Name","value":"truckTempC"}}]}}]}}]} as unknown as DocumentNode<FreshnessSetRouteMutation, FreshnessSetRouteMutationVariables>;
export const FreshnessRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreshnessRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitHours"}},{"kind":"Field","name":{"kind":"Name","value":"truckTempC"}}]}}]}}]} as unknown as DocumentNode<FreshnessRoutesQuery, FreshnessRoutesQueryVariables>;
export const FreshnessSupplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreshnessSupply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"min"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destination"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"minShelfLifeOnArrivalDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"min"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"destinationMarketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destination"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predictedShelfLifeOnArrivalDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"minShelfLifeOnArrivalDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"min"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"destinationMarketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destination"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotCount"}}]}}]}}]} as unknown as DocumentNode<FreshnessSupplyQuery, FreshnessSupplyQueryVariables>;
export const FreshnessReserveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FreshnessReserve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSupplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSupply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kg"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FreshnessReserveMutation, FreshnessReserveMutationVariables>;
export const LotNumbersRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LotNumbersRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"harvestDate"}}]}}]}}]} as unknown as DocumentNode<LotNumbersRegisterMutation, LotNumbersRegisterMutationVariables>;
export const LotNumbersLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotNumbersLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]} as unknown as DocumentNode<LotNumbersLotQuery, LotNumbersLotQueryVariables>;
export const MarketplaceReserveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceReserve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSupplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSupply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holdUntil"}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"market"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kg"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"availableKg"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceReserveMutation, MarketplaceReserveMutationVariables>;
export const MarketplaceLotCountersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceLotCounters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}},{"kind":"Field","name":{"kind":"Name","value":"reservedKg"}},{"kind":"Field","name":{"kind":"Name","value":"shippedKg"}},{"kind":"Field","name":{"kind":"Name","value":"availableKg"}}]}}]}}]} as unknown as DocumentNode<MarketplaceLotCountersQuery, MarketplaceLotCountersQueryVariables>;
export const MarketplaceRegisterLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceRegisterLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MarketplaceRegisterLotMutation, MarketplaceRegisterLotMutationVariables>;
export const MarketplaceUpdateLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceUpdateLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askingPricePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}}]}}]}}]} as unknown as DocumentNode<MarketplaceUpdateLotMutation, MarketplaceUpdateLotMutationVariables>;
export const MarketplaceSupplyCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceSupplyCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MarketplaceSupplyCountQuery, MarketplaceSupplyCountQueryVariables>;
export const MarketplaceConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MarketplaceConfirmMutation, MarketplaceConfirmMutationVariables>;
export const MarketplaceCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MarketplaceCancelMutation, MarketplaceCancelMutationVariables>;
export const MarketplaceReservationStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceReservationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MarketplaceReservationStatusQuery, MarketplaceReservationStatusQueryVariables>;
export const MarketplaceRegisterLotInFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceRegisterLotInFull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}},{"kind":"Field","name":{"kind":"Name","value":"availableKg"}},{"kind":"Field","name":{"kind":"Name","value":"harvestDate"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"askingPricePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceRegisterLotInFullMutation, MarketplaceRegisterLotInFullMutationVariables>;
export const MarketplaceWithdrawLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceWithdrawLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MarketplaceWithdrawLotMutation, MarketplaceWithdrawLotMutationVariables>;
export const MarketplaceRegisterForwardLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceRegisterForwardLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forward"}},{"kind":"Field","name":{"kind":"Name","value":"harvestDate"}}]}}]}}]} as unknown as DocumentNode<MarketplaceRegisterForwardLotMutation, MarketplaceRegisterForwardLotMutationVariables>;
export const MarketplaceRedAScallionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceRedAScallionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"varieties"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"grades"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"A"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAvailableKg"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"availableKg"}},{"kind":"Field","name":{"kind":"Name","value":"harvestDate"}},{"kind":"Field","name":{"kind":"Name","value":"askingPricePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"grower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceRedAScallionPageQuery, MarketplaceRedAScallionPageQueryVariables>;
export const MarketplaceCheapLargeLotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceCheapLargeLots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"minAvailableKg"},"value":{"kind":"StringValue","value":"300","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"maxPricePerKg"},"value":{"kind":"StringValue","value":"2.25","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"PRICE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableKg"}},{"kind":"Field","name":{"kind":"Name","value":"askingPricePerKg"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceCheapLargeLotsQuery, MarketplaceCheapLargeLotsQueryVariables>;
export const MarketplaceWujieSupplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceWujieSupply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"townships"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"Wujie","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"township"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceWujieSupplyQuery, MarketplaceWujieSupplyQueryVariables>;
export const MarketplaceSummaryByVarietyTownshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceSummaryByVarietyTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"VARIETY"},{"kind":"EnumValue","value":"TOWNSHIP"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"availableKg"}},{"kind":"Field","name":{"kind":"Name","value":"lotCount"}}]}}]}}]} as unknown as DocumentNode<MarketplaceSummaryByVarietyTownshipQuery, MarketplaceSummaryByVarietyTownshipQueryVariables>;
export const MarketplaceRedSummaryByGradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceRedSummaryByGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"varieties"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"GRADE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"availableKg"}}]}}]}}]} as unknown as DocumentNode<MarketplaceRedSummaryByGradeQuery, MarketplaceRedSummaryByGradeQueryVariables>;
export const MarketplaceReservationIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceReservationId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MarketplaceReservationIdQuery, MarketplaceReservationIdQueryVariables>;
export const MarketplaceOwnReservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceOwnReservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceOwnReservationsQuery, MarketplaceOwnReservationsQueryVariables>;
export const MarketplaceLotReservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceLotReservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceLotReservationsQuery, MarketplaceLotReservationsQueryVariables>;
export const MarketplaceMemberReservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceMemberReservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceMemberReservationsQuery, MarketplaceMemberReservationsQueryVariables>;
export const MembersPublicAlliancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersPublicAlliances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MembersPublicAlliancesQuery, MembersPublicAlliancesQueryVariables>;
export const MembersMemberCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersMemberCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MembersMemberCodeQuery, MembersMemberCodeQueryVariables>;
export const MembersViewerCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersViewerCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MembersViewerCodeQuery, MembersViewerCodeQueryVariables>;
export const MembersCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MembersCountQuery, MembersCountQueryVariables>;
export const MembersViewerMemberAndCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersViewerMemberAndCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MembersViewerMemberAndCodeQuery, MembersViewerMemberAndCodeQueryVariables>;
export const MembersBaishuiGrowersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersBaishuiGrowersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"GROWER"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"township"},"value":{"kind":"StringValue","value":"Baishui","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"township"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MembersBaishuiGrowersPageQuery, MembersBaishuiGrowersPageQueryVariables>;
export const MembersFilteredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersFilteredQuery, MembersFilteredQueryVariables>;
export const MembersTwoContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersTwoContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"g"},"name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<MembersTwoContactsQuery, MembersTwoContactsQueryVariables>;
export const MembersMemberAndNoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersMemberAndNone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"none"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"none"},"name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"none"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MembersMemberAndNoneQuery, MembersMemberAndNoneQueryVariables>;
export const MembersByCodeAndNoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersByCodeAndNone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"none"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"other"},"name":{"kind":"Name","value":"memberByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"none"},"name":{"kind":"Name","value":"memberByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"none"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MembersByCodeAndNoneQuery, MembersByCodeAndNoneQueryVariables>;
export const MembersMemberByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersMemberByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MembersMemberByCodeQuery, MembersMemberByCodeQueryVariables>;
export const MembersAdmitGrowerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersAdmitGrower"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"x","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"GROWER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"township"},"value":{"kind":"StringValue","value":"Wujie","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"contact"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"x","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"phone"},"value":{"kind":"StringValue","value":"13700000000","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MembersAdmitGrowerMutation, MembersAdmitGrowerMutationVariables>;
export const MembersSuspendStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersSuspendStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"x","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MembersSuspendStatusMutation, MembersSuspendStatusMutationVariables>;
export const MembersUpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersUpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Zhang San","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"township"},"value":{"kind":"StringValue","value":"Wujie","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"roles"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"GROWER"},{"kind":"EnumValue","value":"COOPERATIVE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"alliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<MembersUpdateMemberMutation, MembersUpdateMemberMutationVariables>;
export const MembersUpdateMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersUpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<MembersUpdateMyProfileMutation, MembersUpdateMyProfileMutationVariables>;
export const MembersAddBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersAddBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}}]}}]}}]} as unknown as DocumentNode<MembersAddBaseMutation, MembersAddBaseMutationVariables>;
export const MembersUpdateBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersUpdateBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}}]}}]}}]} as unknown as DocumentNode<MembersUpdateBaseMutation, MembersUpdateBaseMutationVariables>;
export const MembersRemoveBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersRemoveBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MembersRemoveBaseMutation, MembersRemoveBaseMutationVariables>;
export const MembersAdmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersAdmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"alliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<MembersAdmitMutation, MembersAdmitMutationVariables>;
export const MembersSuspendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersSuspend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Residue test failed","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<MembersSuspendMutation, MembersSuspendMutationVariables>;
export const MembersReinstateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersReinstate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<MembersReinstateMutation, MembersReinstateMutationVariables>;
export const MembersProbeSuspendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersProbeSuspend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<MembersProbeSuspendMutation, MembersProbeSuspendMutationVariables>;
export const MembersProbeReinstateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersProbeReinstate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MembersProbeReinstateMutation, MembersProbeReinstateMutationVariables>;
export const MembersProbeRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersProbeRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"contact"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Probe","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"phone"},"value":{"kind":"StringValue","value":"13800009999","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MembersProbeRenameMutation, MembersProbeRenameMutationVariables>;
export const MembersProbeMemberStandingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersProbeMemberStanding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<MembersProbeMemberStandingQuery, MembersProbeMemberStandingQueryVariables>;
export const MembersProbeViewerStandingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersProbeViewerStanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<MembersProbeViewerStandingQuery, MembersProbeViewerStandingQueryVariables>;
export const MembersProbeMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersProbeMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MembersProbeMyProfileMutation, MembersProbeMyProfileMutationVariables>;
export const MembersProbeSetRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersProbeSetRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MembersProbeSetRolesMutation, MembersProbeSetRolesMutationVariables>;
export const MembersProbeReserveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersProbeReserve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSupplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSupply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MembersProbeReserveMutation, MembersProbeReserveMutationVariables>;
export const MembersProbeConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersProbeConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MembersProbeConfirmMutation, MembersProbeConfirmMutationVariables>;
export const MembersProbeCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersProbeCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MembersProbeCancelMutation, MembersProbeCancelMutationVariables>;
export const MembersProbeReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersProbeReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MembersProbeReservationQuery, MembersProbeReservationQueryVariables>;
export const MembersProbeAddBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersProbeAddBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}}]}}]}}]} as unknown as DocumentNode<MembersProbeAddBaseMutation, MembersProbeAddBaseMutationVariables>;
export const MembersProbeUpdateBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersProbeUpdateBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}}]}}]}}]} as unknown as DocumentNode<MembersProbeUpdateBaseMutation, MembersProbeUpdateBaseMutationVariables>;
export const MembersProbeRemoveBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersProbeRemoveBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MembersProbeRemoveBaseMutation, MembersProbeRemoveBaseMutationVariables>;
export const MembersProbeMemberAlliancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersProbeMemberAlliances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<MembersProbeMemberAlliancesQuery, MembersProbeMemberAlliancesQueryVariables>;
export const MembersProbeListedAlliancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersProbeListedAlliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersProbeListedAlliancesQuery, MembersProbeListedAlliancesQueryVariables>;
export const MembersProbeViewerAlliancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersProbeViewerAlliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersProbeViewerAlliancesQuery, MembersProbeViewerAlliancesQueryVariables>;
export const ReadLeaksReserveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadLeaksReserve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSupplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSupply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kg"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<ReadLeaksReserveMutation, ReadLeaksReserveMutationVariables>;
export const ReadLeaksLotTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadLeaksLotTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"availableKg"}},{"kind":"Field","name":{"kind":"Name","value":"askingPricePerKg"}}]}}]}}]} as unknown as DocumentNode<ReadLeaksLotTermsQuery, ReadLeaksLotTermsQueryVariables>;
export const ReadLeaksLotBasicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadLeaksLotBasics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"harvestDate"}},{"kind":"Field","name":{"kind":"Name","value":"grower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReadLeaksLotBasicsQuery, ReadLeaksLotBasicsQueryVariables>;
export const ReadLeaksTwoLotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadLeaksTwoLots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"other"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"none"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"other"},"name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"other"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"none"},"name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"none"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReadLeaksTwoLotsQuery, ReadLeaksTwoLotsQueryVariables>;
export const ReadLeaksLotReservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadLeaksLotReservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kg"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"}}]}}]}}]}}]} as unknown as DocumentNode<ReadLeaksLotReservationsQuery, ReadLeaksLotReservationsQueryVariables>;
export const ReadLeaksReservationLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadLeaksReservationLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kg"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"}}]}}]}}]} as unknown as DocumentNode<ReadLeaksReservationLinesQuery, ReadLeaksReservationLinesQueryVariables>;
export const ReadLeaksMemberLotsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadLeaksMemberLotsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReadLeaksMemberLotsPageQuery, ReadLeaksMemberLotsPageQueryVariables>;
export const ReadLeaksMemberReservationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadLeaksMemberReservationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReadLeaksMemberReservationsPageQuery, ReadLeaksMemberReservationsPageQueryVariables>;
export const ReadLeaksMembersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadLeaksMembersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ReadLeaksMembersPageQuery, ReadLeaksMembersPageQueryVariables>;
export const ReadLeaksSupplyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadLeaksSupplyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ReadLeaksSupplyPageQuery, ReadLeaksSupplyPageQueryVariables>;
export const RevocationRegisterLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevocationRegisterLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RevocationRegisterLotMutation, RevocationRegisterLotMutationVariables>;
export const RevocationSetRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevocationSetRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<RevocationSetRolesMutation, RevocationSetRolesMutationVariables>;
export const RevocationSuspendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevocationSuspend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevocationSuspendMutation, RevocationSuspendMutationVariables>;
export const RevocationSupplyCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevocationSupplyCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RevocationSupplyCountQuery, RevocationSupplyCountQueryVariables>;
export const RevocationViewerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevocationViewerStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<RevocationViewerStatusQuery, RevocationViewerStatusQueryVariables>;
export const RevocationViewerIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevocationViewerId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RevocationViewerIdQuery, RevocationViewerIdQueryVariables>;
export const RevocationAdmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevocationAdmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RevocationAdmitMutation, RevocationAdmitMutationVariables>;
export const SupplyReadPageAndSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplyReadPageAndSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"varieties"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"grades"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"A"},{"kind":"EnumValue","value":"B"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"townships"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"Jinma","block":false},{"kind":"StringValue","value":"Zhongshu","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"availableBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAvailableKg"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"harvestDate"}},{"kind":"Field","name":{"kind":"Name","value":"availableKg"}},{"kind":"Field","name":{"kind":"Name","value":"askingPricePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"grower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"crop"},"value":{"kind":"EnumValue","value":"SCALLION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"availableBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"VARIETY"},{"kind":"EnumValue","value":"GRADE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"availableKg"}},{"kind":"Field","name":{"kind":"Name","value":"lotCount"}}]}}]}}]} as unknown as DocumentNode<SupplyReadPageAndSummaryQuery, SupplyReadPageAndSummaryQueryVariables>;
export const SupplyReadReserveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupplyReadReserve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSupplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSupply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SupplyReadReserveMutation, SupplyReadReserveMutationVariables>;
export const SupplyReadByPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplyReadByPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"PRICE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservedKg"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SupplyReadByPriceQuery, SupplyReadByPriceQueryVariables>;
export const SupplyReadSummaryAloneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplyReadSummaryAlone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableKg"}},{"kind":"Field","name":{"kind":"Name","value":"lotCount"}}]}}]}}]} as unknown as DocumentNode<SupplyReadSummaryAloneQuery, SupplyReadSummaryAloneQueryVariables>;