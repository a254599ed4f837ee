/**
 * The brand office's day (`LX-BRAND`): certify a lot whose grower recorded a passing residue test,
 * license an outside buyer, issue labels on the certified lot, read the counterfeit alerts.
 * `LOT_ID=<lot id> npx tsx examples/brand-office.ts` against `npm start` (the grower, its
 * cooperative or the alliance office records the test: `operations.RecordResidueTest`).
 */
import { operations, type AllianceClient } from '@alliance/client';
import { clientFromEnv, isMain, run, shanghaiDay } from './env.ts';

export async function main(
  client: AllianceClient,
  log: (line: string) => void = console.log,
  options: { lotId: string; buyer: { name: string; creditCode: string } },
) {
  const hour = 3_600_000;
  const { issueOriginCertificate: certificate } = await client.request(operations.IssueOriginCertificate, { lotId: options.lotId });
  log(`certified ${certificate.certifiedKg} kg: ${certificate.number} (${certificate.status})`);
  const { grantLicence: licence } = await client.request(operations.GrantLicence, {
    input: {
      outsideBuyer: options.buyer,
      trademark: { name: '滇鲜', registrationNumber: '12345678' },
      crop: 'SCALLION',
      validFrom: shanghaiDay(0),
      validUntil: shanghaiDay(364),
      quotaKg: '5000',
      feePerKg: '0.12',
    },
  });
  log(`licensed ${options.buyer.name}: ${licence.number}, GTIN ${licence.gtin}, ${licence.quotaKg} kg`);
  const { issueLabels: batch } = await client.request(operations.IssueLabels, { licenceId: licence.id, lotId: options.lotId, count: 20, packKg: '5' });
  log(`issued ${batch.count} labels of ${batch.packKg} kg (${batch.totalKg} kg, fee ${batch.feeCny} CNY) for lot ${batch.lotNumber}`);
  const { counterfeitAlerts } = await client.request(operations.CounterfeitAlerts, { since: new Date(Date.now() - 7 * 24 * hour).toISOString() });
  log(`counterfeit alerts this week: ${counterfeitAlerts.length}${counterfeitAlerts.map((a) => `\n  ${a.kind} at ${a.place ?? '?'}: ${a.scanCount} scans`).join('')}`);
  return { certificateNumber: certificate.number, licenceNumber: licence.number, labels: batch.count, alerts: counterfeitAlerts.length };
}

if (isMain(import.meta)) {
  const lotId = process.env.LOT_ID;
  if (!lotId) {
    console.error('Set LOT_ID to a listed lot of the alliance with a passing residue test, not yet certified.');
    process.exit(2);
  }
  run(() => main(clientFromEnv('LX-BRAND'), console.log, { lotId, buyer: { name: 'Kunming Fresh Foods Co., Ltd.', creditCode: process.env.BUYER_CREDIT_CODE ?? '91530100MA6K4J8X1B' } }));
}
