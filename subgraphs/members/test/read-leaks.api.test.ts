import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeViewerHeader, GATEWAY_SECRET_HEADER, VIEWER_HEADER } from '@alliance/auth';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { daysAgo, seedAllianceWithCast, seedLot, seedMember, uniqueCode } from '@alliance/stack/fixtures';

/** One rule per question, the same by every path: `lot(id)`, `_entities`, a reservation's lines. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members']);
});
afterAll(async () => stack?.close());

const RESERVE = graphql(`
  mutation ReadLeaksReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg totalPrice lines { kg amount } } }
`);
const TERMS = graphql(`
  query ReadLeaksLotTerms($id: ID!) { lot(id: $id) { id crop availableKg askingPricePerKg } }
`);
const BASICS = graphql(`
  query ReadLeaksLotBasics($id: ID!) { lot(id: $id) { id crop grade harvestDate grower { code } } }
`);
const TWO_LOTS = graphql(`
  query ReadLeaksTwoLots($other: ID!, $none: ID!) { other: lot(id: $other) { id } none: lot(id: $none) { id } }
`);
const LOT_RESERVATIONS = graphql(`
  query ReadLeaksLotReservations($id: ID!) {
    lot(id: $id) { reservations { id lines { kg pricePerKg amount lot { id grower { name } } } totalKg totalPrice } }
  }
`);
const RESERVATION_LINES = graphql(`
  query ReadLeaksReservationLines($id: ID!) {
    reservation(id: $id) { lines { kg pricePerKg amount lot { id grower { name } } } totalKg totalPrice }
  }
`);
const MEMBER_LOTS_PAGE = graphql(`
  query ReadLeaksMemberLotsPage($id: ID!, $first: Int!) { member(id: $id) { lots(first: $first) { id } } }
`);
const MEMBER_RESERVATIONS_PAGE = graphql(`
  query ReadLeaksMemberReservationsPage($id: ID!, $first: Int!) { member(id: $id) { reservations(first: $first) { id } } }
`);
const MEMBERS_PAGE = graphql(`
  query ReadLeaksMembersPage($first: Int!) { members(first: $first) { totalCount } }
`);
const SUPPLY_PAGE = graphql(`
  query ReadLeaksSupplyPage($first: Int!) { supply(filter: {}, first: $first) { totalCount } }
`);

/** A Luxi cast with a second grower, a lot each, and one reservation holding both lots. */
async function twoGrowersOneReservation() {
  const em = stack.em('members');
  const cast = await seedAllianceWithCast(em);
  const other = await seedMember(em, cast.alliance, 'GROWER', ['GROWER']);
  const mine = await seedLot(em, cast.grower, { quantityKg: '100', harvestDate: daysAgo(3), price: '2.40' });
  const theirs = await seedLot(em, other, { quantityKg: '100', harvestDate: daysAgo(2), price: '3.10' });
  const spec = { crop: 'SCALLION', variety: 'RED', grade: 'A', deliverableBy: daysAgo(0) } as const;
  const reserved = await stack.query(RESERVE, { input: { idempotencyKey: uniqueCode('r'), specification: spec, quantityKg: '150' } }, await stack.token(cast.market.viewer));
  expect(reserved.errors).toBeUndefined();
  return { ...cast, other, mine, theirs, reservationId: reserved.data!.reserveSupply.id };
}

describe('a lot\'s terms', () => {
  it('are for its grower and the markets and office of its alliance; another grower or an operator sees the lot, not its terms', async () => {
    const { grower, other, market, office, coldStore, mine } = await twoGrowersOneReservation();
    for (const viewer of [grower.viewer, market.viewer, office.viewer]) {
      const answer = await stack.query(TERMS, { id: mine.id }, await stack.token(viewer));
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.lot).toMatchObject({ id: mine.id, askingPricePerKg: '2.40' });
    }
    for (const viewer of [other.viewer, coldStore.viewer]) {
      const token = await stack.token(viewer);
      const terms = await stack.query(TERMS, { id: mine.id }, token);
      expect(terms.data?.lot ?? null).toBeNull();
      expect(terms.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const basics = await stack.query(BASICS, { id: mine.id }, token);
      expect(basics.errors).toBeUndefined();
      expect(basics.data!.lot).toMatchObject({ id: mine.id, crop: 'SCALLION', grower: { code: grower.member.code } });
    }
  });

  it('follow the same rule through _entities', async () => {
    const { other, market, mine } = await twoGrowersOneReservation();
    // Straight to the subgraph: `_entities` is not in the supergraph.
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Lot { id availableKg askingPricePerKg } } }`;
    const headers = (viewer: typeof market.viewer) => ({ [GATEWAY_SECRET_HEADER]: stack.gatewaySecret, [VIEWER_HEADER]: encodeViewerHeader(viewer) });
    const r = [{ __typename: 'Lot', id: mine.id }];
    const byMarket = await stack.querySubgraph('members', query, { r }, headers(market.viewer));
    expect(byMarket.data._entities).toEqual([{ id: mine.id, availableKg: '0.000', askingPricePerKg: '2.40' }]);
    const byGrower = await stack.querySubgraph('members', query, { r }, headers(other.viewer));
    expect(byGrower.data._entities).toEqual([null]);
    expect(byGrower.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('of another alliance\'s lot: no lot at all, as for an id that does not exist', async () => {
    const luxi = await seedAllianceWithCast(stack.em('members'));
    const yili = await seedAllianceWithCast(stack.em('members'));
    const lot = await seedLot(stack.em('members'), luxi.grower);
    const answer = await stack.query(TWO_LOTS, { other: lot.id, none: '00000000-0000-4000-8000-000000000000' }, await stack.token(yili.office.viewer));
    expect(answer).toMatchObject({ data: { other: null, none: null } });
    expect(answer.errors).toBeUndefined();
  });
});

describe('a reservation seen by a grower', () => {
  it('shows only the lines on its own lots, through its lot and by id, with totals of those lines', async () => {
    const { grower, market, mine, theirs, reservationId } = await twoGrowersOneReservation();
    const token = await stack.token(grower.viewer);
    const viaLot = await stack.query(LOT_RESERVATIONS, { id: mine.id }, token);
    expect(viaLot.errors).toBeUndefined();
    const seen = viaLot.data!.lot!.reservations[0]!;
    expect(seen.id).toBe(reservationId);
    expect(seen.lines).toEqual([{ kg: '100.000', pricePerKg: '2.40', amount: '240.00', lot: { id: mine.id, grower: { name: grower.member.name } } }]);
    expect(seen).toMatchObject({ totalKg: '100.000', totalPrice: '240.00' });

    const byId = await stack.query(RESERVATION_LINES, { id: reservationId }, token);
    expect(byId.data!.reservation!.lines.map((l) => l.lot.id)).toEqual([mine.id]);

    // The market that made it sees every line, and the whole total.
    const byMarket = await stack.query(RESERVATION_LINES, { id: reservationId }, await stack.token(market.viewer));
    expect(byMarket.data!.reservation!.lines.map((l) => l.lot.id)).toEqual([mine.id, theirs.id]);
    expect(byMarket.data!.reservation).toMatchObject({ totalKg: '150.000', totalPrice: '395.00' });
  });
});

describe('money and page sizes', () => {
  it('makes totalPrice the sum of the lines\' rounded amounts: two lines of 1.55 total 3.10', async () => {
    const em = stack.em('members');
    const { grower, market } = await seedAllianceWithCast(em);
    // 0.555 kg × 2.80 = 1.554 CNY a line: 1.55 each, 3.10 together (rounding the sum would say 3.11).
    await seedLot(em, grower, { quantityKg: '0.555', price: '2.80', harvestDate: daysAgo(3) });
    await seedLot(em, grower, { quantityKg: '0.555', price: '2.80', harvestDate: daysAgo(2) });
    const spec = { crop: 'SCALLION', variety: 'RED', grade: 'A', deliverableBy: daysAgo(0) } as const;
    const answer = await stack.query(RESERVE, { input: { idempotencyKey: uniqueCode('m'), specification: spec, quantityKg: '1.110' } }, await stack.token(market.viewer));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.reserveSupply.lines).toEqual([{ kg: '0.555', amount: '1.55' }, { kg: '0.555', amount: '1.55' }]);
    expect(answer.data!.reserveSupply.totalPrice).toBe('3.10');
  });

  it('refuses a negative or zero `first` with BAD_USER_INPUT, wherever a list takes one', async () => {
    const { grower, market, office } = await seedAllianceWithCast(stack.em('members'));
    const token = await stack.token(office.viewer);
    // A negative `first` is a valid Int: the subgraph, not validation, refuses it.
    for (const [q, send] of [
      ['member.lots(first: -1)', () => stack.query(MEMBER_LOTS_PAGE, { id: grower.member.id, first: -1 }, token)],
      ['member.reservations(first: -5)', () => stack.query(MEMBER_RESERVATIONS_PAGE, { id: market.member.id, first: -5 }, token)],
      ['members(first: -1)', () => stack.query(MEMBERS_PAGE, { first: -1 }, token)],
      ['members(first: 0)', () => stack.query(MEMBERS_PAGE, { first: 0 }, token)],
      ['supply(first: -1)', () => stack.query(SUPPLY_PAGE, { first: -1 }, token)],
    ] as const) {
      const answer = await send();
      expect(answer.errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message, q).toMatch(/`first`/);
    }
  });
});
