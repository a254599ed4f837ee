import { BadInput, Forbidden, NotFound, hasRole, isOfficeOf, requireActive, requireViewer } from '@alliance/domain-kit';
import * as store from '../store/freshness.ts';
import { validRoute } from './freshness.ts';
import type { MembersRequest } from './request.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MarketRouteInput {
  marketId: string;
  transitHours: number;
  truckTempC: number;
}

/** The office sets how its trucks reach one of its partner markets. */
export async function setMarketRoute(req: MembersRequest, input: MarketRouteInput): Promise<store.MarketRouteRow> {
  const viewer = requireActive(req.viewer);
  if (!isOfficeOf(viewer, viewer.allianceId)) throw new Forbidden('Only the alliance office sets the routes to its markets.', { requiredRoles: ['ALLIANCE_ADMIN'] });
  if (!UUID.test(input.marketId)) throw new BadInput(`marketId "${input.marketId}" is not a member id.`, { field: 'marketId' });
  const route = validRoute(input.transitHours, input.truckTempC);
  return req.em.transactional(async (em) => {
    if (!(await store.isMarketOf(em, viewer.allianceId, input.marketId))) {
      throw new NotFound(`No partner market ${input.marketId} in your alliance.`, { field: 'marketId' });
    }
    return store.upsertMarketRoute(em, viewer.allianceId, input.marketId, route);
  });
}

/** The routes: every one for the office, its own for a market, none for anyone else. */
export async function marketRoutes(req: MembersRequest): Promise<store.MarketRouteRow[]> {
  const viewer = requireViewer(req.viewer);
  if (isOfficeOf(viewer, viewer.allianceId)) return store.marketRoutesOf(req.em, viewer.allianceId, null);
  if (hasRole(viewer, 'PARTNER_MARKET')) return store.marketRoutesOf(req.em, viewer.allianceId, viewer.memberId);
  throw new Forbidden('Market routes are for the alliance office and each market (its own).');
}
