import { BadInput, Decimal, shanghaiDay } from '@alliance/domain-kit';
import type { Crop } from '../entities/index.ts';
import { windowPayoutFromSums } from './pricing/payout.ts';

/**
 * The rules of settling a window, without a database. The index of a window is Σ price × volume ÷
 * Σ volume over its observations, kept as the exact sum and volume; payouts are computed from
 * them exactly and rounded to the fen once, half up — as the settling SQL (store/settlements.ts)
 * does, which a test checks figure by figure.
 */

/** Precision enough that no product or quotient of the figures here is ever rounded before the fen. */
const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

/** A window's index as computed once: Σ price × volume (CNY) and Σ volume (kg). */
export interface WindowIndexFigures {
  valueCny: Decimal.Value;
  volumeKg: Decimal.Value;
}

/** Payout = max(0, K − Σvalue/Σvolume) × insured kg, rounded to the fen once (pricing/payout.ts). */
export function settlementPayoutCny(floorPerKg: Decimal.Value, index: WindowIndexFigures, insuredKg: Decimal.Value): Decimal {
  return windowPayoutFromSums(floorPerKg, index.valueCny, index.volumeKg, insuredKg);
}

/** Sum insured per mu of one window, as the quote shows it: K × a window's expected yield per mu, to the fen (pricing/per-mu.ts). */
export function sumInsuredPerMuCny(floorPerKg: Decimal.Value, yieldKgPerMu: Decimal.Value): Decimal {
  return new Decimal(floorPerKg).times(yieldKgPerMu).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * The per-mu form (pricing/per-mu.ts indemnityPerMu): sum insured per mu × (K − index) ÷ K,
 * floored at 0, to the fen once — here from the index's exact sums, so that nothing is rounded
 * before the fen: sum insured per mu × max(0, K·V − S) ÷ (K·V).
 */
export function settlementIndemnityPerMuCny(floorPerKg: Decimal.Value, index: WindowIndexFigures, yieldKgPerMu: Decimal.Value): Decimal {
  const k = new Exact(floorPerKg.toString());
  const volume = new Exact(index.volumeKg.toString());
  if (!k.gt(0) || !volume.gt(0)) throw new RangeError('The per-mu form needs K > 0 and a window index with volume above 0.');
  const shortfall = Exact.max(0, k.times(volume).minus(index.valueCny.toString()));
  const perMu = new Exact(sumInsuredPerMuCny(floorPerKg, yieldKgPerMu).toFixed(2));
  return new Decimal(perMu.times(shortfall).dividedBy(k.times(volume)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
}

export interface DayWindow {
  start: string;
  end: string;
}

/** "2027-03-01 – 2027-03-31". */
export function windowText(w: DayWindow): string {
  return `${w.start} – ${w.end}`;
}

/** A window is settled only after it has closed: its last day is before today (Asia/Shanghai). */
export function requireClosed(w: DayWindow, now: Date = new Date()): void {
  const today = shanghaiDay(now);
  if (!(today > w.end)) {
    throw new BadInput(`The window ${windowText(w)} has not closed yet (today is ${today}, Asia/Shanghai): it can be settled from ${nextDay(w.end)}.`, { field: 'window' });
  }
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** One of the contract's windows, exactly; BAD_USER_INPUT listing them otherwise. */
export function requireContractWindow<W extends DayWindow>(windows: readonly W[], asked: DayWindow, contractNumber: string): W {
  const found = windows.find((w) => w.start === asked.start && w.end === asked.end);
  if (found) return found;
  throw new BadInput(`${windowText(asked)} is not a window of contract ${contractNumber}; its windows are ${windows.map(windowText).join(', ')}.`, {
    field: 'window',
    windows: windows.map((w) => ({ start: w.start, end: w.end })),
  });
}

/** A series an index is of, in words: "scallion, red, grade A" or "scallion, every variety and grade". */
export function seriesText(crop: Crop, variety: string | null, grade: string | null): string {
  const words = [crop.toLowerCase().replace(/_/g, ' '), variety ? variety.toLowerCase() : 'every variety', grade ? `grade ${grade}` : 'every grade'];
  return words.join(', ');
}

export interface ThinSeries {
  variety: string | null;
  grade: string | null;
  observationDays: number;
  minObservationDays: number;
}

/** The refusal of a window whose index has too few days with observations, naming the counts and the minimum. */
export function tooFewObservations(crop: Crop, w: DayWindow, thin: readonly ThinSeries[]): BadInput {
  const parts = thin.map(
    (s) => `the ${seriesText(crop, s.variety, s.grade)} index has observations on ${s.observationDays} day${s.observationDays === 1 ? '' : 's'}; the scheme requires at least ${s.minObservationDays}`,
  );
  return new BadInput(`The window ${windowText(w)} cannot be settled: ${parts.join('; ')}. Nothing was settled.`, {
    field: 'window',
    series: thin.map((s) => ({ variety: s.variety, grade: s.grade, observationDays: s.observationDays, minObservationDays: s.minObservationDays })),
  });
}
