import { describe, expect, it } from 'vitest';
import { checkPriceRow, duplicatesWithin, seriesOf, type PriceRow } from '../../src/domain/prices/price-rows.ts';
import { trailingMedianRefusals } from '../../src/domain/prices/trailing-median.ts';
import { vwapOf } from '../../src/domain/prices/vwap.ts';
import { DEMO_GLUT_SEASONS_AGO, demoSafflowerFloretPrices, demoScallionPrices, type DemoPriceRow } from '../../src/seeds/demo-prices.ts';

const SHANGHAI = '11111111-1111-4111-8111-111111111111';
const DAYA_BAY = '22222222-2222-4222-8222-222222222222';
const YILI = '33333333-3333-4333-8333-333333333333';
const TODAY = '2026-12-20';

/** VWAP of the rows of a series whose day starts with `prefix` (a year or a month). */
function vwap(rows: readonly DemoPriceRow[], prefix: string, series = 'SCALLION|RED|A'): number {
  const of = rows.filter((r) => r.day.startsWith(prefix) && seriesOf(r) === series);
  return vwapOf(of)!.toNumber();
}

/** Every row as reportPrices would judge it: on its own, against the other rows, against its series' trailing median. */
function refusalsOf(rows: readonly DemoPriceRow[]): number {
  const checked = rows.map((r, row) => checkPriceRow({ row, ...r }, TODAY));
  const own = checked.reduce((n, c) => n + c.refusals.length, 0);
  const valid = checked.map((c) => c.row!).filter(Boolean) as PriceRow[];
  const median = trailingMedianRefusals([], valid.map((r) => ({ row: r.row, series: seriesOf(r), slot: r.marketId, day: r.day, priceCnyPerKg: r.priceCnyPerKg, usable: true })));
  return own + duplicatesWithin(valid).length + median.length;
}

describe('demo scallion prices', () => {
  const rows = demoScallionPrices({ shanghaiMarketId: SHANGHAI, dayaBayMarketId: DAYA_BAY }, TODAY);

  it('covers every day from 1 January five seasons back to yesterday, at both markets, RED and WHITE, grades A and B', () => {
    const days = new Set(rows.map((r) => r.day));
    expect([...days].sort()[0]).toBe('2021-01-01');
    expect([...days].sort().at(-1)).toBe('2026-12-19');
    // 2021-01-01 … 2026-12-19: 2,179 days (2024 a leap year) × 2 markets × 4 series
    expect(days.size).toBe(2179);
    expect(rows).toHaveLength(2179 * 8);
    expect(new Set(rows.map((r) => `${r.marketId}|${seriesOf(r)}`)).size).toBe(8);
  });

  it('is the same for the same day, and a season keeps its prices when generated a year later (the glut moves with the current season)', () => {
    expect(demoScallionPrices({ shanghaiMarketId: SHANGHAI, dayaBayMarketId: DAYA_BAY }, TODAY)).toEqual(rows);
    const later = demoScallionPrices({ shanghaiMarketId: SHANGHAI, dayaBayMarketId: DAYA_BAY }, '2027-03-01');
    expect(later.filter((r) => r.day.startsWith('2022'))).toEqual(rows.filter((r) => r.day.startsWith('2022')));
  });

  it('is cheap in the harvest months and dearer in the lean ones, about 1.6–3.0 CNY/kg for grade A in a normal season', () => {
    for (const season of ['2021', '2022', '2024', '2025']) {
      const april = vwap(rows, `${season}-04`);
      const september = vwap(rows, `${season}-09`);
      expect(april).toBeLessThan(september - 0.5);
      for (let month = 1; month <= 12; month++) {
        const m = vwap(rows, `${season}-${String(month).padStart(2, '0')}`);
        expect(m).toBeGreaterThan(1.5);
        expect(m).toBeLessThan(3.2);
      }
    }
  });

  it('collapses below cost in the glut season: about 0.6–0.9 CNY/kg from March to May, on swollen volumes', () => {
    const glut = String(2026 - DEMO_GLUT_SEASONS_AGO);
    for (const month of ['03', '04', '05']) {
      expect(vwap(rows, `${glut}-${month}`)).toBeGreaterThan(0.6);
      expect(vwap(rows, `${glut}-${month}`)).toBeLessThan(0.9);
      expect(vwap(rows, `${glut}-${month}`, 'SCALLION|WHITE|B')).toBeGreaterThan(0.5);
    }
    const kg = (prefix: string) => rows.filter((r) => r.day.startsWith(prefix)).reduce((n, r) => n + Number(r.volumeKg), 0);
    expect(kg(`${glut}-04`)).toBeGreaterThan(1.3 * kg('2022-04'));
    // tonnes a day: Shanghai's RED A is tens of tonnes
    const shanghaiRedA = rows.filter((r) => r.marketId === SHANGHAI && seriesOf(r) === 'SCALLION|RED|A').map((r) => Number(r.volumeKg));
    expect(Math.min(...shanghaiRedA)).toBeGreaterThan(10_000);
    expect(Math.max(...shanghaiRedA)).toBeLessThan(150_000);
  });

  it('has every row plausible by reportPrices\' own rules', () => {
    expect(refusalsOf(rows)).toBe(0);
  });
});

describe('demo safflower floret prices', () => {
  const rows = demoSafflowerFloretPrices(YILI);

  it('falls from over 100 CNY/kg in 2006 to 43 CNY/kg at the end of 2008', () => {
    expect(rows[0]!.day).toBe('2006-01-01');
    expect(rows.at(-1)!.day).toBe('2008-12-31');
    expect(rows).toHaveLength(1096 * 2);
    const series = 'SAFFLOWER_FLORET||A';
    expect(vwap(rows, '2006', series)).toBeGreaterThan(100);
    expect(vwap(rows, '2006-12', series)).toBeGreaterThan(100);
    expect(vwap(rows, '2007', series)).toBeLessThan(vwap(rows, '2006', series));
    expect(vwap(rows, '2008-12', series)).toBeGreaterThan(41);
    expect(vwap(rows, '2008-12', series)).toBeLessThan(45);
  });

  it('has every row plausible by reportPrices\' own rules', () => {
    expect(refusalsOf(rows)).toBe(0);
  });
});
