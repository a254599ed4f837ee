import { BadInput, isMemberOf, requireViewer } from '@alliance/domain-kit';
import { CostBasis, COST_LINES, type Crop } from '../entities/index.ts';
import {
  insertCostBasis,
  latestCountyOf,
  listCostBases as listCostBasisRows,
  lockCostBasisSeries,
  seriesHeadOf,
  supersedeCostBasis,
  type CostBasisLineRow,
} from '../store/cost-bases.ts';
import { costBasisSeriesKey, validCostBasis, type CostBasisInput } from './cost-basis-rules.ts';
import { requireAllianceMember, requireInsurerOrOffice } from './insurance-access.ts';
import type { InsuranceRequest } from './request.ts';

/**
 * The insurer or the office publishes a crop's marginal cost for a season. A publication of a
 * series already published is its next version: the current one is superseded in the same
 * transaction, under the series' lock, so there is one current version whatever the number of
 * publishers (the cost_basis_one_current index guarantees it too). Contracts keep their version.
 */
export async function publishCostBasis(req: InsuranceRequest, input: CostBasisInput): Promise<CostBasis> {
  const viewer = requireInsurerOrOffice(req.viewer, 'publish cost bases');
  const valid = validCostBasis(input);
  return req.em.transactional(async (em) => {
    const county = valid.county ?? (await latestCountyOf(em, viewer.allianceId));
    if (!county) {
      throw new BadInput("Name the county this basis is costed for (e.g. \"Luxi County\"): the alliance has published no cost basis to take it from.", { field: 'county' });
    }
    await lockCostBasisSeries(em, costBasisSeriesKey(viewer.allianceId, valid));
    const head = await seriesHeadOf(em, viewer.allianceId, valid);
    const basis = new CostBasis();
    Object.assign(basis, {
      allianceId: viewer.allianceId,
      crop: valid.crop,
      variety: valid.variety,
      county,
      seasonFrom: valid.seasonFrom,
      seasonTo: valid.seasonTo,
      version: head.lastVersion + 1,
      marginalCostPerKg: valid.marginalCostPerKg,
      expectedYieldKgPerMu: valid.expectedYieldKgPerMu,
      note: valid.note,
      publishedBy: viewer.memberId,
      publishedAt: new Date(),
    });
    if (head.currentId) await supersedeCostBasis(em, head.currentId, basis.publishedAt);
    await insertCostBasis(em, basis, valid.lines);
    return basis;
  });
}

/** A cost basis of the caller's alliance (any member of it reads them); null otherwise, as if it did not exist. */
export async function findCostBasis(req: InsuranceRequest, id: string): Promise<CostBasis | null> {
  const viewer = requireViewer(req.viewer);
  const basis = await req.loaders.costBasisById.load(id);
  return basis && isMemberOf(viewer, basis.allianceId) ? basis : null;
}

export async function listCostBases(req: InsuranceRequest, crop: Crop | null | undefined, current: boolean | null | undefined): Promise<CostBasis[]> {
  const viewer = requireAllianceMember(req.viewer, 'cost bases');
  return listCostBasisRows(req.em, viewer.allianceId, crop ?? null, current ?? true);
}

/** Its lines in the order the SDL lists them. */
export async function linesOf(req: InsuranceRequest, basis: CostBasis): Promise<CostBasisLineRow[]> {
  const lines = await req.loaders.costBasisLines.load(basis.id);
  return [...lines].sort((a, b) => COST_LINES.indexOf(a.line) - COST_LINES.indexOf(b.line));
}

export function isCurrent(basis: CostBasis): boolean {
  return basis.supersededAt === null || basis.supersededAt === undefined;
}
