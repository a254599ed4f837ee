import { describe, expect, it } from 'vitest';
import { DomainError } from '@alliance/domain-kit';
import { readPriceCsv } from '../../src/domain/prices/price-csv.ts';
import { CSV_FIELDS, checkPriceRow, duplicatesWithin, refusedRows, type PriceRow, type PriceRowDraft } from '../../src/domain/prices/price-rows.ts';
import { spansOf } from '../../src/domain/prices/price-reports.ts';

const M = '11111111-1111-4111-8111-111111111111';
const draft = (over: Partial<PriceRowDraft> = {}): PriceRowDraft => ({
  row: 0,
  marketId: M,
  crop: 'SCALLION',
  variety: 'RED',
  grade: 'A',
  day: '2026-11-20',
  priceCnyPerKg: '1.85',
  volumeKg: '42000',
  ...over,
});
const TODAY = '2026-12-20';

describe('a price row on its own', () => {
  it('passes with a price to 4 decimals and a volume to 3, on a past day', () => {
    expect(checkPriceRow(draft({ priceCnyPerKg: '1.8525', volumeKg: '42000.125', day: TODAY }), TODAY)).toEqual({
      row: { row: 0, marketId: M, crop: 'SCALLION', variety: 'RED', grade: 'A', day: TODAY, priceCnyPerKg: '1.8525', volumeKg: '42000.125' },
      refusals: [],
    });
    // variety may be empty (no variety); names are read in any case, as a spreadsheet has them
    expect(checkPriceRow(draft({ variety: '', crop: ' scallion ', grade: 'b' }), TODAY).row).toMatchObject({ variety: null, crop: 'SCALLION', grade: 'B' });
  });

  it('lists every problem of a row, each with its field and a reason a person reads', () => {
    const { row, refusals } = checkPriceRow(draft({ crop: 'LEEK', variety: 'GREEN', grade: 'Z', day: '2026-12-21', priceCnyPerKg: '0', volumeKg: '-5' }), TODAY);
    expect(row).toBeNull();
    expect(refusals).toEqual([
      { row: 0, field: 'crop', reason: 'crop "LEEK" is not one of SCALLION, SAFFLOWER_FLORET, SAFFLOWER_SEED' },
      { row: 0, field: 'variety', reason: 'variety "GREEN" is not one of RED, WHITE, BLACK (or empty)' },
      { row: 0, field: 'grade', reason: 'grade "Z" is not one of A, B, C' },
      { row: 0, field: 'day', reason: 'day 2026-12-21 is in the future (today is 2026-12-20, Asia/Shanghai)' },
      { row: 0, field: 'priceCnyPerKg', reason: 'price 0 is not more than 0: a price is more than 0 CNY per kg' },
      { row: 0, field: 'volumeKg', reason: 'volume -5 is not more than 0: a volume is more than 0 kg' },
    ]);
  });

  it('refuses too many decimals, a day before 2000, text that is not a plain number, and names CSV columns and lines', () => {
    const reasons = (over: Partial<PriceRowDraft>) => checkPriceRow(draft(over), TODAY, CSV_FIELDS).refusals.map((r) => `${r.field}: ${r.reason}`);
    expect(reasons({ priceCnyPerKg: '1.23456' })).toEqual(['price_cny_per_kg: price 1.23456 has more than 4 decimals (CNY per kg to 4 decimals)']);
    expect(reasons({ volumeKg: '1.2345' })).toEqual(['volume_kg: volume 1.2345 has more than 3 decimals (kg to 3 decimals)']);
    expect(reasons({ day: '1999-12-31' })).toEqual(['day: day 1999-12-31 is before 2000-01-01']);
    expect(reasons({ day: '2026-02-30' })).toEqual(['day: day "2026-02-30" is not a calendar day written as YYYY-MM-DD']);
    expect(reasons({ priceCnyPerKg: '1e3' })).toEqual(['price_cny_per_kg: price "1e3" is not a number written like 1.85']);
    expect(reasons({ priceCnyPerKg: '¥1.85' })).toEqual(['price_cny_per_kg: price "¥1.85" is not a number written like 1.85']);
    expect(checkPriceRow(draft({ line: 7, priceCnyPerKg: '' }), TODAY, CSV_FIELDS).refusals[0]).toMatchObject({ row: 0, line: 7, field: 'price_cny_per_kg' });
  });

  it('refuses every row of one market, series and day sent twice, never picking one', () => {
    const rows = [0, 1, 2].map((i) => checkPriceRow(draft({ row: i, variety: i === 2 ? 'WHITE' : 'RED' }), TODAY).row!) as PriceRow[];
    expect(duplicatesWithin(rows).map((r) => [r.row, r.reason])).toEqual([
      [0, 'the same market, crop, variety, grade and day (2026-11-20) as row 1: a day is reported once per request'],
      [1, 'the same market, crop, variety, grade and day (2026-11-20) as row 0: a day is reported once per request'],
    ]);
  });

  it('makes one error of the refusals: a count of rows, the first reason, every reason in rows', () => {
    const error = refusedRows(
      [
        { row: 7, field: 'priceCnyPerKg', reason: 'b' },
        { row: 3, field: 'day', reason: 'a' },
        { row: 7, field: 'volumeKg', reason: 'c' },
      ],
      120,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('2 of 120 rows were refused; nothing was written. First, row 3: a. Every reason is in extensions.rows.');
    expect((error.details.rows as { row: number }[]).map((r) => r.row)).toEqual([3, 7, 7]);
  });

  it('reads each series once over [day − 30, day] of its rows, overlapping spans merged', () => {
    const rows = ['2026-11-20', '2026-11-25', '2026-03-01'].map((day, i) => checkPriceRow(draft({ row: i, day }), TODAY).row!);
    rows.push(checkPriceRow(draft({ row: 3, grade: 'B' }), TODAY).row!);
    expect(spansOf(rows)).toEqual([
      { crop: 'SCALLION', variety: 'RED', grade: 'A', from: '2026-01-30', to: '2026-03-01' },
      { crop: 'SCALLION', variety: 'RED', grade: 'A', from: '2026-10-21', to: '2026-11-25' },
      { crop: 'SCALLION', variety: 'RED', grade: 'B', from: '2026-10-21', to: '2026-11-20' },
    ]);
  });
});

describe('a CSV of prices', () => {
  it('reads the header in any order and case, quotes, CRLF, a BOM and blank lines, with each row\'s line', () => {
    const csv = '\uFEFFMarket_Credit_Code,crop,variety,grade,day,price_cny_per_kg,volume_kg\r\n91310000ABC,SCALLION,RED,A,2026-11-20,1.85,42000\r\n\r\n"91310000ABC",SCALLION,,B,2026-11-20,"1.60",38000\r\n';
    expect(readPriceCsv(csv)).toEqual({
      marketColumn: 'market_credit_code',
      refusals: [],
      rows: [
        { row: 0, line: 2, market: '91310000ABC', crop: 'SCALLION', variety: 'RED', grade: 'A', day: '2026-11-20', priceCnyPerKg: '1.85', volumeKg: '42000' },
        { row: 1, line: 4, market: '91310000ABC', crop: 'SCALLION', variety: '', grade: 'B', day: '2026-11-20', priceCnyPerKg: '1.60', volumeKg: '38000' },
      ],
    });
  });

  it('refuses a line with the wrong number of fields as a row, and a bad header, an unclosed quote, no rows or too many as the whole CSV', () => {
    const header = 'market_id,crop,variety,grade,day,price_cny_per_kg,volume_kg';
    expect(readPriceCsv(`${header}\n${M},SCALLION,RED,A,2026-11-20,1.85\n`).refusals).toEqual([{ row: 0, line: 2, field: 'csv', reason: 'line 2 has 6 fields, the header 7' }]);
    const refused = (csv: string, max?: number) => {
      try {
        readPriceCsv(csv, max);
      } catch (error) {
        return (error as Error).message;
      }
      return 'read';
    };
    expect(refused('market_id,crop,variety,grade,day,price,volume_kg\n')).toMatch(/does not know: "price"/);
    expect(refused('crop,variety,grade,day,price_cny_per_kg,volume_kg\nx\n')).toMatch(/neither market_credit_code nor market_id/);
    expect(refused('market_id,market_credit_code,crop,variety,grade,day,price_cny_per_kg,volume_kg\n')).toMatch(/both market_credit_code and market_id/);
    expect(refused('market_id,crop,crop,variety,grade,day,price_cny_per_kg,volume_kg\n')).toMatch(/names crop more than once/);
    expect(refused(`${header}\n`)).toBe('The CSV has a header but no rows.');
    expect(refused('')).toMatch(/The CSV is empty/);
    expect(refused(`${header}\n"${M},SCALLION\n`)).toMatch(/cannot be read at line 2: Quote Not Closed/);
    const row = `${M},SCALLION,RED,A,2026-11-20,1.85,42000`;
    expect(refused(`${header}\n${row}\n${row}\n${row}\n`, 2)).toBe('The CSV has more than 2 rows; one import takes at most 2: split it.');
    expect(refused(`${header}\n${row}\n${row}\n`, 2)).toBe('read');
  });
});
