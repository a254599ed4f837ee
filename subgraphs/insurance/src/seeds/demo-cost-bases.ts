import type { CostLine, Crop } from '../entities/vocabulary.ts';

/**
 * The insurer's demo figures: what one more kg costs a Luxi scallion grower and a Yili safflower
 * grower, and the floor schemes it opens. Pure data; `demo-seeder.ts` loads it. A season is a
 * calendar year (Asia/Shanghai): scallion is harvested all year round, and safflower's one harvest
 * (florets picked late June to July) falls inside the year.
 *
 * Where the figures come from (BRIEF.md section 4 and the two seed papers in shared/seeds; where a
 * paper gives no figure, the assumption is said):
 *
 * Luxi scallion, CNY per kg delivered to a Shanghai wholesale market, every variety:
 * - Yield. Seed 000: 1.16 million t a year from a 135,000 mu base cropped 450,000 mu-times, i.e.
 *   about 2,580 kg per mu per crop and 3.3 crops a year: 8,600 kg per mu over the year's season.
 * - Growing (per mu and crop, assumed; ÷ 2,600 kg): divided sets or nursery seedlings about 260 CNY
 *   (0.10/kg); 60 kg of compound fertiliser and manure about 310 CNY (0.12); 5–6 sprays about 130
 *   CNY (0.05).
 * - Labour 0.45: pulling, trimming and tying into bunches by hand is most of it (about 0.35/kg at
 *   piece rates), transplanting and weeding the rest. Seed 000: the industry employs over 50,000
 *   people at about 30,000 CNY a year, washing, ice and packing plants included.
 * - Washing 0.06: a washing line's fee (400+ lines, 3,000 t a day, seed 000).
 * - Ice 0.12: 17 ice plants make 3,000 t a day for about 3,000 t washed a day (seed 000), so up to
 *   a kg of ice per kg; about 0.6 kg per kg at some 200 CNY a tonne (assumed).
 * - Packaging 0.12: a foam box (three plants make 100,000 a day, seed 000) of about 2 CNY holds
 *   15–17 kg.
 * - Cold storage 0.04: pre-cooling and a night in one of the 242 cold stores.
 * - Transport 0.30 (0.26 before diesel rose, version 1): a refrigerated truck over the
 *   ~2,300 km to Shanghai, about 9,000 CNY for 30 t of scallion and ice (assumed).
 * Marginal cost 1.36 CNY/kg (version 2; 1.30 in version 1): well under the 3 CNY/kg the county's
 * 3.5 billion CNY for 1.16 million t comes to (seed 000), and in the 1.1–1.5 range growers name.
 *
 * Yili safflower florets, CNY per kg of dried florets:
 * - Yield. Seed 004: about 4,000 t of florets a year from about 30,000 ha (450,000 mu), 8.9 kg per
 *   mu over the valley, fields grown for seed included; a field picked for florets gives 9–15 kg:
 *   12 kg per mu per season.
 * - Sowing seed, fertiliser and sprays are shared with the seed crop; half is charged to the
 *   florets (assumed): about 30 CNY of seed (1.25/kg), 100 CNY of fertiliser (4.20) and 30 CNY of
 *   sprays (1.20) per mu.
 * - Labour 32.00: picking is by hand (seed 004: "采摘主要依赖人工，这种方式成本高、效率低"), at
 *   about 3.5 CNY per jin of fresh florets and 4.5 kg fresh to 1 kg dried (assumed), plus drying.
 * - No washing and no ice: florets are dried.
 * - Packaging 0.60 (bags and cartons), storage 0.80 (a dry warehouse, not a cold store: the line is
 *   the cost of keeping the kg until it is sold), transport 1.60 (Yili to the herbal markets and
 *   Shanghai, about 4,000 km).
 * Marginal cost 41.65 CNY/kg: the 2008 price of 43 CNY/kg (down from over 100 in 2006, seed 004)
 * barely covered it, which is why growers gave up safflower then.
 */

export interface DemoCostBasis {
  allianceCode: 'LUXI' | 'YILI';
  /** Who publishes it: the insurer. */
  publisherCode: string;
  county: string;
  crop: Crop;
  /** Years from this one (0: this year's season). */
  year: number;
  lines: readonly { line: CostLine; cnyPerKg: string }[];
  expectedYieldKgPerMu: string;
  note: string;
  /**
   * When it was published: before its season (20 December of the year before), during it (halfway
   * from then to now: a version 2), or lately (three days ago: next season's).
   */
  published: 'BEFORE_SEASON' | 'DURING_SEASON' | 'LATELY';
}

const LUXI_SCALLION_V1: DemoCostBasis['lines'] = [
  { line: 'SEEDLINGS', cnyPerKg: '0.10' },
  { line: 'FERTILISER', cnyPerKg: '0.12' },
  { line: 'PESTICIDE', cnyPerKg: '0.05' },
  { line: 'LABOUR', cnyPerKg: '0.45' },
  { line: 'WASHING', cnyPerKg: '0.06' },
  { line: 'ICE', cnyPerKg: '0.10' },
  { line: 'PACKAGING', cnyPerKg: '0.12' },
  { line: 'COLD_STORAGE', cnyPerKg: '0.04' },
  { line: 'TRANSPORT', cnyPerKg: '0.26' },
];

/** Version 2: ice and transport re-priced after diesel rose in spring. */
const LUXI_SCALLION_V2: DemoCostBasis['lines'] = LUXI_SCALLION_V1.map((l) =>
  l.line === 'TRANSPORT' ? { line: l.line, cnyPerKg: '0.30' } : l.line === 'ICE' ? { line: l.line, cnyPerKg: '0.12' } : l,
);

const YILI_FLORETS: DemoCostBasis['lines'] = [
  { line: 'SEEDLINGS', cnyPerKg: '1.25' },
  { line: 'FERTILISER', cnyPerKg: '4.20' },
  { line: 'PESTICIDE', cnyPerKg: '1.20' },
  { line: 'LABOUR', cnyPerKg: '32.00' },
  { line: 'PACKAGING', cnyPerKg: '0.60' },
  { line: 'COLD_STORAGE', cnyPerKg: '0.80' },
  { line: 'TRANSPORT', cnyPerKg: '1.60' },
];

const LUXI = { allianceCode: 'LUXI', publisherCode: 'INS-PRICE', county: 'Luxi County', crop: 'SCALLION', expectedYieldKgPerMu: '8600' } as const;
const YILI = { allianceCode: 'YILI', publisherCode: 'INS-PRICE', county: 'Yili River Valley', crop: 'SAFFLOWER_FLORET', expectedYieldKgPerMu: '12' } as const;

/** In publication order: a series' versions oldest first. */
export const DEMO_COST_BASES: readonly DemoCostBasis[] = [
  { ...LUXI, year: 0, lines: LUXI_SCALLION_V1, published: 'BEFORE_SEASON', note: 'Season costs as planted: growing per mu and crop ÷ 2,600 kg, harvest, washing, ice, boxes, cold store, truck to Shanghai.' },
  { ...LUXI, year: 0, lines: LUXI_SCALLION_V2, published: 'DURING_SEASON', note: 'Version 2: ice and the truck to Shanghai re-priced after diesel rose.' },
  { ...LUXI, year: 1, lines: LUXI_SCALLION_V2, published: 'LATELY', note: "Next season, on this season's latest figures." },
  { ...YILI, year: 0, lines: YILI_FLORETS, published: 'BEFORE_SEASON', note: 'Dried florets: hand picking (about 4.5 kg fresh per kg dried) is most of the cost; seed, fertiliser and sprays half charged to the seed crop.' },
  { ...YILI, year: 1, lines: YILI_FLORETS, published: 'LATELY', note: "Next season, on this season's figures." },
];

/** A floor scheme the insurer opens: its capacity; every other term the SDL's default (validNewScheme). */
export interface DemoScheme {
  allianceCode: 'LUXI' | 'YILI';
  crop: Crop;
  year: number;
  /** The most sum insured the insurer binds in the season, CNY. */
  capacityCny: string;
}

/**
 * Luxi sells about 3.5 billion CNY of scallion a year (seed 000): the insurer binds a few percent of
 * it. Yili's florets are about 4,000 t a year at 40–100 CNY/kg (seed 004). The terms are the SDL's
 * defaults: loading 25 %, r 1.5 %, five past seasons, quotes valid a day, five days with
 * observations to settle, the farmer paying 20 % of the premium and the government the rest.
 */
export const DEMO_SCHEMES: readonly DemoScheme[] = [
  { allianceCode: 'LUXI', crop: 'SCALLION', year: 0, capacityCny: '50000000' },
  { allianceCode: 'LUXI', crop: 'SCALLION', year: 1, capacityCny: '80000000' },
  { allianceCode: 'YILI', crop: 'SAFFLOWER_FLORET', year: 0, capacityCny: '20000000' },
  { allianceCode: 'YILI', crop: 'SAFFLOWER_FLORET', year: 1, capacityCny: '20000000' },
];
