import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { DemoFacts } from '@alliance/subgraph-kit';
import { shanghaiDay } from '@alliance/domain-kit';
import { CostBasis, FloorScheme, type PriceSource } from '../entities/index.ts';
import { validCostBasis } from '../domain/cost-basis-rules.ts';
import { validNewScheme } from '../domain/scheme-rules.ts';
import { insertCostBasis, supersedeCostBasis } from '../store/cost-bases.ts';
import { writeObservations } from '../store/price-observations.ts';
import { insertScheme } from '../store/schemes.ts';
import { DEMO_COST_BASES, DEMO_SCHEMES, type DemoCostBasis } from './demo-cost-bases.ts';
import { demoSafflowerFloretPrices, demoScallionPrices, type DemoPriceRow } from './demo-prices.ts';

/** Reported by the markets themselves: their last month; the older history the office imported. */
const REPORTED_DAYS = 30;
/**
 * Yili's florets history is reported by a florets trader of the cluster (YL-E42, an agricultural
 * products trading company): the Yili demo has no partner market member.
 */
const YILI_FLORETS_MARKET = 'YL-E42';

type Member = DemoFacts['members'][number];

function memberOf(facts: DemoFacts, code: string): Member | undefined {
  return facts.members.find((m) => m.code === code);
}

/** The demo's moments of publication, oldest first (see DemoCostBasis.published). */
function publishedAt(basis: DemoCostBasis, year: number, now: Date): Date {
  const beforeSeason = new Date(`${year - 1}-12-20T10:00:00+08:00`);
  if (basis.published === 'BEFORE_SEASON') return beforeSeason;
  if (basis.published === 'DURING_SEASON') return new Date((beforeSeason.getTime() + now.getTime()) / 2);
  return new Date(now.getTime() - 3 * 86_400_000);
}

/**
 * The insurer's demo data in an empty insurance schema, in one transaction: Luxi scallion and Yili
 * florets cost bases (this season's scallion in two versions, the first superseded; next season's),
 * the floor schemes of this season and the next, and the price history — five seasons of daily
 * scallion prices at Shanghai and Daya Bay to yesterday, with a glut year below cost, and Yili's
 * florets of 2006–2008 — written set-based, a few statements in all. Quotes, contracts and
 * settlements are made through the API afterwards (stack/src/demo-insurance.ts).
 */
export async function seedDemoInsurance(em: EntityManager, log: Logger, facts: DemoFacts): Promise<boolean> {
  if ((await em.count(CostBasis, {})) > 0) return false;
  const insurer = memberOf(facts, 'INS-PRICE');
  const luxiOffice = memberOf(facts, 'LX-OFFICE');
  const yiliOffice = memberOf(facts, 'YL-OFFICE');
  if (!insurer || !luxiOffice || !yiliOffice) {
    log.warn('insurance demo: the members demo (INS-PRICE, LX-OFFICE, YL-OFFICE) is not there; nothing seeded');
    return false;
  }
  const allianceOf = { LUXI: luxiOffice.allianceId, YILI: yiliOffice.allianceId };
  const now = new Date();
  const today = shanghaiDay(now);
  const year = Number(today.slice(0, 4));
  const shanghai = memberOf(facts, 'SH-VEG');
  const dayaBay = memberOf(facts, 'DYB-MKT');
  const floretsMarket = memberOf(facts, YILI_FLORETS_MARKET);

  const counts = await em.transactional(async (tx) => {
    // ---- Cost bases, each series' versions in order: publishing a newer one supersedes the current.
    const current = new Map<string, CostBasis>();
    for (const demo of DEMO_COST_BASES) {
      const season = year + demo.year;
      const valid = validCostBasis({ crop: demo.crop, seasonFrom: `${season}-01-01`, seasonTo: `${season}-12-31`, lines: demo.lines, expectedYieldKgPerMu: demo.expectedYieldKgPerMu, note: demo.note });
      const key = `${demo.allianceCode}|${valid.crop}|${valid.seasonFrom}`;
      const before = current.get(key);
      const basis = Object.assign(new CostBasis(), {
        allianceId: allianceOf[demo.allianceCode],
        crop: valid.crop,
        variety: valid.variety,
        county: demo.county,
        seasonFrom: valid.seasonFrom,
        seasonTo: valid.seasonTo,
        version: (before?.version ?? 0) + 1,
        marginalCostPerKg: valid.marginalCostPerKg,
        expectedYieldKgPerMu: valid.expectedYieldKgPerMu,
        note: valid.note,
        publishedBy: insurer.id,
        publishedAt: publishedAt(demo, season, now),
      } satisfies Partial<CostBasis>);
      if (before) await supersedeCostBasis(tx, before.id, basis.publishedAt);
      await insertCostBasis(tx, basis, valid.lines);
      current.set(key, basis);
    }

    // ---- Floor schemes of this season and the next, opened by the insurer.
    for (const demo of DEMO_SCHEMES) {
      const season = year + demo.year;
      const terms = validNewScheme({ crop: demo.crop, seasonFrom: `${season}-01-01`, seasonTo: `${season}-12-31`, capacityCny: demo.capacityCny });
      const openedAt = demo.year === 0 ? new Date(`${season - 1}-12-22T10:00:00+08:00`) : new Date(now.getTime() - 3 * 86_400_000);
      await insertScheme(tx, Object.assign(new FloorScheme(), { ...terms, allianceId: allianceOf[demo.allianceCode], boundCny: '0.00', openedBy: insurer.id, openedAt }));
    }

    // ---- Price history, set-based: each batch is one insert … select.
    let observations = 0;
    const write = async (allianceId: string, reportedBy: string, source: PriceSource, rows: readonly DemoPriceRow[]) => {
      if (!rows.length) return;
      await writeObservations(tx, { allianceId, reportedBy, source, replace: false, rows: rows.map((r) => ({ ...r, id: randomUUID() })) });
      observations += rows.length;
    };
    if (shanghai && dayaBay) {
      const scallion = demoScallionPrices({ shanghaiMarketId: shanghai.id, dayaBayMarketId: dayaBay.id }, today);
      const reportedFrom = new Date(Date.parse(`${today}T00:00:00Z`) - REPORTED_DAYS * 86_400_000).toISOString().slice(0, 10);
      await write(allianceOf.LUXI, luxiOffice.id, 'IMPORTED', scallion.filter((r) => r.day < reportedFrom));
      for (const market of [shanghai, dayaBay]) {
        await write(allianceOf.LUXI, market.id, 'REPORTED', scallion.filter((r) => r.day >= reportedFrom && r.marketId === market.id));
      }
    }
    if (floretsMarket) await write(allianceOf.YILI, yiliOffice.id, 'IMPORTED', demoSafflowerFloretPrices(floretsMarket.id));
    return { costBases: DEMO_COST_BASES.length, schemes: DEMO_SCHEMES.length, observations };
  });
  log.info(counts, 'insurance demo data loaded');
  return true;
}
