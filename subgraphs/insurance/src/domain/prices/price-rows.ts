import { BadInput, Decimal, isIsoDay } from '@alliance/domain-kit';
import type { Crop, Grade, Variety } from '../../entities/vocabulary.ts';

/** What one reported or imported row must be, before its series' past is looked at. */

export const CROPS: readonly Crop[] = ['SCALLION', 'SAFFLOWER_FLORET', 'SAFFLOWER_SEED'];
export const VARIETIES: readonly Variety[] = ['RED', 'WHITE', 'BLACK'];
export const GRADES: readonly Grade[] = ['A', 'B', 'C'];

/** Rows of one reportPrices call, and of one CSV import. */
export const MAX_REPORTED_ROWS = 5000;
export const MAX_IMPORTED_ROWS = 50_000;
/** No market of the alliances reported before this day; an earlier one is a typing slip. */
export const EARLIEST_PRICE_DAY = '2000-01-01';
/** Far above any wholesale price of these crops, and within what the columns hold. */
const MAX_PRICE = new Decimal('100000');
const MAX_VOLUME = new Decimal('100000000');

/** A row as the caller sent it (a GraphQL input or a CSV line), with the market it is for once known. */
export interface PriceRowDraft {
  /** 0-based position among the rows of the request. */
  row: number;
  /** The CSV line it was read from. */
  line?: number;
  /** Null when the market could not be decided (already refused for that). */
  marketId: string | null;
  crop: string;
  variety: string | null;
  grade: string;
  day: string;
  priceCnyPerKg: string;
  volumeKg: string;
}

/** A row that passed every check of its own. */
export interface PriceRow {
  row: number;
  line?: number;
  marketId: string;
  crop: Crop;
  variety: Variety | null;
  grade: Grade;
  day: string;
  priceCnyPerKg: string;
  volumeKg: string;
}

/** Why one row was refused: the field it is about, in words a person reads. */
export interface RowRefusal {
  row: number;
  line?: number;
  field: string;
  reason: string;
}

/** The names a refusal gives the fields: the input's for reportPrices, the columns' for a CSV. */
export type FieldNames = Record<'marketId' | 'crop' | 'variety' | 'grade' | 'day' | 'priceCnyPerKg' | 'volumeKg', string>;
export const INPUT_FIELDS: FieldNames = { marketId: 'marketId', crop: 'crop', variety: 'variety', grade: 'grade', day: 'day', priceCnyPerKg: 'priceCnyPerKg', volumeKg: 'volumeKg' };
export const CSV_FIELDS: FieldNames = { marketId: 'market_id', crop: 'crop', variety: 'variety', grade: 'grade', day: 'day', priceCnyPerKg: 'price_cny_per_kg', volumeKg: 'volume_kg' };

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

function quoted(value: string): string {
  return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
}

/** A positive decimal with at most `places` decimals, at most `max`; the reason it is not, otherwise. */
function positiveDecimal(text: string, what: string, unit: string, places: number, max: Decimal): { value: string } | { reason: string } {
  const t = text.trim();
  if (!PLAIN_DECIMAL.test(t)) return { reason: `${what} ${quoted(t)} is not a number written like 1.85` };
  const d = new Decimal(t);
  if (d.lte(0)) return { reason: `${what} ${t} is not more than 0: a ${what} is more than 0 ${unit}` };
  if (d.decimalPlaces() > places) return { reason: `${what} ${t} has more than ${places} decimals (${unit} to ${places} decimals)` };
  if (d.gt(max)) return { reason: `${what} ${t} is more than ${max.toString()} ${unit}, not a plausible wholesale ${what}` };
  return { value: t };
}

function oneOf<T extends string>(values: readonly T[], text: string): T | null {
  const t = text.trim().toUpperCase();
  return (values as readonly string[]).includes(t) ? (t as T) : null;
}

/**
 * A row checked on its own: crop, variety, grade known; a price (CNY per kg, 4 decimals) and a
 * volume (kg, 3 decimals) more than 0; a day not in the future (Asia/Shanghai `today`) nor before
 * 2000-01-01. Every problem is listed, not only the first.
 */
export function checkPriceRow(draft: PriceRowDraft, today: string, fields: FieldNames = INPUT_FIELDS): { row: PriceRow | null; refusals: RowRefusal[] } {
  const refusals: RowRefusal[] = [];
  const refuse = (field: keyof FieldNames, reason: string) => refusals.push({ row: draft.row, ...(draft.line !== undefined ? { line: draft.line } : {}), field: fields[field], reason });
  const crop = oneOf(CROPS, draft.crop);
  if (!crop) refuse('crop', `crop ${quoted(draft.crop.trim())} is not one of ${CROPS.join(', ')}`);
  const varietyText = draft.variety?.trim() ?? '';
  const variety = varietyText ? oneOf(VARIETIES, varietyText) : null;
  if (varietyText && !variety) refuse('variety', `variety ${quoted(varietyText)} is not one of ${VARIETIES.join(', ')} (or empty)`);
  const grade = oneOf(GRADES, draft.grade);
  if (!grade) refuse('grade', `grade ${quoted(draft.grade.trim())} is not one of ${GRADES.join(', ')}`);
  const day = draft.day.trim();
  if (!isIsoDay(day)) refuse('day', `day ${quoted(day)} is not a calendar day written as YYYY-MM-DD`);
  else if (day > today) refuse('day', `day ${day} is in the future (today is ${today}, Asia/Shanghai)`);
  else if (day < EARLIEST_PRICE_DAY) refuse('day', `day ${day} is before ${EARLIEST_PRICE_DAY}`);
  const price = positiveDecimal(draft.priceCnyPerKg, 'price', 'CNY per kg', 4, MAX_PRICE);
  if ('reason' in price) refuse('priceCnyPerKg', price.reason);
  const volume = positiveDecimal(draft.volumeKg, 'volume', 'kg', 3, MAX_VOLUME);
  if ('reason' in volume) refuse('volumeKg', volume.reason);
  if (refusals.length || !draft.marketId || !crop || !grade || 'reason' in price || 'reason' in volume) return { row: null, refusals };
  return {
    row: { row: draft.row, ...(draft.line !== undefined ? { line: draft.line } : {}), marketId: draft.marketId, crop, variety, grade, day, priceCnyPerKg: price.value, volumeKg: volume.value },
    refusals,
  };
}

/** The series a row belongs to (alliance aside): crop, variety, grade. */
export function seriesOf(row: { crop: string; variety: string | null; grade: string }): string {
  return `${row.crop}|${row.variety ?? ''}|${row.grade}`;
}

/** What may be reported once: a market's series on a day. */
export function observationKey(row: { marketId: string; crop: string; variety: string | null; grade: string; day: string }): string {
  return `${row.marketId}|${seriesOf(row)}|${row.day}`;
}

/** Rows of one request naming the same market, series and day: every one of them is refused (never which wins). */
export function duplicatesWithin(rows: readonly PriceRow[], fields: FieldNames = INPUT_FIELDS): RowRefusal[] {
  const byKey = new Map<string, PriceRow[]>();
  for (const r of rows) {
    const key = observationKey(r);
    const list = byKey.get(key) ?? [];
    list.push(r);
    byKey.set(key, list);
  }
  const refusals: RowRefusal[] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const r of group) {
      const others = group.filter((o) => o !== r).map((o) => (o.line !== undefined ? `line ${o.line}` : `row ${o.row}`));
      refusals.push({
        row: r.row,
        ...(r.line !== undefined ? { line: r.line } : {}),
        field: fields.day,
        reason: `the same market, crop, variety, grade and day (${r.day}) as ${others.slice(0, 5).join(', ')}${others.length > 5 ? ' …' : ''}: a day is reported once per request`,
      });
    }
  }
  return refusals;
}

/** How many refusals one error lists: the count in its message is always complete. */
export const LISTED_REFUSALS = 1000;

/**
 * The one error of a refused request: "3 of 120 rows were refused; nothing was written", each
 * refusal in `extensions.rows` (the first 1,000, in row order).
 */
export function refusedRows(refusals: readonly RowRefusal[], total: number): BadInput {
  const sorted = [...refusals].sort((a, b) => a.row - b.row);
  const refusedCount = new Set(sorted.map((r) => r.row)).size;
  const first = sorted[0]!;
  const where = first.line !== undefined ? `line ${first.line}` : `row ${first.row}`;
  const listed = sorted.length > LISTED_REFUSALS ? ` (the first ${LISTED_REFUSALS.toLocaleString('en-US')} of ${sorted.length.toLocaleString('en-US')} reasons are listed)` : '';
  return new BadInput(
    `${refusedCount.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows ${refusedCount === 1 ? 'was' : 'were'} refused; nothing was written. First, ${where}: ${first.reason}. Every reason is in extensions.rows${listed}.`,
    { field: first.field, rows: sorted.slice(0, LISTED_REFUSALS) },
  );
}
