import { BadInput, decodeCursor, encodeCursor, isMemberOf, pageOf, pageSize, requireViewer, type Page } from '@alliance/domain-kit';
import type { CostBasis, Crop, FloorContract, FloorQuote, FloorScheme, FloorSettlement } from '../entities/index.ts';
import { listContracts as listContractRows } from '../store/contracts.ts';
import { contractStatusOf, paidCnyOf, type ContractStatus, type ContractWindowView } from './contract-terms.ts';
import { canSeeMembersCover, isInsurerOrOfficeOf, isInsurableMember } from './insurance-access.ts';
import type { LotReference, MemberReference } from './references.ts';
import type { InsuranceRequest } from './request.ts';

/**
 * Reading contracts: one by id, a keyset page, a member's, a lot's floor, and each field of a
 * contract through the request's loaders (a page of contracts and their windows costs a constant
 * number of statements). Whoever may not see a contract is answered as if it did not exist.
 */

/** A contract the caller may see (the insured member, the office, the insurer); null otherwise. */
export async function findContract(req: InsuranceRequest, id: string): Promise<FloorContract | null> {
  const viewer = requireViewer(req.viewer);
  const contract = await req.loaders.contractById.load(id);
  return contract && canSeeMembersCover(viewer, contract) ? contract : null;
}

export interface ContractFilter {
  memberId?: string | null;
  crop?: Crop | null;
  status?: ContractStatus | null;
}

export type ContractPage = Page<FloorContract>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The alliance's contracts, newest number first: every one for the insurer and the office, its own
 * for a grower or cooperative, none for other members (as branding's licences: a list of what the
 * caller may see, never FORBIDDEN).
 */
export async function listContracts(req: InsuranceRequest, filter: ContractFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ContractPage> {
  const viewer = requireViewer(req.viewer);
  const limit = pageSize(first, { default: 50, max: 100 });
  let before: [number, number] | null = null;
  if (after) {
    const [year, sequence] = decodeCursor(after, 2);
    if (!Number.isInteger(year) || !Number.isInteger(sequence)) throw new BadInput('The `after` cursor is not one this API gave out; start again without it.', { field: 'after' });
    before = [year as number, sequence as number];
  }
  const memberId = filter?.memberId?.trim() || null;
  if (memberId !== null && !UUID.test(memberId)) throw new BadInput(`filter.memberId "${memberId.slice(0, 40)}" is not a member id.`, { field: 'filter.memberId' });
  const seesAll = isInsurerOrOfficeOf(viewer, viewer.allianceId);
  if (!seesAll && !isInsurableMember(viewer, viewer.allianceId)) return pageOf([], limit, () => '');
  let memberIds: string[] | null = memberId ? [memberId] : null;
  if (!seesAll) {
    if (memberId !== null && memberId !== viewer.memberId) return pageOf([], limit, () => '');
    memberIds = [viewer.memberId];
  }
  const rows = await listContractRows(req.em, { allianceId: viewer.allianceId, memberIds, crop: filter?.crop ?? null, status: filter?.status ?? null, before, limit });
  return pageOf(rows, limit, (c) => encodeCursor([c.year, c.sequence]));
}

export async function windowsOf(req: InsuranceRequest, contract: FloorContract): Promise<ContractWindowView[]> {
  return req.loaders.windowsByContract.load(contract.id);
}

export async function statusOf(req: InsuranceRequest, contract: FloorContract): Promise<ContractStatus> {
  return contractStatusOf(await windowsOf(req, contract));
}

export async function paidOf(req: InsuranceRequest, contract: FloorContract): Promise<string> {
  return paidCnyOf(await windowsOf(req, contract));
}

/** A window's settlement, once settled (the contract was checked when it was read). */
export async function settlementOfWindow(req: InsuranceRequest, window: ContractWindowView): Promise<FloorSettlement | null> {
  return window.settlementId ? req.loaders.settlementById.load(window.settlementId) : null;
}

export async function quoteOf(req: InsuranceRequest, contract: FloorContract): Promise<FloorQuote> {
  return (await req.loaders.quoteById.load(contract.quoteId))!;
}

export async function costBasisOf(req: InsuranceRequest, contract: FloorContract): Promise<CostBasis> {
  return (await req.loaders.costBasisById.load(contract.costBasisId))!;
}

export async function schemeOf(req: InsuranceRequest, contract: FloorContract): Promise<FloorScheme> {
  return (await req.loaders.schemeById.load(contract.schemeId))!;
}

/**
 * A member's contracts in the caller's alliance, newest first: for the member itself, the office
 * and the insurer, when the member is of the caller's alliance; null for everyone else.
 */
export async function contractsOfMember(req: InsuranceRequest, member: MemberReference): Promise<FloorContract[] | null> {
  const viewer = req.viewer;
  if (!viewer || !UUID.test(member.id)) return null;
  const itself = isMemberOf(viewer, viewer.allianceId) && viewer.memberId === member.id;
  if (!itself) {
    if (!isInsurerOrOfficeOf(viewer, viewer.allianceId)) return null;
    const entry = await req.directory.load(member.id);
    if (!entry?.memberships.some((m) => m.allianceId === viewer.allianceId)) return null;
  }
  const contracts = await req.loaders.contractsByMember.load(member.id);
  return contracts.filter((c) => c.allianceId === viewer.allianceId);
}

/**
 * The bound contract that covers a lot (its grower's or its cooperative's, for the lot's crop and
 * variety, whose cover holds the harvest day): for the lot's grower, the office, the insurer of the
 * lot's alliance, and the insured cooperative (its own contract); null for everyone else, markets
 * included, and when none covers it.
 */
export async function priceFloorOfLot(req: InsuranceRequest, lot: LotReference): Promise<FloorContract | null> {
  const viewer = req.viewer;
  if (!viewer || !UUID.test(lot.id)) return null;
  const cover = await req.loaders.coverByLot.load(lot.id);
  if (!cover?.contractId || !isMemberOf(viewer, cover.allianceId)) return null;
  const contract = await req.loaders.contractById.load(cover.contractId);
  if (!contract) return null;
  const grower = viewer.memberId === cover.growerId;
  const insured = viewer.memberId === contract.memberId;
  return grower || insured || isInsurerOrOfficeOf(viewer, cover.allianceId) ? contract : null;
}
