import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { epcisSchemaErrors } from './support/epcis-schema.ts';
import { directoryMember, lotsKnownToColdchain, seedCastForColdchain, seedCustody, seedFacility, seedLot, seedMemberForColdchain, seedReadings, seedVehicle } from '@alliance/stack/fixtures';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
});
afterAll(async () => stack?.close());

const HOUR = 3_600_000;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const BOOK = graphql(`
  mutation ColdchainBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }
`);
const CANCEL_BOOKING = graphql(`
  mutation ColdchainCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { status } }
`);
const FACILITY = graphql(`
  query ColdchainFacility($id: ID!) { facility(id: $id) { id } }
`);
/** A booking of cold storage for one day. */
const oneDay = (facilityId: string, amount: string, from = day(1)) => ({ input: { facilityId, kind: 'COLD_STORAGE', amount, from, to: from } }) as const;

describe('facilities and capacity', () => {
  it('lists facilities with their operator, and Member.facilities through the gateway', async () => {
    const { coldStore, market } = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const { facility } = await seedFacility(stack.em('coldchain'), coldStore.viewer, { township: 'Wujie' });
    const answer = await stack.query(
      graphql(`
        query ColdchainWujieStoresAndOperator($operator: ID!) {
          facilities(filter: { kinds: [COLD_STORE], township: "Wujie" }) { id code storageCapacityKg operator { id code } }
          member(id: $operator) { code facilities { code } }
        }
      `),
      { operator: coldStore.member.id },
      await stack.token(market.viewer),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.facilities).toContainEqual({ id: facility.id, code: facility.code, storageCapacityKg: '100000.000', operator: { id: coldStore.member.id, code: coldStore.member.code } });
    expect(answer.data!.member).toEqual({ code: coldStore.member.code, facilities: [{ code: facility.code }] });
  });

  it('never overbooks: 40 concurrent bookings of 10 t on a 100 t store, exactly 10 win', async () => {
    const { coldStore, alliance } = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const { facility } = await seedFacility(stack.em('coldchain'), coldStore.viewer);
    const growers: string[] = [];
    for (let i = 0; i < 4; i++) growers.push(await stack.token((await seedMemberForColdchain(stack.em('coldchain'), stack.em('members'), alliance, 'GROWER', ['GROWER'])).viewer));
    const book = graphql(`mutation ColdchainBookInFull($input: BookCapacityInput!) { bookCapacity(input: $input) { id amount from to status } }`);
    const input = { facilityId: facility.id, kind: 'COLD_STORAGE', amount: '10000', from: day(1), to: day(3) } as const;
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => stack.query(book, { input }, growers[i % 4])));
    expect(answers.filter((a) => a.data?.bookCapacity).length).toBe(10);
    const refused = answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(refused.length).toBe(30);
    expect(refused[0]!.errors![0]!.message).toMatch(/has only 0\.000 free on/);
    const [row] = await stack.em('coldchain').execute(`select max(booked) as booked, count(*)::int as days from coldchain.capacity_day where facility_id = ?`, [facility.id]);
    expect(row).toEqual({ booked: '100000.000', days: 3 });

    const free = await stack.query(
      graphql(`query ColdchainZhongshuCapacity($from: Date!, $to: Date!) { capacity(kind: COLD_STORAGE, township: "Zhongshu", from: $from, to: $to) { facility { id } capacity bookedAtPeak free } }`),
      { from: day(3), to: day(4) },
      growers[0],
    );
    expect(free.data!.capacity).toContainEqual({ facility: { id: facility.id }, capacity: '100000.000', bookedAtPeak: '100000.000', free: '0.000' });

    const cancel = await stack.query(CANCEL_BOOKING, { id: answers.find((a) => a.data?.bookCapacity)!.data!.bookCapacity.id }, growers[0]);
    expect(cancel.errors?.[0]?.extensions?.code ?? cancel.data!.cancelCapacityBooking.status).toMatch(/CANCELLED|FORBIDDEN/);
  });

  it('rejects bad bookings with clear errors', async () => {
    const { coldStore, grower } = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const { facility } = await seedFacility(stack.em('coldchain'), coldStore.viewer);
    const token = await stack.token(grower.viewer);
    const base = { facilityId: facility.id, kind: 'COLD_STORAGE', amount: '10', from: day(1), to: day(2) } as const;
    for (const [change, code] of [
      [{ kind: 'ICE' }, 'BAD_USER_INPUT'],
      [{ from: day(-2) }, 'BAD_USER_INPUT'],
      [{ to: day(0) }, 'BAD_USER_INPUT'],
      [{ amount: '0' }, 'BAD_USER_INPUT'],
      [{ amount: '100000.001' }, 'CONFLICT'],
      [{ facilityId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
    ] as const) {
      const answer = await stack.query(BOOK, { input: { ...base, ...change } }, token);
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(change)).toBe(code);
    }
    expect((await stack.query(BOOK, { input: base })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('telemetry', () => {
  const RECORD = graphql(`
    mutation ColdchainRecordTemperatures($readings: [TemperatureReadingInput!]!) {
      recordTemperatures(readings: $readings) { received stored duplicates rejected { index sensorCode reason } }
    }
  `);

  it('stores a batch in one go: duplicates ignored, out-of-order accepted, bad readings reported one by one', async () => {
    const operator = await directoryMember(stack.em('coldchain'), ['FACILITY_OPERATOR']);
    const other = await directoryMember(stack.em('coldchain'), ['FACILITY_OPERATOR']);
    const { sensor } = await seedFacility(stack.em('coldchain'), operator);
    const { sensor: foreign } = await seedFacility(stack.em('coldchain'), other);
    const t0 = Date.now() - 10 * HOUR;
    const at = (h: number) => new Date(t0 + h * HOUR).toISOString();
    const readings = [
      { sensorCode: sensor.code, at: at(2), celsius: 1.25, relativeHumidity: 96 },
      { sensorCode: sensor.code, at: at(1), celsius: 0.5 }, // out of order
      { sensorCode: sensor.code, at: at(2), celsius: 1.25 }, // duplicate within the batch
      { sensorCode: 'NO-SUCH-SENSOR', at: at(3), celsius: 1 },
      { sensorCode: sensor.code, at: at(4), celsius: 85 },
      { sensorCode: sensor.code, at: at(5), celsius: 2, relativeHumidity: 140 },
      { sensorCode: foreign.code, at: at(6), celsius: 2 },
      { sensorCode: sensor.code, at: new Date(Date.now() + 2 * HOUR).toISOString(), celsius: 2 },
    ];
    const token = await stack.token(operator);
    const answer = await stack.query(RECORD, { readings }, token);
    expect(answer.errors).toBeUndefined();
    const report = answer.data!.recordTemperatures;
    expect(report).toMatchObject({ received: 8, stored: 2, duplicates: 1 });
    expect(report.rejected.map((r) => [r.index, r.reason.split(' ').slice(0, 2).join(' ')])).toEqual([
      [3, 'unknown sensor'],
      [4, '85 °C'],
      [5, 'relative humidity'],
      [6, 'unknown sensor'], // another alliance's sensor is as unknown as none
      [7, 'the time'],
    ]);
    const again = await stack.query(RECORD, { readings: readings.slice(0, 2) }, token);
    expect(again.data!.recordTemperatures).toMatchObject({ stored: 0, duplicates: 2 });
    const [count] = await stack.em('coldchain').execute(`select count(*)::int as n from coldchain.temperature_reading where sensor_id = ?`, [sensor.id]);
    expect(count!.n).toBe(2);
  });

  it('stores the same values whether a batch is new (COPY) or overlaps what is stored (INSERT … ON CONFLICT)', async () => {
    const operator = await directoryMember(stack.em('coldchain'), ['FACILITY_OPERATOR']);
    const { sensor } = await seedFacility(stack.em('coldchain'), operator);
    const token = await stack.token(operator);
    const t0 = Date.now() - 20 * HOUR;
    // Values that need rounding to the column's two decimals, both signs, halves included: thousandths m
    // in -500…499, sent as m/1000 (whose JSON text is exactly those three decimals).
    const thousandths = (i: number) => ((i * 37) % 1000) - 500;
    const reading = (i: number) => ({ sensorCode: sensor.code, at: new Date(t0 + i * 300_000).toISOString(), celsius: thousandths(i) / 1000, relativeHumidity: 90.125 });
    const first = await stack.query(RECORD, { readings: Array.from({ length: 100 }, (_, i) => reading(i)) }, token);
    expect(first.data!.recordTemperatures).toMatchObject({ received: 100, stored: 100, duplicates: 0 });
    // Half of this upload was stored already: the COPY is refused whole, the INSERT stores the other half.
    const overlap = await stack.query(RECORD, { readings: Array.from({ length: 100 }, (_, i) => reading(i + 50)) }, token);
    expect(overlap.errors).toBeUndefined();
    expect(overlap.data!.recordTemperatures).toMatchObject({ received: 100, stored: 50, duplicates: 50 });
    const rows = await stack.em('coldchain').execute<{ at: Date; celsius: string; relative_humidity: string }[]>(
      `select at, celsius::text as celsius, relative_humidity::text as relative_humidity from coldchain.temperature_reading where sensor_id = ? order by at`,
      [sensor.id],
    );
    expect(rows).toHaveLength(150);
    // numeric(5,2) rounds half away from zero: -0.125 → -0.13, 0.125 → 0.13.
    const expected = (i: number) => {
      const m = thousandths(i);
      const hundredths = Math.floor((Math.abs(m) + 5) / 10);
      return `${m < 0 && hundredths > 0 ? '-' : ''}${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
    };
    // Rows 0–99 came by COPY, 100–149 by the INSERT: both rounded half away from zero.
    expect(rows.map((r) => r.celsius)).toEqual(Array.from({ length: 150 }, (_, i) => expected(i)));
    expect(new Set(rows.map((r) => r.relative_humidity))).toEqual(new Set(['90.13']));
  });

  it('accepts 10,000 readings in one batch and refuses 10,001; only facility operators report', async () => {
    const operator = await directoryMember(stack.em('coldchain'), ['FACILITY_OPERATOR']);
    const { sensor } = await seedFacility(stack.em('coldchain'), operator);
    const start = Date.now() - 30 * 86_400_000;
    const batch = Array.from({ length: 10_000 }, (_, i) => ({ sensorCode: sensor.code, at: new Date(start + i * 60_000).toISOString(), celsius: (i % 50) / 10 }));
    const token = await stack.token(operator);
    const answer = await stack.query(RECORD, { readings: batch }, token);
    expect(answer.data!.recordTemperatures).toMatchObject({ received: 10_000, stored: 10_000, duplicates: 0, rejected: [] });
    const tooMany = await stack.query(RECORD, { readings: [...batch, batch[0]!] }, token);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const grower = await stack.query(RECORD, { readings: batch.slice(0, 1) }, await stack.token(await directoryMember(stack.em('coldchain'), ['GROWER'])));
    expect(grower.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a lot\'s cold chain through the gateway', () => {
  it('follows custody through a washing plant, a cold store and a truck, with excursions, MKT and shelf life', async () => {
    const { grower, market, coldStore } = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const harvest = new Date(Date.now() - 3 * 86_400_000);
    const harvestDay = new Date(harvest.getTime() + 8 * HOUR).toISOString().slice(0, 10);
    const lot = await seedLot(stack.em('members'), grower, { harvestDate: harvestDay, quantityKg: '1000' });
    await lotsKnownToColdchain(stack.em('coldchain'), lot);
    const em = stack.em('coldchain');
    const { facility: wash, sensor: washSensor } = await seedFacility(em, coldStore.viewer, { kind: 'WASHING_PLANT', storageCapacityKg: null, washingLines: 18, washingTonnesPerDay: '130' });
    const { facility: store, sensor: storeSensor } = await seedFacility(em, coldStore.viewer);
    const { vehicle, sensor: truckSensor } = await seedVehicle(em, coldStore.viewer);
    const start = new Date(`${harvestDay}T00:00:00+08:00`).getTime();
    const at = (h: number) => new Date(start + h * HOUR);
    await seedCustody(em, lot.id, 'RECEIVED', at(9), { facility: wash });
    await seedCustody(em, lot.id, 'WASHED', at(10), { facility: wash });
    await seedCustody(em, lot.id, 'STORED', at(12), { facility: store });
    await seedCustody(em, lot.id, 'LOADED', at(36), { vehicle });
    // Washing in iced water at 3 °C; the store at 0 °C with a 45-minute door-open at 8 °C; the truck at 2 °C.
    await seedReadings(em, washSensor, at(9), 12, 15, () => 3);
    await seedReadings(em, storeSensor, at(12), 96, 15, (i) => (i >= 40 && i < 43 ? 8 : 0));
    await seedReadings(em, truckSensor, at(36), 8, 15, () => 2);

    const answer = await stack.query(
      graphql(`
        query ColdchainLotColdChain($id: ID!) {
          lot(id: $id) { id grade coldChain {
            currentLocation { code } custody { kind facility { code } vehicle { plate } quantityKg }
            latestTemperature { celsius } excursionCount excursions { kind durationMinutes peakC }
            remainingShelfLifeDays shelfLifeUsed meanKineticTemperatureC epcisDocument } }
        }
      `),
      { id: lot.id },
      await stack.token(market.viewer),
    );
    expect(answer.errors).toBeUndefined();
    const chain = answer.data!.lot!.coldChain!;
    expect(chain.custody.map((c) => c.kind)).toEqual(['RECEIVED', 'WASHED', 'STORED', 'LOADED']);
    expect(chain.currentLocation).toBeNull(); // on the truck
    expect(chain.latestTemperature!.celsius).toBe(2);
    expect(chain.excursions).toEqual([{ kind: 'HIGH', durationMinutes: 45, peakC: 8 }]);
    expect(chain.excursionCount).toBe(1);
    expect(chain.remainingShelfLifeDays).toBeGreaterThan(10);
    expect(chain.remainingShelfLifeDays).toBeLessThan(28);
    expect(chain.shelfLifeUsed).toBeGreaterThan(0);
    expect(chain.meanKineticTemperatureC).toBeGreaterThan(0);

    // The export is a valid EPCIS 2.0 document, one event per custody event, with the store's excursion as an alarm.
    const document = JSON.parse(chain.epcisDocument);
    expect(epcisSchemaErrors(document)).toEqual([]);
    expect(document.type).toBe('EPCISDocument');
    expect(document.epcisBody.eventList.length).toBe(4);
    expect(chain.epcisDocument).toContain('ALARM_CONDITION');
    expect(chain.epcisDocument).toContain('"uom":"CEL"');
  });

  it('answers the partner market\'s joined query in a bounded number of SQL statements per subgraph', async () => {
    const { grower, market, coldStore } = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const em = stack.em('coldchain');
    const { facility: store, sensor } = await seedFacility(em, coldStore.viewer);
    const now = Date.now();
    await seedReadings(em, sensor, new Date(now - 48 * HOUR), 48, 60, () => 0.5);
    for (let i = 0; i < 30; i++) {
      const lot = await seedLot(stack.em('members'), grower, { harvestDate: day(-2), quantityKg: '500', township: 'Baishui' });
      await lotsKnownToColdchain(em, lot);
      await seedCustody(em, lot.id, 'STORED', new Date(now - 40 * HOUR), { facility: store }, '500');
    }
    const token = await stack.token(market.viewer);
    const query = graphql(`
      query ColdchainBaishuiSupplyWithColdChain($first: Int!) {
        supply(filter: { crop: SCALLION, townships: ["Baishui"] }, first: $first) { edges { node {
          id grade availableKg coldChain { remainingShelfLifeDays latestTemperature { celsius } excursionCount currentLocation { code township } } } } }
      }
    `);
    const statements = async (first: number) => {
      const before = { members: stack.statements('members'), coldchain: stack.statements('coldchain') };
      const answer = await stack.query(query, { first }, token);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.supply.edges.length).toBeGreaterThanOrEqual(Math.min(first, 30));
      return { members: stack.statements('members') - before.members, coldchain: stack.statements('coldchain') - before.coldchain };
    };
    // The counters count every statement of the subgraph, also a message handler's that happens to
    // run meanwhile (the directory, lots announced by earlier steps): the fewest of three tries is the query's own.
    const fewest = async (first: number) => {
      const tries = [await statements(first), await statements(first), await statements(first)];
      return { members: Math.min(...tries.map((t) => t.members)), coldchain: Math.min(...tries.map((t) => t.coldchain)) };
    };
    const small = await fewest(3);
    const large = await fewest(30);
    expect(large).toEqual(small);
    // The directory, the lot replica (whose alliance and grower decide what the caller sees), custody, readings, facilities.
    expect(large.coldchain).toBeLessThanOrEqual(5);
  });
});

describe('the facility registry, alliances and standing', () => {
  const REGISTER = graphql(`
    mutation ColdchainRegisterFacility($input: RegisterFacilityInput!) { registerFacility(input: $input) { id code kind storageCapacityKg washingLines operator { id } } }
  `);

  it('lets the office register facilities, vehicles and sensors, and operators keep them up to date', async () => {
    const { office, coldStore, grower } = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const officeToken = await stack.token(office.viewer);
    const code = `CS-T${Date.now() % 100000}`;
    const input = { code, name: 'Jinma cold store 9', kind: 'COLD_STORE' as const, operatorId: coldStore.member.id, township: 'Jinma', storageCubicMetres: '800', storageCapacityKg: '200000' };
    // The operator must be a member of the alliance, as the members subgraph announced it.
    const unknownOperator = await stack.query(REGISTER, { input: { ...input, operatorId: '00000000-0000-4000-8000-000000000002' } }, officeToken);
    expect(unknownOperator.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'operatorId' });
    const stranger = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const foreign = await stack.query(REGISTER, { input: { ...input, operatorId: stranger.coldStore.member.id } }, officeToken);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const registered = await eventually(async () => {
      const answer = await stack.query(REGISTER, { input }, officeToken); // nothing was saved by the refusals
      expect(answer.errors).toBeUndefined();
      return answer;
    });
    expect(registered.data!.registerFacility).toMatchObject({ code, kind: 'COLD_STORE', storageCapacityKg: '200000.000', washingLines: null, operator: { id: coldStore.member.id } });
    const id = registered.data!.registerFacility.id;
    const refusal = async (variables: { input: Omit<typeof input, 'storageCapacityKg'> & { storageCapacityKg: string | null; washingLines?: number } }, token = officeToken) =>
      (await stack.query(REGISTER, variables, token)).errors?.[0]?.extensions?.code;
    expect(await refusal({ input })).toBe('CONFLICT'); // the code is taken
    expect(await refusal({ input: { ...input, code: `${code}-B`, storageCapacityKg: null } })).toBe('BAD_USER_INPUT'); // a cold store states its kg
    expect(await refusal({ input: { ...input, code: `${code}-C`, washingLines: 4 } })).toBe('BAD_USER_INPUT'); // and has no washing lines
    expect(await refusal({ input: { ...input, code: 'no spaces allowed' } })).toBe('BAD_USER_INPUT');
    expect(await refusal({ input: { ...input, code: `${code}-D` } }, await stack.token(coldStore.viewer))).toBe('FORBIDDEN'); // operators do not register

    // The operator books and resizes: never below what is booked.
    const operatorToken = await stack.token(coldStore.viewer);
    const tomorrow = day(1);
    const booked = await stack.query(BOOK, oneDay(id, '150000', tomorrow), await stack.token(grower.viewer));
    expect(booked.errors).toBeUndefined();
    const shrink = (kg: string) =>
      stack.query(
        graphql(`mutation ColdchainResizeStore($id: ID!, $kg: Decimal!) { updateFacility(id: $id, input: { storageCapacityKg: $kg }) { storageCapacityKg } }`),
        { id, kg },
        operatorToken,
      );
    const tooSmall = await shrink('100000');
    expect(tooSmall.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(tooSmall.errors?.[0]?.message).toContain(`150000.000 is booked`);
    expect((await shrink('160000')).data!.updateFacility.storageCapacityKg).toBe('160000.000');
    const free = await stack.query(
      graphql(`query ColdchainJinmaCapacity($day: Date!) { capacity(kind: COLD_STORAGE, township: "Jinma", from: $day, to: $day) { facility { id } capacity free } }`),
      { day: tomorrow },
      operatorToken,
    );
    expect(free.data!.capacity).toContainEqual({ facility: { id }, capacity: '160000.000', free: '10000.000' });

    const registerVehicle = graphql(`mutation ColdchainRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id operator { id } } }`);
    const ghostTruck = await stack.query(registerVehicle, { input: { plate: `云G·X${Date.now() % 100000}冷`, operatorId: '00000000-0000-4000-8000-000000000003' } }, officeToken);
    expect(ghostTruck.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Vehicles and sensors: the operator registers its own.
    const vehicle = await stack.query(registerVehicle, { input: { plate: `云G·T${Date.now() % 100000}冷` } }, operatorToken);
    expect(vehicle.data!.registerVehicle.operator).toEqual({ id: coldStore.member.id });
    const vehicleId = vehicle.data!.registerVehicle.id;
    const registerSensor = graphql(`mutation ColdchainRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { code vehicle { id } facility { id } } }`);
    const sensor = await stack.query(registerSensor, { input: { code: `t-${code}`, vehicleId } }, operatorToken);
    expect(sensor.data!.registerSensor).toEqual({ code: `T-${code}`, vehicle: { id: vehicleId }, facility: null });
    const both = await stack.query(registerSensor, { input: { code: `x-${code}`, facilityId: id, vehicleId } }, operatorToken);
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notMine = await stack.query(registerSensor, { input: { code: `y-${code}`, facilityId: id } }, await stack.token(grower.viewer));
    expect(notMine.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps facilities and capacity within their alliance', async () => {
    const luxi = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const yili = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const { facility } = await seedFacility(stack.em('coldchain'), luxi.coldStore.viewer, { township: 'Baishui' });
    const outsider = await stack.token(yili.office.viewer);
    const answer = await stack.query(
      graphql(`query ColdchainBaishuiFacilitiesAndCapacity($day: Date!) { facilities(filter: { township: "Baishui" }) { id } capacity(kind: COLD_STORAGE, township: "Baishui", from: $day, to: $day) { facility { id } } }`),
      { day: day(1) },
      outsider,
    );
    expect(answer.data!.facilities.map((f) => f.id)).not.toContain(facility.id);
    expect(answer.data!.capacity.map((c) => c.facility.id)).not.toContain(facility.id);
    // Another alliance's facility answers as an id that does not exist.
    const unseen = await stack.query(FACILITY, { id: facility.id }, outsider);
    expect(unseen.errors).toBeUndefined();
    expect(unseen.data!.facility).toBeNull();
    const book = await stack.query(BOOK, oneDay(facility.id, '10'), outsider);
    expect(book.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const insider = await stack.query(FACILITY, { id: facility.id }, await stack.token(luxi.market.viewer));
    expect(insider.data!.facility).toEqual({ id: facility.id });
  });

  it('returns a cancelled booking\'s capacity once, however many cancels race', async () => {
    const { coldStore, grower } = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const { facility } = await seedFacility(stack.em('coldchain'), coldStore.viewer);
    const token = await stack.token(grower.viewer);
    const keep = await stack.query(BOOK, oneDay(facility.id, '30000'), token);
    const gone = await stack.query(BOOK, oneDay(facility.id, '20000'), token);
    expect(keep.errors).toBeUndefined();
    const cancels = await Promise.all(Array.from({ length: 8 }, () => stack.query(CANCEL_BOOKING, { id: gone.data!.bookCapacity.id }, token)));
    expect(cancels.filter((c) => c.data?.cancelCapacityBooking?.status === 'CANCELLED').length).toBe(1);
    expect(cancels.filter((c) => c.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(7);
    const [row] = await stack.em('coldchain').execute(`select booked from coldchain.capacity_day where facility_id = ?`, [facility.id]);
    expect(row).toEqual({ booked: '30000.000' });
  });

  it('stops a suspended member at once, in both subgraphs', async () => {
    const { office, market, coldStore } = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const { facility } = await seedFacility(stack.em('coldchain'), coldStore.viewer);
    const marketToken = await stack.token(market.viewer);
    const book = () => stack.query(BOOK, oneDay(facility.id, '10'), marketToken);
    expect((await book()).errors).toBeUndefined();
    const suspended = await stack.query(
      graphql(`mutation ColdchainSuspendMember($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }`),
      { id: market.member.id, reason: 'Unpaid fees' },
      await stack.token(office.viewer),
    );
    expect(suspended.data!.suspendMember.status).toBe('SUSPENDED');
    // The members subgraph knows at once; the cold chain as soon as the announcement arrives.
    const supply = await stack.query(graphql(`query ColdchainScallionSupplyCount { supply(filter: { crop: SCALLION }) { totalCount } }`), {}, marketToken);
    expect(supply.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await eventually(async () => expect((await book()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN'));
    await stack.query(graphql(`mutation ColdchainReinstateMember($id: ID!) { reinstateMember(id: $id) { status } }`), { id: market.member.id }, await stack.token(office.viewer));
    await eventually(async () => expect((await book()).errors).toBeUndefined());
  });
});

describe('_entities', () => {
  it('resolves Facility and Vehicle references for their alliance only, and only from the gateway', async () => {
    const luxi = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const yili = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const { facility } = await seedFacility(stack.em('coldchain'), luxi.coldStore.viewer);
    const { vehicle } = await seedVehicle(stack.em('coldchain'), luxi.coldStore.viewer);
    // Straight to the subgraph: `_entities` is not in the supergraph.
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { code } ... on Vehicle { plate } } }`;
    const variables = { r: [{ __typename: 'Facility', id: facility.id }, { __typename: 'Vehicle', id: vehicle.id }] };
    const as = (viewer: object | null) =>
      stack.querySubgraph('coldchain', query, variables, {
        'x-gateway-secret': stack.gatewaySecret,
        ...(viewer ? { 'x-viewer': Buffer.from(JSON.stringify(viewer)).toString('base64url') } : {}),
      });
    expect((await as(luxi.market.viewer)).data!._entities).toEqual([{ code: facility.code }, { plate: vehicle.plate }]);
    const outsider = await as(yili.office.viewer);
    // Another alliance's references resolve as ids that do not exist.
    expect(outsider.errors).toBeUndefined();
    expect(outsider.data!._entities).toEqual([null, null]);
    expect((await as(null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.querySubgraph('coldchain', query, variables)).status).toBe(401);
  });
});
