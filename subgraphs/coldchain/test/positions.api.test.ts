import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { coldchainSettings } from '../src/settings.ts';
import { recordLotAlliances } from '../src/store/lot-alliances.ts';
import { announceFreshness, freshnessEntry } from '../src/domain/freshness-announcer.ts';
import { defaultCropProfiles } from '../src/domain/crop-profiles.ts';
import { harvestMidnight, loadLotHistories } from '../src/domain/lot-history.ts';
import { foldKeysOfSettings } from '../src/domain/reading-fold.ts';
import { seedCastForColdchain, seedFacility, seedLot, seedMemberForColdchain, seedReadings, seedVehicle } from '@alliance/stack/fixtures';

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
async function scene(lotKg = '1500', reservedKg = '750', receivedKg = lotKg) {
  const cast = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
  const hauler = await seedMemberForColdchain(stack.em('coldchain'), stack.em('members'), cast.alliance, 'LOGISTICS', ['FACILITY_OPERATOR']);
  const harvestDate = ago(72).toISOString().slice(0, 10);
  const lot = await seedLot(stack.em('members'), cast.grower, { quantityKg: lotKg, harvestDate });
  // As lots.registered tells the cold chain: alliance, kg, crop and harvest day.
  await recordLotAlliances(stack.em('coldchain'), [{ lotId: lot.id, allianceId: lot.allianceId, quantityKg: lotKg, crop: 'SCALLION', harvestDate, announcedAt: new Date().toISOString() }]);
  const tokens = { market: await stack.token(cast.market.viewer), operator: await stack.token(cast.coldStore.viewer), hauler: await stack.token(hauler.viewer) };
  const em = stack.em('coldchain');
  const { facility, sensor: storeSensor } = await seedFacility(em, cast.coldStore.viewer);
  const { vehicle, sensor: truckSensor } = await seedVehicle(em, hauler.viewer);
  const received = await stack.query(CUSTODY, { input: { lotId: lot.id, kind: 'RECEIVED', at: ago(30).toISOString(), facilityId: facility.id, quantityKg: receivedKg } }, tokens.operator);
  expect(received.errors).toBeUndefined();
  // The store at 0 °C since the lot came in, every 15 minutes until now.
  await seedReadings(em, storeSensor, ago(30), 30 * 4, 15, () => 0);
  const reserved = await stack.query(RESERVE, { input: { idempotencyKey: `positions-${lot.id}`, quantityKg: reservedKg, lotId: lot.id } }, tokens.market);
  expect(reserved.errors).toBeUndefined();
  const reservationId = reserved.data!.reserveSupply.id;
  expect((await stack.query(CONFIRM, { id: reservationId }, tokens.market)).data!.confirmReservation.status).toBe('CONFIRMED');
  return { ...cast, lot, harvestDate, tokens, facility, vehicle, truckSensor, reservationId };
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

const LEDGER = (lotId: string) =>
  stack.sql<{ place: string; kg: string }>('coldchain', `select place, kg::text as kg from coldchain.lot_position where lot_id = ? order by place`, [lotId]);

describe('the positions ledger: the database holds where each kg is', () => {
  it('moves with custody and shipments, in their transaction', async () => {
    const s = await scene();
    expect(await LEDGER(s.lot.id)).toEqual([{ place: `facility:${s.facility.id}`, kg: '1500.000' }]);
    const shipmentId = await ship(s, '750', 10);
    expect(shipmentId).toBeTruthy();
    // Delivered kg left custody: only the store's 750 kg remain.
    expect(await LEDGER(s.lot.id)).toEqual([{ place: `facility:${s.facility.id}`, kg: '750.000' }]);
  });

  it('refuses a load of more kg than the stores hold, and nothing of it is written', async () => {
    const s = await scene('1500', '1000');
    // 500 of the 1,500 kg leave the store for another place first.
    const { facility: other } = await seedFacility(stack.em('coldchain'), s.coldStore.viewer);
    expect((await stack.query(CUSTODY, { input: { lotId: s.lot.id, kind: 'STORED', at: ago(20).toISOString(), facilityId: other.id, quantityKg: '500' } }, s.tokens.operator)).errors).toBeUndefined();
    const planned = await stack.query(PLAN, { input: { originFacilityId: s.facility.id, vehicleId: s.vehicle.id, reservationIds: [s.reservationId] } }, s.tokens.operator);
    const id = planned.data!.planShipment.id;
    await eventually(async () => expect((await stack.query(SHIPMENT, { id }, s.tokens.operator)).data!.shipment!.reservations.map((r) => r.status)).toEqual(['COMMITTED']));
    expect((await stack.query(LOAD, { id, loads: [{ reservationId: s.reservationId, lotId: s.lot.id, kg: '1000' }], at: ago(5).toISOString() }, s.tokens.operator)).errors).toBeUndefined();
    // 1,000 kg loaded of the 1,500 in stores: a second store's 500 remain; the truck holds 1,000.
    const before = await LEDGER(s.lot.id);
    expect(before.map((r) => r.kg).sort()).toEqual(['1000.000', '500.000']);
    const again = await stack.query(CUSTODY, { input: { lotId: s.lot.id, kind: 'LOADED', at: ago(4).toISOString(), vehicleId: s.vehicle.id, quantityKg: '600' } }, s.tokens.hauler);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toMatch(/500\.000 kg/);
    expect(await LEDGER(s.lot.id)).toEqual(before);
  });

  it('refuses loading a shipment with more kg than the stores hold: the load, its lines and the ledger stay as they were', async () => {
    const s = await scene('1500', '1000', '600');
    const planned = await stack.query(PLAN, { input: { originFacilityId: s.facility.id, vehicleId: s.vehicle.id, reservationIds: [s.reservationId] } }, s.tokens.operator);
    const id = planned.data!.planShipment.id;
    await eventually(async () => expect((await stack.query(SHIPMENT, { id }, s.tokens.operator)).data!.shipment!.reservations.map((r) => r.status)).toEqual(['COMMITTED']));
    const load = await stack.query(LOAD, { id, loads: [{ reservationId: s.reservationId, lotId: s.lot.id, kg: '800' }], at: ago(5).toISOString() }, s.tokens.operator);
    expect(load.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(load.errors?.[0]?.message).toMatch(/Only 600\.000 kg of lot .* are in its stores/);
    expect(await LEDGER(s.lot.id)).toEqual([{ place: `facility:${s.facility.id}`, kg: '600.000' }]);
    const lines = await stack.sql<{ loaded: string }>('coldchain', `select loaded_kg::text as loaded from coldchain.shipment_line where shipment_id = ?`, [id]);
    expect(lines).toEqual([{ loaded: '0.000' }]);
    expect((await stack.query(LOAD, { id, loads: [{ reservationId: s.reservationId, lotId: s.lot.id, kg: '600' }], at: ago(5).toISOString() }, s.tokens.operator)).errors).toBeUndefined();
  });

  it('the database refuses a place going below zero, whatever the application did', async () => {
    const s = await scene();
    await expect(stack.sql('coldchain', `update coldchain.lot_position set kg = kg - 1500.001 where lot_id = ?`, [s.lot.id])).rejects.toThrow(/lot_position_kg_not_negative/);
  });

  it('8 concurrent loadings of 250 kg from a store holding 1,500 kg: exactly 6 pass, and the ledger adds up', async () => {
    const s = await scene();
    const at = ago(3).toISOString();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => stack.query(CUSTODY, { input: { lotId: s.lot.id, kind: 'LOADED', at, vehicleId: s.vehicle.id, quantityKg: '250' } }, s.tokens.hauler)),
    );
    const codes = answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(6);
    expect(codes.filter((c) => c === 'BAD_USER_INPUT')).toHaveLength(2);
    expect(await LEDGER(s.lot.id)).toEqual([{ place: `vehicle:${s.vehicle.id}`, kg: '1500.000' }]);
  });
});

describe('lots.freshness: the cold chain tells members how fresh the kg on offer are', () => {
  it('announces a lot on offer with its expiry at the store’s temperature and its Q10 model, again when custody changes', async () => {
    const s = await scene();
    const settings = coldchainSettings({});
    const row = () => stack.sql<{ expires_at: Date | null; current_temp_c: string | null }>('coldchain', `select expires_at, current_temp_c::text from coldchain.lot_freshness_announced where lot_id = ?`, [s.lot.id]);
    await eventually(async () => {
      await announceFreshness(stack.em('coldchain'), settings);
      expect(await row()).toHaveLength(1);
    });
    const [first] = await row();
    expect(Number(first!.current_temp_c)).toBe(0);
    // Harvested about 4 days ago (unlogged until received 30 h ago: at 20 °C), then 0 °C: far under 28 days left at 0 °C.
    const daysLeft = (new Date(first!.expires_at!).getTime() - Date.now()) / 86_400_000;
    expect(daysLeft).toBeGreaterThan(5);
    expect(daysLeft).toBeLessThan(28);
    // The message carries the model, so members can predict arrival at another temperature.
    const lots = new Map([[s.lot.id, { profile: defaultCropProfiles.SCALLION, harvestedAt: harvestMidnight(s.harvestDate) }]]);
    const history = (await loadLotHistories(stack.em('coldchain'), [s.lot.id], new Date(), { keys: foldKeysOfSettings({}), lots })).get(s.lot.id)!;
    const entry = freshnessEntry({ id: s.lot.id, harvestDate: s.harvestDate }, defaultCropProfiles.SCALLION, history, new Date())!;
    expect(entry).toMatchObject({ lotId: s.lot.id, currentTempC: 0, referenceDays: 28, referenceTempC: 0, q10: 2.5 });
    expect(Math.abs(new Date(entry.expiresAt!).getTime() - new Date(first!.expires_at!).getTime())).toBeLessThan(10 * 60_000);
    // The message reaches members, which predicts freshness on arrival from it (lot_freshness).
    await eventually(async () => {
      const [replica] = await stack.sql<{ q10: number; expires_at: Date }>('members', `select q10, expires_at from members.lot_freshness where lot_id = ?`, [s.lot.id]);
      expect(Number(replica!.q10)).toBe(2.5);
      expect(new Date(replica!.expires_at).getTime()).toBe(new Date(first!.expires_at!).getTime());
    });
    // All of it loaded onto a truck: nothing on offer, so no expiry to promise.
    const loaded = await stack.query(CUSTODY, { input: { lotId: s.lot.id, kind: 'LOADED', at: ago(1).toISOString(), vehicleId: s.vehicle.id, quantityKg: '1500' } }, s.tokens.hauler);
    expect(loaded.errors).toBeUndefined();
    await eventually(async () => {
      await announceFreshness(stack.em('coldchain'), settings);
      expect((await row())[0]!.expires_at).toBeNull();
    });
  });
});
