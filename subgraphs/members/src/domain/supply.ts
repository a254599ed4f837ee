import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadInput,
  decodeCursor,
  encodeCursor,
  Forbidden,
  isIsoDay,
  kgString,
  pageSize,
  parseCny,
  parseKg,
} from '@alliance/domain-kit';
import { Lot } from '../entities/index.ts';
import { availableKgSql, openLotSql, schemaOf } from './availability.ts';
import { canBrowseSupply } from './lot-access.ts';
import { requireActiveViewer } from './members.ts';
import type { MembersRequest } from './request.ts';
import type { Crop, Grade, Variety } from './vocabulary.ts';

export interface SupplyFilter {
  crop?: Crop | null;
  varieties?: Variety[] | null;
  grades?: Grade[] | null;
  townships?: string[] | null;
  harvestedBy?: string | null;
  availableBy?: string | null;
  minAvailableKg?: string | null;
  maxPricePerKg?: string | null;
}

export type SupplyOrder = 'HARVEST_DATE' | 'PRICE';
export type SupplyDimension = 'CROP' | 'VARIETY' | 'GRADE' | 'TOWNSHIP' | 'HARVEST_DATE';

export interface SupplyPage {
  nodes: Lot[];
  hasNextPage: boolean;
  totalCount: number;
  totalAvailableKg: string;
  cursorOf(lot: Lot): string;
}

export interface SupplyBucket {
  crop: Crop | null;
  variety: Variety | null;
  grade: Grade | null;
  township: string | null;
  harvestDate: string | null;
  availableKg: string;
  lotCount: number;
}

interface Candidates {
  sql: string;
  params: unknown[];
}

/**
 * The lots of the caller's alliance that match the filter, with their available kg computed by the
 * availability rule. Served by the partial indexes on open lots, so its cost follows the lots on
 * offer, not the whole history of the table.
 */
function candidates(em: EntityManager, allianceId: string, filter: SupplyFilter): Candidates {
  const schema = schemaOf(em);
  const where = ['l.alliance_id = ?', openLotSql('l')];
  const params: unknown[] = [allianceId];
  if (filter.crop) {
    where.push('l.crop = ?');
    params.push(filter.crop);
  }
  if (filter.varieties?.length) {
    where.push('l.variety in (?)');
    params.push(filter.varieties);
  }
  if (filter.grades?.length) {
    where.push('l.grade in (?)');
    params.push(filter.grades);
  }
  if (filter.townships?.length) {
    where.push('l.township in (?)');
    params.push(filter.townships);
  }
  if (filter.harvestedBy) {
    where.push('l.harvest_date <= ? and not l.forward');
    params.push(day(filter.harvestedBy, 'harvestedBy'));
  }
  if (filter.availableBy) {
    where.push('l.harvest_date <= ?');
    params.push(day(filter.availableBy, 'availableBy'));
  }
  if (filter.maxPricePerKg) {
    where.push('l.asking_price_per_kg <= ?');
    params.push(parseCny(filter.maxPricePerKg, 'maxPricePerKg').toString());
  }
  const minKg = filter.minAvailableKg ? parseKg(filter.minAvailableKg, 'minAvailableKg').toString() : '0';
  return {
    // The lateral computes each lot's availability once, for the filter and the output alike.
    sql: `select l.*, a.available_kg from "${schema}".lot l
        cross join lateral (select ${availableKgSql(schema)} as available_kg) a
        where ${where.join(' and ')} and a.available_kg > 0 and a.available_kg >= ?`,
    params: [...params, minKg],
  };
}

function day(value: string, field: string): string {
  if (!isIsoDay(value)) throw new BadInput(`${field} "${value}" is not a calendar day (YYYY-MM-DD).`, { field: `filter.${field}` });
  return value;
}

/** Supply is for partner markets and the office, in good standing. */
async function requireSupplyViewer(req: MembersRequest) {
  const viewer = await requireActiveViewer(req);
  if (!canBrowseSupply(viewer)) throw new Forbidden('Available supply is for partner markets and the alliance office.');
  return viewer;
}

const ORDER_COLUMN: Record<SupplyOrder, string> = { HARVEST_DATE: 'harvest_date', PRICE: 'asking_price_per_kg' };

export async function supply(
  req: MembersRequest,
  filter: SupplyFilter,
  orderBy: SupplyOrder,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<SupplyPage> {
  const viewer = await requireSupplyViewer(req);
  const limit = pageSize(first, { fallback: 50, max: 200 });
  const { sql, params } = candidates(req.em, viewer.allianceId, filter);
  const column = ORDER_COLUMN[orderBy];
  let keyset = '';
  const pageParams = [...params];
  if (after) {
    const [key, id] = decodeCursor(after, 2);
    keyset = `and (c.${column}, c.id) > (?, ?)`;
    pageParams.push(String(key), String(id));
  }
  const [rows, totals] = await Promise.all([
    req.em.execute<Record<string, unknown>[]>(`select * from (${sql}) c where true ${keyset} order by c.${column}, c.id limit ?`, [
      ...pageParams,
      limit + 1,
    ]),
    req.em.execute<{ lots: string; kg: string | null }[]>(`select count(*) as lots, sum(available_kg) as kg from (${sql}) t`, params),
  ]);
  const page = rows.slice(0, limit);
  const nodes = page.map((row) => {
    const lot = req.em.map(Lot, row);
    req.loaders.availableKgByLot.prime(lot.id, kgString(String(row.available_kg)));
    return lot;
  });
  return {
    nodes,
    hasNextPage: rows.length > limit,
    totalCount: Number(totals[0]?.lots ?? 0),
    totalAvailableKg: kgString(totals[0]?.kg ?? 0),
    cursorOf: (lot) => encodeCursor([orderBy === 'PRICE' ? lot.askingPricePerKg : lot.harvestDate, lot.id]),
  };
}

const DIMENSION_COLUMN: Record<SupplyDimension, keyof SupplyBucket & string> = {
  CROP: 'crop',
  VARIETY: 'variety',
  GRADE: 'grade',
  TOWNSHIP: 'township',
  HARVEST_DATE: 'harvestDate',
};
const DIMENSION_SQL: Record<SupplyDimension, string> = {
  CROP: 'crop',
  VARIETY: 'variety',
  GRADE: 'grade',
  TOWNSHIP: 'township',
  HARVEST_DATE: "to_char(harvest_date, 'YYYY-MM-DD')",
};

export async function supplySummary(req: MembersRequest, filter: SupplyFilter, groupBy: SupplyDimension[]): Promise<SupplyBucket[]> {
  const viewer = await requireSupplyViewer(req);
  const dims = [...new Set(groupBy)];
  const { sql, params } = candidates(req.em, viewer.allianceId, filter);
  const selected = dims.map((d, i) => `${DIMENSION_SQL[d]} as d${i}`);
  const grouping = dims.map((_, i) => `d${i}`);
  const rows = await req.em.execute<Record<string, string | null>[]>(
    `select ${[...selected, 'sum(available_kg) as kg', 'count(*) as lots'].join(', ')} from (${sql}) t
     ${grouping.length ? `group by ${grouping.join(', ')} order by ${grouping.join(', ')}` : ''}`,
    params,
  );
  return rows.map((row) => {
    const bucket: SupplyBucket = {
      crop: null,
      variety: null,
      grade: null,
      township: null,
      harvestDate: null,
      availableKg: kgString(row.kg ?? 0),
      lotCount: Number(row.lots),
    };
    dims.forEach((d, i) => ((bucket as unknown as Record<string, unknown>)[DIMENSION_COLUMN[d]] = row[`d${i}`]));
    return bucket;
  });
}
