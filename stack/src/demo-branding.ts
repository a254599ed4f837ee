import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table } from '@alliance/db';
import { makeCreditCode } from '@alliance/domain-kit';
import { identityOfMember } from '@alliance/members';
import { anonymousCaller, demoCallers, type DemoClient as Client } from './demo-client.ts';

/**
 * The brand offices' demo day, played through the gateway as the brand offices, the alliance office
 * and shoppers would: licences for the Shanghai and Daya Bay buyers and two outside buyers, label
 * batches against certified lots, a month's fees paid out to the cooperatives, and shoppers' scans —
 * genuine ones, unknown codes, and one code scanned in Kunming and then in Urumqi an hour later.
 *
 * The API dates everything now. Two things of the demo are history, so after the calls that made
 * them they are dated back in branding's own tables, as they would have been written then: last
 * month's batches and certificates (so a finished month can be distributed), and the Kunming scan.
 * Runs once, on the first start, after the demo data.
 */
const HOUR = 3_600_000;

/** Outside buyers, registered by their credit codes (made with the check character, as real ones). */
const OUTSIDE_BUYERS = [
  { alliance: 'LX-BRAND', name: '广州江南果菜批发市场经营管理有限公司', creditCode: makeCreditCode('9', '1', '440111', '19043766'), trademark: ['江南鲜', '第31类 21876543'] },
  { alliance: 'YL-BRAND', name: '上海本草堂中药饮片有限公司', creditCode: makeCreditCode('9', '1', '310115', '63021457'), trademark: ['本草堂', '第5类 10234567'] },
];

function shanghaiDayFromNow(days: number): string {
  return new Date(Date.now() + 8 * HOUR + days * 24 * HOUR).toISOString().slice(0, 10);
}

function lastMonth(): { month: string; midday: string } {
  const now = new Date(Date.now() + 8 * HOUR);
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const month = first.toISOString().slice(0, 7);
  return { month, midday: `${month}-15T10:00:00+08:00` };
}

export async function playDemoBranding(
  gatewayUrl: string,
  membersEm: EntityManager,
  brandingEm: EntityManager,
  jwtSecret: string,
  progress: (message: string) => void,
): Promise<void> {
  const as = demoCallers(gatewayUrl, membersEm, jwtSecret);
  const shopper: Client = anonymousCaller(gatewayUrl);
  const memberId = async (code: string) => (await identityOfMember(membersEm, code)).memberId;

  const certified = async (brand: Client, crop: string) => {
    const { originCertificates } = await brand(
      `query($first: Int) { originCertificates(filter: { status: VALID }, first: $first) { edges { node { id number crop certifiedKg lot { id } } } } }`,
      { first: 100 },
    );
    return (originCertificates.edges as { node: { id: string; number: string; crop: string; certifiedKg: string; lot: { id: string } | null } }[])
      .map((e) => e.node)
      .filter((c) => c.crop === crop && c.lot);
  };
  const grant = (brand: Client, input: Record<string, unknown>) =>
    brand(`mutation($input: GrantLicenceInput!) { grantLicence(input: $input) { id number gtin } }`, { input }).then((d) => d.grantLicence as { id: string; number: string });
  const issue = (brand: Client, licenceId: string, lotId: string, count: number, packKg: string) =>
    brand(
      `mutation($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {
        issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id totalKg feeCny codes(first: 3) { edges { node { serial digitalLink } } } }
      }`,
      { licenceId, lotId, count, packKg },
    ).then((d) => d.issueLabels as { id: string; totalKg: string; codes: { edges: { node: { serial: string; digitalLink: string } }[] } });

  // ---- Luxi: two partner markets and a Guangzhou wholesaler print the origin label next to their own marks.
  const luxi = await as('LX-BRAND');
  const scallion = await certified(luxi, 'SCALLION');
  if (scallion.length < 8) return;
  const period = { validFrom: shanghaiDayFromNow(-60), validUntil: shanghaiDayFromNow(305) };
  const licences = [
    await grant(luxi, { licenseeMemberId: await memberId('SH-VEG'), trademark: { name: '申菜', registrationNumber: '第31类 17654321' }, crop: 'SCALLION', quotaKg: '200000', feePerKg: '0.08', ...period }),
    await grant(luxi, { licenseeMemberId: await memberId('DYB-MKT'), trademark: { name: '大亚湾鲜', registrationNumber: '第31类 23456789' }, crop: 'SCALLION', quotaKg: '120000', feePerKg: '0.08', ...period }),
    await grant(luxi, {
      outsideBuyer: { name: OUTSIDE_BUYERS[0]!.name, creditCode: OUTSIDE_BUYERS[0]!.creditCode },
      trademark: { name: OUTSIDE_BUYERS[0]!.trademark[0], registrationNumber: OUTSIDE_BUYERS[0]!.trademark[1] },
      crop: 'SCALLION',
      quotaKg: '50000',
      feePerKg: '0.12',
      ...period,
    }),
  ];
  progress(`granted ${licences.map((l) => l.number).join(', ')}`);

  // Last month's batches (dated back below, with their lots' certificates and more), then this month's.
  const older = scallion.slice(0, 4);
  const batches: { id: string; codes: { serial: string; digitalLink: string }[] }[] = [];
  const lastMonthBatches: string[] = [];
  for (const [i, certificate] of scallion.slice(0, 8).entries()) {
    const licence = licences[i % licences.length]!;
    const packKg = i % 2 === 0 ? '5' : '2.5';
    const count = Math.min(400, Math.floor(Number(certificate.certifiedKg) / Number(packKg) / 2));
    if (count < 1) continue;
    const batch = await issue(luxi, licence.id, certificate.lot!.id, count, packKg);
    batches.push({ id: batch.id, codes: batch.codes.edges.map((e) => e.node) });
    if (i < older.length) lastMonthBatches.push(batch.id);
  }
  const { month, midday } = lastMonth();
  await brandingEm.transactional(async (tx) => {
    await query(tx, sql`update ${table('label_batch')} set issued_at = ${midday}::timestamptz, month = ${month} where id = any(${lastMonthBatches}::uuid[])`);
    // The certificates of a third of Luxi's certified lots were issued last month: the pool's certified kg.
    await query(
      tx,
      sql`update ${table('origin_certificate')} set issued_at = ${midday}::timestamptz, issued_on = ${`${month}-15`}::date
          where id = any(${[...older, ...scallion.slice(8, 8 + Math.ceil(scallion.length / 3))].map((c) => c.id)}::uuid[])`,
    );
  });
  const { allianceId } = await identityOfMember(membersEm, 'LX-OFFICE');
  const office = await as('LX-OFFICE');
  const { distributeFeePool } = await office(
    `mutation($allianceId: ID!, $month: String!) { distributeFeePool(allianceId: $allianceId, month: $month) { poolCny shares { amountCny } } }`,
    { allianceId, month },
  );
  progress(`paid ${month}'s licence fees (${distributeFeePool.poolCny} CNY) to ${distributeFeePool.shares.length} cooperatives`);

  // ---- Yili: a Shanghai herbal-pieces maker licenses "伊犁红花" for florets.
  const yili = await as('YL-BRAND');
  const florets = await certified(yili, 'SAFFLOWER_FLORET');
  if (florets.length) {
    const buyer = OUTSIDE_BUYERS[1]!;
    const licence = await grant(yili, {
      outsideBuyer: { name: buyer.name, creditCode: buyer.creditCode },
      trademark: { name: buyer.trademark[0], registrationNumber: buyer.trademark[1] },
      crop: 'SAFFLOWER_FLORET',
      quotaKg: '3000',
      feePerKg: '1.50',
      ...period,
    });
    for (const certificate of florets.slice(0, 3)) {
      const count = Math.min(200, Math.floor(Number(certificate.certifiedKg) / 0.5 / 2));
      if (count >= 1) await issue(yili, licence.id, certificate.lot!.id, count, '0.5');
    }
    progress(`granted ${licence.number} for Yili florets`);
  }

  // ---- Shoppers scan. A few genuine first scans, a second scan, unknown codes, and one code
  // scanned in Kunming and, an hour later, in Urumqi (the first scan is dated back an hour).
  const verify = (code: string, where: Record<string, unknown> | null) =>
    shopper(`mutation($code: String!, $where: ScanPlaceInput) { verifyLabel(code: $code, where: $where) { outcome } }`, { code, where });
  const recent = batches.slice(lastMonthBatches.length);
  const codes = recent.flatMap((b) => b.codes);
  if (codes.length < 4) return;
  await verify(codes[0]!.digitalLink, { city: 'Shanghai' });
  await verify(codes[0]!.digitalLink, { city: 'Shanghai' });
  await verify(codes[1]!.digitalLink, { city: 'Huizhou' });
  const copied = codes[2]!;
  await verify(copied.digitalLink, { city: 'Kunming' });
  await brandingEm.transactional(async (tx) => {
    await query(tx, sql`update ${table('label_scan')} set scanned_at = scanned_at - interval '1 hour' where serial = ${copied.serial}`);
    await query(tx, sql`update ${table('label_code')} set first_scanned_at = first_scanned_at - interval '1 hour' where serial = ${copied.serial}`);
  });
  await verify(copied.digitalLink, { city: 'Urumqi' });
  const fake = codes[3]!.digitalLink.replace(/\/21\/[^/]+$/, '/21/');
  for (const [serial, city] of [['7Q2M9K4XH3T8VB6N', 'Guangzhou'], ['K8D3R7W2P9M4ZT6H', 'Guangzhou'], ['3H8N5T2Q7X9KRM4W', 'Shenzhen']] as const) {
    await verify(`${fake}${serial}`, { city });
  }
  progress(`shoppers checked labels; open ${codes[4]?.digitalLink ?? codes[0]!.digitalLink} to see the page`);
}
