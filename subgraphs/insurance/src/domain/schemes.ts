import { BadInput, Conflict, Forbidden, NotFound, requireViewer, uniquely } from '@alliance/domain-kit';
import { FloorScheme, type Crop, type PremiumShareTerm } from '../entities/index.ts';
import { insertScheme, listSchemes as listSchemeRows, lockScheme, lockSchemesOfCrop, schemesOverlapping, updateSchemeTerms } from '../store/schemes.ts';
import { isInsurerOrOfficeOf, requireInsurer } from './insurance-access.ts';
import type { InsuranceRequest } from './request.ts';
import { capacityCovers, remainingCapacityOf, validNewScheme, validTermChanges, type FloorSchemeInput, type SchemeTermsInput } from './scheme-rules.ts';

/**
 * The insurer's floor schemes: one per crop and season start (floor_scheme_season_unique), seasons
 * of one crop never overlapping (checked under a lock per alliance and crop), and a capacity never
 * below what is bound (checked under the scheme's row lock, which binders take too, and guaranteed
 * by floor_scheme_within_capacity).
 */

function capacityViolation(error: unknown): boolean {
  const e = error as { name?: unknown; code?: unknown; constraint?: unknown; message?: unknown } | null;
  if (!e || (e.name !== 'CheckConstraintViolationException' && e.code !== '23514')) return false;
  return e.constraint === 'floor_scheme_within_capacity' || (typeof e.message === 'string' && e.message.includes('floor_scheme_within_capacity'));
}

function belowBound(capacityCny: string, boundCny: string): Conflict {
  return new Conflict(`${boundCny} CNY is already bound under this scheme; its capacity cannot be less (asked ${capacityCny}).`, { field: 'capacityCny', boundCny });
}

export async function openFloorScheme(req: InsuranceRequest, input: FloorSchemeInput): Promise<FloorScheme> {
  const viewer = requireInsurer(req.viewer, 'open floor schemes');
  const valid = validNewScheme(input);
  return req.em.transactional(async (em) => {
    await lockSchemesOfCrop(em, viewer.allianceId, valid.crop);
    const overlapping = await schemesOverlapping(em, viewer.allianceId, valid.crop, valid.seasonFrom, valid.seasonTo);
    const taken = (from: string) => new Conflict(`A ${valid.crop} scheme of the season starting ${from} is already open; change its terms instead.`, { field: 'seasonFrom' });
    if (overlapping.some((s) => s.seasonFrom === valid.seasonFrom)) throw taken(valid.seasonFrom);
    if (overlapping.length) {
      const other = overlapping[0]!;
      throw new BadInput(`The season ${valid.seasonFrom}–${valid.seasonTo} overlaps the ${valid.crop} scheme of ${other.seasonFrom}–${other.seasonTo}: a day has one scheme of a crop.`, {
        field: 'seasonFrom',
        schemeId: other.id,
      });
    }
    const scheme = new FloorScheme();
    Object.assign(scheme, { ...valid, allianceId: viewer.allianceId, boundCny: '0.00', openedBy: viewer.memberId, openedAt: new Date() });
    await uniquely(() => insertScheme(em, scheme), () => taken(valid.seasonFrom));
    return scheme;
  });
}

/** Changes the terms given; quotes already made keep theirs (they copied them). */
export async function updateFloorScheme(req: InsuranceRequest, id: string, input: SchemeTermsInput): Promise<FloorScheme> {
  const viewer = requireInsurer(req.viewer, 'change floor schemes');
  const changes = validTermChanges(input);
  return req.em.transactional(async (em) => {
    const scheme = await lockScheme(em, id);
    if (!scheme || scheme.allianceId !== viewer.allianceId) throw new NotFound(`No floor scheme ${id} in your alliance.`, { field: 'id' });
    const next = {
      capacityCny: changes.capacityCny ?? scheme.capacityCny,
      loading: changes.loading ?? scheme.loading,
      riskFreeRate: changes.riskFreeRate ?? scheme.riskFreeRate,
      pastSeasons: changes.pastSeasons ?? scheme.pastSeasons,
      quoteValidMinutes: changes.quoteValidMinutes ?? scheme.quoteValidMinutes,
      minObservationDays: changes.minObservationDays ?? scheme.minObservationDays,
      subsidyShares: changes.subsidyShares ?? scheme.subsidyShares,
    };
    if (!capacityCovers(next.capacityCny, scheme.boundCny)) throw belowBound(next.capacityCny, scheme.boundCny);
    // Settlement reads the minimum from the scheme: changed under bound contracts, it would change their terms (under the row lock binders take).
    if (next.minObservationDays !== scheme.minObservationDays && Number(scheme.boundCny) > 0) {
      throw new Conflict(
        `minObservationDays settles the contracts already bound on this scheme (${scheme.minObservationDays} days with observations): it cannot change once a contract is bound.`,
        { field: 'minObservationDays' },
      );
    }
    try {
      await updateSchemeTerms(em, id, next);
    } catch (error) {
      if (capacityViolation(error)) throw belowBound(next.capacityCny, scheme.boundCny);
      throw error;
    }
    return (await lockScheme(em, id))!;
  });
}

/** The insurer and the office of the scheme's alliance see it; nobody else, as if it did not exist. */
export function canSeeScheme(req: InsuranceRequest, scheme: FloorScheme): boolean {
  return isInsurerOrOfficeOf(req.viewer, scheme.allianceId);
}

export async function findScheme(req: InsuranceRequest, id: string): Promise<FloorScheme | null> {
  requireViewer(req.viewer);
  const scheme = await req.loaders.schemeById.load(id);
  return scheme && canSeeScheme(req, scheme) ? scheme : null;
}

export async function listSchemes(req: InsuranceRequest, crop: Crop | null | undefined): Promise<FloorScheme[]> {
  const viewer = requireViewer(req.viewer);
  if (!isInsurerOrOfficeOf(viewer, viewer.allianceId)) throw new Forbidden("Only the insurer or the office of the alliance may read its floor schemes.");
  return listSchemeRows(req.em, viewer.allianceId, crop ?? null);
}

export const remainingCapacityCnyOf = remainingCapacityOf;

export function subsidySharesOf(scheme: FloorScheme): PremiumShareTerm[] {
  return scheme.subsidyShares;
}
