import { BadInput, Decimal, text } from '@alliance/domain-kit';
import { COST_LINES, type CostLine, type Crop, type Variety } from '../entities/vocabulary.ts';
import { decimalIn, validSeason } from './input-rules.ts';

/** What a cost basis is made of, checked: the rules of publishing one (BRIEF.md: insurance), no database. */

export interface CostLineValue {
  line: CostLine;
  /** CNY per kg, 4 decimals. */
  cnyPerKg: string;
}

export interface CostBasisInput {
  crop: Crop;
  variety?: Variety | null;
  seasonFrom: string;
  seasonTo: string;
  lines: readonly { line: CostLine; cnyPerKg: string }[];
  expectedYieldKgPerMu: string;
  note?: string | null;
  county?: string | null;
}

export interface ValidCostBasis {
  crop: Crop;
  variety: Variety | null;
  seasonFrom: string;
  seasonTo: string;
  /** In the order of the SDL's CostLine. */
  lines: CostLineValue[];
  /** Σ lines, 4 decimals. */
  marginalCostPerKg: string;
  /** 3 decimals. */
  expectedYieldKgPerMu: string;
  note: string | null;
  /** Null: take the alliance's. */
  county: string | null;
}

/** A line's cost of one more kg beyond this is a typing slip (safflower florets sell near 100 CNY/kg). */
const MAX_LINE_CNY_PER_KG = '10000';
/** Kg per mu over a season beyond this is a typing slip (Luxi grows about 10,000 a year). */
const MAX_YIELD_KG_PER_MU = '1000000';

/** Marginal cost per kg: the sum of the lines, exact. */
export function marginalCostOf(lines: readonly { cnyPerKg: string }[]): Decimal {
  return lines.reduce((sum, l) => sum.plus(l.cnyPerKg), new Decimal(0));
}

/** Each line at most once, ≥ 0 with at most 4 decimals, at least one above 0; sorted as the SDL lists them. */
export function validCostLines(lines: readonly { line: CostLine; cnyPerKg: string }[]): CostLineValue[] {
  if (!lines.length) throw new BadInput('A cost basis needs its lines: the CNY per kg of each variable cost of one more kg.', { field: 'lines' });
  const seen = new Set<CostLine>();
  const checked = lines.map((l, i) => {
    if (!(COST_LINES as readonly string[]).includes(l.line)) throw new BadInput(`lines[${i}]: ${l.line} is not a cost line.`, { field: 'lines', line: l.line });
    if (seen.has(l.line)) throw new BadInput(`The line ${l.line} is given twice; give each line once.`, { field: 'lines', line: l.line });
    seen.add(l.line);
    const value = decimalIn(l.cnyPerKg, 'lines', { places: 4, min: 0, max: MAX_LINE_CNY_PER_KG, unit: 'CNY per kg', label: `lines[${i}] (${l.line})` });
    return { line: l.line, cnyPerKg: value.toFixed(4) };
  });
  if (marginalCostOf(checked).lte(0)) throw new BadInput('Every line is 0: at least one cost of one more kg must be above 0.', { field: 'lines' });
  return checked.sort((a, b) => COST_LINES.indexOf(a.line) - COST_LINES.indexOf(b.line));
}

/** Scallion is costed per variety or for every variety (null); safflower has no variety. */
export function varietyOfBasis(crop: Crop, variety: Variety | null | undefined): Variety | null {
  if (variety && crop !== 'SCALLION') throw new BadInput(`${crop} has no variety; leave variety empty.`, { field: 'variety' });
  return variety ?? null;
}

export function validCostBasis(input: CostBasisInput): ValidCostBasis {
  const season = validSeason(input.seasonFrom, input.seasonTo);
  const lines = validCostLines(input.lines);
  const yieldPerMu = decimalIn(input.expectedYieldKgPerMu, 'expectedYieldKgPerMu', { places: 3, min: 0, minExclusive: true, max: MAX_YIELD_KG_PER_MU, unit: 'kg per mu' });
  return {
    crop: input.crop,
    variety: varietyOfBasis(input.crop, input.variety),
    ...season,
    lines,
    marginalCostPerKg: marginalCostOf(lines).toFixed(4),
    expectedYieldKgPerMu: yieldPerMu.toFixed(3),
    note: text(input.note, 'note', 2000),
    county: text(input.county, 'county', 100),
  };
}

/** The series a version belongs to: a new publication of the same key is the next version. */
export function costBasisSeriesKey(allianceId: string, basis: Pick<ValidCostBasis, 'crop' | 'variety' | 'seasonFrom' | 'seasonTo'>): string {
  return `cost_basis:${allianceId}:${basis.crop}:${basis.variety ?? ''}:${basis.seasonFrom}:${basis.seasonTo}`;
}
