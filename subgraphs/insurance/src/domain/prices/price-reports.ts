import { randomUUID } from 'node:crypto';
import { BadInput, Conflict, Forbidden, hasRole, isOfficeOf, requireActive, requireOfficeOf, rolesIn, shanghaiDay, uniquely, type Viewer } from '@alliance/domain-kit';
import type { PriceObservation } from '../../entities/index.ts';
import type { PriceSource } from '../../entities/vocabulary.ts';
import { membersByCreditCode, observationsInSpans, writeObservations, type SeriesSpan } from '../../store/price-observations.ts';
import type { InsuranceRequest } from '../request.ts';
import { readPriceCsv } from './price-csv.ts';
import {
  CSV_FIELDS,
  INPUT_FIELDS,
  MAX_REPORTED_ROWS,
  checkPriceRow,
  duplicatesWithin,
  observationKey,
  refusedRows,
  seriesOf,
  type FieldNames,
  type PriceRow,
  type PriceRowDraft,
  type RowRefusal,
} from './price-rows.ts';
import { TRAILING_MEDIAN_RULE, medianReason, trailingMedianRefusals } from './trailing-median.ts';

export type DuplicatePolicy = 'REFUSE' | 'REPLACE';

export interface PriceReport {
  inserted: number;
  replaced: number;
  /** The first 100 rows written, in the order given. */
  observations: PriceObservation[];
}

export interface PriceObservationInput {
  marketId?: string | null;
  crop: string;
  variety?: string | null;
  grade: string;
  day: string;
  priceCnyPerKg: string;
  volumeKg: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;
const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * A partner market reports its own prices; the office reports for any partner market of its
 * alliance by naming it. All rows or none: see `recordPrices`.
 */
export async function reportPrices(req: InsuranceRequest, observations: readonly PriceObservationInput[], onDuplicate: DuplicatePolicy, now = new Date()): Promise<PriceReport> {
  const viewer = requireActive(req.viewer);
  const office = isOfficeOf(viewer, viewer.allianceId);
  const market = hasRole(viewer, 'PARTNER_MARKET');
  if (!office && !market) throw new Forbidden('Only a partner market (its own prices) or the alliance office may report prices.');
  if (!observations.length) throw new BadInput('Send at least one observation.', { field: 'observations' });
  if (observations.length > MAX_REPORTED_ROWS) {
    throw new BadInput(`One report carries at most ${MAX_REPORTED_ROWS.toLocaleString('en-US')} rows; got ${observations.length.toLocaleString('en-US')}: send them in several reports (or the office imports a CSV).`, { field: 'observations' });
  }
  const refusals: RowRefusal[] = [];
  const marketOf: (string | null)[] = observations.map((o, row) => {
    const named = o.marketId?.trim() || null;
    if (named === null) {
      if (market) return viewer.memberId;
      refusals.push({ row, field: 'marketId', reason: 'the office names the partner market each row is for (marketId)' });
      return null;
    }
    return named;
  });
  const others = marketOf.flatMap((m, row) => (m !== null && m !== viewer.memberId && !office ? [row] : []));
  if (others.length) {
    throw new Forbidden(`A partner market reports its own prices only; ${others.length === 1 ? `row ${others[0]} names` : `rows ${others.slice(0, 10).join(', ')}${others.length > 10 ? ' …' : ''} name`} another market.`, {
      field: 'marketId',
      rows: others.slice(0, 1000).map((row) => ({ row, field: 'marketId', reason: `market ${marketOf[row]} is another market: a partner market reports its own prices` })),
    });
  }
  // The office's markets must be partner markets of its alliance, as the directory says now.
  const toCheck = [...new Set(marketOf.filter((m): m is string => m !== null && !(market && m === viewer.memberId)))];
  const verdicts = new Map(await Promise.all(toCheck.map(async (id) => [id, await partnerMarketProblem(req, viewer, id)] as const)));
  const drafts = observations.map((o, row): PriceRowDraft => {
    const marketId = marketOf[row] ?? null;
    const problem = marketId === null ? null : verdicts.get(marketId);
    if (problem) refusals.push({ row, field: 'marketId', reason: problem });
    return { row, marketId: problem ? null : marketId, crop: o.crop, variety: o.variety ?? null, grade: o.grade, day: o.day, priceCnyPerKg: o.priceCnyPerKg, volumeKg: o.volumeKg };
  });
  return recordPrices(req, viewer, { drafts, refusals, onDuplicate, source: 'REPORTED', fields: INPUT_FIELDS, now });
}

/** Why this id is not a partner market of the caller's alliance; null when it is one. */
async function partnerMarketProblem(req: InsuranceRequest, viewer: Viewer, id: string): Promise<string | null> {
  if (!UUID.test(id)) return `"${id.slice(0, 40)}" is not a member id`;
  const entry = await req.directory.load(id);
  if (!entry || !entry.memberships.some((m) => m.allianceId === viewer.allianceId)) return `no member ${id} in your alliance`;
  if (!rolesIn(entry, viewer.allianceId).includes('PARTNER_MARKET')) return `member ${id} is not a partner market of your alliance`;
  return null;
}

/**
 * The office imports a CSV of history: the market named by market_id, or by market_credit_code — read as
 * the market's unified social credit code, the code the member directory carries (members' own
 * codes stay in the members subgraph). Same rules as reportPrices; refusals name the CSV line.
 */
export async function importPricesCsv(req: InsuranceRequest, csv: string, onDuplicate: DuplicatePolicy, now = new Date()): Promise<PriceReport> {
  const viewer = requireActive(req.viewer);
  requireOfficeOf(viewer, viewer.allianceId, 'import a CSV of prices');
  const parsed = readPriceCsv(csv);
  const refusals = [...parsed.refusals];
  const total = parsed.rows.length + parsed.refusals.length;
  const fields: FieldNames = { ...CSV_FIELDS, marketId: parsed.marketColumn };
  // The member id each market cell names, or why it names none.
  const ids = new Map<string, string | { problem: string }>();
  const cells = [...new Set(parsed.rows.map((r) => r.market))];
  if (parsed.marketColumn === 'market_credit_code') {
    const found = await membersByCreditCode(req.em, viewer.allianceId, [...new Set(cells.filter(Boolean).map((c) => c.toUpperCase()))]);
    const byCode = new Map(found.map((m) => [m.creditCode, m.memberId]));
    for (const cell of cells) {
      ids.set(cell, byCode.get(cell.toUpperCase()) ?? { problem: `no member of your alliance has the unified social credit code "${cell.slice(0, 40)}" (or name it by market_id)` });
    }
  } else {
    for (const cell of cells) ids.set(cell, cell);
  }
  const verdicts = new Map(
    await Promise.all([...new Set([...ids.values()].filter((v): v is string => typeof v === 'string' && v !== ''))].map(async (id) => [id, await partnerMarketProblem(req, viewer, id)] as const)),
  );
  const drafts = parsed.rows.map((r): PriceRowDraft => {
    const named = ids.get(r.market)!;
    const problem = !r.market ? `${parsed.marketColumn} is empty` : typeof named === 'string' ? verdicts.get(named) : named.problem;
    if (problem) refusals.push({ row: r.row, line: r.line, field: parsed.marketColumn, reason: problem });
    return { row: r.row, line: r.line, marketId: problem || typeof named !== 'string' ? null : named, crop: r.crop, variety: r.variety, grade: r.grade, day: r.day, priceCnyPerKg: r.priceCnyPerKg, volumeKg: r.volumeKg };
  });
  return recordPrices(req, viewer, { drafts, refusals, onDuplicate, source: 'IMPORTED', fields, now, total });
}

interface Recording {
  drafts: PriceRowDraft[];
  refusals: RowRefusal[];
  onDuplicate: DuplicatePolicy;
  source: PriceSource;
  fields: FieldNames;
  now: Date;
  /** Rows of the request, when some never became drafts. */
  total?: number;
}

/**
 * Every row checked — on its own, against the other rows, against what is stored (a day already
 * reported, refused unless REPLACE) and against its series' trailing median (stored prices and the
 * request's earlier days) — then written in one statement; any refusal refuses the whole request.
 * The series' past is read once, for the spans [day − 30, day] the rows need, in the transaction
 * of the write. A row another request wrote meanwhile (REFUSE) is CONFLICT, nothing written.
 */
async function recordPrices(req: InsuranceRequest, viewer: Viewer, r: Recording): Promise<PriceReport> {
  const today = shanghaiDay(r.now);
  const total = r.total ?? r.drafts.length;
  const refusals = [...r.refusals];
  const checked = r.drafts.map((d) => checkPriceRow(d, today, r.fields));
  for (const c of checked) refusals.push(...c.refusals);
  const rows = checked.flatMap((c) => (c.row ? [c.row] : []));
  refusals.push(...duplicatesWithin(rows, r.fields));
  const usable = new Set(rows.map((row) => row.row));
  // Rows whose only fault is their market still have a price the median can judge.
  const priced = r.drafts
    .map((d, i) => checked[i]!.row ?? (d.marketId === null ? checkPriceRow({ ...d, marketId: '?' }, today, r.fields).row : null))
    .filter((p): p is PriceRow => p !== null);

  const written = await uniquely(
    () =>
      req.em.transactional(async (em) => {
        const stored = await observationsInSpans(em, viewer.allianceId, spansOf(priced));
        const storedByKey = new Map(stored.map((s) => [observationKey(s), s]));
        if (r.onDuplicate === 'REFUSE') {
          for (const row of rows) {
            const before = storedByKey.get(observationKey(row));
            if (before) {
              refusals.push({
                row: row.row,
                ...(row.line !== undefined ? { line: row.line } : {}),
                field: r.fields.day,
                reason: `this market already reported ${row.crop} ${row.variety ?? '(no variety)'} grade ${row.grade} on ${row.day} (${before.priceCnyPerKg} CNY/kg); send onDuplicate: REPLACE to overwrite it`,
              });
            }
          }
        }
        const median = trailingMedianRefusals(
          stored.map((s) => ({ series: seriesOf(s), slot: s.marketId, day: s.day, priceCnyPerKg: s.priceCnyPerKg })),
          priced.map((p) => ({ row: p.row, series: seriesOf(p), slot: p.marketId, day: p.day, priceCnyPerKg: p.priceCnyPerKg, usable: usable.has(p.row) })),
        );
        const byRow = new Map(priced.map((p) => [p.row, p]));
        for (const m of median) {
          const line = byRow.get(m.row)?.line;
          refusals.push({ row: m.row, ...(line !== undefined ? { line } : {}), field: r.fields.priceCnyPerKg, reason: medianReason(m, TRAILING_MEDIAN_RULE) });
        }
        if (refusals.length) throw refusedRows(refusals, total);
        return writeObservations(em, {
          allianceId: viewer.allianceId,
          reportedBy: viewer.memberId,
          source: r.source,
          replace: r.onDuplicate === 'REPLACE',
          rows: rows.map((row) => ({ ...row, id: randomUUID() })),
        });
      }),
    () =>
      new Conflict('Another report of the same market, crop, variety, grade and day was written at the same moment; nothing of this one was written. Send it with onDuplicate: REPLACE to overwrite that one.', {
        field: r.fields.day,
      }),
  );
  const byKey = new Map(written.map((w) => [observationKey(w), w]));
  const inOrder = rows.map((row) => byKey.get(observationKey(row))!);
  const inserted = written.filter((w) => w.inserted).length;
  return { inserted, replaced: written.length - inserted, observations: inOrder.slice(0, 100) };
}

/** The days each series' rows need read: [day − 30, day] of every row, overlapping ranges merged. */
export function spansOf(rows: readonly PriceRow[]): SeriesSpan[] {
  const bySeries = new Map<string, { row: PriceRow; days: string[] }>();
  for (const row of rows) {
    const s = bySeries.get(seriesOf(row)) ?? { row, days: [] };
    s.days.push(row.day);
    bySeries.set(seriesOf(row), s);
  }
  const spans: SeriesSpan[] = [];
  for (const { row, days } of bySeries.values()) {
    const sorted = [...new Set(days)].sort();
    let from = shiftDay(sorted[0]!, -TRAILING_MEDIAN_RULE.windowDays);
    let to = sorted[0]!;
    for (const day of sorted.slice(1)) {
      const start = shiftDay(day, -TRAILING_MEDIAN_RULE.windowDays);
      if (start <= shiftDay(to, 1)) to = day;
      else {
        spans.push({ crop: row.crop, variety: row.variety, grade: row.grade, from, to });
        from = start;
        to = day;
      }
    }
    spans.push({ crop: row.crop, variety: row.variety, grade: row.grade, from, to });
  }
  return spans;
}
