import { Prng } from '@alliance/domain-kit';
import type { Crop, Grade, Variety } from '../entities/vocabulary.ts';

/**
 * Demo price history for the two alliances of BRIEF.md section 4, deterministic and pure (the day
 * "today" is an argument; each season draws from its own seeded generator, so a season's prices
 * are the same whenever they are generated):
 *
 * - Luxi scallion at its partner markets (Shanghai, Daya Bay), RED and WHITE, grades A and B, every
 *   day from 1 January five seasons back to yesterday: cheap in the main harvest months (March to
 *   May), dearer in the lean months (August to November), about 1.6–3.0 CNY/kg for grade A; one glut
 *   season (three before the current one) collapses below cost, to about 0.6–0.9 CNY/kg from March
 *   to mid-June, with volumes swollen; tens of tonnes a day per market and series.
 * - Yili safflower florets at a market of the Yili cluster, 2006 to 2008, grades A and B, falling
 *   from over 100 CNY/kg in 2006 to 43 CNY/kg at the end of 2008.
 *
 * Prices are to the fen per kg, volumes to the kg; every row is plausible by reportPrices' rules.
 */
export interface DemoPriceRow {
  marketId: string;
  crop: Crop;
  variety: Variety | null;
  grade: Grade;
  /** Asia/Shanghai trading day, YYYY-MM-DD. */
  day: string;
  priceCnyPerKg: string;
  volumeKg: string;
}

export interface ScallionDemoMarkets {
  shanghaiMarketId: string;
  dayaBayMarketId: string;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const dayOfYear = (day: string) => dayNumber(day) - dayNumber(`${day.slice(0, 4)}-01-01`);

/** Seasons before the current one that the scallion history covers. */
export const DEMO_SCALLION_PAST_SEASONS = 5;
/** The glut season: this many before the current one. */
export const DEMO_GLUT_SEASONS_AGO = 3;

const SCALLION_SERIES: readonly { variety: Variety; grade: Grade; price: number; volumeT: number }[] = [
  { variety: 'RED', grade: 'A', price: 1, volumeT: 46 },
  { variety: 'RED', grade: 'B', price: 0.86, volumeT: 30 },
  { variety: 'WHITE', grade: 'A', price: 0.95, volumeT: 24 },
  { variety: 'WHITE', grade: 'B', price: 0.82, volumeT: 16 },
];

/** How far the glut pulls a day of its season towards its collapsed price (0 to 1): down in February, back in late June and July. */
function glutWeight(doy: number): number {
  const ramp = (x: number, from: number, to: number) => Math.min(1, Math.max(0, (x - from) / (to - from)));
  return ramp(doy, 31, 59) * (1 - ramp(doy, 166, 212));
}

/** The Shanghai and Daya Bay scallion prices from 1 January of the season five back to the day before `today`. */
export function demoScallionPrices(markets: ScallionDemoMarkets, today: string, seed = 20_261_220): DemoPriceRow[] {
  const year = Number(today.slice(0, 4));
  const glutYear = year - DEMO_GLUT_SEASONS_AGO;
  const last = dayNumber(today) - 1;
  const places = [
    { marketId: markets.shanghaiMarketId, price: 1, volume: 1 },
    { marketId: markets.dayaBayMarketId, price: 1.05, volume: 0.7 },
  ];
  const rows: DemoPriceRow[] = [];
  for (let season = year - DEMO_SCALLION_PAST_SEASONS; season <= year; season++) {
    const prng = new Prng(seed + season);
    // A season's level: some years dearer than others.
    const level = 1 + 0.06 * prng.normal();
    // Shared daily shock (weather, trucking) and each market's own, both slowly wandering (AR(1) in logs).
    let common = 0;
    const own = places.map(() => 0);
    for (let n = dayNumber(`${season}-01-01`); n <= Math.min(last, dayNumber(`${season}-12-31`)); n++) {
      const day = dayOf(n);
      const doy = dayOfYear(day);
      common = 0.9 * common + 0.025 * prng.normal();
      // Dearest near mid-October (day 288), cheapest six months away, mid-April in the harvest: 1.70–2.90 for RED A.
      const seasonal = 2.3 + 0.6 * Math.cos((2 * Math.PI * (doy - 288)) / 365);
      const glut = season === glutYear ? glutWeight(doy) : 0;
      places.forEach((place, p) => {
        own[p] = 0.8 * own[p]! + 0.015 * prng.normal();
        for (const s of SCALLION_SERIES) {
          const noise = Math.exp(common + own[p]! + 0.01 * prng.normal());
          const normal = seasonal * level * s.price * place.price;
          // Below cost: about 0.75 CNY/kg for RED A, whatever the month.
          const collapsed = 0.75 * s.price * place.price;
          const price = Math.max(0.5, ((1 - glut) * normal + glut * collapsed) * noise);
          // Volume rises when prices are low (harvest) and swells in the glut.
          const volumeKg = s.volumeT * 1000 * place.volume * (1.35 - 0.25 * (seasonal - 1.7)) * (1 + 0.45 * glut) * (1 + 0.12 * prng.normal());
          rows.push({
            marketId: place.marketId,
            crop: 'SCALLION',
            variety: s.variety,
            grade: s.grade,
            day,
            priceCnyPerKg: price.toFixed(2),
            volumeKg: String(Math.max(1000, Math.round(volumeKg))),
          });
        }
      });
    }
  }
  return rows;
}

/** Anchors of the florets' slide (grade A, CNY/kg): above 100 through 2006, falling through 2007, 43 at the end of 2008. */
const FLORET_ANCHORS: readonly [string, number][] = [
  ['2006-01-01', 116],
  ['2006-12-31', 104],
  ['2007-12-31', 58],
  ['2008-12-31', 43],
];

/** The trend between the anchors, log-linear. */
function floretTrend(n: number): number {
  for (let i = 1; i < FLORET_ANCHORS.length; i++) {
    const [fromDay, from] = FLORET_ANCHORS[i - 1]!;
    const [toDay, to] = FLORET_ANCHORS[i]!;
    if (n <= dayNumber(toDay)) return from * Math.pow(to / from, (n - dayNumber(fromDay)) / (dayNumber(toDay) - dayNumber(fromDay)));
  }
  return FLORET_ANCHORS[FLORET_ANCHORS.length - 1]![1];
}

/** Yili safflower florets at one market, every day of 2006–2008: over 100 CNY/kg in 2006, 43 at the end of 2008. */
export function demoSafflowerFloretPrices(marketId: string, seed = 2006): DemoPriceRow[] {
  const prng = new Prng(seed);
  const first = dayNumber('2006-01-01');
  const lastDay = dayNumber('2008-12-31');
  const rows: DemoPriceRow[] = [];
  let shock = 0;
  for (let n = first; n <= lastDay; n++) {
    const day = dayOf(n);
    const trend = floretTrend(n);
    // The new crop (July–August) presses prices a little more.
    const harvest = 1 - 0.04 * Math.exp(-(((dayOfYear(day) - 205) / 25) ** 2));
    shock = 0.85 * shock + 0.01 * prng.normal();
    // Dried florets trade most after the harvest, July to October.
    const traded = 1 + 1.5 * Math.exp(-(((dayOfYear(day) - 240) / 45) ** 2));
    for (const [grade, factor, tonnes] of [['A', 1, 2.4], ['B', 0.84, 1.6]] as const) {
      const price = trend * harvest * factor * Math.exp(shock + 0.005 * prng.normal());
      rows.push({
        marketId,
        crop: 'SAFFLOWER_FLORET',
        variety: null,
        grade,
        day,
        priceCnyPerKg: price.toFixed(2),
        volumeKg: String(Math.max(100, Math.round(tonnes * 1000 * traded * (1 + 0.15 * prng.normal())))),
      });
    }
  }
  return rows;
}
