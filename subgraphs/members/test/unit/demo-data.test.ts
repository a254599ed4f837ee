import { describe, expect, it } from 'vitest';
import { validateCreditCode } from '../../src/domain/credit-code.ts';
import { buildDemoData, LUXI_TOWNSHIPS } from '../../src/seeds/demo-data.ts';
import { buildDemoLots } from '../../src/seeds/demo-lots.ts';

const data = buildDemoData();
const count = (prefix: string, kind?: string) =>
  data.members.filter((m) => m.code.startsWith(prefix) && (!kind || m.kind === kind)).length;

describe('demo data', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(buildDemoData()).toEqual(data);
    expect(buildDemoData(7).members[0]!.id).not.toBe(data.members[0]!.id);
  });

  it('has the Luxi alliance at the scale of the seed paper', () => {
    expect(count('LX-G', 'GROWER')).toBe(588);
    expect(count('LX-W', 'WASHING_PLANT')).toBe(23);
    expect(count('LX-I', 'ICE_PLANT')).toBe(12);
    expect(count('LX-S', 'INPUT_SUPPLIER')).toBe(32);
    expect(count('LX-E', 'SALES_ENTITY')).toBe(24);
    expect(count('LX-L', 'LABOR_AGENCY')).toBe(18);
    expect(count('LX-C', 'COLD_STORE')).toBeGreaterThan(0);
    expect(count('LX-T', 'LOGISTICS')).toBeGreaterThan(0);
    for (const code of ['LX-OFFICE', 'LX-BRAND', 'SH-VEG', 'DYB-MKT', 'INS-PRICE', 'YL-OFFICE']) {
      expect(data.members.some((m) => m.code === code && m.status === 'ACTIVE'), code).toBe(true);
    }
  });

  it('has the Yili cluster: 74 enterprises, 7 seed processors, and growers', () => {
    const enterprises = data.members.filter((m) => m.code.startsWith('YL-E'));
    expect(enterprises.length).toBe(74);
    expect(enterprises.filter((m) => m.name.includes('红花籽加工')).length).toBe(7);
    expect(count('YL-G', 'GROWER')).toBeGreaterThan(100);
  });

  it('spreads Luxi scallion bases over the townships by their area, within a few points', () => {
    const luxiBases = data.bases.filter((b) => b.crop === 'SCALLION');
    const total = LUXI_TOWNSHIPS.reduce((s, [, a]) => s + a, 0);
    for (const [township, area] of LUXI_TOWNSHIPS) {
      const share = luxiBases.filter((b) => b.township === township).length / luxiBases.length;
      expect(Math.abs(share - area / total), township).toBeLessThan(0.04);
    }
  });

  it('has unique codes and credit codes, every credit code valid, every base owned by a grower', () => {
    expect(new Set(data.members.map((m) => m.code)).size).toBe(data.members.length);
    const codes = data.members.flatMap((m) => (m.creditCode ? [m.creditCode] : []));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(validateCreditCode(code).ok, code).toBe(true);
    expect(data.members.filter((m) => m.kind === 'GROWER').every((m) => m.creditCode === null)).toBe(true);
    const growers = new Set(data.members.filter((m) => m.kind === 'GROWER').map((m) => m.code));
    expect(data.bases.every((b) => growers.has(b.memberCode))).toBe(true);
  });

  it('offers about 2,000 t of scallion a day around the seeding day', () => {
    const lots = buildDemoLots(data, '2026-11-23');
    const byDay = new Map<string, number>();
    for (const lot of lots.filter((l) => l.crop === 'SCALLION')) byDay.set(lot.harvestDate, (byDay.get(lot.harvestDate) ?? 0) + Number(lot.quantityKg));
    expect([...byDay.keys()].sort()).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']);
    for (const kg of byDay.values()) expect(kg).toBeGreaterThanOrEqual(2_000_000);
    expect(lots.filter((l) => l.forward).every((l) => l.harvestDate > '2026-11-23')).toBe(true);
    expect(buildDemoLots(data, '2026-11-23')).toEqual(lots);
  });
});
