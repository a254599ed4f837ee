import type { Crop, Variety } from '../entities/vocabulary.ts';

const CROPS: Record<Crop, { zh: string; en: string }> = {
  SCALLION: { zh: '香葱', en: 'scallion' },
  SAFFLOWER_FLORET: { zh: '红花丝', en: 'safflower florets' },
  SAFFLOWER_SEED: { zh: '红花籽', en: 'safflower seed' },
};
const VARIETIES: Record<Variety, { zh: string; en: string }> = {
  RED: { zh: '红', en: 'Red' },
  WHITE: { zh: '白', en: 'White' },
  BLACK: { zh: '黑', en: 'Black' },
};

/** The product as the certificate names it, Chinese then English: "泸西 红香葱 (Luxi County red scallion)". */
export function productNameOf(crop: Crop, variety: Variety | null, county: string): string {
  const c = CROPS[crop];
  const v = variety ? VARIETIES[variety] : null;
  const place = county.replace(/ County$/, '');
  const en = `${county} ${v ? `${v.en.toLowerCase()} ` : ''}${c.en}`;
  return `${place} ${v?.zh ?? ''}${c.zh} (${en})`;
}
