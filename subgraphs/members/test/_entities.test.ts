import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeViewerHeader, GATEWAY_SECRET_HEADER, VIEWER_HEADER } from '@alliance/auth';
import type { Viewer } from '@alliance/domain-kit';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { seedAllianceWithCast, seedLot } from '@alliance/stack/fixtures';

/** `_entities` for every entity the members subgraph owns, as the gateway calls it for other subgraphs. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members']);
});
afterAll(async () => stack?.close());

// Sent straight to the subgraph, as the gateway does: `_entities` is not in the supergraph, so it stays a string.
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Member { id code contact { phone } }
  ... on Alliance { id code }
  ... on Lot { id availableKg grower { code } }
  ... on Reservation { id totalKg }
} }`;

const reserveQuery = graphql(`
  mutation EntitiesReserveSupply($input: ReserveSupplyInput!) {
    reserveSupply(input: $input) { id }
  }
`);

function asViewer(viewer: Viewer | null) {
  return {
    [GATEWAY_SECRET_HEADER]: stack.gatewaySecret,
    ...(viewer ? { [VIEWER_HEADER]: encodeViewerHeader(viewer) } : {}),
  };
}

describe('_entities', () => {
  it('resolves Member, Alliance, Lot and Reservation references with the caller\'s rights', async () => {
    const { alliance, grower, market } = await seedAllianceWithCast(stack.em('members'));
    const lot = await seedLot(stack.em('members'), grower, { quantityKg: '80' });
    const reserved = await stack.query(
      reserveQuery,
      { input: { idempotencyKey: 'e', lotId: lot.id, quantityKg: '30' } },
      await stack.token(market.viewer),
    );
    const reservationId = reserved.data!.reserveSupply.id;
    const representations = [
      { __typename: 'Member', id: grower.member.id },
      { __typename: 'Alliance', id: alliance.id },
      { __typename: 'Lot', id: lot.id },
      { __typename: 'Reservation', id: reservationId },
    ];
    const answer = await stack.querySubgraph('members', ENTITIES, { r: representations }, asViewer(market.viewer));
    expect(answer.errors).toBeUndefined();
    expect(answer.data._entities).toEqual([
      { id: grower.member.id, code: grower.member.code, contact: null },
      { id: alliance.id, code: alliance.code },
      { id: lot.id, availableKg: '50.000', grower: { code: grower.member.code } },
      { id: reservationId, totalKg: '30.000' },
    ]);
    // The grower itself sees its contact through the same reference.
    const own = await stack.querySubgraph('members', ENTITIES, { r: representations.slice(0, 1) }, asViewer(grower.viewer));
    expect(own.data._entities[0].contact).not.toBeNull();
  });

  it('resolves no references across alliances, and refuses anonymous callers', async () => {
    const luxi = await seedAllianceWithCast(stack.em('members'));
    const yili = await seedAllianceWithCast(stack.em('members'));
    const lot = await seedLot(stack.em('members'), luxi.grower);
    const r = [{ __typename: 'Member', id: luxi.grower.member.id }, { __typename: 'Lot', id: lot.id }];
    const foreign = await stack.querySubgraph('members', ENTITIES, { r }, asViewer(yili.market.viewer));
    expect(foreign.data._entities).toEqual([null, null]);
    // As `member(id)` and `lot(id)` answer: another alliance's records look like none at all.
    expect(foreign.errors).toBeUndefined();
    const anonymous = await stack.querySubgraph('members', ENTITIES, { r: r.slice(0, 1) }, asViewer(null));
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
