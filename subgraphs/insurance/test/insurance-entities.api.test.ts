import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Viewer } from '@alliance/domain-kit';
import { encodeViewerHeader, GATEWAY_SECRET_HEADER, VIEWER_HEADER } from '@alliance/auth';
import { startTestStack, type TestStack } from '@alliance/stack/testing';
import {
  boundFloor,
  floorReadyAlliance,
  nextMonth,
  quotedFloor,
  seedAnnouncedLot,
  seededObservations,
  seedInsuranceAlliance,
  type InsuranceCast,
  type SeededMember,
} from '@alliance/stack/fixtures';

/**
 * Every entity insurance owns, and the fields it adds to members' Member and Lot, resolved by
 * reference straight from the subgraph (as the gateway asks for them), with the caller's rights:
 * what the caller may not see is null, another alliance's included.
 */

const ENTITIES = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on CostBasis { id version }
    ... on FloorScheme { id crop }
    ... on FloorQuote { id status }
    ... on FloorContract { id number }
    ... on FloorSettlement { id payoutCny }
    ... on Member { id floorContracts { id } }
    ... on Lot { id priceFloor { id } }
  }
}`;

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'insurance']);
});
afterAll(async () => stack?.close());

function headers(viewer: Viewer) {
  return { [GATEWAY_SECRET_HEADER]: stack.gatewaySecret, [VIEWER_HEADER]: encodeViewerHeader(viewer) };
}

async function entities(who: SeededMember, representations: Record<string, string>[]) {
  const answer = await stack.querySubgraph('insurance', ENTITIES, { r: representations }, headers(who.viewer));
  expect(answer.errors).toBeUndefined();
  return answer.data._entities as (Record<string, unknown> | null)[];
}

describe('_entities of insurance', () => {
  let cast: InsuranceCast;
  let away: InsuranceCast;
  let ids: { basis: string; scheme: string; quote: string; contract: string; number: string; settlement: string; payout: string; lot: string };
  beforeAll(async () => {
    const ready = await floorReadyAlliance(stack);
    cast = ready.cast;
    away = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    const quote = await quotedFloor(stack, cast);
    const contract = await boundFloor(stack, cast, quote.id);
    const lot = await seedAnnouncedLot(stack.em('members'), cast.grower, { harvestDate: nextMonth().start });
    // Its window is moved to a month long past (in the table) and settled against observations of it.
    const past = new Date(Date.now() + 8 * 3_600_000);
    const start = new Date(Date.UTC(past.getUTCFullYear() - 3, past.getUTCMonth(), 1)).toISOString().slice(0, 10);
    const end = new Date(Date.UTC(past.getUTCFullYear() - 3, past.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
    const settled = await boundFloor(stack, cast, (await quotedFloor(stack, cast)).id);
    const db = stack.em('insurance').fork().getConnection();
    await db.execute(`update insurance.contract_window set window_start = ?, window_end = ? where contract_id = ?`, [start, end, settled.id]);
    await db.execute(`update insurance.floor_contract set cover_from = ?, cover_to = ? where id = ?`, [start, end, settled.id]);
    await seededObservations(
      stack,
      cast,
      [1, 2, 3, 4, 5].map((n) => ({ market: 'market' as const, day: `${start.slice(0, 8)}0${n}`, priceCnyPerKg: '0.9000', volumeKg: '100.000' })),
    );
    const answer = await stack.query(
      `mutation($id: ID!, $w: WindowInput!) { settleFloor(contractId: $id, window: $w) { id payoutCny } }`,
      { id: settled.id, w: { start, end } },
      await stack.token(cast.insurer.viewer),
    );
    expect(answer.errors).toBeUndefined();
    for (const deadline = Date.now() + 15_000; ; ) {
      const rows = await db.execute<{ n: number }[]>(`select count(*)::int as n from insurance.lot_fact where lot_id = ?`, [lot.id]);
      if (rows[0]!.n) break;
      if (Date.now() > deadline) throw new Error('insurance did not hear of the lot');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    ids = {
      basis: ready.basis.id,
      scheme: ready.scheme.id,
      quote: quote.id,
      contract: contract.id,
      number: contract.number,
      settlement: answer.data.settleFloor.id,
      payout: answer.data.settleFloor.payoutCny,
      lot: lot.id,
    };
  });

  function representations() {
    return [
      { __typename: 'CostBasis', id: ids.basis },
      { __typename: 'FloorScheme', id: ids.scheme },
      { __typename: 'FloorQuote', id: ids.quote },
      { __typename: 'FloorContract', id: ids.contract },
      { __typename: 'FloorSettlement', id: ids.settlement },
      { __typename: 'Member', id: cast.grower.member.id },
      { __typename: 'Lot', id: ids.lot },
    ];
  }

  it('resolves every one for the insurer and the office of the alliance', async () => {
    for (const who of [cast.insurer, cast.office]) {
      const [basis, scheme, quote, contract, settlement, member, lot] = await entities(who, representations());
      expect(basis).toEqual({ id: ids.basis, version: 1 });
      expect(scheme).toEqual({ id: ids.scheme, crop: 'SCALLION' });
      expect(quote).toEqual({ id: ids.quote, status: 'BOUND' });
      expect(contract).toEqual({ id: ids.contract, number: ids.number });
      expect(settlement).toEqual({ id: ids.settlement, payoutCny: ids.payout });
      expect((member!.floorContracts as { id: string }[]).map((c) => c.id)).toContain(ids.contract);
      expect(lot).toEqual({ id: ids.lot, priceFloor: { id: ids.contract } });
    }
    expect(ids.payout).toBe('12.00');
  });

  it('resolves the insured grower\'s own, and the cost basis, but not the insurer\'s book', async () => {
    const [basis, scheme, quote, contract, settlement, member, lot] = await entities(cast.grower, representations());
    expect(basis).toEqual({ id: ids.basis, version: 1 });
    expect(scheme).toBeNull();
    expect(quote).toEqual({ id: ids.quote, status: 'BOUND' });
    expect(contract).toEqual({ id: ids.contract, number: ids.number });
    expect(settlement).toEqual({ id: ids.settlement, payoutCny: ids.payout });
    expect((member!.floorContracts as { id: string }[]).map((c) => c.id)).toContain(ids.contract);
    expect(lot).toEqual({ id: ids.lot, priceFloor: { id: ids.contract } });
  });

  it('gives another member of the alliance the cost basis only, and another alliance nothing', async () => {
    for (const who of [cast.otherGrower, cast.market, cast.brand]) {
      expect(await entities(who, representations())).toEqual([
        { id: ids.basis, version: 1 },
        null,
        null,
        null,
        null,
        { id: cast.grower.member.id, floorContracts: null },
        { id: ids.lot, priceFloor: null },
      ]);
    }
    for (const who of [away.insurer, away.office, away.grower]) {
      expect(await entities(who, representations())).toEqual([null, null, null, null, null, { id: cast.grower.member.id, floorContracts: null }, { id: ids.lot, priceFloor: null }]);
    }
  });
});
