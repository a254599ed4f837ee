import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { lotsKnownToColdchain, seedCastForColdchain, seedFacility, seedLot, seedMemberForColdchain, seedReadings, seedVehicle } from '@alliance/stack/fixtures';

/**
 * Issue 11: every kilogram has one place. A 1,500 kg lot with 750 kg loaded, dispatched and
 * delivered is still at its cold store with 750 kg on offer, and the figures the supply page shows
 * describe those 750 kg, not the truck; the delivered kg's history ends at their delivery.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
});
afterAll(async () => stack?.close());

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

const RESERVE = graphql(`mutation PositionsReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }`);
const CONFIRM = graphql(`mutation PositionsConfirm($id: ID!) { confirmReservation(id: $id) { status } }`);
const CUSTODY = graphql(`mutation PositionsCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }`);
const PLAN = graphql(`mutation PositionsPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id } }`);
const SHIPMENT = graphql(`query PositionsShipment($id: ID!) { shipment(id: $id) { reservations { status } } }`);
const LOAD = graphql(`mutation PositionsLoad($id: ID!, $loads: [ShipmentLoadInput!]!, $at: DateTime) { loadShipment(id: $id, loads: $loads, at: $at) { id } }`);
const DISPATCH = graphql(`mutation PositionsDispatch($id: ID!, $at: DateTime) { dispatchShipment(id: $id, at: $at) { id } }`);
const DELIVER = graphql(`mutation PositionsDeliver($id: ID!) { deliverShipment(id: $id) { arrivedAt } }`);
const CHAIN = graphql(`
  query PositionsColdChain($id: ID!) {
    lot(id: $id) {
      coldChain {
        currentLocation { code }
        latestTemperature { celsius }
        excursionCount
        remainingShelfLifeDays
        shelfLifeUsed
        meanKineticTemperatureC
        positions {
          facility { code }
          vehicle { plate }
          kg
          since
          latestTemperature { celsius }
          excursionCount
          remainingShelfLifeDays
          meanKineticTemperatureC
        }
      }
    }
  }
`);

/** A 1,500 kg lot received into a cold store at 0 °C, 750 kg of it reserved and confirmed by a market. */
async function scene(lotKg = '1500', reservedKg = '750') {
  const cast = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
  const hauler = await seedMemberForColdchain(stack.em('coldchain'), stack.em('members'), cast.alliance, 'LOGISTICS', ['FACILITY_OPERATOR']);
  const harvestDate = ago(72).toISOString().slice(0, 10);
  const lot = await seedLot(stack.em('members'), cast.grower, { quantityKg: lotKg, harvestDate });
  await lotsKnownToColdchain(stack.em('coldchain'), lot);
  const tokens = { market: await stack.token(cast.market.viewer), operator: await stack.token(cast.coldStore.viewer), hauler: await stack.token(hauler.viewer) };
  const em = stack.em('coldchain');
  const { facility, sensor: storeSensor } = await seedFacility(em, cast.coldStore.viewer);
  const { vehicle, sensor: truckSensor } = await seedVehicle(em, hauler.viewer);
  const received = await stack.query(CUSTODY, { input: { lotId: lot.id, kind: 'RECEIVED', at: ago(30), facilityId: facility.id, quantityKg: lotKg } }, tokens.operator);
  expect(received.errors).toBeUndefined();
  // The store at 0 °C since the lot came in, every 15 minutes until now.
  await seedReadings(em, storeSensor, ago(30), 30 * 4, 15, () => 0);
  const reserved = await stack.query(RESERVE, { input: { idempotencyKey: `positions-${lot.id}`, quantityKg: reservedKg, lotId: lot.id } }, tokens.market);
  expect(reserved.errors).toBeUndefined();
  const reservationId = reserved.data!.reserveSupply.id;
  expect((await stack.query(CONFIRM, { id: reservationId }, tokens.market)).data!.confirmReservation.status).toBe('CONFIRMED');
  return { ...cast, lot, tokens, facility, vehicle, truckSensor, reservationId };
}

type Scene = Awaited<ReturnType<typeof scene>>;

/** Plans, loads `kg` at `loadAt` hours ago, dispatches and delivers; the truck logs 9 °C all the way. */
async function ship(s: Scene, kg: string, loadAt: number) {
  const planned = await stack.query(PLAN, { input: { originFacilityId: s.facility.id, vehicleId: s.vehicle.id, reservationIds: [s.reservationId] } }, s.tokens.operator);
  expect(planned.errors).toBeUndefined();
  const id = planned.data!.planShipment.id;
  await eventually(async () => expect((await stack.query(SHIPMENT, { id }, s.tokens.operator)).data!.shipment!.reservations.map((r) => r.status)).toEqual(['COMMITTED']));
  expect((await stack.query(LOAD, { id, loads: [{ reservationId: s.reservationId, lotId: s.lot.id, kg }], at: ago(loadAt).toISOString() }, s.tokens.operator)).errors).toBeUndefined();
  expect((await stack.query(DISPATCH, { id, at: ago(loadAt - 0.5).toISOString() }, s.tokens.hauler)).errors).toBeUndefined();
  await seedReadings(stack.em('coldchain'), s.truckSensor, ago(loadAt), (loadAt - 1) * 4, 15, () => 9);
  const delivered = await stack.query(DELIVER, { id }, s.tokens.market);
  expect(delivered.errors).toBeUndefined();
  return id;
}

describe('positions: the figures describe the kilograms still on offer', () => {
  it('a 1,500 kg lot with 750 kg delivered is at its cold store, with the store’s figures, not the truck’s', async () => {
    const s = await scene();
    await ship(s, '750', 10);
    const chain = (await stack.query(CHAIN, { id: s.lot.id }, s.tokens.market)).data!.lot!.coldChain!;
    expect(chain.currentLocation).toEqual({ code: s.facility.code });
    expect(chain.positions).toHaveLength(1);
    const [store] = chain.positions;
    expect(store).toMatchObject({ facility: { code: s.facility.code }, vehicle: null, kg: '750.000', latestTemperature: { celsius: 0 }, excursionCount: 0 });
    // The headline figures are the store's: 0 °C, no excursion (the truck at 9 °C carried the delivered kg).
    expect(chain.latestTemperature).toEqual({ celsius: 0 });
    expect(chain.excursionCount).toBe(0);
    expect(chain.remainingShelfLifeDays).toBeCloseTo(store!.remainingShelfLifeDays!, 9);
    expect(chain.meanKineticTemperatureC).toBeCloseTo(0, 6);
  });

  it('a lot delivered whole: its history ends at delivery (figures stop moving), and it has no position', async () => {
    const s = await scene('1500', '1500');
    await ship(s, '1500', 10);
    const first = (await stack.query(CHAIN, { id: s.lot.id }, s.tokens.market)).data!.lot!.coldChain!;
    expect(first.positions).toEqual([]);
    expect(first.currentLocation).toBeNull();
    // The truck's 9 °C counted up to delivery, then nothing: the same figures a moment later.
    expect(first.latestTemperature).toEqual({ celsius: 9 });
    expect(first.excursionCount).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const later = (await stack.query(CHAIN, { id: s.lot.id }, s.tokens.market)).data!.lot!.coldChain!;
    expect(later.shelfLifeUsed).toBe(first.shelfLifeUsed);
    expect(later.meanKineticTemperatureC).toBe(first.meanKineticTemperatureC);
  });

  it('kg on the road are their own position, with the store’s history until loading and the truck’s since', async () => {
    const s = await scene();
    const planned = await stack.query(PLAN, { input: { originFacilityId: s.facility.id, vehicleId: s.vehicle.id, reservationIds: [s.reservationId] } }, s.tokens.operator);
    const id = planned.data!.planShipment.id;
    await eventually(async () => expect((await stack.query(SHIPMENT, { id }, s.tokens.operator)).data!.shipment!.reservations.map((r) => r.status)).toEqual(['COMMITTED']));
    expect((await stack.query(LOAD, { id, loads: [{ reservationId: s.reservationId, lotId: s.lot.id, kg: '500' }], at: ago(6).toISOString() }, s.tokens.operator)).errors).toBeUndefined();
    await seedReadings(stack.em('coldchain'), s.truckSensor, ago(6), 6 * 4 - 1, 15, () => 9);
    const chain = (await stack.query(CHAIN, { id: s.lot.id }, s.tokens.market)).data!.lot!.coldChain!;
    const store = chain.positions.find((p) => p.facility)!;
    const truck = chain.positions.find((p) => p.vehicle)!;
    expect([store.kg, truck.kg]).toEqual(['1000.000', '500.000']);
    expect(truck.latestTemperature).toEqual({ celsius: 9 });
    expect(truck.excursionCount).toBe(1);
    expect(truck.remainingShelfLifeDays!).toBeLessThan(store.remainingShelfLifeDays!);
    // Before loading the truck's kg were in the store: its MKT mixes 24 h at 0 °C and 6 h at 9 °C.
    expect(truck.meanKineticTemperatureC!).toBeGreaterThan(0.5);
    expect(truck.meanKineticTemperatureC!).toBeLessThan(9);
    // The supply page's figures: the 1,000 kg on offer in the store.
    expect(chain.latestTemperature).toEqual({ celsius: 0 });
    expect(chain.excursionCount).toBe(0);
  });
});
