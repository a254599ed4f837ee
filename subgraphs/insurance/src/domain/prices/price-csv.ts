import { CsvError, parse } from 'csv-parse/sync';
import { BadInput } from '@alliance/domain-kit';
import { MAX_IMPORTED_ROWS, type RowRefusal } from './price-rows.ts';

/**
 * A CSV of price history as the office exports it from a spreadsheet: a header naming the columns
 * (any order, any case), then one observation a line. Quotes, CRLF or LF line ends and a UTF-8 BOM
 * are read by csv-parse; blank lines are skipped.
 */

export const CSV_COLUMNS = ['crop', 'variety', 'grade', 'day', 'price_cny_per_kg', 'volume_kg'] as const;
/** The market is named by one of these: its member id, or its code (see `importPricesCsv`). */
export const MARKET_COLUMNS = ['market_id', 'market_credit_code'] as const;
export type MarketColumn = (typeof MARKET_COLUMNS)[number];

/** One data line, as text: `row` counts data rows from 0, `line` is the CSV line (the header is line 1). */
export interface CsvPriceRow {
  row: number;
  line: number;
  market: string;
  crop: string;
  variety: string;
  grade: string;
  day: string;
  priceCnyPerKg: string;
  volumeKg: string;
}

export interface PriceCsv {
  marketColumn: MarketColumn;
  rows: CsvPriceRow[];
  /** Lines that are not a row of the header's columns. */
  refusals: RowRefusal[];
}

function headerOf(fields: readonly string[]): { index: Map<string, number>; marketColumn: MarketColumn } {
  const names = fields.map((f) => f.trim().toLowerCase());
  const index = new Map<string, number>();
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (repeated.length) throw new BadInput(`The CSV header names ${[...new Set(repeated)].join(', ')} more than once.`, { field: 'csv', line: 1 });
  names.forEach((n, i) => index.set(n, i));
  const known = new Set<string>([...CSV_COLUMNS, ...MARKET_COLUMNS]);
  const unknown = names.filter((n) => !known.has(n));
  const missing = CSV_COLUMNS.filter((c) => !index.has(c));
  const markets = MARKET_COLUMNS.filter((c) => index.has(c));
  const expected = `the header is market_credit_code or market_id, then ${CSV_COLUMNS.join(', ')} (in any order)`;
  if (unknown.length) throw new BadInput(`The CSV header has columns this import does not know: ${unknown.map((u) => `"${u.slice(0, 40)}"`).join(', ')}; ${expected}.`, { field: 'csv', line: 1 });
  if (missing.length) throw new BadInput(`The CSV header lacks ${missing.join(', ')}; ${expected}.`, { field: 'csv', line: 1 });
  if (markets.length !== 1) throw new BadInput(`The CSV header names the market by ${markets.length ? 'both market_credit_code and market_id' : 'neither market_credit_code nor market_id'}; name it by one of them.`, { field: 'csv', line: 1 });
  return { index, marketColumn: markets[0]! };
}

/** The CSV's rows, or BAD_USER_INPUT when it cannot be read, has no rows, or more than 50,000. */
export function readPriceCsv(csv: string, maxRows = MAX_IMPORTED_ROWS): PriceCsv {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      // The header, the rows allowed, and one more to tell that there are too many.
      to: maxRows + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new BadInput(`The CSV cannot be read${line ? ` at line ${line}` : ''}: ${error.message.replace(/ at line \d+$/, '')}.`, { field: 'csv', ...(line ? { line } : {}) });
    }
    throw error;
  }
  if (!records.length) throw new BadInput('The CSV is empty; its first line is the header (market_credit_code or market_id, crop, variety, grade, day, price_cny_per_kg, volume_kg).', { field: 'csv' });
  const [header, ...data] = records;
  const { index, marketColumn } = headerOf(header!.record);
  if (!data.length) throw new BadInput('The CSV has a header but no rows.', { field: 'csv' });
  if (data.length > maxRows) {
    throw new BadInput(`The CSV has more than ${maxRows.toLocaleString('en-US')} rows; one import takes at most ${maxRows.toLocaleString('en-US')}: split it.`, { field: 'csv' });
  }
  const width = header!.record.length;
  const rows: CsvPriceRow[] = [];
  const refusals: RowRefusal[] = [];
  const at = (record: string[], column: string) => record[index.get(column)!] ?? '';
  data.forEach(({ record, info }, row) => {
    const line = info.lines;
    if (record.length !== width) {
      refusals.push({ row, line, field: 'csv', reason: `line ${line} has ${record.length} field${record.length === 1 ? '' : 's'}, the header ${width}` });
      return;
    }
    rows.push({
      row,
      line,
      market: at(record, marketColumn),
      crop: at(record, 'crop'),
      variety: at(record, 'variety'),
      grade: at(record, 'grade'),
      day: at(record, 'day'),
      priceCnyPerKg: at(record, 'price_cny_per_kg'),
      volumeKg: at(record, 'volume_kg'),
    });
  });
  return { marketColumn, rows, refusals };
}
