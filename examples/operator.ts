/**
 * A cold-store operator (`LX-C01`): the last six hours of its logger, one reading a minute, sent in
 * batches of 120; then the first batch again, which the API counts as duplicates.
 * `SENSOR_CODE=T-CS-001 npx tsx examples/operator.ts` against `npm start`.
 */
import { operations, type AllianceClient } from '@alliance/client';
import { clientFromEnv, isMain, run } from './env.ts';

export async function main(client: AllianceClient, log: (line: string) => void = console.log, options: { sensorCode: string; hours?: number; batchSize?: number }) {
  const minutes = (options.hours ?? 6) * 60;
  const batchSize = options.batchSize ?? 120;
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  const readings = Array.from({ length: minutes }, (_, i) => ({
    sensorCode: options.sensorCode,
    at: new Date(now - (minutes - i) * 60_000).toISOString(),
    celsius: Number((0.5 + 0.4 * Math.sin(i / 30)).toFixed(2)),
    relativeHumidity: 95,
  }));
  let stored = 0;
  for (let i = 0; i < readings.length; i += batchSize) {
    const { recordTemperatures: report } = await client.request(operations.RecordTemperatures, { readings: readings.slice(i, i + batchSize) });
    stored += report.stored;
    log(`batch ${i / batchSize + 1}: received ${report.received}, stored ${report.stored}, duplicates ${report.duplicates}, rejected ${report.rejected.length}`);
  }
  const { recordTemperatures: again } = await client.request(operations.RecordTemperatures, { readings: readings.slice(0, batchSize) });
  log(`the first batch again: stored ${again.stored}, duplicates ${again.duplicates}`);
  return { stored, duplicates: again.duplicates };
}

if (isMain(import.meta)) run(() => main(clientFromEnv('LX-C01'), console.log, { sensorCode: process.env.SENSOR_CODE ?? 'T-CS-001' }));
