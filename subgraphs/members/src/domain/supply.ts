import {
  BadInput,
  decodeCursor,
  encodeCursor,
  Forbidden,
  hasRole,
  isIsoDay,
  isOfficeOf,
  kgString,
  pageOf,
  pageSize,
  parseCny,
  parseKg,
  requireActive,
  type Page,
  type Viewer,
} from '@alliance/domain-kit';
import { validMinimumDays } from './freshness.ts';
import DataLoader from 'dataloader';
import type { Lot, Member } from '../entities/index.ts';
import type { Crop, Grade, Variety } from '../entities/vocabulary.ts';
import * as store from '../store/supply.ts';
import { canBrowseSupply } from './lot-access.ts';
import type { MembersRequest } from './request.ts';

export interface SupplyFilter {
  crop?: Crop | null;
  varieties?: Variety[] | null;
  grades?: Grade[] | null;
  townships?: string[] | null;
  harvestedBy?: string | null;
  availableBy?: string | null;
  minAvailableKg?: string | null;
  maxPricePerKg?: string | null;
  minShelfLifeOnArrivalDays?: number | null;
  destinationMarketId?: string | null;
}

export type SupplyOrder = 'HARVEST_DATE' | 'PRICE';
export type SupplyDimension = 'CROP' | 'VARIETY' | 'GRADE' | 'TOWNSHIP' | 'HARVEST_DATE';

export interface SupplyPage extends Page<Lot> {
  totalCount: number;
  totalAvailableKg: string;
  /** Each lot's predicted shelf life on arrival at the destination, days; null without one or when unknown. */
  predictedByLot: ReadonlyMap<string, number | null>;
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

function day(value: string, field: string): string {
  if (!isIsoDay(value)) throw new BadInput(`${field} "${value}" is not a calendar day (YYYY-MM-DD).`, { field: `filter.${field}` });
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Freshness on arrival asked for, checked: a required route is one the caller named or needs for a minimum. */
interface Arrival extends store.ArrivalCriteria {
  required: boolean;
}

/**
 * Where the kg would go: a market predicts for itself (the default) and no other market; the office
 * names the market, and must when it asks for a minimum. No destination, no prediction.
 */
export function arrivalOf(viewer: Viewer, minDaysInput: number | null | undefined, destinationInput: string | null | undefined, prefix: string): Arrival | null {
  const minDays = minDaysInput === null || minDaysInput === undefined ? null : validMinimumDays(minDaysInput, `${prefix}.minShelfLifeOnArrivalDays`);
  const named = destinationInput ?? null;
  if (named !== null && !UUID.test(named)) throw new BadInput(`destinationMarketId "${named}" is not a member id.`, { field: `${prefix}.destinationMarketId` });
  const isMarket = hasRole(viewer, 'PARTNER_MARKET');
  if (isMarket && named !== null && named !== viewer.memberId && !isOfficeOf(viewer, viewer.allianceId)) {
    throw new Forbidden('A partner market asks for shelf life on arrival at its own market only.');
  }
  const marketId = named ?? (isMarket ? viewer.memberId : null);
  if (!marketId) {
    if (minDays !== null) {
      throw new BadInput('Name the market the kg go to (destinationMarketId) to ask for a minimum shelf life on arrival.', { field: `${prefix}.destinationMarketId` });
    }
    return null;
  }
  return { marketId, minDays, required: minDays !== null || named !== null };
}

/** A destination the caller needed has no route: the office sets one. */
export function requireRoute(arrival: Arrival | null | undefined, found: boolean, prefix: string): void {
  if (arrival?.required && !found) {
    throw new BadInput(
      `No route to market ${arrival.marketId} is set in your alliance, so shelf life on arrival cannot be predicted; the alliance office sets it with setMarketRoute.`,
      { field: `${prefix}.destinationMarketId` },
    );
  }
}

/** The filter, checked, as the store's criteria over the caller's alliance. */
function criteriaOf(viewer: Viewer, filter: SupplyFilter): store.SupplyCriteria & { arrival: Arrival | null } {
  const allianceId = viewer.allianceId;
  return {
    allianceId,
    arrival: arrivalOf(viewer, filter.minShelfLifeOnArrivalDays, filter.destinationMarketId, 'filter'),
    crop: filter.crop,
    varieties: filter.varieties,
    grades: filter.grades,
    townships: filter.townships,
    harvestedBy: filter.harvestedBy ? day(filter.harvestedBy, 'harvestedBy') : null,
    availableBy: filter.availableBy ? day(filter.availableBy, 'availableBy') : null,
    maxPricePerKg: filter.maxPricePerKg ? parseCny(filter.maxPricePerKg, 'maxPricePerKg').toString() : null,
    minAvailableKg: filter.minAvailableKg ? parseKg(filter.minAvailableKg, 'minAvailableKg').toString() : '0',
  };
}

/** Supply is for partner markets and the office, in good standing. */
function requireSupplyViewer(req: MembersRequest) {
  const viewer = requireActive(req.viewer);
  if (!canBrowseSupply(viewer)) throw new Forbidden('Available supply is for partner markets and the alliance office.');
  return viewer;
}

/** Days to the hundredth, as the page shows them. */
function roundDays(days: number): number {
  return Math.round(days * 100) / 100;
}

const ORDER_COLUMN: Record<SupplyOrder, store.SupplyColumn> = { HARVEST_DATE: 'harvest_date', PRICE: 'asking_price_per_kg' };

/**
 * The supply reads of one GraphQL request, batched: `supply` and `supplySummary` asked side by side
 * (the partner market's page) are answered by one statement over the open lots. Keyed by the
 * request, so nothing is shared between requests.
 */
const readers = new WeakMap<MembersRequest, DataLoader<store.SupplyAsk, store.SupplyAnswer>>();

function readSupply(req: MembersRequest, ask: store.SupplyAsk): Promise<store.SupplyAnswer> {
  let reader = readers.get(req);
  if (!reader) {
    reader = new DataLoader((asks) => store.readSupply(req.em, asks), { cache: false });
    readers.set(req, reader);
  }
  return reader.load(ask);
}

export async function supply(
  req: MembersRequest,
  filter: SupplyFilter,
  orderBy: SupplyOrder,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<SupplyPage> {
  const viewer = requireSupplyViewer(req);
  const limit = pageSize(first, { default: 50, max: 200 });
  const criteria = criteriaOf(viewer, filter);
  const keyset = after ? (decodeCursor(after, 2).map(String) as [string, string]) : null;
  // No await before the read: a summary asked beside the page joins the same statement.
  const answer = (await readSupply(req, { kind: 'page', criteria, orderBy: ORDER_COLUMN[orderBy], after: keyset, limit })) as store.SupplyPageAnswer;
  requireRoute(criteria.arrival, answer.routeFound, 'filter');
  for (const row of answer.rows) {
    req.loaders.availableKgByLot.prime(row.id, kgString(row.availableKg));
    req.loaders.growerById.prime(row.grower.id, row.grower as Member);
  }
  // The rows are plain objects with every column the Lot resolvers read (member and base by id): not entities, as the page only reads them.
  const lots = answer.rows as unknown as Lot[];
  const page = pageOf(lots, limit, (lot) => encodeCursor([orderBy === 'PRICE' ? lot.askingPricePerKg : lot.harvestDate, lot.id]));
  const predictedByLot = new Map(answer.rows.map((r) => [r.id, r.predictedShelfLifeOnArrivalDays === null ? null : roundDays(r.predictedShelfLifeOnArrivalDays)]));
  return { ...page, totalCount: answer.lots, totalAvailableKg: kgString(answer.availableKg), predictedByLot };
}

const DIMENSION: Record<SupplyDimension, { field: keyof SupplyBucket & string; grouping: store.SupplyGrouping }> = {
  CROP: { field: 'crop', grouping: 'crop' },
  VARIETY: { field: 'variety', grouping: 'variety' },
  GRADE: { field: 'grade', grouping: 'grade' },
  TOWNSHIP: { field: 'township', grouping: 'township' },
  HARVEST_DATE: { field: 'harvestDate', grouping: 'harvest_date' },
};

export async function supplySummary(req: MembersRequest, filter: SupplyFilter, groupBy: SupplyDimension[]): Promise<SupplyBucket[]> {
  const viewer = requireSupplyViewer(req);
  const dims = [...new Set(groupBy)];
  const criteria = criteriaOf(viewer, filter);
  const { groups, routeFound } = (await readSupply(req, { kind: 'summary', criteria, groupings: dims.map((d) => DIMENSION[d].grouping) })) as store.SupplySummaryAnswer;
  requireRoute(criteria.arrival, routeFound, 'filter');
  return groups.map((group) => {
    const bucket: SupplyBucket = {
      crop: null,
      variety: null,
      grade: null,
      township: null,
      harvestDate: null,
      availableKg: kgString(group.availableKg),
      lotCount: group.lots,
    };
    dims.forEach((d, i) => ((bucket as unknown as Record<string, unknown>)[DIMENSION[d].field] = group.values[i]));
    return bucket;
  });
}
