import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestStack, type TestStack } from '@alliance/stack/testing';
import { directoryMember, seedFacility } from '@alliance/stack/fixtures';
import { insertReadings, type ReadingRow } from '../src/store/telemetry.ts';
import { foldSpans, type SensorSpan } from '../src/store/telemetry-fold.ts';
import { combineFolds } from '../src/domain/telemetry-fold.ts';
import { consumeShelfLife, unmonitoredHours } from '../src/domain/shelf-life.ts';
import { meanKineticTemperature } from '../src/domain/mean-kinetic-temperature.ts';
import { defaultCropProfiles } from '../src/domain/crop-profiles.ts';

/**
 * The fold (telemetry_hour, maintained by insertReadings) gives the figures the raw rules give from
 * the readings themselves, however the readings arrived.
 */
let stack: TestStack;
let em: () => EntityManager;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
  em = () => stack.em('coldchain');
});
afterAll(async () => stack?.close());

const MIN = 60_000;
const HOUR = 60 * MIN;
const profile = defaultCropProfiles.SCALLION;
const T0 = Date.UTC(2026, 10, 2, 0, 0, 0);

async function newSensor(): Promise<string> {
  const operator = await directoryMember(em(), ['FACILITY_OPERATOR']);
  const { sensor } = await seedFacility(em(), operator);
  return sensor.id;
}

/** A logger every `stepMinutes` for `hours` from `start`, 7 minutes off the hour, with a 3-hour gap in the middle; some readings warm. */
function loggerReadings(sensorId: string, start: number, stepMinutes: number, hours: number): ReadingRow[] {
  const rows: ReadingRow[] = [];
  const count = Math.floor((hours * 60) / stepMinutes);
  for (let i = 0; i < count; i++) {
    const at = start + 7 * MIN + i * stepMinutes * MIN;
    if (at >= start + 20 * HOUR && at < start + 23 * HOUR) continue; // the logger's gap
    rows.push({ sensorId, at: new Date(at), celsius: Math.round((1 + 4 * Math.sin(i / 9) + (i % 17 === 0 ? 3 : 0)) * 100) / 100, relativeHumidity: 90 + (i % 7) });
  }
  return rows;
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** A seeded shuffle, so a failure replays. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function rawReadings(spans: readonly SensorSpan[]) {
  const all = [];
  for (const s of spans) {
    const rows = await stack.sql<{ at: Date; celsius: string; relative_humidity: string | null }>(
      'coldchain',
      `select at, celsius, relative_humidity from coldchain.temperature_reading where sensor_id = ? and at >= ? and at < ? order by at`,
      [s.sensorId, s.from, s.to],
    );
    all.push(...rows.map((r) => ({ at: new Date(r.at), tempC: Number(r.celsius), relativeHumidity: r.relative_humidity === null ? null : Number(r.relative_humidity) })));
  }
  return all;
}

const close = (actual: number | null | undefined, expected: number | null | undefined) => {
  expect(actual === null || actual === undefined).toBe(expected === null || expected === undefined);
  if (actual == null || expected == null) return;
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

/** Folded and raw figures of one position history (spans in order), as of `asOf`, from harvest. */
async function compare(spans: SensorSpan[], asOf: Date, harvestedAt: Date) {
  const folds = await foldSpans(em(), spans);
  const folded = combineFolds(folds, profile, { asOf, harvestedAt });
  const raw = await rawReadings(spans);
  const shelf = consumeShelfLife(raw, profile, { asOf, harvestedAt })!;
  expect(folded.exact).toBe(true);
  close(folded.fractionUsed, shelf.fractionUsed);
  close(folded.remainingHours, shelf.remainingHours);
  close(folded.unmonitoredHours, unmonitoredHours(raw, profile, { asOf, harvestedAt }));
  close(folded.unmonitoredHours, shelf.unmonitoredHours);
  if (shelf.fractionUsed < 1) expect(Math.abs(folded.expiresAt!.getTime() - shelf.expiresAt.getTime())).toBeLessThan(2);
  close(folded.meanKineticTemperatureC, raw.length ? meanKineticTemperature(raw, { from: raw[0]!.at, to: asOf }) : null);
  const latest = raw.at(-1) ?? null;
  expect(folded.latest).toEqual(latest);
  const temps = raw.map((r) => r.tempC);
  close(folded.maxC, temps.length ? Math.max(...temps) : null);
  close(folded.minC, temps.length ? Math.min(...temps) : null);
  return { folded, raw, folds };
}

/** Spans starting and ending mid-hour, on the hour, across the gap, short ones within an hour. */
function spanSets(a: string, b: string, start: number): { spans: SensorSpan[]; asOf: Date }[] {
  const at = (h: number) => new Date(start + h * HOUR);
  return [
    { spans: [{ sensorId: a, from: at(0), to: at(48) }], asOf: at(50.25) },
    { spans: [{ sensorId: a, from: at(1.3), to: at(30.55) }], asOf: at(30.55) },
    { spans: [{ sensorId: a, from: at(2), to: at(19) }], asOf: at(19) },
    { spans: [{ sensorId: a, from: at(5.2), to: at(5.9) }], asOf: at(6) },
    { spans: [{ sensorId: a, from: at(5.2), to: at(6.5) }], asOf: at(7) },
    { spans: [{ sensorId: a, from: at(19.5), to: at(24.1) }], asOf: at(24.1) },
    { spans: [{ sensorId: a, from: at(40), to: at(60) }], asOf: at(61) },
    // A position moving from one place to the next: two sensors, one after the other.
    { spans: [{ sensorId: a, from: at(0.5), to: at(10.25) }, { sensorId: b, from: at(10.25), to: at(40.6) }], asOf: at(41) },
    // Leaving one place for hours before the next logs (a gap between the stays).
    { spans: [{ sensorId: b, from: at(0), to: at(8) }, { sensorId: a, from: at(11), to: at(45.5) }], asOf: at(47) },
  ];
}

describe('the telemetry fold', () => {
  for (const logger of [
    { name: '5-minute', step: 5 },
    { name: 'hourly', step: 60 },
  ]) {
    for (const arrival of ['in order', 'out of order', 'duplicated'] as const) {
      it(`gives the raw figures for a ${logger.name} logger with readings ${arrival}`, async () => {
        const a = await newSensor();
        const b = await newSensor();
        const rows = [...loggerReadings(a, T0, logger.step, 48), ...loggerReadings(b, T0 + 2 * MIN, logger.step === 5 ? 60 : 5, 48)];
        let batches: ReadingRow[][];
        if (arrival === 'in order') batches = chunks(rows.sort((x, y) => +x.at - +y.at), 97);
        else if (arrival === 'out of order') batches = chunks(shuffled(rows, 7), 113);
        else batches = [...chunks(rows.slice(0, Math.floor(rows.length / 2)), 50), ...chunks(shuffled(rows, 3), 211), rows.slice(10, 40)];
        let stored = 0;
        for (const batch of batches) stored += await insertReadings(em(), batch);
        expect(stored).toBe(rows.length);
        let exercised = 0;
        for (const [index, { spans, asOf }] of spanSets(a, b, T0).entries()) {
          const { raw, folds } = await compare(spans, asOf, new Date(T0 - 6 * HOUR));
          if (raw.length) exercised++;
          // The two-day span reads its whole hours from the fold, and only the edges raw.
          if (index === 0) {
            expect(folds[0]!.hoursFound).toBe(46); // 01:00 to 47:00: the first reading is at 00:07
            expect(folds[0]!.edges.length).toBeLessThanOrEqual(logger.step === 5 ? 24 : 3);
          }
        }
        expect(exercised).toBeGreaterThan(6);
      });
    }
  }

  it('counts the logger gap as unmonitored time and a span without readings as none', async () => {
    const a = await newSensor();
    await insertReadings(em(), loggerReadings(a, T0, 5, 30));
    const { folded } = await compare([{ sensorId: a, from: new Date(T0), to: new Date(T0 + 30 * HOUR) }], new Date(T0 + 30 * HOUR), new Date(T0));
    // 7 minutes before the first reading, and the gap from the last reading before 20:00 to the first after 23:00.
    expect(folded.unmonitoredHours).toBeCloseTo(7 / 60 + 3 + 5 / 60, 9);
    const none = await foldSpans(em(), [{ sensorId: a, from: new Date(T0 + 21 * HOUR), to: new Date(T0 + 22 * HOUR) }]);
    expect(none[0]!.first).toBeNull();
    const rows = await stack.sql<{ n: number }>('coldchain', `select count(*)::int as n from coldchain.telemetry_hour where sensor_id = ?`, [a]);
    // Readings from 00:07 to 30:02, every hour between them folded (the gap's hours too).
    expect(rows[0]!.n).toBe(31);
  });
});
