import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderOfMany } from '@alliance/subgraph-kit';
import type { InsuranceLoaders } from '../domain/request.ts';
import { contractsOfMembers, coverOfLots, windowsOfContracts } from './contracts.ts';
import { statementLinesOf, windowIndexesByIds } from './settlements.ts';

/** The request's loaders of contracts and settlements: each batch is one statement. */
export function contractLoaders(
  em: EntityManager,
): Pick<InsuranceLoaders, 'windowsByContract' | 'contractsByMember' | 'coverByLot' | 'windowIndexById' | 'statementByWindowIndex'> {
  return {
    windowsByContract: new DataLoader(async (ids) => {
      const byContract = new Map<string, ReturnType<typeof viewOf>[]>();
      for (const row of await windowsOfContracts(em, ids)) byContract.set(row.contract_id, [...(byContract.get(row.contract_id) ?? []), viewOf(row)]);
      return ids.map((id) => byContract.get(id) ?? []);
    }),
    contractsByMember: loaderOfMany((ids) => contractsOfMembers(em, ids), (c) => c.memberId),
    coverByLot: new DataLoader(async (ids) => {
      const byLot = new Map((await coverOfLots(em, ids)).map((r) => [r.lot_id, { allianceId: r.alliance_id, growerId: r.grower_id, contractId: r.contract_id }]));
      return ids.map((id) => byLot.get(id) ?? null);
    }),
    windowIndexById: new DataLoader(async (ids) => {
      const byId = new Map((await windowIndexesByIds(em, ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    statementByWindowIndex: loaderOfMany((ids) => statementLinesOf(em, ids), (l) => l.window_index_id),
  };
}

function viewOf(row: Awaited<ReturnType<typeof windowsOfContracts>>[number]) {
  return { start: row.start, end: row.end, expectedPayoutCny: row.expected_payout_cny, settlementId: row.settlement_id, payoutCny: row.payout_cny };
}
