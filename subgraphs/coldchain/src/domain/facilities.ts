import { isMemberOf, pageSize, requireViewer } from '@alliance/domain-kit';
import type { Facility } from '../entities/index.ts';
import type { FacilityKind, FacilityStatus } from '../entities/vocabulary.ts';
import { searchFacilities } from '../store/facilities.ts';
import type { ColdchainRequest } from './request.ts';

/**
 * Facilities are an alliance's shared infrastructure: its members see them and their free
 * capacity; another alliance's do not. The caller acts in the alliance its token names.
 */
export interface FacilityFilter {
  kinds?: FacilityKind[] | null;
  township?: string | null;
  status?: FacilityStatus | null;
}

export async function listFacilities(req: ColdchainRequest, filter: FacilityFilter, first: number | null | undefined): Promise<Facility[]> {
  const viewer = requireViewer(req.viewer);
  return searchFacilities(req.em, { allianceId: viewer.allianceId, ...filter, limit: pageSize(first, { fallback: 50, max: 500 }) });
}

export async function findFacility(req: ColdchainRequest, id: string): Promise<Facility | null> {
  const viewer = requireViewer(req.viewer);
  const facility = await req.loaders.facilityById.load(id);
  // Another alliance's facility answers as one that does not exist.
  return facility && isMemberOf(viewer, facility.allianceId) ? facility : null;
}

/** The facilities a member operates, as the caller's alliance knows them. */
export async function facilitiesOfOperator(req: ColdchainRequest, operatorId: string): Promise<Facility[]> {
  const viewer = requireViewer(req.viewer);
  return (await req.loaders.facilitiesByOperator.load(operatorId)).filter((f) => isMemberOf(viewer, f.allianceId));
}
