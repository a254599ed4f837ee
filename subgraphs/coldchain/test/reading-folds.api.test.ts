import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { seedCastForColdchain, seedFacility, seedLot, seedMemberForColdchain, seedReadings, seedVehicle } from '@alliance/stack/fixtures';
import { Sensor } from '../src/entities/index.ts';
import { defaultCropProfiles } from '../src/domain/crop-profiles.ts';
import { detectExcursions } from '../src/domain/excursions.ts';
import { harvestMidnight, loadLotHistories, type LotHistory } from '../src/domain/lot-history.ts';
import { positionExcursions, positionLatestTemperature, positionMeanKineticTemperature, positionShelfLife, type LotColdChainView } from '../src/domain/lot-cold-chain.ts';
import { meanKineticTemperature } from '../src/domain/mean-kinetic-temperature.ts';
import { foldKeysOfSettings, foldReadings, type ReadingFold } from '../src/domain/reading-fold.ts';
import { foldAllDirtyReadings } from '../src/domain/reading-fold-keeper.ts';
import { consumeShelfLife } from '../src/domain/shelf-life.ts';
import { recordLotAlliances } from '../src/store/lot-alliances.ts';
import { foldedSpans } from '../src/store/reading-folds.ts';

/**
 * Issue 11, "fast because it is folded once": readings are folded per place, hour and day when they
 * are stored, and a lot's figures read from the folds are the figures the rules give from the raw
 * readings — for batches in order, out of order, repeated, written around recordTemperatures, and
 * written by many callers at once.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
});
afterAll(async () => stack?.close());

const HOUR = 3_600_000;
const MIN = 60_000;
const SCALLION = defaultCropProfiles.SCALLION;
const KEYS = foldKeysOfSettings({});

const RECORD = graphql(`
  mutation FoldsRecord($readings: [TemperatureReadingInput!]!) {
    recordTemperatures(readings: $readings) { stored duplicates rejected { reason } }
  }
`);
const CUSTODY = graphql(`mutation FoldsCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }`);

interface Scene {
  lotId: string;
  harvestDate: string;
  facilityId: string;
  vehicleId: string;
  storeSensors: Sensor[];
  truckSensor: Sensor;
  operatorToken: string;
  haulerToken: string;
  now: Date;
  cast: Awaited<ReturnType<typeof seedCastForColdchain>>;
}

/**
 * A scallion lot received into a cold store 3 days ago, 400 of its 1,500 kg loaded on a truck 9 h
 * ago: two positions, one with a loading (the ignore period) in its path. The store has two loggers.
 */
async function scene(): Promise<Scene> {
  const now = new Date(Math.floor(Date.now() / MIN) * MIN);
  const ago = (h: number) => new Date(now.getTime() - h * HOUR);
  const cast = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
  const hauler = await seedMemberForColdchain(stack.em('coldchain'), stack.em('members'), cast.alliance, 'LOGISTICS', ['FACILITY_OPERATOR']);
  const harvestDate = ago(100).toISOString().slice(0, 10);
  const lot = await seedLot(stack.em('members'), cast.grower, { quantityKg: '1500', harvestDate });
  await recordLotAlliances(stack.em('coldchain'), [{ lotId: lot.id, allianceId: lot.allianceId, quantityKg: '1500', crop: 'SCALLION', harvestDate, announcedAt: new Date().toISOString() }]);
  const em = stack.em('coldchain');
  const { facility, sensor } = await seedFacility(em, cast.coldStore.viewer);
  const second = Object.assign(new Sensor(), { code: `${sensor.code}-B`, facility });
  await em.persistAndFlush(second);
  const { vehicle, sensor: truckSensor } = await seedVehicle(em, hauler.viewer);
  const operatorToken = await stack.token(cast.coldStore.viewer);
  const haulerToken = await stack.token(hauler.viewer);
  const received = await stack.query(CUSTODY, { input: { lotId: lot.id, kind: 'RECEIVED', at: ago(72).toISOString(), facilityId: facility.id, quantityKg: '1500' } }, operatorToken);
  expect(received.errors).toBeUndefined();
  const loaded = await stack.query(CUSTODY, { input: { lotId: lot.id, kind: 'LOADED', at: ago(9).toISOString(), vehicleId: vehicle.id, quantityKg: '400' } }, haulerToken);
  expect(loaded.errors).toBeUndefined();
  return { lotId: lot.id, harvestDate, facilityId: facility.id, vehicleId: vehicle.id, storeSensors: [sensor, second], truckSensor, operatorToken, haulerToken, now, cast };
}

interface Input {
  sensorCode: string;
  at: string;
  celsius: number;
  relativeHumidity: number;
}

/** 5-minute readings (with jitter) of a sensor over [from, to): about 1 °C, warm spells above 5 °C, a dip below −1 °C, a gap of 2 h. */
function readingsOf(sensor: Sensor, from: Date, to: Date, seed: number): Input[] {
  const out: Input[] = [];
  for (let i = 0, at = from.getTime() + seed * 17_000; at < to.getTime(); i++, at += 5 * MIN) {
    if (i % 400 > 375) continue; // a logger gap of about two hours every 33 hours
    const warm = i % 97 < 8; // 40 minutes above 5 °C: an excursion
    const spike = i % 53 === 0; // a lone reading above 5 °C: not one
    const dip = i % 331 === 5;
    const celsius = warm ? 6.5 + (i % 3) : spike ? 7 : dip ? -1.6 : Math.round((1 + Math.sin(i / 25 + seed)) * 100) / 100;
    out.push({ sensorCode: sensor.code, at: new Date(at).toISOString(), celsius, relativeHumidity: 90 + (i % 7) });
  }
  return out;
}

async function record(token: string, readings: readonly Input[]) {
  for (let i = 0; i < readings.length; i += 2_000) {
    const answer = await stack.query(RECORD, { readings: readings.slice(i, i + 2_000) }, token);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.recordTemperatures.rejected).toEqual([]);
  }
}

async function histories(s: Scene, raw: boolean): Promise<LotHistory> {
  const lots = new Map([[s.lotId, { profile: SCALLION, harvestedAt: harvestMidnight(s.harvestDate) }]]);
  return (await loadLotHistories(stack.em('coldchain'), [s.lotId], s.now, { keys: KEYS, lots, raw })).get(s.lotId)!;
}

/** Every position's figures from the folds equal the rules' over the raw readings of its path. */
async function expectFoldedFiguresEqualRaw(s: Scene) {
  const view: LotColdChainView = { lot: { id: s.lotId, crop: 'SCALLION', harvestDate: s.harvestDate }, profile: SCALLION, seesKg: true };
  const folded = await histories(s, false);
  const raw = await histories(s, true);
  const foldedPositions = [...folded.positions.values()];
  const rawPositions = [...raw.positions.values()];
  expect(foldedPositions).toHaveLength(2);
  expect(rawPositions).toHaveLength(2);
  let excursions = 0;
  foldedPositions.forEach((position, i) => {
    const readings = rawPositions[i]!.readings!;
    expect(readings.length).toBeGreaterThan(100);
    expect(position.readings).toBeUndefined();
    const opts = { asOf: position.endsAt, harvestedAt: harvestMidnight(s.harvestDate) };
    const life = positionShelfLife(view, position)!;
    const expected = consumeShelfLife(readings, SCALLION, opts)!;
    expect(life.fractionUsed).toBeCloseTo(expected.fractionUsed, 10);
    expect(life.remainingDays).toBeCloseTo(expected.remainingDays, 8);
    expect(life.unmonitoredHours).toBeCloseTo(expected.unmonitoredHours, 9);
    expect(life.expiresAt!.getTime()).toBeCloseTo(expected.expiresAt.getTime(), -1);
    expect(positionMeanKineticTemperature(position, null, null)).toBeCloseTo(meanKineticTemperature(readings, { from: readings[0]!.at, to: position.endsAt })!, 9);
    const last = readings.at(-1)!;
    expect(positionLatestTemperature(position)).toEqual({ at: last.at, celsius: last.tempC, relativeHumidity: last.relativeHumidity });
    // Excursions stay by stay: a run never crosses a move, and the ignore period after loading applies.
    const rawExcursions = position.position.path.flatMap((segment) =>
      detectExcursions(
        readings.filter((r) => r.at >= segment.from && r.at < (segment.to ?? s.now)),
        SCALLION,
        segment.loaded ? { loadedAt: segment.from } : {},
      ),
    );
    expect(positionExcursions(view, position)).toEqual(rawExcursions);
    excursions += rawExcursions.length;
  });
  // The history has what the rules judge.
  expect(excursions).toBeGreaterThan(5);
}

/** Two folds of the same readings: equal, the floating sums to a relative 1e-12 (they may be added in another order). */
function expectSameFold(actual: ReadingFold, expected: ReadingFold) {
  const close = (a: number, e: number) => expect(Math.abs(a - e)).toBeLessThanOrEqual(1e-12 * Math.abs(e));
  expect({ ...actual, arrhenius: 0, life: Object.keys(actual.life) }).toEqual({ ...expected, arrhenius: 0, life: Object.keys(expected.life) });
  close(actual.arrhenius, expected.arrhenius);
  for (const [key, [held, gap]] of Object.entries(expected.life)) {
    close(actual.life[key]![0], held);
    close(actual.life[key]![1], gap);
  }
}

async function dirtyMarks(placeId: string): Promise<number> {
  const [row] = await stack.sql<{ n: number }>('coldchain', 'select count(*)::int as n from coldchain.reading_fold_dirty where place_id = ?', [placeId]);
  return row!.n;
}

/** How the store's span of the lot is read: folds of whole hours and days, raw readings at the edges. */
async function itemsOfStoreSpan(s: Scene) {
  const items = (await foldedSpans(stack.em('coldchain'), [{ lotId: s.lotId, span: 0, placeId: s.facilityId, from: new Date(s.now.getTime() - 72 * HOUR), to: s.now, judgedFrom: new Date(s.now.getTime() - 72 * HOUR) }])).get(`${s.lotId}|0`) ?? [];
  return { folds: items.filter((i) => i.kind === 'fold').length, readings: items.filter((i) => i.kind === 'reading').length, items };
}

describe('folded readings', () => {
  it('in order, out of order and repeated: the figures from the folds are the raw readings’ figures, and a page reads a few folds', async () => {
    const s = await scene();
    const from = new Date(s.now.getTime() - 72 * HOUR);
    const store = [...readingsOf(s.storeSensors[0]!, from, s.now, 0), ...readingsOf(s.storeSensors[1]!, from, s.now, 1)].sort((a, b) => a.at.localeCompare(b.at));
    const truck = readingsOf(s.truckSensor, new Date(s.now.getTime() - 9 * HOUR), s.now, 2);
    // Every seventh reading arrives late, after the rest: out of order, into hours already folded.
    const late = store.filter((_, i) => i % 7 === 3);
    await record(s.operatorToken, store.filter((_, i) => i % 7 !== 3));
    await record(s.haulerToken, truck);
    expect(await dirtyMarks(s.facilityId)).toBe(0);
    await record(s.operatorToken, late);
    expect(await dirtyMarks(s.facilityId)).toBe(0);
    await expectFoldedFiguresEqualRaw(s);
    // A re-sent upload: nothing stored, nothing changes.
    const again = await stack.query(RECORD, { readings: store.slice(100, 400) }, s.operatorToken);
    expect(again.data!.recordTemperatures).toMatchObject({ stored: 0, duplicates: 300 });
    // An overlapping one: some new, some stored.
    const overlapping = [...store.slice(500, 520), ...readingsOf(s.storeSensors[0]!, from, new Date(from.getTime() + 2 * HOUR), 3).map((r) => ({ ...r, at: new Date(new Date(r.at).getTime() + 61_000).toISOString() }))];
    const partly = await stack.query(RECORD, { readings: overlapping }, s.operatorToken);
    expect(partly.data!.recordTemperatures.duplicates).toBe(20);
    expect(await dirtyMarks(s.facilityId)).toBe(0);
    await expectFoldedFiguresEqualRaw(s);
    // 72 hours of two 5-minute loggers (about 1,700 readings) read as a few days, hours and edge readings.
    const items = await itemsOfStoreSpan(s);
    expect(items.folds).toBeGreaterThan(2);
    expect(items.folds + items.readings).toBeLessThan(120);
    // Today so far, for a lot still in the store, is one day fold of every reading stored today, not hour folds and raw readings.
    const today = Math.floor(s.now.getTime() / (24 * HOUR)) * 24 * HOUR;
    const [stored] = await stack.sql<{ n: number }>(
      'coldchain',
      'select count(*)::int as n from coldchain.temperature_reading r join coldchain.sensor sn on sn.id = r.sensor_id where sn.facility_id = ? and r.at >= ? and r.at < ?',
      [s.facilityId, new Date(today), s.now],
    );
    const storedToday = stored!.n;
    const ofToday = items.items.filter((i) => (i.kind === 'fold' ? i.fold.first.at : i.at.getTime()) >= today);
    expect(ofToday).toHaveLength(storedToday > 0 ? 1 : 0);
    if (storedToday > 0) expect(ofToday[0]).toMatchObject({ kind: 'fold', fold: { n: storedToday } });
  });

  it('readings written around recordTemperatures are read raw until the keeper folds them, and the figures never change', async () => {
    const s = await scene();
    const from = new Date(s.now.getTime() - 72 * HOUR);
    await record(s.operatorToken, readingsOf(s.storeSensors[0]!, from, s.now, 0));
    await record(s.haulerToken, readingsOf(s.truckSensor, new Date(s.now.getTime() - 9 * HOUR), s.now, 2));
    // A bulk load of the second logger straight into the table: the trigger marks its hours and days.
    await seedReadings(stack.em('coldchain'), s.storeSensors[1]!, new Date(from.getTime() + 7 * MIN), 72 * 6, 10, (i) => (i % 50 < 5 ? 8 : 0.5));
    expect(await dirtyMarks(s.facilityId)).toBeGreaterThan(72);
    const before = await itemsOfStoreSpan(s);
    expect(before.readings).toBeGreaterThan(72 * 6);
    await expectFoldedFiguresEqualRaw(s);
    await foldAllDirtyReadings(stack.em('coldchain'), { cropProfiles: {} });
    expect(await dirtyMarks(s.facilityId)).toBe(0);
    expect((await itemsOfStoreSpan(s)).readings).toBeLessThan(before.readings / 4);
    await expectFoldedFiguresEqualRaw(s);
    // A reading corrected by hand: its hour is read raw again until refolded.
    await stack.sql('coldchain', `update coldchain.temperature_reading set celsius = 9 where sensor_id = ? and at = (select min(at) + interval '30 hours' from coldchain.temperature_reading where sensor_id = ?)`, [s.storeSensors[0]!.id, s.storeSensors[0]!.id]);
    expect(await dirtyMarks(s.facilityId)).toBe(2);
    await expectFoldedFiguresEqualRaw(s);
  });

  it('8 uploads of one cold store at once: every hour’s fold is the fold of its stored readings, and nothing is left dirty', async () => {
    const s = await scene();
    const from = new Date(s.now.getTime() - 24 * HOUR);
    const all = [...readingsOf(s.storeSensors[0]!, from, s.now, 0), ...readingsOf(s.storeSensors[1]!, from, s.now, 1)];
    // Eight uploads that interleave in time: each holds every eighth reading.
    const uploads = Array.from({ length: 8 }, (_, k) => all.filter((_, i) => i % 8 === k));
    const answers = await Promise.all(uploads.map((u) => stack.query(RECORD, { readings: u }, s.operatorToken)));
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(await dirtyMarks(s.facilityId)).toBe(0);
    const folds = await stack.sql<{ bucket: Date; fold: unknown }>('coldchain', `select bucket, fold from coldchain.reading_fold where place_id = ? and level = 'hour' order by bucket`, [s.facilityId]);
    const raw = await stack.sql<{ at: Date; celsius: string; relative_humidity: string | null }>(
      'coldchain',
      `select r.at, r.celsius, r.relative_humidity from coldchain.temperature_reading r join coldchain.sensor sn on sn.id = r.sensor_id where sn.facility_id = ? order by r.at, r.celsius`,
      [s.facilityId],
    );
    expect(raw).toHaveLength(all.length);
    const byHour = new Map<number, { at: Date; tempC: number; relativeHumidity: number | null }[]>();
    for (const r of raw) {
      const hour = Math.floor(new Date(r.at).getTime() / HOUR) * HOUR;
      byHour.set(hour, [...(byHour.get(hour) ?? []), { at: new Date(r.at), tempC: Number(r.celsius), relativeHumidity: r.relative_humidity === null ? null : Number(r.relative_humidity) }]);
    }
    expect(folds).toHaveLength(byHour.size);
    for (const f of folds) expect(f.fold).toEqual(JSON.parse(JSON.stringify(foldReadings(byHour.get(new Date(f.bucket).getTime())!, KEYS))));
  });

  it('an upload that follows its folds is folded from itself, nothing read back; any other from what is stored; every fold is its stored readings’ fold', async () => {
    const s = await scene();
    const statementsOf = async (readings: Input[], token = s.operatorToken) => {
      const before = stack.statements('coldchain');
      const answer = await stack.query(RECORD, { readings }, token);
      expect(answer.data!.recordTemperatures).toMatchObject({ stored: readings.length, rejected: [] });
      return stack.statements('coldchain') - before;
    };
    // The truck's logger uploads 9 hours in three uploads, in time order: each follows the folds the one before made.
    const truck = readingsOf(s.truckSensor, new Date(s.now.getTime() - 9 * HOUR), s.now, 2);
    const following: number[] = [];
    for (let k = 0; k < 3; k++) following.push(await statementsOf(truck.slice(k * 40, k === 2 ? undefined : (k + 1) * 40), s.haulerToken));
    // The store's second logger reports on the hour (2 days, one upload): each hour's fold is its one reading.
    const from = new Date(Math.floor(s.now.getTime() / HOUR) * HOUR - 48 * HOUR);
    const hourly = readingsOf(s.storeSensors[1]!, from, s.now, 0)
      .filter((_, i) => i % 12 === 0)
      .map((r) => ({ ...r, celsius: Math.round((r.celsius + 0.5) * 100) / 100 }));
    following.push(await statementsOf(hourly));
    // Then the 5-minute logger, in eight uploads in time order (about 6 hours each), its readings around the hourly
    // ones, one at the same instant each hour: the hours are folded with the one reading their fold holds; their days
    // (whose folds hold the later hourly readings) from their hours' folds, one statement more.
    const fine = readingsOf(s.storeSensors[0]!, from, s.now, 0);
    const all = [...hourly, ...fine];
    const size = Math.ceil(fine.length / 8);
    const uploads = Array.from({ length: 8 }, (_, k) => fine.slice(k * size, (k + 1) * size));
    const daysRead: number[] = [];
    for (const upload of uploads.slice(0, 4)) daysRead.push(await statementsOf(upload));
    // A value the column rounds (1.005 is stored as 1.01): its hour is folded from what was stored.
    const roundedStatements = await statementsOf(uploads[4]!.map((r, i) => (i === 3 ? { ...r, celsius: 1.005 } : r)));
    // A reading written by SQL into the next upload's first hour, left dirty: that hour and its day are folded from the store.
    const first = new Date(uploads[5]![0]!.at);
    await stack.sql('coldchain', 'insert into coldchain.temperature_reading (sensor_id, at, celsius) values (?, ?, 4.25)', [s.storeSensors[0]!.id, new Date(first.getTime() + 1_000)]);
    expect(await dirtyMarks(s.facilityId)).toBe(2);
    const dirtyStatements = await statementsOf(uploads[5]!);
    for (const upload of uploads.slice(6)) daysRead.push(await statementsOf(upload));
    // Uploads that follow their folds cost the same statements; one more reads the days' hour folds; two more read an hour's readings too.
    expect(new Set(following).size).toBe(1);
    expect(daysRead).toEqual(daysRead.map(() => following[0]! + 1));
    expect(roundedStatements).toBe(following[0]! + 2);
    expect(dirtyStatements).toBe(following[0]! + 2);
    expect(await dirtyMarks(s.facilityId)).toBe(0);
    // Every hour's and day's fold is the fold of its stored readings (sums to the last bits of a double).
    const raw = await stack.sql<{ at: Date; celsius: string; relative_humidity: string | null }>(
      'coldchain',
      'select r.at, r.celsius, r.relative_humidity from coldchain.temperature_reading r join coldchain.sensor sn on sn.id = r.sensor_id where sn.facility_id = ? order by r.at, r.celsius',
      [s.facilityId],
    );
    expect(raw).toHaveLength(all.length + 1);
    expect(raw.some((r) => r.celsius === '1.01')).toBe(true);
    const stored = (level: 'hour' | 'day') => {
      const width = level === 'hour' ? HOUR : 24 * HOUR;
      const byBucket = new Map<number, { at: Date; tempC: number; relativeHumidity: number | null }[]>();
      for (const r of raw) {
        const bucket = Math.floor(new Date(r.at).getTime() / width) * width;
        byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), { at: new Date(r.at), tempC: Number(r.celsius), relativeHumidity: r.relative_humidity === null ? null : Number(r.relative_humidity) }]);
      }
      return byBucket;
    };
    for (const level of ['hour', 'day'] as const) {
      const folds = await stack.sql<{ bucket: Date; fold: ReadingFold }>('coldchain', 'select bucket, fold from coldchain.reading_fold where place_id = ? and level = ? order by bucket', [s.facilityId, level]);
      const expected = stored(level);
      expect(folds).toHaveLength(expected.size);
      for (const f of folds) expectSameFold(f.fold, JSON.parse(JSON.stringify(foldReadings(expected.get(new Date(f.bucket).getTime())!, KEYS))));
    }
    await expectFoldedFiguresEqualRaw(s);
  });

  it('a fold that fails leaves the upload stored and right, marked dirty and counted, for the keeper to fold', async () => {
    const s = await scene();
    const from = new Date(s.now.getTime() - 30 * HOUR);
    await record(s.haulerToken, readingsOf(s.truckSensor, new Date(s.now.getTime() - 9 * HOUR), s.now, 2));
    const failures = async () => {
      const text = await (await fetch(new URL('/metrics', stack.subgraphs.get('coldchain')!.url))).text();
      return Number(/^telemetry_refold_failures_total(?:\{[^}]*\})? (\S+)$/m.exec(text)?.[1] ?? 0);
    };
    const failedBefore = await failures();
    // The database refuses every fold of this cold store (a trigger of this test's own), as a full disk or a bug would.
    const fn = `coldchain.refuse_folds_${s.facilityId.replace(/-/g, '')}`;
    await stack.sql('coldchain', `create function ${fn}() returns trigger language plpgsql as $$ begin
      if new.place_id = '${s.facilityId}' then raise exception 'folds refused by the test'; end if; return new; end $$`);
    await stack.sql('coldchain', `create trigger refuse_folds_${s.facilityId.replace(/-/g, '')} before insert or update on coldchain.reading_fold for each row execute function ${fn}()`);
    try {
      const store = [...readingsOf(s.storeSensors[0]!, from, s.now, 0), ...readingsOf(s.storeSensors[1]!, from, s.now, 1)];
      const answer = await stack.query(RECORD, { readings: store }, s.operatorToken);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.recordTemperatures).toMatchObject({ stored: store.length, rejected: [] });
      const [row] = await stack.sql<{ n: number }>('coldchain', 'select count(*)::int as n from coldchain.temperature_reading r join coldchain.sensor sn on sn.id = r.sensor_id where sn.facility_id = ?', [s.facilityId]);
      expect(row!.n).toBe(store.length);
      expect(await dirtyMarks(s.facilityId)).toBeGreaterThan(30);
      expect(await failures()).toBe(failedBefore + 1);
      await expectFoldedFiguresEqualRaw(s);
    } finally {
      await stack.sql('coldchain', `drop function ${fn}() cascade`);
    }
    await foldAllDirtyReadings(stack.em('coldchain'), { cropProfiles: {} });
    expect(await dirtyMarks(s.facilityId)).toBe(0);
    await expectFoldedFiguresEqualRaw(s);
  });

  it('as an attacker: another alliance cannot write into our folds nor read them, by field, _entities, window or export; anonymous gets nothing', async () => {
    const s = await scene();
    const from = new Date(s.now.getTime() - 72 * HOUR);
    await record(s.operatorToken, readingsOf(s.storeSensors[0]!, from, s.now, 0));
    const folds = () => stack.sql<{ level: string; bucket: Date; fold: unknown }>('coldchain', 'select level, bucket, fold from coldchain.reading_fold where place_id = ? order by level, bucket', [s.facilityId]);
    const before = await folds();
    expect(before.length).toBeGreaterThan(72);
    // Another alliance's cold-store operator names our logger: an unknown sensor, nothing stored, no fold touched.
    const yili = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const forged = await stack.query(RECORD, { readings: [{ sensorCode: s.storeSensors[0]!.code, at: new Date(s.now.getTime() - 30 * HOUR + 1_000).toISOString(), celsius: 30, relativeHumidity: 50 }] }, await stack.token(yili.coldStore.viewer));
    expect(forged.data!.recordTemperatures).toMatchObject({ stored: 0, rejected: [{ reason: `unknown sensor "${s.storeSensors[0]!.code}"` }] });
    expect(await folds()).toEqual(before);
    expect(await dirtyMarks(s.facilityId)).toBe(0);
    // Reading: the folded figures, a window of MKT (read raw) and the export, through _entities as the gateway would send it.
    const query = `query($r: [_Any!]!, $from: DateTime) { _entities(representations: $r) { ... on Lot { coldChain {
      remainingShelfLifeDays excursionCount latestTemperature { celsius } meanKineticTemperatureC(from: $from) epcisDocument
      positions { excursionCount meanKineticTemperatureC(from: $from) } } } } }`;
    const as = async (viewer: { memberId: string; allianceId: string | null }) =>
      (
        await stack.querySubgraph('coldchain', query, { r: [{ __typename: 'Lot', id: s.lotId, crop: 'SCALLION', harvestDate: s.harvestDate }], from: from.toISOString() }, {
          'x-gateway-secret': stack.gatewaySecret,
          'x-viewer': Buffer.from(JSON.stringify(viewer)).toString('base64url'),
        })
      ).data!._entities as { coldChain: Record<string, unknown> | null }[];
    const ours = (await as(s.cast.market.viewer))[0]!.coldChain!;
    expect(ours.remainingShelfLifeDays).toEqual(expect.any(Number));
    expect(ours.excursionCount).toBeGreaterThan(0);
    expect(ours.meanKineticTemperatureC).toEqual(expect.any(Number));
    expect(typeof ours.epcisDocument).toBe('string');
    for (const viewer of [yili.office.viewer, yili.market.viewer, yili.grower.viewer, yili.coldStore.viewer]) expect(await as(viewer)).toEqual([{ coldChain: null }]);
    // Anonymous, through the gateway: no lot, no figures.
    const anonymous = await stack.query(graphql(`query FoldsAnonymous($id: ID!) { lot(id: $id) { coldChain { remainingShelfLifeDays excursionCount } } }`), { id: s.lotId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.lot ?? null).toBeNull();
  });
});
