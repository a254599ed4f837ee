import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, graphql, startTestStack, type GraphQLAnswer, type TestStack } from '@alliance/stack/testing';
import { epcisSchemaErrors } from './support/epcis-schema.ts';
import { lotsKnownToColdchain, seedCastForColdchain, seedFacility, seedLot, seedMemberForColdchain, seedReadings, seedVehicle } from '@alliance/stack/fixtures';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
});
afterAll(async () => stack?.close());

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

// What the operations below ask of a shipment (the generated documents carry the fragment).
graphql(`
  fragment ShipmentsShipmentFields on Shipment {
    id status loadedKg departedAt arrivedAt rejectionReason
    reservations { reservationId reservation { id } status reason }
    lines { reservation { id } lot { id } crop reservedKg loadedKg }
  }
`);
const PLAN = graphql(`
  mutation ShipmentsPlan($input: PlanShipmentInput!) { planShipment(input: $input) { ...ShipmentsShipmentFields } }
`);
const LOAD = graphql(`
  mutation ShipmentsLoad($id: ID!, $loads: [ShipmentLoadInput!]!, $at: DateTime) { loadShipment(id: $id, loads: $loads, at: $at) { ...ShipmentsShipmentFields } }
`);
const DISPATCH = graphql(`
  mutation ShipmentsDispatch($id: ID!, $at: DateTime) { dispatchShipment(id: $id, at: $at) { ...ShipmentsShipmentFields } }
`);
const SHIPMENT = graphql(`
  query ShipmentsShipment($id: ID!) { shipment(id: $id) { ...ShipmentsShipmentFields } }
`);
const LOT = graphql(`
  query ShipmentsLotCounters($id: ID!) { lot(id: $id) { quantityKg reservedKg shippedKg availableKg } }
`);
const RESERVATION = graphql(`
  query ShipmentsReservation($id: ID!) { reservation(id: $id) { status totalKg shippedKg lines { kg shippedKg } shipment { id status } } }
`);
const RESERVE = graphql(`
  mutation ShipmentsReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }
`);
const CONFIRM = graphql(`
  mutation ShipmentsConfirmReservation($id: ID!) { confirmReservation(id: $id) { status } }
`);
const CANCEL_RESERVATION = graphql(`
  mutation ShipmentsCancelReservation($id: ID!) { cancelReservation(id: $id) { status } }
`);
const SHIPMENT_ID = graphql(`
  query ShipmentsShipmentId($id: ID!) { shipment(id: $id) { id } }
`);
const SHIPMENT_IDS = graphql(`
  query ShipmentsList { shipments { id } }
`);
const DELIVER = graphql(`
  mutation ShipmentsDeliver($id: ID!) { deliverShipment(id: $id) { id status } }
`);

/** An alliance with a market's confirmed reservation of `kg` from a lot of `lotKg`, a cold store and a truck. */
async function scene(kg = '600', lotKg = '1000') {
  const cast = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
  const hauler = await seedMemberForColdchain(stack.em('coldchain'), stack.em('members'), cast.alliance, 'LOGISTICS', ['FACILITY_OPERATOR']);
  const lot = await seedLot(stack.em('members'), cast.grower, { quantityKg: lotKg });
  await lotsKnownToColdchain(stack.em('coldchain'), lot);
  const tokens = {
    market: await stack.token(cast.market.viewer),
    operator: await stack.token(cast.coldStore.viewer),
    hauler: await stack.token(hauler.viewer),
    office: await stack.token(cast.office.viewer),
    grower: await stack.token(cast.grower.viewer),
  };
  const reserved = await stack.query(
    RESERVE,
    { input: { idempotencyKey: `ship-${lot.id}`, quantityKg: kg, lotId: lot.id } },
    tokens.market,
  );
  expect(reserved.errors).toBeUndefined();
  const reservationId = reserved.data!.reserveSupply.id;
  expect((await stack.query(CONFIRM, { id: reservationId }, tokens.market)).data!.confirmReservation.status).toBe('CONFIRMED');
  const em = stack.em('coldchain');
  const { facility } = await seedFacility(em, cast.coldStore.viewer);
  const { vehicle, sensor } = await seedVehicle(em, hauler.viewer);
  return { ...cast, hauler, lot, tokens, reservationId, facility, vehicle, sensor };
}

type Scene = Awaited<ReturnType<typeof scene>>;

async function planCommitted(s: Scene, reservationIds = [s.reservationId]) {
  const planned = await stack.query(PLAN, { input: { originFacilityId: s.facility.id, vehicleId: s.vehicle.id, reservationIds } }, s.tokens.operator);
  expect(planned.errors).toBeUndefined();
  expect(planned.data!.planShipment.status).toBe('PLANNED');
  const id = planned.data!.planShipment.id;
  // The members subgraph commits the reservations by message, moments later.
  await eventually(async () => {
    const answer = await stack.query(SHIPMENT, { id }, s.tokens.operator);
    expect(answer.data!.shipment!.reservations.map((r) => r.status)).not.toContain('PENDING');
  });
  return id;
}

describe('shipments', () => {
  it('ships a reservation: plan, commit, load, dispatch, deliver, with supply and custody following', async () => {
    const s = await scene('600', '1000');
    const id = await planCommitted(s);
    const shipment = (await stack.query(SHIPMENT, { id }, s.tokens.operator)).data!.shipment!;
    expect(shipment.reservations).toEqual([{ reservationId: s.reservationId, reservation: { id: s.reservationId }, status: 'COMMITTED', reason: null }]);
    expect((await stack.query(graphql(`query ShipmentsMarket($id: ID!) { shipment(id: $id) { market { id } } }`), { id }, s.tokens.market)).data!.shipment!.market).toEqual({ id: s.market.member.id });
    expect(shipment.lines).toEqual([{ reservation: { id: s.reservationId }, lot: { id: s.lot.id }, crop: 'SCALLION', reservedKg: '600.000', loadedKg: '0.000' }]);

    // Committed: the market can no longer cancel it, and the reservation shows its shipment.
    const cancel = await stack.query(CANCEL_RESERVATION, { id: s.reservationId }, s.tokens.market);
    expect(cancel.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(cancel.errors?.[0]?.message).toContain(`on shipment ${id}`);
    expect((await stack.query(RESERVATION, { id: s.reservationId }, s.tokens.market)).data!.reservation!.shipment).toEqual({ id, status: 'PLANNED' });

    // Load 400 kg: the members subgraph moves them from confirmed to shipped; availability stays.
    const loaded = await stack.query(LOAD, { id, loads: [{ reservationId: s.reservationId, lotId: s.lot.id, kg: '400' }], at: ago(5) }, s.tokens.operator);
    expect(loaded.errors).toBeUndefined();
    expect(loaded.data!.loadShipment).toMatchObject({ status: 'LOADING', loadedKg: '400.000' });
    await eventually(async () =>
      expect((await stack.query(LOT, { id: s.lot.id }, s.tokens.grower)).data!.lot).toEqual({ quantityKg: '1000.000', reservedKg: '200.000', shippedKg: '400.000', availableKg: '400.000' }),
    );
    const tooMuch = await stack.query(LOAD, { id, loads: [{ reservationId: s.reservationId, lotId: s.lot.id, kg: '200.001' }] }, s.tokens.hauler);
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', remainingKg: '200.000', requestedKg: '200.001' });

    // The truck leaves: the 200 kg not loaded go back to supply, the reservation is fulfilled.
    const dispatched = await stack.query(DISPATCH, { id, at: ago(4) }, s.tokens.hauler);
    expect(dispatched.errors).toBeUndefined();
    expect(dispatched.data!.dispatchShipment.status).toBe('IN_TRANSIT');
    await eventually(async () => {
      expect((await stack.query(LOT, { id: s.lot.id }, s.tokens.grower)).data!.lot).toEqual({ quantityKg: '1000.000', reservedKg: '0.000', shippedKg: '400.000', availableKg: '600.000' });
      expect((await stack.query(RESERVATION, { id: s.reservationId }, s.tokens.market)).data!.reservation).toEqual({
        status: 'FULFILLED',
        totalKg: '600.000',
        shippedKg: '400.000',
        lines: [{ kg: '600.000', shippedKg: '400.000' }],
        shipment: { id, status: 'IN_TRANSIT' },
      });
    });

    // In transit at 2 °C, with 45 minutes at 8 °C: one excursion; then delivered.
    await seedReadings(stack.em('coldchain'), s.sensor, new Date(Date.now() - 4 * HOUR), 16, 15, (i) => (i >= 6 && i < 9 ? 8 : 2));
    const delivered = await stack.query(
      graphql(`
        mutation ShipmentsDeliverWithTrace($id: ID!) {
          deliverShipment(id: $id) { status arrivedAt temperatureTrace { celsius } excursionCount excursions { kind durationMinutes peakC } meanKineticTemperatureC custody { kind quantityKg } }
        }
      `),
      { id },
      s.tokens.market,
    );
    expect(delivered.errors).toBeUndefined();
    const arrived = delivered.data!.deliverShipment;
    expect(arrived.status).toBe('DELIVERED');
    expect(arrived.temperatureTrace.length).toBe(16);
    expect(arrived.excursions).toEqual([{ kind: 'HIGH', durationMinutes: 45, peakC: 8 }]);
    expect(arrived.meanKineticTemperatureC).toBeGreaterThan(2);
    expect(arrived.custody).toEqual([
      { kind: 'LOADED', quantityKg: '400.000' },
      { kind: 'IN_TRANSIT', quantityKg: '400.000' },
      { kind: 'DELIVERED', quantityKg: '400.000' },
    ]);

    // The lot's cold chain carries the shipment, and its EPCIS export names it and the reservation.
    const chain = (
      await stack.query(graphql(`query ShipmentsLotExport($id: ID!) { lot(id: $id) { coldChain { custody { kind shipment { id } } epcisDocument } } }`), { id: s.lot.id }, s.tokens.market)
    ).data!.lot!.coldChain!;
    expect(chain.custody.map((c) => [c.kind, c.shipment?.id])).toEqual([['LOADED', id], ['IN_TRANSIT', id], ['DELIVERED', id]]);
    const document = JSON.parse(chain.epcisDocument);
    expect(epcisSchemaErrors(document)).toEqual([]);
    expect(chain.epcisDocument).toContain(`shipment:${id}`);
    expect(chain.epcisDocument).toContain(`reservation:${s.reservationId}`);
  });

  it('never loads more than reserved: 30 concurrent loads of 50 kg on 1,000 kg, exactly 20 win', async () => {
    const s = await scene('1000', '1000');
    const id = await planCommitted(s);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        stack.query(LOAD, { id, loads: [{ reservationId: s.reservationId, lotId: s.lot.id, kg: '50' }] }, i % 2 ? s.tokens.operator : s.tokens.hauler),
      ),
    );
    expect(answers.filter((a) => a.data?.loadShipment).length).toBe(20);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(10);
    const [line] = await stack.em('coldchain').execute(`select loaded_kg from coldchain.shipment_line where shipment_id = ?`, [id]);
    expect(line).toEqual({ loaded_kg: '1000.000' });
    await eventually(async () => expect((await stack.query(LOT, { id: s.lot.id }, s.tokens.grower)).data!.lot).toMatchObject({ shippedKg: '1000.000', reservedKg: '0.000' }));
    // The database refuses an overload even from code that skips the checks.
    await expect(stack.em('coldchain').execute(`update coldchain.shipment_line set loaded_kg = loaded_kg + 0.001 where shipment_id = ?`, [id])).rejects.toThrow(/shipment_line_loaded_within_reserved/);
  });

  it('gets a refusal for a reservation members will not commit, and loads nothing of it', async () => {
    const s = await scene();
    const held = await stack.query(
      RESERVE,
      { input: { idempotencyKey: `held-${s.lot.id}`, quantityKg: '10', lotId: s.lot.id } },
      s.tokens.market,
    );
    const heldId = held.data!.reserveSupply.id;
    const id = await planCommitted(s, [s.reservationId, heldId]);
    const answer = await stack.query(SHIPMENT, { id }, s.tokens.office);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.shipment!.reservations).toContainEqual({ reservationId: heldId, reservation: null, status: 'REFUSED', reason: expect.stringContaining('only a confirmed reservation') });
    const load = await stack.query(LOAD, { id, loads: [{ reservationId: heldId, lotId: s.lot.id, kg: '1' }] }, s.tokens.operator);
    expect(load.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(load.errors?.[0]?.message).toMatch(/refused/);
  });

  it('cancels a planned shipment and releases its reservation to the market', async () => {
    const s = await scene();
    const id = await planCommitted(s);
    const cancelled = await stack.query(
      graphql(`mutation ShipmentsCancel($id: ID!) { cancelShipment(id: $id) { status reservations { status } } }`),
      { id },
      s.tokens.operator,
    );
    expect(cancelled.data!.cancelShipment).toEqual({ status: 'CANCELLED', reservations: [{ status: 'RELEASED' }] });
    await eventually(async () => {
      const again = await stack.query(CANCEL_RESERVATION, { id: s.reservationId }, s.tokens.market);
      expect(again.data?.cancelReservation?.status).toBe('CANCELLED');
    });
    expect((await stack.query(LOT, { id: s.lot.id }, s.tokens.grower)).data!.lot!.availableKg).toBe('1000.000');
  });

  it('moves only forward, with clear errors for bad input', async () => {
    const s = await scene();
    const id = await planCommitted(s);
    const code = async (answer: Promise<GraphQLAnswer<unknown>>) => (await answer).errors?.[0]?.extensions?.code;
    const reject = graphql(`mutation ShipmentsReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status rejectionReason custody { kind } } }`);
    expect(await code(stack.query(DISPATCH, { id }, s.tokens.operator))).toBe('CONFLICT'); // nothing loaded
    expect(await code(stack.query(DELIVER, { id }, s.tokens.market))).toBe('CONFLICT'); // not left
    expect(await code(stack.query(LOAD, { id, loads: [] }, s.tokens.operator))).toBe('BAD_USER_INPUT');
    expect(await code(stack.query(LOAD, { id, loads: [{ reservationId: s.reservationId, lotId: s.lot.id, kg: '-1' }] }, s.tokens.operator))).toBe('BAD_USER_INPUT');
    expect(await code(stack.query(LOAD, { id, loads: [{ reservationId: s.reservationId, lotId: s.reservationId, kg: '1' }] }, s.tokens.operator))).toBe('BAD_USER_INPUT');
    expect(await code(stack.query(LOAD, { id, loads: [{ reservationId: s.reservationId, lotId: s.lot.id, kg: '1' }], at: new Date(Date.now() + 2 * HOUR).toISOString() }, s.tokens.operator))).toBe('BAD_USER_INPUT');
    expect(await code(stack.query(PLAN, { input: { originFacilityId: s.facility.id, vehicleId: s.vehicle.id, reservationIds: [] } }, s.tokens.operator))).toBe('BAD_USER_INPUT');
    expect(await code(stack.query(PLAN, { input: { originFacilityId: s.facility.id, vehicleId: s.vehicle.id, reservationIds: ['not-a-uuid'] } }, s.tokens.operator))).toBe('BAD_USER_INPUT');
    expect(await code(stack.query(PLAN, { input: { originFacilityId: s.facility.id, vehicleId: s.vehicle.id, reservationIds: [s.reservationId] } }, s.tokens.operator))).toBe('CONFLICT'); // already on this one
    expect(await code(stack.query(reject, { id, reason: ' ' }, s.tokens.market))).toBe('BAD_USER_INPUT');
    expect(await code(stack.query(SHIPMENT_ID, { id: 'not-a-uuid' }, s.tokens.operator))).toBe('BAD_USER_INPUT');
    await stack.query(LOAD, { id, loads: [{ reservationId: s.reservationId, lotId: s.lot.id, kg: '100' }] }, s.tokens.operator);
    expect(await code(stack.query(graphql(`mutation ShipmentsCancelId($id: ID!) { cancelShipment(id: $id) { id } }`), { id }, s.tokens.operator))).toBe('CONFLICT'); // goods aboard
    expect((await stack.query(DISPATCH, { id }, s.tokens.operator)).data!.dispatchShipment.status).toBe('IN_TRANSIT');
    const rejected = await stack.query(reject, { id, reason: 'Leaves yellowed' }, s.tokens.market);
    expect(rejected.data!.rejectShipment).toEqual({ status: 'REJECTED', rejectionReason: 'Leaves yellowed', custody: [{ kind: 'LOADED' }, { kind: 'IN_TRANSIT' }, { kind: 'REJECTED' }] });
    expect(await code(stack.query(DELIVER, { id }, s.tokens.market))).toBe('CONFLICT');
  });

  it('shows a shipment to its market, its operators and the office only', async () => {
    const s = await scene();
    const id = await planCommitted(s);
    const otherMarket = await seedMemberForColdchain(stack.em('coldchain'), stack.em('members'), s.alliance, 'PARTNER_MARKET', ['PARTNER_MARKET']);
    const elsewhere = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const see = (token: string | null) => stack.query(SHIPMENT_ID, { id }, token);
    for (const token of [s.tokens.market, s.tokens.operator, s.tokens.hauler, s.tokens.office]) expect((await see(token)).data!.shipment).toEqual({ id });
    expect((await see(await stack.token(otherMarket.viewer))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Another alliance's office: as a shipment that does not exist.
    const unseen = await see(await stack.token(elsewhere.office.viewer));
    expect(unseen.errors).toBeUndefined();
    expect(unseen.data!.shipment).toBeNull();
    expect((await see(null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A grower sees the reservation on its lot, but not the shipment carrying it.
    const growerView = await stack.query(graphql(`query ShipmentsReservationShipment($id: ID!) { reservation(id: $id) { id shipment { id } } }`), { id: s.reservationId }, s.tokens.grower);
    expect(growerView.data!.reservation).toEqual({ id: s.reservationId, shipment: null });
    // Lists: each sees its own.
    const list = async (token: string) => (await stack.query(SHIPMENT_IDS, {}, token)).data!.shipments.map((x) => x.id);
    expect(await list(s.tokens.market)).toContain(id);
    expect(await list(s.tokens.hauler)).toContain(id);
    expect(await list(await stack.token(otherMarket.viewer))).not.toContain(id);
    expect(await list(await stack.token(elsewhere.office.viewer))).not.toContain(id);
    // Only the market (or the office) rejects; a market does not load.
    expect((await stack.query(LOAD, { id, loads: [{ reservationId: s.reservationId, lotId: s.lot.id, kg: '1' }] }, s.tokens.market)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('resolves Shipment references with the caller\'s rights, and only from the gateway', async () => {
    const s = await scene();
    const id = await planCommitted(s);
    // Straight to the subgraph: `_entities` is not in the supergraph.
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Shipment { id status } } }`;
    const variables = { r: [{ __typename: 'Shipment', id }] };
    const as = async (viewer: object) => stack.querySubgraph('coldchain', entities, variables, {
      'x-gateway-secret': stack.gatewaySecret,
      'x-viewer': Buffer.from(JSON.stringify(viewer)).toString('base64url'),
    });
    expect((await as(s.market.viewer)).data!._entities).toEqual([{ id, status: 'PLANNED' }]);
    expect((await as(s.grower.viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.querySubgraph('coldchain', entities, variables)).status).toBe(401);
  });

  it('goes to the market of its reservations: another market\'s, an unknown and another alliance\'s are refused, and nothing leaks', async () => {
    const s = await scene();
    const otherMarket = await seedMemberForColdchain(stack.em('coldchain'), stack.em('members'), s.alliance, 'PARTNER_MARKET', ['PARTNER_MARKET']);
    const otherLot = await seedLot(stack.em('members'), s.grower, { quantityKg: '500' });
    const theirs = await stack.query(
      RESERVE,
      { input: { idempotencyKey: `other-${otherLot.id}`, quantityKg: '100', lotId: otherLot.id } },
      await stack.token(otherMarket.viewer),
    );
    const theirsId = theirs.data!.reserveSupply.id;
    await stack.query(CONFIRM, { id: theirsId }, await stack.token(otherMarket.viewer));
    const elsewhere = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const unknown = '00000000-0000-4000-8000-000000000001';
    const id = await planCommitted(s, [s.reservationId, theirsId, unknown]);
    const full = graphql(`
      query ShipmentsMarketAndReservations($id: ID!) { shipment(id: $id) { market { id } reservations { reservationId status reason reservation { id totalKg } } } }
    `);
    const answer = await stack.query(full, { id }, s.tokens.office);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.shipment!.market).toEqual({ id: s.market.member.id });
    expect(answer.data!.shipment!.reservations).toEqual([
      { reservationId: s.reservationId, status: 'COMMITTED', reason: null, reservation: { id: s.reservationId, totalKg: '600.000' } },
      { reservationId: theirsId, status: 'REFUSED', reason: expect.stringContaining('another market'), reservation: null },
      { reservationId: unknown, status: 'REFUSED', reason: 'No such reservation in the alliance of the shipment.', reservation: null },
    ]);
    // The market sees its shipment without errors, and only its own (committed) reservations on it;
    // the other market and another alliance do not see it at all.
    const asMarket = await stack.query(full, { id }, s.tokens.market);
    expect(asMarket.errors).toBeUndefined();
    expect(asMarket.data!.shipment!.reservations.map((r) => r.reservationId)).toEqual([s.reservationId]);
    expect((await stack.query(SHIPMENT_IDS, {}, await stack.token(otherMarket.viewer))).data!.shipments.map((x) => x.id)).not.toContain(id);
    expect((await stack.query(SHIPMENT_IDS, {}, await stack.token(elsewhere.market.viewer))).data!.shipments.map((x) => x.id)).not.toContain(id);
    // The refused reservation is still its market's to cancel.
    const cancel = await stack.query(CANCEL_RESERVATION, { id: theirsId }, await stack.token(otherMarket.viewer));
    expect(cancel.data!.cancelReservation.status).toBe('CANCELLED');
  });

  it('calls off a planned shipment when members refuses every reservation on it', async () => {
    const s = await scene();
    const planned = await stack.query(PLAN, { input: { originFacilityId: s.facility.id, vehicleId: s.vehicle.id, reservationIds: ['00000000-0000-4000-8000-000000000009'] } }, s.tokens.operator);
    const id = planned.data!.planShipment.id;
    const calledOff = graphql(`query ShipmentsCalledOff($id: ID!) { shipment(id: $id) { status market { id } reservations { status } } }`);
    await eventually(async () => {
      const answer = await stack.query(calledOff, { id }, s.tokens.operator);
      expect(answer.data!.shipment).toEqual({ status: 'CANCELLED', market: null, reservations: [{ status: 'REFUSED' }] });
    });
  });

  it('puts a truck on one trip at a time', async () => {
    const s = await scene('600', '1000');
    const first = await planCommitted(s);
    const second = await stack.query(
      RESERVE,
      { input: { idempotencyKey: `second-${s.lot.id}`, quantityKg: '100', lotId: s.lot.id } },
      s.tokens.market,
    );
    const secondId = second.data!.reserveSupply.id;
    await stack.query(CONFIRM, { id: secondId }, s.tokens.market);
    const next = await planCommitted(s, [secondId]);
    const load = (shipment: string, reservationId: string) => stack.query(LOAD, { id: shipment, loads: [{ reservationId, lotId: s.lot.id, kg: '50' }] }, s.tokens.operator);
    expect((await load(first, s.reservationId)).data!.loadShipment.status).toBe('LOADING');
    const busy = await load(next, secondId);
    expect(busy.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', shipmentId: first });
    await stack.query(DISPATCH, { id: first }, s.tokens.operator);
    await stack.query(DELIVER, { id: first }, s.tokens.market);
    expect((await load(next, secondId)).data!.loadShipment.status).toBe('LOADING');
  });
});
