import { BadInput, Conflict, Decimal, Forbidden, NotFound, cnyString, requireActive, uniqueViolation, type Viewer } from '@alliance/domain-kit';
import { allianceCodeOf } from '@alliance/member-directory';
import type { FloorContract, FloorQuote } from '../entities/index.ts';
import {
  addBoundToScheme,
  contractOfQuote,
  contractUnderKey,
  insertContract,
  insuredKgOverlapping,
  schemeCapacityOf,
  takeContractSequence,
  type BoundContractRow,
} from '../store/contracts.ts';
import { growingAreaMu } from '../store/facts.ts';
import { contractFromQuote, contractYear, expectedPayoutsOf, growingCapRefusal, idempotencyKeyOf, quoteExpired } from './contract-terms.ts';
import { canSeeMembersCover } from './insurance-access.ts';
import type { InsuranceRequest } from './request.ts';

/** A bind of the same quote under the same key committed while this one waited: answer with it. */
class BoundMeanwhile extends Error {
  constructor(readonly earlier: BoundContractRow) {
    super('bound meanwhile');
  }
}

/**
 * A retry returns the first contract; the caller's same key for another quote, or the quote bound
 * under another key, is CONFLICT. Keys are the caller's own (floor_contract_idempotency_unique).
 */
function retryOrConflict(earlier: BoundContractRow, quote: FloorQuote, key: string, viewer: Viewer): string {
  if (earlier.quote_id === quote.id && earlier.idempotency_key === key) return earlier.id;
  if (earlier.quote_id !== quote.id && !canSeeMembersCover(viewer, { allianceId: earlier.alliance_id, memberId: earlier.member_id })) {
    // A contract the caller bound but may no longer see (its role changed since): the key is spent, what it bound is not the caller's to know.
    throw new Conflict(`You already used idempotencyKey "${key}" for another contract; use a new key for each quote (a UUID is a good one).`, {
      field: 'idempotencyKey',
    });
  }
  if (earlier.quote_id !== quote.id) {
    throw new Conflict(`idempotencyKey "${key}" was used to bind another quote (contract ${earlier.number}); use a new key for each quote.`, {
      field: 'idempotencyKey',
      contractNumber: earlier.number,
    });
  }
  throw new Conflict(`Quote ${quote.id} is already bound as contract ${earlier.number}, under another idempotency key.`, { field: 'quoteId', contractNumber: earlier.number });
}

/** The contract already answering this bind (same key, or same quote), if any. */
async function earlierBind(em: InsuranceRequest['em'], quote: FloorQuote, callerId: string, key: string): Promise<BoundContractRow | null> {
  return (await contractUnderKey(em, quote.allianceId, callerId, key)) ?? (await contractOfQuote(em, quote.id));
}

async function capacityConflict(req: InsuranceRequest, quote: FloorQuote): Promise<Conflict> {
  const scheme = await schemeCapacityOf(req.em, quote.schemeId);
  const remaining = scheme ? Decimal.max(0, new Decimal(scheme.capacity_cny).minus(scheme.bound_cny)) : new Decimal(0);
  return new Conflict(
    `Binding this quote (sum insured ${cnyString(quote.sumInsuredCny)} CNY) would exceed the scheme's capacity: ${cnyString(remaining)} CNY of ${cnyString(scheme?.capacity_cny ?? 0)} CNY remain.`,
    { field: 'quoteId', remainingCapacityCny: cnyString(remaining) },
  );
}

/**
 * Binds a valid quote into a contract, for the insured member, the office or the insurer of the
 * quote's alliance. In one transaction: the quote's sum insured is added to its scheme (the row
 * lock serializes the scheme's binds; floor_scheme_within_capacity refuses going over), then, in
 * turn, a bind that committed meanwhile is looked for again and what the member's bases can grow
 * checked afresh, a number taken from the alliance's counter, and the contract and its windows
 * written. A retry under the same key returns the same contract, however many race.
 */
export async function bindFloor(req: InsuranceRequest, quoteId: string, idempotencyKey: string): Promise<FloorContract> {
  const viewer = requireActive(req.viewer);
  const key = idempotencyKeyOf(idempotencyKey);
  const quote = await req.loaders.quoteById.load(quoteId);
  if (!quote || !canSeeMembersCover(viewer, quote)) throw new NotFound(`No floor quote ${quoteId} in your alliance.`, { field: 'quoteId' });

  const contractOf = async (id: string) => (await req.loaders.contractById.load(id))!;
  const earlier = await earlierBind(req.em, quote, viewer.memberId, key);
  if (earlier) return contractOf(retryOrConflict(earlier, quote, key, viewer));

  const now = new Date();
  if (quoteExpired(quote, now)) {
    throw new BadInput(`Quote ${quote.id} expired at ${quote.validUntil.toISOString()}; ask for a new quote.`, { field: 'quoteId' });
  }
  const insured = await req.directory.load(quote.memberId);
  const standing = insured?.memberships.find((m) => m.allianceId === quote.allianceId);
  if (!insured || !standing) throw new Conflict(`The quote's member is no longer a member of the alliance: its quote cannot be bound.`, { field: 'quoteId' });
  if (!standing.roles.includes('GROWER') && !standing.roles.includes('COOPERATIVE')) {
    throw new Conflict(`The quote's member is no longer a grower or cooperative of the alliance: only a grower's or cooperative's crop is insured, so its quote cannot be bound.`, { field: 'quoteId' });
  }
  if ((standing.status ?? insured.status) !== 'ACTIVE') {
    throw new Forbidden(`The quote's member is ${(standing.status ?? insured.status).toLowerCase()}: no contract is bound for it until the alliance office reinstates it.`);
  }
  const allianceCode = await allianceCodeOf(req.em, quote.allianceId);
  if (!allianceCode) throw new Conflict("Insurance's member directory does not yet carry your alliance's code; try again in a minute.");

  let contractId: string;
  try {
    contractId = await req.em.transactional(async (em) => {
      await addBoundToScheme(em, quote.schemeId, quote.sumInsuredCny);
      // Every bind of the scheme waited for the row above: one of the same quote or key may have committed meanwhile.
      const raced = await earlierBind(em, quote, viewer.memberId, key);
      if (raced) throw new BoundMeanwhile(raced);
      const refusal = growingCapRefusal({
        areaMu: await growingAreaMu(em, quote.memberId, quote.crop),
        yieldKgPerMu: quote.expectedYieldKgPerMu,
        alreadyInsuredKg: await insuredKgOverlapping(em, quote.memberId, quote.crop, quote.coverFrom, quote.coverTo, quote.expectedYieldKgPerMu),
        insuredKg: quote.insuredKg,
      });
      if (refusal) throw new Conflict(refusal, { field: 'quoteId' });
      const year = contractYear(now);
      const sequence = await takeContractSequence(em, quote.allianceId, year);
      const contract = contractFromQuote(quote, key, { allianceCode, year, sequence }, viewer.memberId, now);
      await insertContract(em, contract, expectedPayoutsOf(quote.insuredKg, quote.windows));
      return contract.id;
    });
  } catch (error) {
    if (error instanceof BoundMeanwhile) return contractOf(retryOrConflict(error.earlier, quote, key, viewer));
    // A bind of the same key or quote in another scheme's turn, or one that used up the capacity: a retry still gets its contract.
    const constraint = (error as { constraint?: unknown })?.constraint;
    if (uniqueViolation(error) || constraint === 'floor_scheme_within_capacity') {
      const meanwhile = await earlierBind(req.em, quote, viewer.memberId, key);
      if (meanwhile) return contractOf(retryOrConflict(meanwhile, quote, key, viewer));
      if (constraint === 'floor_scheme_within_capacity') throw await capacityConflict(req, quote);
      throw new Conflict('Another contract took this number meanwhile; try again.');
    }
    throw error;
  }
  return contractOf(contractId);
}
