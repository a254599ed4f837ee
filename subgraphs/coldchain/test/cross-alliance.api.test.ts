import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, graphql, startTestStack, type GraphQLAnswer, type TestStack } from '@alliance/stack/testing';
import { lotsKnownToColdchain, seedBase, seedCastForColdchain, seedFacility, seedLot, seedVehicle, daysAgo } from '@alliance/stack/fixtures';
import { CapacityBooking, Shipment, ShipmentLine, ShipmentReservation } from '@alliance/coldchain';

/**
 * Nothing crosses alliances: for every mutation of the cold chain, the office and the members of
 * another alliance are refused (FORBIDDEN or NOT_FOUND), and the rows of the first alliance stay as
 * they were.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
});
afterAll(async () => stack?.close());

const HOUR = 3_600_000;
/** A calendar day `offset` days from today. */
const day = (offset: number) => daysAgo(-offset);
const REFUSED = ['FORBIDDEN', 'NOT_FOUND'];

/** Luxi's places, a booking, a lot and a planned shipment; Yili's office and members as the outsiders. */
async function scene() {
  const em = () => stack.em('coldchain');
  const luxi = await seedCastForColdchain(stack.em('members'), em());
  const yili = await seedCastForColdchain(stack.em('members'), em());
  const { facility, sensor } = await seedFacility(em(), luxi.coldStore.viewer);
  const { vehicle } = await seedVehicle(em(), luxi.coldStore.viewer);
  const { facility: yiliStore } = await seedFacility(em(), yili.coldStore.viewer);
  const lot = await seedLot(stack.em('members'), luxi.grower);
  await lotsKnownToColdchain(em(), { id: lot.id, allianceId: luxi.alliance.id });
  const booking = Object.assign(new CapacityBooking(), {
    facility,
    memberId: luxi.grower.member.id,
    allianceId: luxi.alliance.id,
    kind: 'COLD_STORAGE',
    amount: '10.000',
    fromDay: day(1),
    toDay: day(1),
  });
  const shipment = Object.assign(new Shipment(), { allianceId: luxi.alliance.id, origin: facility, vehicle, plannedBy: luxi.coldStore.member.id, marketId: luxi.market.member.id });
  const reservationId = randomUUID();
  const onShipment = Object.assign(new ShipmentReservation(), { shipment, reservationId, position: 0, status: 'COMMITTED' });
  const line = Object.assign(new ShipmentLine(), { shipment, reservationId, lotId: lot.id, crop: 'SCALLION', reservedKg: '100.000' });
  const coldchain = em();
  await coldchain.persistAndFlush([booking, shipment, onShipment]);
  await coldchain.persistAndFlush(line); // after its reservation (a foreign key the ORM does not know of)
  const outsiders = {
    office: await stack.token(yili.office.viewer),
    operator: await stack.token(yili.coldStore.viewer),
    market: await stack.token(yili.market.viewer),
    grower: await stack.token(yili.grower.viewer),
  };
  return { luxi, yili, facility, sensor, vehicle, yiliStore, lot, booking, shipment, reservationId, outsiders };
}

type Scene = Awaited<ReturnType<typeof scene>>;

/** Every row of Luxi's that a mutation could change. */
async function luxiRows(s: Scene) {
  const em = stack.em('coldchain');
  const rows = (sql: string, ...params: unknown[]) => em.execute(sql, params);
  return {
    facility: await rows(`select * from coldchain.facility where id = ?`, s.facility.id),
    vehicle: await rows(`select * from coldchain.vehicle where id = ?`, s.vehicle.id),
    vehicles: await rows(`select count(*)::int as n from coldchain.vehicle where operator_id = ?`, s.luxi.coldStore.member.id),
    facilities: await rows(`select count(*)::int as n from coldchain.facility where operator_id = ?`, s.luxi.coldStore.member.id),
    sensors: await rows(`select code from coldchain.sensor where facility_id = ? or vehicle_id = ? order by code`, s.facility.id, s.vehicle.id),
    bookings: await rows(`select id, status, amount from coldchain.capacity_booking where facility_id = ? order by id`, s.facility.id),
    ledger: await rows(`select day, capacity, booked from coldchain.capacity_day where facility_id = ? order by day`, s.facility.id),
    readings: await rows(`select count(*)::int as n from coldchain.temperature_reading where sensor_id = ?`, s.sensor.id),
    custody: await rows(`select id from coldchain.custody_event where lot_id = ? order by id`, s.lot.id),
    shipment: await rows(`select status, market_id, departed_at, arrived_at, rejection_reason from coldchain.shipment where id = ?`, s.shipment.id),
    shipments: await rows(`select count(*)::int as n from coldchain.shipment where origin_id = ?`, s.facility.id),
    reservations: await rows(`select reservation_id, status from coldchain.shipment_reservation where shipment_id = ?`, s.shipment.id),
    lines: await rows(`select lot_id, loaded_kg from coldchain.shipment_line where shipment_id = ?`, s.shipment.id),
  };
}

const RECORD_CUSTODY = graphql(`
  mutation ColdchainCrossAllianceRecordCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }
`);
const REGISTER_SENSOR = graphql(`
  mutation ColdchainCrossAllianceRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { id } }
`);

/** Each mutation, as another alliance would try it on Luxi's records, sent with the caller's token. */
function attempts(s: Scene): Record<string, (token: string) => Promise<GraphQLAnswer<Record<string, unknown>>>> {
  const at = new Date(Date.now() - HOUR).toISOString();
  return {
    registerFacility: (token) =>
      stack.query(
        graphql(`mutation ColdchainCrossAllianceRegisterFacility($input: RegisterFacilityInput!) { registerFacility(input: $input) { id } }`),
        { input: { code: `CS-X${Date.now() % 100000}`, name: 'Not yours', kind: 'COLD_STORE', operatorId: s.luxi.coldStore.member.id, township: 'Jinma', storageCubicMetres: '10', storageCapacityKg: '1000' } },
        token,
      ),
    updateFacility: (token) =>
      stack.query(
        graphql(`mutation ColdchainCrossAllianceUpdateFacility($id: ID!) { updateFacility(id: $id, input: { name: "Taken over", storageCapacityKg: "1" }) { id } }`),
        { id: s.facility.id },
        token,
      ),
    registerVehicle: (token) =>
      stack.query(
        graphql(`mutation ColdchainCrossAllianceRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id } }`),
        { input: { plate: `云X·${Date.now() % 100000}冷`, operatorId: s.luxi.coldStore.member.id } },
        token,
      ),
    registerSensorAtFacility: (token) => stack.query(REGISTER_SENSOR, { input: { code: `x-${s.facility.code}`, facilityId: s.facility.id } }, token),
    registerSensorInVehicle: (token) => stack.query(REGISTER_SENSOR, { input: { code: `x-${s.vehicle.plate}`, vehicleId: s.vehicle.id } }, token),
    bookCapacity: (token) =>
      stack.query(
        graphql(`mutation ColdchainCrossAllianceBookCapacity($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }`),
        { input: { facilityId: s.facility.id, kind: 'COLD_STORAGE', amount: '10', from: day(1), to: day(1) } },
        token,
      ),
    cancelCapacityBooking: (token) =>
      stack.query(graphql(`mutation ColdchainCrossAllianceCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { id } }`), { id: s.booking.id }, token),
    recordTemperatures: (token) =>
      stack.query(
        graphql(`mutation ColdchainCrossAllianceRecordTemperatures($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }`),
        { readings: [{ sensorCode: s.sensor.code, at, celsius: 1.5 }] },
        token,
      ),
    recordCustodyAtTheirStore: (token) =>
      stack.query(RECORD_CUSTODY, { input: { lotId: s.lot.id, kind: 'STORED', at, facilityId: s.facility.id, quantityKg: '10' } }, token),
    recordCustodyOfTheirLotAtOurStore: (token) =>
      stack.query(RECORD_CUSTODY, { input: { lotId: s.lot.id, kind: 'STORED', at, facilityId: s.yiliStore.id, quantityKg: '10' } }, token),
    recordCustodyOnTheirTruck: (token) =>
      stack.query(RECORD_CUSTODY, { input: { lotId: s.lot.id, kind: 'LOADED', at, vehicleId: s.vehicle.id, quantityKg: '10' } }, token),
    planShipment: (token) =>
      stack.query(
        graphql(`mutation ColdchainCrossAlliancePlanShipment($input: PlanShipmentInput!) { planShipment(input: $input) { id } }`),
        { input: { originFacilityId: s.facility.id, vehicleId: s.vehicle.id, reservationIds: [randomUUID()] } },
        token,
      ),
    loadShipment: (token) =>
      stack.query(
        graphql(`mutation ColdchainCrossAllianceLoadShipment($id: ID!, $loads: [ShipmentLoadInput!]!) { loadShipment(id: $id, loads: $loads) { id } }`),
        { id: s.shipment.id, loads: [{ reservationId: s.reservationId, lotId: s.lot.id, kg: '10' }] },
        token,
      ),
    dispatchShipment: (token) =>
      stack.query(graphql(`mutation ColdchainCrossAllianceDispatchShipment($id: ID!) { dispatchShipment(id: $id) { id } }`), { id: s.shipment.id }, token),
    deliverShipment: (token) =>
      stack.query(graphql(`mutation ColdchainCrossAllianceDeliverShipment($id: ID!) { deliverShipment(id: $id) { id } }`), { id: s.shipment.id }, token),
    rejectShipment: (token) =>
      stack.query(
        graphql(`mutation ColdchainCrossAllianceRejectShipment($id: ID!) { rejectShipment(id: $id, reason: "Not ours") { id } }`),
        { id: s.shipment.id },
        token,
      ),
    cancelShipment: (token) =>
      stack.query(graphql(`mutation ColdchainCrossAllianceCancelShipment($id: ID!) { cancelShipment(id: $id) { id } }`), { id: s.shipment.id }, token),
  };
}

describe('another alliance', () => {
  it('cannot record custody at our cold store, for our lot: the hole the Yili office used', async () => {
    const s = await scene();
    const before = await luxiRows(s);
    const send = attempts(s).recordCustodyAtTheirStore!;
    const answer = await send(s.outsiders.office);
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await luxiRows(s)).toEqual(before);
    // Our own operator may, and our office too: the refusal above is about the alliance, not the place.
    for (const token of [await stack.token(s.luxi.coldStore.viewer), await stack.token(s.luxi.office.viewer)]) {
      const ours = await send(token);
      expect(ours.errors).toBeUndefined();
    }
    expect((await luxiRows(s)).custody.length).toBe(2);
  });

  it('is refused every mutation of the cold chain on our records, and nothing changes', async () => {
    const s = await scene();
    const before = await luxiRows(s);
    for (const [name, send] of Object.entries(attempts(s))) {
      for (const [who, token] of Object.entries(s.outsiders)) {
        const answer = await send(token);
        if (name === 'recordTemperatures' && !answer.errors) {
          // A batch is answered reading by reading: an operator's reading for another's sensor is rejected, not stored.
          expect(answer.data!.recordTemperatures, `${who} ${name}`).toEqual({ stored: 0, rejected: [{ reason: expect.stringContaining('unknown sensor') }] });
          continue;
        }
        expect(REFUSED, `${who} ${name}: ${JSON.stringify(answer.errors ?? answer.data)}`).toContain(answer.errors?.[0]?.extensions?.code);
      }
    }
    expect(await luxiRows(s)).toEqual(before);
  });

  it('cannot use a lot of another alliance at its own places, and our office cannot either at ours', async () => {
    const s = await scene();
    const yiliLot = await seedLot(stack.em('members'), s.yili.grower);
    await lotsKnownToColdchain(stack.em('coldchain'), { id: yiliLot.id, allianceId: s.yili.alliance.id });
    const at = new Date(Date.now() - HOUR).toISOString();
    const record = (lotId: string, facilityId: string) => ({ input: { lotId, kind: 'RECEIVED', at, facilityId, quantityKg: '5' } }) as const;
    const luxiOffice = await stack.token(s.luxi.office.viewer);
    expect((await stack.query(RECORD_CUSTODY, record(yiliLot.id, s.facility.id), luxiOffice)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'lotId' });
    expect((await stack.query(RECORD_CUSTODY, record(randomUUID(), s.facility.id), luxiOffice)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'lotId' });
    const [count] = await stack.em('coldchain').execute(`select count(*)::int as n from coldchain.custody_event where lot_id = ?`, [yiliLot.id]);
    expect(count!.n).toBe(0);
  });

  it('learns the alliance of a lot the members subgraph registers (lots.registered)', async () => {
    const s = await scene();
    const base = await seedBase(stack.em('members'), s.luxi.grower.member);
    const registered = await stack.query(
      graphql(`mutation ColdchainCrossAllianceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }`),
      { input: { baseId: base.id, crop: 'SCALLION', variety: 'RED', grade: 'A', quantityKg: '800', harvestDate: day(-1), askingPricePerKg: '3.20' } },
      await stack.token(s.luxi.grower.viewer),
    );
    expect(registered.errors).toBeUndefined();
    const lotId = registered.data!.registerLot.id;
    const at = new Date(Date.now() - HOUR).toISOString();
    const record = graphql(`mutation ColdchainCrossAllianceReceiveLot($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { kind } }`);
    const input = { lotId, kind: 'RECEIVED', at, facilityId: s.facility.id, quantityKg: '800' } as const;
    const operator = await stack.token(s.luxi.coldStore.viewer);
    await eventually(async () => expect((await stack.query(record, { input }, operator)).data?.recordCustodyEvent).toEqual({ kind: 'RECEIVED' }));
    expect((await stack.query(record, { input }, s.outsiders.office)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
