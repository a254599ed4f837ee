import { BadInput } from '@alliance/domain-kit';
import type { LabelBatch } from '../entities/index.ts';
import { serialsOfBatch } from '../store/labels.ts';
import { formatSerialForReading } from './label-code.ts';
import { digitalLinkOf, licenceOfBatch, type LabelSettings } from './labels.ts';
import { MAX_LABELS_PER_BATCH } from './quota.ts';
import type { BrandingRequest } from './request.ts';

/** The label printer's file of a batch: one CSV row per code, safe to open in a spreadsheet. */

export const LABEL_CSV_HEADER = [
  'serial',
  'printed_serial',
  'digital_link',
  'gtin',
  'lot',
  'pack_kg',
  'licensee',
  'licensee_credit_code',
  'trademark',
  'trademark_registration_number',
] as const;

/**
 * One RFC 4180 field: quoted when it holds a quote, a comma or a line break, quotes doubled. A
 * field a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
 * return: a licensee or trademark name is typed by people) gets a leading apostrophe, as OWASP
 * advises for CSV injection; serials, links, GTINs, lots and kg never start so.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvOf(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/**
 * Rows of CSV one request may carry: one full batch. The query cost limit counts `csv` as one
 * scalar, so without this `licence { labelBatches(first: 100) { csv } }` would build a million
 * rows (about 130 MB) in one answer. Counted per request context, before any row is built.
 */
export const CSV_ROWS_PER_REQUEST = MAX_LABELS_PER_BATCH;
const csvRowsOfRequest = new WeakMap<object, number>();

function spendCsvRows(req: BrandingRequest, rows: number): void {
  const spent = (csvRowsOfRequest.get(req) ?? 0) + rows;
  if (spent > CSV_ROWS_PER_REQUEST) {
    throw new BadInput(
      `One request carries at most ${CSV_ROWS_PER_REQUEST.toLocaleString('en')} rows of label CSV; ask for each batch's file on its own (labelBatch(id) { csv }).`,
      { field: 'csv' },
    );
  }
  csvRowsOfRequest.set(req, spent);
}

/** The whole batch as the label printer's CSV (header row, CRLF line ends, UTF-8). */
export async function labelBatchCsv(req: BrandingRequest, settings: LabelSettings, batch: LabelBatch): Promise<string> {
  spendCsvRows(req, batch.count);
  const [licence, serials] = await Promise.all([licenceOfBatch(req, batch), serialsOfBatch(req.em, batch.id)]);
  const rows: string[][] = [[...LABEL_CSV_HEADER]];
  for (const serial of serials) {
    rows.push([
      serial,
      formatSerialForReading(serial),
      digitalLinkOf({ serial, gtin: batch.gtin, lotNumber: batch.lotNumber, resolverUrl: settings.resolverUrl }),
      batch.gtin,
      batch.lotNumber,
      batch.packKg,
      licence.licenseeName,
      licence.licenseeCreditCode,
      licence.trademarkName,
      licence.trademarkRegistrationNumber,
    ]);
  }
  return csvOf(rows);
}
