import { BadInput, Forbidden, decodeCursor, encodeCursor, hasRole, isIsoDay, kgString, pageOf, pageSize, requireViewer, type Page } from '@alliance/domain-kit';
import type { PriceObservation } from '../../entities/index.ts';
import type { Crop, Grade, Variety } from '../../entities/vocabulary.ts';
import { indexByPeriod } from '../../store/price-index.ts';
import { listObservations } from '../../store/price-observations.ts';
import { isInsurerOrOfficeOf, requireAllianceMember } from '../insurance-access.ts';
import type { InsuranceRequest } from '../request.ts';
import { checkIndexRange, indexPriceString, type PriceInterval } from './vwap.ts';

export interface PriceIndexQuery {
  crop: Crop;
  variety?: Variety | null;
  grade?: Grade | null;
  from: string;
  to: string;
  interval: PriceInterval;
}

export interface PriceIndexPointView {
  periodStart: string;
  periodEnd: string;
  priceCnyPerKg: string;
  observationCount: number;
  volumeKg: string;
  observationDays: number;
}

export interface PriceIndexView {
  crop: Crop;
  variety: Variety | null;
  grade: Grade | null;
  from: string;
  to: string;
  interval: PriceInterval;
  points: PriceIndexPointView[];
}

/**
 * The alliance's price index, per day, ISO week or month: for every member of the caller's
 * alliance, whatever its role or standing (a suspended member still reads the market, as the
 * seed's platform publishes it to all its members); one statement.
 */
export async function priceIndex(req: InsuranceRequest, q: PriceIndexQuery): Promise<PriceIndexView> {
  const viewer = requireAllianceMember(req.viewer, 'the price index');
  checkIndexRange(q.from, q.to, q.interval);
  const series = { allianceId: viewer.allianceId, crop: q.crop, variety: q.variety ?? null, grade: q.grade ?? null };
  const rows = await indexByPeriod(req.em, series, q.from, q.to, q.interval);
  return {
    crop: q.crop,
    variety: series.variety,
    grade: series.grade,
    from: q.from,
    to: q.to,
    interval: q.interval,
    points: rows.map((r) => ({
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      priceCnyPerKg: indexPriceString(r.vwap),
      observationCount: r.observationCount,
      volumeKg: kgString(r.volumeKg),
      observationDays: r.observationDays,
    })),
  };
}

export interface PriceObservationFilter {
  marketId?: string | null;
  crop?: Crop | null;
  from?: string | null;
  to?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The alliance's raw observations, newest day first: every one for the insurer and the office, its
 * own for a partner market (another market's id in the filter finds none), FORBIDDEN for others.
 */
export async function listPriceObservations(
  req: InsuranceRequest,
  filter: PriceObservationFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<PriceObservation>> {
  const viewer = requireViewer(req.viewer);
  const all = isInsurerOrOfficeOf(viewer, viewer.allianceId);
  if (!all && !hasRole(viewer, 'PARTNER_MARKET')) throw new Forbidden('Only the insurer, the office and partner markets (their own) may read raw price observations; every member may read the priceIndex.');
  const limit = pageSize(first, { default: 50, max: 100 });
  let before: [string, string] | null = null;
  if (after) {
    const [day, id] = decodeCursor(after, 2);
    if (typeof day !== 'string' || !isIsoDay(day) || typeof id !== 'string' || !UUID.test(id)) {
      throw new BadInput('The `after` cursor is not one this API gave out; start again without it.', { field: 'after' });
    }
    before = [day, id];
  }
  const named = filter?.marketId?.trim() || null;
  if (named && !UUID.test(named)) throw new BadInput(`filter.marketId "${named.slice(0, 40)}" is not a member id.`, { field: 'filter.marketId' });
  if (filter?.from && filter?.to && filter.from > filter.to) throw new BadInput(`filter.from (${filter.from}) is after filter.to (${filter.to}).`, { field: 'filter.from' });
  if (!all && named && named !== viewer.memberId) return pageOf([], limit, () => '');
  const rows = await listObservations(req.em, {
    allianceId: viewer.allianceId,
    marketId: all ? named : viewer.memberId,
    crop: filter?.crop ?? null,
    from: filter?.from ?? null,
    to: filter?.to ?? null,
    before,
    limit,
  });
  return pageOf(rows, limit, (o) => encodeCursor([o.day, o.id]));
}
