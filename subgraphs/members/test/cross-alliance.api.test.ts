import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GATEWAY_SECRET_HEADER } from '@alliance/auth';
import { graphql, startTestStack, type GraphQLAnswer, type TestStack } from '@alliance/stack/testing';
import { daysAgo, seedAllianceWithCast, seedBase, seedLot, seedMember, uniqueCode, type SeededMember } from '@alliance/stack/fixtures';

/**
 * Every mutation of the members subgraph, tried by another alliance's office, grower and market
 * against a Luxi record: each is refused (FORBIDDEN or NOT_FOUND) and the record is as it was.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members']);
});
afterAll(async () => stack?.close());

type Cast = Awaited<ReturnType<typeof seedAllianceWithCast>>;

/** What a test reads back to see that nothing changed: straight from the tables. */
async function rows(sql: string, params: unknown[]): Promise<unknown[]> {
  return stack.em('members').getConnection().execute(sql, params);
}

interface Attempt {
  name: string;
  /** The mutation with its variables for Luxi's records, as the caller with `token`. */
  send: (luxi: LuxiRecords, token: string) => Promise<GraphQLAnswer<unknown>>;
  /** The rows the mutation would change. */
  snapshot: (luxi: LuxiRecords) => Promise<unknown>;
}

const RESERVE = graphql(`
  mutation CrossAllianceReserveSupply($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }
`);

interface LuxiRecords extends Cast {
  suspended: SeededMember;
  baseId: string;
  lotId: string;
  reservationId: string;
}

async function seedLuxi(): Promise<LuxiRecords> {
  const em = stack.em('members');
  const cast = await seedAllianceWithCast(em);
  const suspended = await seedMember(em, cast.alliance, 'GROWER', ['GROWER'], { status: 'SUSPENDED', statusReason: 'Residue test failed' });
  const base = await seedBase(em, cast.grower.member, 'Baishui', '3.00');
  const lot = await seedLot(em, cast.grower, { quantityKg: '500', price: '2.40' });
  const reserved = await stack.query(
    RESERVE,
    { input: { idempotencyKey: uniqueCode('x'), lotId: lot.id, quantityKg: '100' } },
    await stack.token(cast.market.viewer),
  );
  expect(reserved.errors).toBeUndefined();
  return { ...cast, suspended, baseId: base.id, lotId: lot.id, reservationId: reserved.data!.reserveSupply.id };
}

const member = (id: string) =>
  rows(`select m.name, m.status, m.status_reason, m.contact_phone, ms.roles from members.member m join members.membership ms on ms.member_id = m.id where m.id = ?`, [id]);
const base = (id: string) => rows(`select township, area_mu, crop from members.base where id = ?`, [id]);
const lot = (id: string) => rows(`select status, quantity_kg, held_kg, confirmed_kg, asking_price_per_kg, grade from members.lot where id = ?`, [id]);
const lotsOnBase = (id: string) => rows(`select id from members.lot where base_id = ?`, [id]);
const reservation = (id: string) => rows(`select r.status, (select json_agg(rl.status) from members.reservation_line rl where rl.reservation_id = r.id) as lines from members.reservation r where r.id = ?`, [id]);

const ATTEMPTS: Attempt[] = [
  {
    name: 'admitMember',
    send: (l, token) =>
      stack.query(
        graphql(`mutation CrossAllianceAdmitMember($input: AdmitMemberInput!) { admitMember(input: $input) { id } }`),
        { input: { allianceId: l.alliance.id, code: 'XA-ADMIT-ME', name: 'x', kind: 'GROWER', township: 'Wujie', contact: { name: 'x', phone: '13700000000' } } },
        token,
      ),
    snapshot: (l) => rows(`select count(*)::int as n from members.membership where alliance_id = ?`, [l.alliance.id]),
  },
  {
    name: 'updateMember',
    send: (l, token) =>
      stack.query(
        graphql(`mutation CrossAllianceUpdateMember($id: ID!) { updateMember(id: $id, input: { name: "Taken over", roles: [ALLIANCE_ADMIN] }) { id } }`),
        { id: l.grower.member.id },
        token,
      ),
    snapshot: (l) => member(l.grower.member.id),
  },
  {
    name: 'suspendMember',
    send: (l, token) =>
      stack.query(
        graphql(`mutation CrossAllianceSuspendMember($id: ID!) { suspendMember(id: $id, reason: "x") { id } }`),
        { id: l.grower.member.id },
        token,
      ),
    snapshot: (l) => member(l.grower.member.id),
  },
  {
    name: 'reinstateMember',
    send: (l, token) =>
      stack.query(
        graphql(`mutation CrossAllianceReinstateMember($id: ID!) { reinstateMember(id: $id) { id } }`),
        { id: l.suspended.member.id },
        token,
      ),
    snapshot: (l) => member(l.suspended.member.id),
  },
  {
    name: 'addBase',
    send: (l, token) =>
      stack.query(
        graphql(`mutation CrossAllianceAddBase($m: ID!) { addBase(memberId: $m, input: { township: "Jinma", areaMu: "1", crop: SCALLION }) { id } }`),
        { m: l.grower.member.id },
        token,
      ),
    snapshot: (l) => rows(`select count(*)::int as n from members.base where member_id = ?`, [l.grower.member.id]),
  },
  {
    name: 'updateBase',
    send: (l, token) =>
      stack.query(
        graphql(`mutation CrossAllianceUpdateBase($id: ID!) { updateBase(id: $id, input: { township: "Wujie", areaMu: "99", crop: SCALLION }) { id } }`),
        { id: l.baseId },
        token,
      ),
    snapshot: (l) => base(l.baseId),
  },
  {
    name: 'removeBase',
    send: (l, token) =>
      stack.query(
        graphql(`mutation CrossAllianceRemoveBase($id: ID!) { removeBase(id: $id) }`),
        { id: l.baseId },
        token,
      ),
    snapshot: (l) => base(l.baseId),
  },
  {
    name: 'registerLot',
    send: (l, token) =>
      stack.query(
        graphql(`mutation CrossAllianceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }`),
        { input: { baseId: l.baseId, crop: 'SCALLION', variety: 'RED', grade: 'A', quantityKg: '10', harvestDate: daysAgo(1), askingPricePerKg: '2.00' } },
        token,
      ),
    snapshot: (l) => lotsOnBase(l.baseId),
  },
  {
    name: 'updateLot',
    send: (l, token) =>
      stack.query(
        graphql(`mutation CrossAllianceUpdateLot($id: ID!) { updateLot(id: $id, input: { quantityKg: "9999" }) { id } }`),
        { id: l.lotId },
        token,
      ),
    snapshot: (l) => lot(l.lotId),
  },
  {
    name: 'withdrawLot',
    send: (l, token) =>
      stack.query(
        graphql(`mutation CrossAllianceWithdrawLot($id: ID!) { withdrawLot(id: $id) { id } }`),
        { id: l.lotId },
        token,
      ),
    snapshot: (l) => lot(l.lotId),
  },
  {
    name: 'reserveSupply (a named lot)',
    send: (l, token) =>
      stack.query(
        graphql(`mutation CrossAllianceReserveNamedLot($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }`),
        { input: { idempotencyKey: uniqueCode('y'), lotId: l.lotId, quantityKg: '10' } },
        token,
      ),
    snapshot: (l) => lot(l.lotId),
  },
  {
    name: 'confirmReservation',
    send: (l, token) =>
      stack.query(
        graphql(`mutation CrossAllianceConfirmReservation($id: ID!) { confirmReservation(id: $id) { id } }`),
        { id: l.reservationId },
        token,
      ),
    snapshot: (l) => reservation(l.reservationId),
  },
  {
    name: 'cancelReservation',
    send: (l, token) =>
      stack.query(
        graphql(`mutation CrossAllianceCancelReservation($id: ID!) { cancelReservation(id: $id) { id } }`),
        { id: l.reservationId },
        token,
      ),
    snapshot: (l) => reservation(l.reservationId),
  },
  {
    name: 'setMarketRoute',
    send: (l, token) =>
      stack.query(
        graphql(`mutation CrossAllianceSetMarketRoute($input: MarketRouteInput!) { setMarketRoute(input: $input) { transitHours } }`),
        { input: { marketId: l.market.member.id, transitHours: 1, truckTempC: 20 } },
        token,
      ),
    snapshot: (l) => rows(`select alliance_id, market_id, transit_hours from members.market_route where market_id = ?`, [l.market.member.id]),
  },
];

describe('another alliance changes nothing of Luxi', () => {
  let luxi: LuxiRecords;
  let yili: Cast;
  beforeAll(async () => {
    luxi = await seedLuxi();
    yili = await seedAllianceWithCast(stack.em('members'));
  });

  for (const attempt of ATTEMPTS) {
    it(`${attempt.name}: refused to Yili's office, grower and market, and nothing changes`, async () => {
      const before = await attempt.snapshot(luxi);
      for (const [who, caller] of [['office', yili.office], ['grower', yili.grower], ['market', yili.market]] as const) {
        const answer = await attempt.send(luxi, await stack.token(caller.viewer));
        expect(answer.errors?.[0]?.extensions?.code, `${attempt.name} by Yili's ${who}`).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
        expect(answer.data ?? null, who).toBeNull();
      }
      expect(await attempt.snapshot(luxi)).toEqual(before);
    });
  }

  it('every mutation of the members schema is tried above', async () => {
    // Asked of the subgraph itself: its own schema, not the supergraph's.
    const answer = await stack.querySubgraph('members', '{ __type(name: "Mutation") { fields { name } } }', {}, { [GATEWAY_SECRET_HEADER]: stack.gatewaySecret });
    const tried = new Set(ATTEMPTS.map((a) => a.name.split(' ')[0]));
    // updateMyProfile changes the caller itself only: there is no other alliance's record to name.
    const names = answer.data.__type.fields.map((f: { name: string }) => f.name).filter((n: string) => n !== 'updateMyProfile');
    expect(names.filter((n: string) => !tried.has(n))).toEqual([]);
  });

  it('reserveSupply by specification draws on the caller\'s alliance only', async () => {
    const before = await lot(luxi.lotId);
    const spec = { crop: 'SCALLION', variety: 'RED', grade: 'A', deliverableBy: daysAgo(0) } as const;
    const answer = await stack.query(
      RESERVE,
      { input: { idempotencyKey: uniqueCode('s'), specification: spec, quantityKg: '10' } },
      await stack.token(yili.market.viewer),
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(answer.errors?.[0]?.extensions?.availableKg).toBe('0.000');
    expect(await lot(luxi.lotId)).toEqual(before);
  });
});
