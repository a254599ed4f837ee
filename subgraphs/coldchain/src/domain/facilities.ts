import { pageSize, requireViewer } from '@alliance/domain-kit';
import { Facility } from '../entities/index.ts';
import type { ColdchainRequest } from './request.ts';
import type { FacilityKind, FacilityStatus } from './vocabulary.ts';

/**
 * Facilities are the alliance's shared infrastructure: every signed-in member may see them and
 * their capacity; contact details stay with the operator's member record.
 */
export interface FacilityFilter {
  kinds?: FacilityKind[] | null;
  township?: string | null;
  status?: FacilityStatus | null;
}

export async function listFacilities(req: ColdchainRequest, filter: FacilityFilter, first: number | null | undefined): Promise<Facility[]> {
  requireViewer(req.viewer);
  return req.em.find(
    Facility,
    {
      ...(filter.kinds?.length ? { kind: { $in: filter.kinds } } : {}),
      ...(filter.township ? { township: filter.township } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    },
    { orderBy: { code: 'asc' }, limit: pageSize(first, { fallback: 50, max: 500 }) },
  );
}

export async function findFacility(req: ColdchainRequest, id: string): Promise<Facility | null> {
  requireViewer(req.viewer);
  return req.loaders.facilityById.load(id);
}
