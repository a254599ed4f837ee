import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { directoryMember, lotsKnownToColdchain, seedCastForColdchain, seedCustody, seedFacility, seedLot, seedMemberForColdchain, seedVehicle } from '@alliance/stack/fixtures';
import { Shipment } from '@alliance/coldchain';
import { recordLotAlliances } from '@alliance/coldchain/store/lot-alliances';
import type { Viewer } from '@alliance/domain-kit';

/** The holes a security probe found in the cold chain, each closed and kept closed. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
});
afterAll(async () => stack?.close());

const em = () => stack.em('coldchain');
const HOUR = 3_600_000;
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

const DELIVER = graphql(`mutation ProbeDeliver($id: ID!) { deliverShipment(id: $id) { status } }`);
const REJECT = graphql(`mutation ProbeReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status } }`);
const DISPATCH = graphql(`mutation ProbeDispatch($id: ID!) { dispatchShipment(id: $id) { status } }`);
const CANCEL_SHIPMENT = graphql(`mutation ProbeCancelShipment($id: ID!) { cancelShipment(id: $id) { status } }`);
const BOOK = graphql(`mutation ProbeBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }`);
const CANCEL_BOOKING = graphql(`mutation ProbeCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { status } }`);
const SHIPMENT = graphql(`query ProbeShipment($id: ID!) { shipment(id: $id) { id } }`);
const FACILITY = graphql(`query ProbeFacility($id: ID!) { facility(id: $id) { id } }`);
const UPDATE_FACILITY = graphql(`mutation ProbeUpdateFacility($id: ID!) { updateFacility(id: $id, input: { name: "Renamed" }) { id } }`);
const REGISTER_SENSOR = graphql(`mutation ProbeRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { id } }`);
const CUSTODY = graphql(`mutation ProbeCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id quantityKg } }`);
const RECORD = graphql(`mutation ProbeRecord($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }`);
const LOT_CHAIN = graphql(`query ProbeLotChain($id: ID!) { lot(id: $id) { coldChain { custody { quantityKg } epcisDocument } } }`);

/** A shipment on the road from an operator's store to a market, all known to the cold chain's directory only. */
async function onTheRoad(status = 'IN_TRANSIT') {
  const operator = await directoryMember(em(), ['FACILITY_OPERATOR']);
  const market = await directoryMember(em(), ['PARTNER_MARKET'], { allianceId: operator.allianceId, kind: 'PARTNER_MARKET' });
  const { facility } = await seedFacility(em(), operator);
  const { vehicle } = await seedVehicle(em(), operator);
  const shipment = Object.assign(new Shipment(), {
    allianceId: operator.allianceId,
    origin: facility,
    vehicle,
    plannedBy: operator.memberId,
    marketId: market.memberId,
    status,
    ...(status === 'IN_TRANSIT' ? { departedAt: new Date(Date.now() - 2 * HOUR) } : {}),
  });
  await em().persistAndFlush(shipment);
  return { operator, market, facility, vehicle, shipment };
}

/** The office takes every role away: the directory says so at the next request. */
const withoutRoles = (v: Viewer) => directoryMember(em(), [], { memberId: v.memberId, allianceId: v.allianceId, kind: v.kind });
const withRoles = (v: Viewer) => directoryMember(em(), [...v.roles], { memberId: v.memberId, allianceId: v.allianceId, kind: v.kind });
const statusOf = async (id: string) => (await em().execute(`select status from coldchain.shipment where id = ?`, [id]))[0]!.status;
const code = (answer: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => answer.errors?.[0]?.extensions?.code;

describe('finding 2: writes need the role the caller holds now, not only ownership', () => {
  it('refuses rejectShipment and deliverShipment by the market without PARTNER_MARKET, and delivery by the driver without FACILITY_OPERATOR', async () => {
    const s = await onTheRoad();
    const market = await stack.token(s.market);
    const driver = await stack.token(s.operator);
    await withoutRoles(s.market);
    await withoutRoles(s.operator);
    expect(code(await stack.query(REJECT, { id: s.shipment.id, reason: 'Warm' }, market))).toBe('FORBIDDEN');
    expect(code(await stack.query(DELIVER, { id: s.shipment.id }, market))).toBe('FORBIDDEN');
    expect(code(await stack.query(DELIVER, { id: s.shipment.id }, driver))).toBe('FORBIDDEN');
    expect(await statusOf(s.shipment.id)).toBe('IN_TRANSIT');
    // The role given back, the same token acts again.
    await withRoles(s.market);
    expect((await stack.query(REJECT, { id: s.shipment.id, reason: 'Warm' }, market)).data).toEqual({ rejectShipment: { status: 'REJECTED' } });
  });

  it('refuses dispatch and cancellation by an operator whose role was removed', async () => {
    const s = await onTheRoad('PLANNED');
    const operator = await stack.token(s.operator);
    await withoutRoles(s.operator);
    expect(code(await stack.query(DISPATCH, { id: s.shipment.id }, operator))).toBe('FORBIDDEN');
    expect(code(await stack.query(CANCEL_SHIPMENT, { id: s.shipment.id }, operator))).toBe('FORBIDDEN');
    expect(await statusOf(s.shipment.id)).toBe('PLANNED');
  });

  it('refuses cancelCapacityBooking by the member who booked without a booking role, and by the operator without FACILITY_OPERATOR', async () => {
    const s = await onTheRoad();
    const market = await stack.token(s.market);
    const operator = await stack.token(s.operator);
    const booked = await stack.query(BOOK, { input: { facilityId: s.facility.id, kind: 'COLD_STORAGE', amount: '10', from: tomorrow, to: tomorrow } }, market);
    expect(booked.errors).toBeUndefined();
    const id = booked.data!.bookCapacity.id;
    await withoutRoles(s.market);
    await withoutRoles(s.operator);
    expect(code(await stack.query(CANCEL_BOOKING, { id }, market))).toBe('FORBIDDEN');
    expect(code(await stack.query(CANCEL_BOOKING, { id }, operator))).toBe('FORBIDDEN');
    await withRoles(s.operator);
    expect((await stack.query(CANCEL_BOOKING, { id }, operator)).data).toEqual({ cancelCapacityBooking: { status: 'CANCELLED' } });
  });
});

describe('finding 3: a lot\'s kg in the cold chain are for its grower and its alliance\'s markets, office and operators', () => {
  async function lotWithCustody() {
    const luxi = await seedCastForColdchain(stack.em('members'), em());
    const otherGrower = await seedMemberForColdchain(em(), stack.em('members'), luxi.alliance, 'GROWER', ['GROWER']);
    const insurer = await seedMemberForColdchain(em(), stack.em('members'), luxi.alliance, 'INSURER', ['INSURER']);
    const lot = await seedLot(stack.em('members'), luxi.grower, { quantityKg: '921.590' });
    // As members' lots.registered tells it, with the grower and kg.
    await recordLotAlliances(em(), [{ lotId: lot.id, allianceId: luxi.alliance.id, growerId: luxi.grower.member.id, quantityKg: '921.590', announcedAt: new Date().toISOString() }]);
    const { facility } = await seedFacility(em(), luxi.coldStore.viewer);
    await seedCustody(em(), lot.id, 'STORED', new Date(Date.now() - HOUR), { facility }, '921.590');
    return { luxi, otherGrower, insurer, lot };
  }
  const read = async (lotId: string, viewer: Viewer) => {
    const answer = await stack.query(LOT_CHAIN, { id: lotId }, await stack.token(viewer));
    expect(answer.errors).toBeUndefined();
    return answer.data!.lot!.coldChain!;
  };
  const quantities = (epcis: string) => JSON.parse(epcis).epcisBody.eventList.map((e: { quantityList: { quantity?: number }[] }) => e.quantityList[0]!.quantity ?? null);

  it('shows another grower and an insurer the custody without kg, and an EPCIS export without quantities', async () => {
    const s = await lotWithCustody();
    for (const viewer of [s.otherGrower.viewer, s.insurer.viewer]) {
      const chain = await read(s.lot.id, viewer);
      expect(chain.custody).toEqual([{ quantityKg: null }]);
      expect(chain.epcisDocument).not.toContain('921.59');
      expect(quantities(chain.epcisDocument)).toEqual([null]);
    }
  });

  it('shows the kg to the market, the office, the operator and the lot\'s own grower', async () => {
    const s = await lotWithCustody();
    for (const viewer of [s.luxi.market.viewer, s.luxi.office.viewer, s.luxi.coldStore.viewer, s.luxi.grower.viewer]) {
      const chain = await read(s.lot.id, viewer);
      expect(chain.custody).toEqual([{ quantityKg: '921.590' }]);
      expect(quantities(chain.epcisDocument)).toEqual([921.59]);
    }
  });

  it('gives another alliance no cold chain of the lot through _entities, and a lot the cold chain never heard of none either', async () => {
    const s = await lotWithCustody();
    const yili = await seedCastForColdchain(stack.em('members'), em());
    const unheard = await seedLot(stack.em('members'), s.luxi.grower, { quantityKg: '10' });
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Lot { coldChain { custody { quantityKg } } } } }`;
    const as = (viewer: Viewer, id: string) =>
      stack.querySubgraph('coldchain', query, { r: [{ __typename: 'Lot', id, crop: 'SCALLION', harvestDate: s.lot.harvestDate }] }, {
        'x-gateway-secret': stack.gatewaySecret,
        'x-viewer': Buffer.from(JSON.stringify(viewer)).toString('base64url'),
      });
    expect((await as(s.luxi.market.viewer, s.lot.id)).data!._entities).toEqual([{ coldChain: { custody: [{ quantityKg: '921.590' }] } }]);
    expect((await as(yili.office.viewer, s.lot.id)).data!._entities).toEqual([{ coldChain: null }]);
    expect((await as(s.luxi.market.viewer, unheard.id)).data!._entities).toEqual([{ coldChain: null }]);
  });
});

describe('finding 4: another alliance\'s ids answer exactly as ids that do not exist', () => {
  it('shipment(id), facility(id) and every mutation on another alliance\'s shipment, facility, vehicle, sensor or booking', async () => {
    const luxi = await onTheRoad();
    const yiliOperator = await directoryMember(em(), ['FACILITY_OPERATOR', 'ALLIANCE_ADMIN']);
    const yili = await stack.token(yiliOperator);
    const luxiMarket = await stack.token(luxi.market);
    const booked = await stack.query(BOOK, { input: { facilityId: luxi.facility.id, kind: 'COLD_STORAGE', amount: '5', from: tomorrow, to: tomorrow } }, luxiMarket);
    const bookingId = booked.data!.bookCapacity.id;
    const lot = randomUUID();
    await lotsKnownToColdchain(em(), { id: lot, allianceId: yiliOperator.allianceId });

    for (const [theirs, none] of [
      await Promise.all([stack.query(SHIPMENT, { id: luxi.shipment.id }, yili), stack.query(SHIPMENT, { id: randomUUID() }, yili)]),
      await Promise.all([stack.query(FACILITY, { id: luxi.facility.id }, yili), stack.query(FACILITY, { id: randomUUID() }, yili)]),
    ]) {
      expect(theirs.errors).toBeUndefined();
      expect(theirs.data).toEqual(none.data);
      expect(Object.values(theirs.data!)).toEqual([null]);
    }

    const attempts: Record<string, (id: string) => Promise<{ errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>> = {
      deliverShipment: (id) => stack.query(DELIVER, { id }, yili),
      rejectShipment: (id) => stack.query(REJECT, { id, reason: 'x' }, yili),
      dispatchShipment: (id) => stack.query(DISPATCH, { id }, yili),
      cancelShipment: (id) => stack.query(CANCEL_SHIPMENT, { id }, yili),
      updateFacility: (id) => stack.query(UPDATE_FACILITY, { id }, yili),
      bookCapacity: (id) => stack.query(BOOK, { input: { facilityId: id, kind: 'COLD_STORAGE', amount: '5', from: tomorrow, to: tomorrow } }, yili),
      'registerSensor at a facility': (id) => stack.query(REGISTER_SENSOR, { input: { code: `P-${Date.now()}`, facilityId: id } }, yili),
      'registerSensor in a vehicle': (id) => stack.query(REGISTER_SENSOR, { input: { code: `P-${Date.now()}`, vehicleId: id } }, yili),
      'recordCustodyEvent at a facility': (id) => stack.query(CUSTODY, { input: { lotId: lot, kind: 'STORED', at: new Date().toISOString(), facilityId: id, quantityKg: '1' } }, yili),
      'recordCustodyEvent on a vehicle': (id) => stack.query(CUSTODY, { input: { lotId: lot, kind: 'LOADED', at: new Date().toISOString(), vehicleId: id, quantityKg: '1' } }, yili),
      cancelCapacityBooking: (id) => stack.query(CANCEL_BOOKING, { id }, yili),
    };
    const real: Record<string, string> = {
      deliverShipment: luxi.shipment.id,
      rejectShipment: luxi.shipment.id,
      dispatchShipment: luxi.shipment.id,
      cancelShipment: luxi.shipment.id,
      updateFacility: luxi.facility.id,
      bookCapacity: luxi.facility.id,
      'registerSensor at a facility': luxi.facility.id,
      'registerSensor in a vehicle': luxi.vehicle.id,
      'recordCustodyEvent at a facility': luxi.facility.id,
      'recordCustodyEvent on a vehicle': luxi.vehicle.id,
      cancelCapacityBooking: bookingId,
    };
    for (const [name, send] of Object.entries(attempts)) {
      const missing = randomUUID();
      const [theirs, none] = await Promise.all([send(real[name]!), send(missing)]);
      expect(theirs.errors?.[0]?.extensions?.code, name).toBe('NOT_FOUND');
      expect(theirs.errors?.[0]?.message.replace(real[name]!, '<id>'), name).toBe(none.errors?.[0]?.message.replace(missing, '<id>'));
    }
    expect(await statusOf(luxi.shipment.id)).toBe('IN_TRANSIT');
  });

  it('recordTemperatures: another alliance\'s sensor is unknown; another operator\'s of the alliance belongs to another operator', async () => {
    const luxi = await onTheRoad();
    const { sensor: luxiSensor } = await seedFacility(em(), luxi.operator);
    const neighbour = await directoryMember(em(), ['FACILITY_OPERATOR'], { allianceId: luxi.operator.allianceId });
    const stranger = await directoryMember(em(), ['FACILITY_OPERATOR']);
    const readings = [{ sensorCode: luxiSensor.code, at: new Date(Date.now() - 60_000).toISOString(), celsius: 1 }];
    expect((await stack.query(RECORD, { readings }, await stack.token(stranger))).data!.recordTemperatures).toEqual({
      stored: 0,
      rejected: [{ reason: `unknown sensor "${luxiSensor.code}"` }],
    });
    expect((await stack.query(RECORD, { readings }, await stack.token(neighbour))).data!.recordTemperatures).toEqual({
      stored: 0,
      rejected: [{ reason: `sensor "${luxiSensor.code}" belongs to another operator` }],
    });
  });
});

describe('finding 6: recordCustodyEvent checks place and quantity', () => {
  it('refuses a facility and a vehicle at once, and more kg than the lot holds', async () => {
    const s = await onTheRoad();
    const lot = randomUUID();
    await recordLotAlliances(em(), [{ lotId: lot, allianceId: s.operator.allianceId, quantityKg: '3018.000', announcedAt: new Date().toISOString() }]);
    const token = await stack.token(s.operator);
    const at = new Date(Date.now() - 60_000).toISOString();
    const both = await stack.query(CUSTODY, { input: { lotId: lot, kind: 'STORED', at, facilityId: s.facility.id, vehicleId: s.vehicle.id, quantityKg: '10' } }, token);
    expect(code(both)).toBe('BAD_USER_INPUT');
    const tooMuch = await stack.query(CUSTODY, { input: { lotId: lot, kind: 'STORED', at, facilityId: s.facility.id, quantityKg: '99999999' } }, token);
    expect(code(tooMuch)).toBe('BAD_USER_INPUT');
    expect(tooMuch.errors?.[0]?.message).toContain('3018.000 kg');
    const [count] = await em().execute(`select count(*)::int as n from coldchain.custody_event where lot_id = ?`, [lot]);
    expect(count!.n).toBe(0);
    const whole = await stack.query(CUSTODY, { input: { lotId: lot, kind: 'STORED', at, facilityId: s.facility.id, quantityKg: '3018' } }, token);
    expect(whole.errors).toBeUndefined();
    expect(whole.data!.recordCustodyEvent.quantityKg).toBe('3018.000');
  });
});
