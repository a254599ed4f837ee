import { addDays } from '@alliance/domain-kit';
import type { DemoData } from './demo-data.ts';
import { seededRandom } from './demo-data.ts';
import type { Crop, Grade, Variety } from '../entities/vocabulary.ts';

export interface DemoLot {
  id: string;
  memberCode: string;
  baseId: string;
  township: string;
  crop: Crop;
  variety: Variety | null;
  grade: Grade;
  quantityKg: string;
  harvestDate: string;
  forward: boolean;
  askingPricePerKg: string;
}

/**
 * Lots on offer around `today`: Luxi trades over 2,000 t of scallion a day (BRIEF.md section 4),
 * so the last three days' harvests and the next two days' expected ones come to about 10,000 t in
 * lots of a few tonnes; each Yili grower offers last season's florets or seed. Deterministic for a
 * given seed and day.
 */
export function buildDemoLots(data: DemoData, today: string, seed = 20231): DemoLot[] {
  const random = seededRandom(seed + Number(today.replaceAll('-', '')));
  const uuid = () => {
    const h = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    h[12] = '4';
    h[16] = '8';
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  const active = new Set(data.members.filter((m) => m.status === 'ACTIVE').map((m) => m.code));
  const lots: DemoLot[] = [];
  const scallionBases = data.bases.filter((b) => b.crop === 'SCALLION' && active.has(b.memberCode));
  const dailyKg = 2_000_000;
  for (let offset = -3; offset <= 1; offset++) {
    let kg = 0;
    while (kg < dailyKg) {
      const base = scallionBases[Math.floor(random() * scallionBases.length)]!;
      // Log-normal around 2.5 t: most lots are one household's day, a few are a cooperative's.
      const quantity = Math.min(20_000, Math.max(200, Math.exp(7.6 + 0.6 * gaussian(random))));
      kg += quantity;
      const v = random();
      const g = random();
      lots.push({
        id: uuid(),
        memberCode: base.memberCode,
        baseId: base.id,
        township: base.township,
        crop: 'SCALLION',
        variety: v < 0.55 ? 'RED' : v < 0.85 ? 'WHITE' : 'BLACK',
        grade: g < 0.45 ? 'A' : g < 0.85 ? 'B' : 'C',
        quantityKg: quantity.toFixed(3),
        harvestDate: addDays(today, offset),
        forward: offset > 0,
        askingPricePerKg: (1.6 + 1.4 * random() + (g < 0.45 ? 0.3 : 0)).toFixed(2),
      });
    }
  }
  const seasonEnd = `${Number(today.slice(0, 4)) - (today.slice(5) < '08-20' ? 1 : 0)}-08-20`;
  for (const base of data.bases.filter((b) => b.crop !== 'SCALLION' && active.has(b.memberCode))) {
    const florets = base.crop === 'SAFFLOWER_FLORET';
    lots.push({
      id: uuid(),
      memberCode: base.memberCode,
      baseId: base.id,
      township: base.township,
      crop: base.crop,
      variety: null,
      grade: random() < 0.5 ? 'A' : 'B',
      quantityKg: (florets ? 50 + 750 * random() : 1000 + 9000 * random()).toFixed(3),
      harvestDate: addDays(seasonEnd, -Math.floor(random() * 40)),
      forward: false,
      askingPricePerKg: (florets ? 60 + 50 * random() : 6 + 6 * random()).toFixed(2),
    });
  }
  return lots;
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
}
