import { BadInput, Forbidden, requireMemberOf, rolesIn, type Viewer } from '@alliance/domain-kit';
import { isInsurableMember, isInsurerOrOfficeOf } from './insurance-access.ts';
import type { InsuranceRequest } from './request.ts';

const WHO_MAY_ASK = 'Only a grower or cooperative of the alliance may ask for a floor on its own crop, or the office or the insurer on its behalf.';

/**
 * The member a quote insures: the caller itself when it is a grower or cooperative and names no
 * other; the office or the insurer must name one, a grower or cooperative of its alliance in good
 * standing (another alliance's member is not found). Nobody else quotes.
 */
export async function insuredMemberOf(req: InsuranceRequest, viewer: Viewer, memberId: string | null | undefined): Promise<string> {
  const allianceId = viewer.allianceId;
  const named = memberId?.trim() || null;
  const onBehalf = isInsurerOrOfficeOf(viewer, allianceId);
  if (named === null || named === viewer.memberId) {
    if (isInsurableMember(viewer, allianceId)) return viewer.memberId;
    if (onBehalf) throw new BadInput('Name the grower or cooperative the floor is for: the office and the insurer quote on a member\'s behalf with memberId.', { field: 'memberId' });
    throw new Forbidden(WHO_MAY_ASK);
  }
  if (!onBehalf) {
    if (isInsurableMember(viewer, allianceId)) throw new Forbidden('A grower or cooperative asks for a floor on its own crop only; the office or the insurer may ask on another member\'s behalf.');
    throw new Forbidden(WHO_MAY_ASK);
  }
  const entry = await requireMemberOf(req.directory, named, allianceId, 'memberId');
  const roles = rolesIn(entry, allianceId);
  if (!roles.includes('GROWER') && !roles.includes('COOPERATIVE')) {
    throw new BadInput(`Member ${named} is not a grower or cooperative of the alliance: only a grower's or cooperative's crop is insured.`, { field: 'memberId' });
  }
  const standing = entry.memberships.find((m) => m.allianceId === allianceId)?.status ?? entry.status;
  if (standing !== 'ACTIVE') {
    throw new Forbidden(`Member ${named} is ${standing.toLowerCase()}: no floor is quoted for it until the alliance office reinstates it.`);
  }
  return entry.memberId;
}
