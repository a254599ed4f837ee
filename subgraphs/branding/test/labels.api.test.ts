import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Viewer } from '@alliance/domain-kit';
import { encodeViewerHeader, GATEWAY_SECRET_HEADER, VIEWER_HEADER } from '@alliance/auth';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import {
  certifiedLot,
  grantedLicence,
  seedAnnouncedLot,
  seedBrandingAlliance,
  shanghaiDayFromNow,
  type BrandingCast,
  type SeededMember,
} from '@alliance/stack/fixtures';
import { parseLabelCode } from '../src/domain/digital-link.ts';
import { validateGtin14 } from '../src/domain/gtin.ts';

const issue = graphql(`
  mutation LabelsIssue($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {
    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) {
      id count packKg totalKg feeCny gtin lotNumber issuedAt status
      licence { id usedKg remainingKg feesAccrued }
      lot { id }
      certificate { id number labelledKg }
      issuedBy { id }
    }
  }
`);
const batchById = graphql(`
  query LabelsBatch($id: ID!, $first: Int, $after: String) {
    labelBatch(id: $id) {
      id count status
      codes(first: $first, after: $after) { edges { cursor node { serial printedSerial digitalLink status scanCount } } pageInfo { hasNextPage endCursor } }
    }
  }
`);
const batchCsv = graphql(`
  query LabelsBatchCsv($id: ID!) { labelBatch(id: $id) { id csv } }
`);
const batchQr = graphql(`
  query LabelsBatchQr($id: ID!) { labelBatch(id: $id) { id codes(first: 2) { edges { node { serial digitalLink qrSvg } } } } }
`);
const licenceFigures = graphql(`
  query LabelsLicence($id: ID!) {
    licence(id: $id) { id usedKg remainingKg feesAccrued labelBatches(first: 10) { edges { node { id status totalKg } } } }
  }
`);
const certificateFigures = graphql(`
  query LabelsCertificate($id: ID!) { originCertificate(id: $id) { id certifiedKg labelledKg status } }
`);
const revokeLicence = graphql(`
  mutation LabelsRevokeLicence($id: ID!, $reason: String!) { revokeLicence(id: $id, reason: $reason) { id status } }
`);
const suspendLicence = graphql(`
  mutation LabelsSuspendLicence($id: ID!, $reason: String!) { suspendLicence(id: $id, reason: $reason) { id status } }
`);
const revokeCertificate = graphql(`
  mutation LabelsRevokeCertificate($id: ID!, $reason: String!) { revokeOriginCertificate(id: $id, reason: $reason) { id status } }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'branding']);
});
afterAll(async () => stack?.close());

async function as(member: SeededMember | null) {
  return member ? stack.token(member.viewer) : null;
}

async function castWithLot(spec: Parameters<typeof certifiedLot>[2] = {}): Promise<{ cast: BrandingCast; lot: Awaited<ReturnType<typeof certifiedLot>> }> {
  const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
  return { cast, lot: await certifiedLot(stack, cast, spec) };
}

/** What issuing wrote for a licence: batches, codes, used kg and fees; and the certificate's labelled kg. */
async function written(licenceId: string, certificateId: string) {
  const rows = await stack
    .em('branding')
    .getConnection()
    .execute(
      `select (select count(*)::int from branding.label_batch where licence_id = ?) as batches,
              (select count(*)::int from branding.label_code where licence_id = ?) as codes,
              (select used_kg::text || ' ' || fees_accrued_cny::text from branding.licence where id = ?) as licence,
              (select labelled_kg::text from branding.origin_certificate where id = ?) as labelled`,
      [licenceId, licenceId, licenceId, certificateId],
    );
  return rows[0];
}

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || record.length) throw new Error('the last record does not end in CRLF');
  return records;
}

describe('label batches and codes', () => {
  it('issues a batch: quota and certified kg used live, the fee to the fen, codes with Digital Links, QR codes and the printer\'s CSV', async () => {
    const { cast, lot } = await castWithLot({ quantityKg: '1000' });
    const licence = await grantedLicence(stack, cast, {
      licensee: cast.market,
      quotaKg: '600',
      feePerKg: '0.3333',
      trademark: { name: '滇鲜 "Dian Xian", Kunming', registrationNumber: '第12345678号' },
    });
    const brand = await as(cast.brand);
    const answer = await stack.query(issue, { licenceId: licence.id, lotId: lot.lot.id, count: 100, packKg: '2.5' }, brand);
    expect(answer.errors).toBeUndefined();
    const batch = answer.data!.issueLabels;
    expect(batch).toMatchObject({
      count: 100,
      packKg: '2.500',
      totalKg: '250.000',
      // 250 kg × 0.3333 = 83.325 CNY, half a fen up.
      feeCny: '83.33',
      gtin: licence.gtin,
      lotNumber: lot.certificateNumber,
      status: 'ACTIVE',
      licence: { id: licence.id, usedKg: '250.000', remainingKg: '350.000', feesAccrued: '83.33' },
      lot: { id: lot.lot.id },
      certificate: { id: lot.certificateId, number: lot.certificateNumber, labelledKg: '250.000' },
      issuedBy: { id: cast.brand.member.id },
    });
    const second = await stack.query(issue, { licenceId: licence.id, lotId: lot.lot.id, count: 10, packKg: '0.125' }, brand);
    expect(second.data!.issueLabels.licence).toEqual({ id: licence.id, usedKg: '251.250', remainingKg: '348.750', feesAccrued: '83.75' });

    // The certificate's labelled kg: office and brand office; not the market, which sees the certificate.
    for (const [who, kg] of [[cast.brand, '251.250'], [cast.office, '251.250'], [cast.market, null], [cast.grower, null]] as const) {
      const read = await stack.query(certificateFigures, { id: lot.certificateId }, await as(who));
      expect(read.data!.originCertificate).toMatchObject({ certifiedKg: '1000.000', labelledKg: kg });
    }

    // Codes: keyset pages, distinct, 16 characters of Crockford base 32, a Digital Link each.
    const serials: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof stack.query<any, any>>> = await stack.query(batchById, { id: batch.id, first: 30, after }, await as(cast.market));
      expect(page.errors).toBeUndefined();
      for (const { node } of page.data.labelBatch.codes.edges) {
        expect(node.serial).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
        expect(node.printedSerial).toBe(node.serial.match(/.{4}/g)!.join('-'));
        expect(node.digitalLink).toBe(`http://localhost:4000/01/${licence.gtin}/10/${lot.certificateNumber}/21/${node.serial}`);
        expect(node).toMatchObject({ status: 'ACTIVE', scanCount: 0 });
        serials.push(node.serial);
      }
      if (!page.data.labelBatch.codes.pageInfo.hasNextPage) break;
      after = page.data.labelBatch.codes.pageInfo.endCursor;
    }
    expect(serials).toHaveLength(100);
    expect(new Set(serials).size).toBe(100);
    expect([...serials].sort()).toEqual(serials);

    const qr = await stack.query(batchQr, { id: batch.id }, brand);
    for (const { node } of qr.data!.labelBatch!.codes.edges) {
      expect(node.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(node.qrSvg).toMatch(/<\/svg>\s*$/);
    }

    const csv = (await stack.query(batchCsv, { id: batch.id }, await as(cast.market))).data!.labelBatch!.csv;
    const records = parseCsv(csv);
    expect(records[0]).toEqual(['serial', 'printed_serial', 'digital_link', 'gtin', 'lot', 'pack_kg', 'licensee', 'licensee_credit_code', 'trademark', 'trademark_registration_number']);
    expect(records.slice(1).map((r) => r[0])).toEqual(serials);
    expect(records[1]).toEqual([
      serials[0],
      serials[0]!.match(/.{4}/g)!.join('-'),
      `http://localhost:4000/01/${licence.gtin}/10/${lot.certificateNumber}/21/${serials[0]}`,
      licence.gtin,
      lot.certificateNumber,
      '2.500',
      cast.market.member.name,
      cast.market.member.creditCode,
      '滇鲜 "Dian Xian", Kunming',
      '第12345678号',
    ]);
    expect(csv).toContain('"滇鲜 ""Dian Xian"", Kunming"');

    // The licence lists its batches newest first.
    const listed = await stack.query(licenceFigures, { id: licence.id }, await as(cast.market));
    expect(listed.data!.licence!.labelBatches.edges.map((e) => e.node.id)).toEqual([second.data!.issueLabels.id, batch.id]);
  });

  it('issues 10,000 codes in one batch: distinct, 16 characters, each a valid Digital Link with its GTIN check digit', async () => {
    const { cast, lot } = await castWithLot({ quantityKg: '1000' });
    const licence = await grantedLicence(stack, cast, { quotaKg: '1000' });
    const started = Date.now();
    const answer = await stack.query(issue, { licenceId: licence.id, lotId: lot.lot.id, count: 10_000, packKg: '0.1' }, await as(cast.brand));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.issueLabels).toMatchObject({ count: 10_000, totalKg: '1000.000', feeCny: '500.00', licence: { remainingKg: '0.000' }, certificate: { labelledKg: '1000.000' } });
    expect(Date.now() - started).toBeLessThan(20_000);
    const csv = (await stack.query(batchCsv, { id: answer.data!.issueLabels.id }, await as(cast.brand))).data!.labelBatch!.csv;
    const records = parseCsv(csv).slice(1);
    expect(records).toHaveLength(10_000);
    const serials = new Set<string>();
    for (const [serial, , link, gtin, lotNumber] of records) {
      expect(serial).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
      serials.add(serial!);
      const parsed = parseLabelCode(link!);
      expect(parsed).toEqual({ ok: true, kind: 'digital-link', link: { gtin14: licence.gtin, lot: lot.certificateNumber, serial } });
      expect(gtin).toBe(licence.gtin);
      expect(lotNumber).toBe(lot.certificateNumber);
    }
    expect(serials.size).toBe(10_000);
    expect(validateGtin14(licence.gtin).ok).toBe(true);
    const stored = await stack.em('branding').getConnection().execute(`select count(distinct serial)::int as n from branding.label_code where licence_id = ?`, [licence.id]);
    expect(stored[0]!.n).toBe(10_000);
    // The quota is used up: not one more label.
    const more = await stack.query(issue, { licenceId: licence.id, lotId: lot.lot.id, count: 1, packKg: '0.001' }, await as(cast.brand));
    expect(more.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses bad input and every state that stops labels with a clear error, and writes nothing', async () => {
    const { cast, lot } = await castWithLot({ quantityKg: '1000', certifiedKg: '80' });
    const brand = await as(cast.brand);
    const licence = await grantedLicence(stack, cast, { quotaKg: '100', licensee: cast.market });
    expect((await stack.query(issue, { licenceId: licence.id, lotId: lot.lot.id, count: 30, packKg: '2' }, brand)).errors).toBeUndefined();
    const before = await written(licence.id, lot.certificateId);
    expect(before).toEqual({ batches: 1, codes: 30, licence: '60.000 30.00', labelled: '60.000' });

    const refuse = async (what: string, vars: { licenceId?: string; lotId?: string; count?: number; packKg?: string }, code: string, message: RegExp) => {
      const answer = await stack.query(issue, { licenceId: licence.id, lotId: lot.lot.id, count: 1, packKg: '1', ...vars }, brand);
      expect(answer.errors?.[0]?.extensions?.code, what).toBe(code);
      expect(answer.errors![0]!.message, what).toMatch(message);
      return answer;
    };
    await refuse('count 0', { count: 0 }, 'BAD_USER_INPUT', /from 1 to 10000/);
    await refuse('count 10,001', { count: 10_001 }, 'BAD_USER_INPUT', /from 1 to 10000/);
    await refuse('count negative', { count: -3 }, 'BAD_USER_INPUT', /from 1 to 10000/);
    await refuse('pack 0 kg', { packKg: '0' }, 'BAD_USER_INPUT', /more than 0 kg/);
    await refuse('pack 4 decimals', { packKg: '0.0005' }, 'BAD_USER_INPUT', /3 decimal places/);
    await refuse('pack not a number', { packKg: 'two' }, 'BAD_USER_INPUT', /packKg/);
    await refuse('unknown licence', { licenceId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', /No licence/);
    await refuse('unknown lot', { lotId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', /No lot/);
    // Over the licence's quota (40 kg left) and over the certificate's kg (20 kg left).
    const overQuota = await refuse('over quota', { count: 25, packKg: '2' }, 'CONFLICT', /the lot's certificate has 20.000 certified kg left/);
    expect(overQuota.errors![0]!.extensions).toMatchObject({ limitedBy: 'CERTIFIED_KG', requestedKg: '50.000', allowedKg: '20.000' });
    const other = await certifiedLot(stack, cast, { quantityKg: '1000' });
    const overLicence = await stack.query(issue, { licenceId: licence.id, lotId: other.lot.id, count: 21, packKg: '2' }, brand);
    expect(overLicence.errors?.[0]?.message).toMatch(/make 42.000 kg, but the licence has 40.000 kg of its quota left/);
    expect(overLicence.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', limitedBy: 'LICENCE_QUOTA' });

    // A lot of another crop, a lot without a certificate.
    const florets = await grantedLicence(stack, cast, { crop: 'SAFFLOWER_FLORET' });
    await refuse('another crop', { licenceId: florets.id }, 'BAD_USER_INPUT', /licence .* labels safflower floret only/);
    const uncertified = await seedAnnouncedLot(stack.em('members'), cast.grower);
    await eventually(async () => {
      await refuse('no certificate', { lotId: uncertified.id }, 'CONFLICT', /no valid origin certificate/);
    });
    // A licence that has not started, has expired, is suspended or revoked.
    const future = await grantedLicence(stack, cast, { validFrom: shanghaiDayFromNow(3), validUntil: shanghaiDayFromNow(30) });
    await refuse('not started', { licenceId: future.id }, 'CONFLICT', /no labels before then/);
    const expired = await grantedLicence(stack, cast, { validFrom: shanghaiDayFromNow(-30), validUntil: shanghaiDayFromNow(0) });
    // Its period ends: a licence cannot be granted already ended, so the day is moved back in the table.
    await stack.em('branding').getConnection().execute(`update branding.licence set valid_until = ?::date where id = ?`, [shanghaiDayFromNow(-1), expired.id]);
    await refuse('expired', { licenceId: expired.id }, 'CONFLICT', /licence is expired/);
    const suspended = await grantedLicence(stack, cast);
    expect((await stack.query(suspendLicence, { id: suspended.id, reason: 'Unpaid fees' }, brand)).errors).toBeUndefined();
    await refuse('suspended licence', { licenceId: suspended.id }, 'CONFLICT', /licence is suspended \(Unpaid fees\)/);
    const revoked = await grantedLicence(stack, cast);
    expect((await stack.query(revokeLicence, { id: revoked.id, reason: 'Fraud' }, brand)).errors).toBeUndefined();
    await refuse('revoked licence', { licenceId: revoked.id }, 'CONFLICT', /licence is revoked/);

    // A suspended licensee: the office suspends the market, labels stop as soon as branding hears of it.
    const suspendMember = await stack.query(`mutation($id: ID!) { suspendMember(id: $id, reason: "Unpaid dues") { id status } }`, { id: cast.market.member.id }, await as(cast.office));
    expect(suspendMember.errors).toBeUndefined();
    // Wait for branding's directory to hear of the suspension, then try once: retrying the issue
    // itself could issue a batch while the message is still on its way.
    await eventually(async () => {
      const rows = await stack.em('branding').getConnection().execute(`select status, memberships from branding.member_directory where member_id = ?`, [cast.market.member.id]);
      expect(JSON.stringify(rows[0])).toContain('SUSPENDED');
    });
    await refuse('suspended licensee', { lotId: other.lot.id }, 'CONFLICT', /licensee's membership is suspended/);
    // A withdrawn lot.
    const outsider = await grantedLicence(stack, cast);
    const withdrawn = await stack.query(`mutation($id: ID!) { withdrawLot(id: $id) { status } }`, { id: other.lot.id }, await as(cast.grower));
    expect(withdrawn.errors).toBeUndefined();
    await eventually(async () => {
      const rows = await stack.em('branding').getConnection().execute(`select status from branding.lot_fact where lot_id = ?`, [other.lot.id]);
      expect(rows[0]?.status).toBe('WITHDRAWN');
    });
    await refuse('withdrawn lot', { licenceId: outsider.id, lotId: other.lot.id }, 'CONFLICT', /withdrawn lot gets no labels/);

    expect(await written(licence.id, lot.certificateId)).toEqual(before);
    for (const id of [florets.id, future.id, expired.id, suspended.id, revoked.id, outsider.id]) {
      expect(await written(id, other.certificateId)).toEqual({ batches: 0, codes: 0, licence: '0.000 0.00', labelled: '0.000' });
    }
  });

  it('lets only the brand office issue; shows batches to the office, brand office and licensee; others see nothing', async () => {
    const { cast: home, lot } = await castWithLot();
    const { cast: away } = await castWithLot();
    const licence = await grantedLicence(stack, home, { licensee: home.market });
    const vars = { licenceId: licence.id, lotId: lot.lot.id, count: 5, packKg: '1' };
    for (const [who, code] of [
      [home.office, 'FORBIDDEN'],
      [home.market, 'FORBIDDEN'],
      [home.grower, 'NOT_FOUND'],
      [home.cooperative, 'NOT_FOUND'],
      [away.brand, 'NOT_FOUND'],
      [away.office, 'NOT_FOUND'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      expect((await stack.query(issue, vars, await as(who))).errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await written(licence.id, lot.certificateId)).toEqual({ batches: 0, codes: 0, licence: '0.000 0.00', labelled: '0.000' });
    const batch = (await stack.query(issue, vars, await as(home.brand))).data!.issueLabels;

    for (const who of [home.brand, home.office, home.market]) {
      const read = await stack.query(batchCsv, { id: batch.id }, await as(who));
      expect(read.data!.labelBatch!.csv.split('\r\n')).toHaveLength(7);
    }
    for (const who of [home.grower, home.cooperative, away.brand, away.office, away.market]) {
      expect((await stack.query(batchCsv, { id: batch.id }, await as(who))).data!.labelBatch).toBeNull();
    }
    expect((await stack.query(batchCsv, { id: batch.id }, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on LabelBatch { id count csv } } }`;
    const headers = (viewer: Viewer) => ({ [GATEWAY_SECRET_HEADER]: stack.gatewaySecret, [VIEWER_HEADER]: encodeViewerHeader(viewer) });
    const r = [{ __typename: 'LabelBatch', id: batch.id }];
    const own = await stack.querySubgraph('branding', ENTITIES, { r }, headers(home.market.viewer));
    expect(own.data._entities[0]).toMatchObject({ id: batch.id, count: 5 });
    for (const who of [away.brand, home.grower]) {
      const foreign = await stack.querySubgraph('branding', ENTITIES, { r }, headers(who.viewer));
      expect(foreign.data._entities).toEqual([null]);
    }
  });

  it('revokes a licence\'s codes with the licence, and every licence\'s codes with the certificate', async () => {
    const { cast, lot } = await castWithLot({ quantityKg: '1000' });
    const brand = await as(cast.brand);
    const first = await grantedLicence(stack, cast);
    const second = await grantedLicence(stack, cast, { licensee: cast.market });
    const a = (await stack.query(issue, { licenceId: first.id, lotId: lot.lot.id, count: 3, packKg: '1' }, brand)).data!.issueLabels;
    const b = (await stack.query(issue, { licenceId: second.id, lotId: lot.lot.id, count: 3, packKg: '1' }, brand)).data!.issueLabels;
    const statuses = async (id: string) => {
      const read = await stack.query(batchById, { id, first: 10 }, brand);
      return [read.data!.labelBatch!.status, ...read.data!.labelBatch!.codes.edges.map((e) => e.node.status)];
    };
    expect(await statuses(a.id)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE']);

    expect((await stack.query(revokeLicence, { id: first.id, reason: 'Labels found on imported scallions' }, brand)).errors).toBeUndefined();
    expect(await statuses(a.id)).toEqual(['REVOKED', 'REVOKED', 'REVOKED', 'REVOKED']);
    expect(await statuses(b.id)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE']);

    expect((await stack.query(revokeCertificate, { id: lot.certificateId, reason: 'Spot check found chlorpyrifos' }, brand)).errors).toBeUndefined();
    expect(await statuses(b.id)).toEqual(['REVOKED', 'REVOKED', 'REVOKED', 'REVOKED']);
    const listed = await stack.query(licenceFigures, { id: second.id }, brand);
    expect(listed.data!.licence!.labelBatches.edges.map((e) => e.node.status)).toEqual(['REVOKED']);
    // A revoked certificate takes no more labels.
    const after = await stack.query(issue, { licenceId: second.id, lotId: lot.lot.id, count: 1, packKg: '1' }, brand);
    expect(after.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
