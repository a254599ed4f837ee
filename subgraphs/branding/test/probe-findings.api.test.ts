import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { startTestStack, type TestStack } from '@alliance/stack/testing';
import { certifiedLot, grantedLicence, randomCreditCode, seedBrandingAlliance, shanghaiDayFromNow, type BrandingCast } from '@alliance/stack/fixtures';
import { makeGtin14 } from '../src/domain/gtin.ts';

/**
 * What probing branding as an attacker found (notes/branding-probe.md), each pinned by a test
 * that failed before its fix.
 */

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'branding']);
});
afterAll(async () => stack?.close());

async function freshCast(): Promise<BrandingCast> {
  return seedBrandingAlliance(stack.em('members'), stack.em('branding'));
}

const GRANT = `mutation ProbeGrant($input: GrantLicenceInput!) { grantLicence(input: $input) { id gtin allianceId } }`;
const VERIFY = `mutation ProbeVerify($code: String!) { verifyLabel(code: $code) { outcome } }`;
const ALERTS = `query ProbeAlerts { counterfeitAlerts(first: 50) { kind codes } }`;
const ISSUE = `mutation ProbeIssue($licenceId: ID!, $lotId: ID!) { issueLabels(licenceId: $licenceId, lotId: $lotId, count: 2, packKg: "1") { codes { edges { node { serial printedSerial } } } } }`;

function grantInput(gtin: string | null) {
  return {
    outsideBuyer: { name: 'Kunming Fresh Foods Co., Ltd.', creditCode: randomCreditCode() },
    trademark: { name: '滇鲜', registrationNumber: '12345678' },
    crop: 'SCALLION',
    gtin,
    validFrom: shanghaiDayFromNow(-1),
    validUntil: shanghaiDayFromNow(365),
    quotaKg: '1000',
    feePerKg: '0.5',
  };
}

/** A GTIN-14 no alliance has used yet, under a company prefix of no one's. */
function freshGtin(): string {
  const item = Array.from(randomBytes(5), (b) => String(b % 10)).join('');
  return makeGtin14('6901234', item);
}

describe('a GTIN is one alliance\'s trade item', () => {
  it('another alliance\'s brand office cannot license a GTIN already on this alliance\'s licences, so unknown codes under it still reach this brand office', async () => {
    const home = await freshCast();
    const away = await freshCast();
    const theirs = await grantedLicence(stack, home);

    const taken = await stack.query(GRANT, { input: grantInput(theirs.gtin) }, await stack.token(away.brand.viewer));
    expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(taken.errors?.[0]?.extensions?.field).toBe('gtin');
    expect(taken.errors?.[0]?.message).toContain(theirs.gtin);
    // The owner may license its own GTIN again.
    const again = await stack.query(GRANT, { input: grantInput(theirs.gtin) }, await stack.token(home.brand.viewer));
    expect(again.errors).toBeUndefined();

    // A made-up serial under the GTIN is a counterfeit of the owner's trade item: its brand office sees it, the other does not.
    const fake = `/01/${theirs.gtin}/21/PROBE${randomBytes(4).toString('hex').toUpperCase()}`;
    expect((await stack.query(VERIFY, { code: fake }, null)).data?.verifyLabel.outcome).toBe('UNKNOWN');
    const homeAlerts = await stack.query(ALERTS, {}, await stack.token(home.brand.viewer));
    expect(homeAlerts.data?.counterfeitAlerts.filter((a: { kind: string; codes: string[] }) => a.kind === 'UNKNOWN_CODE' && a.codes.includes(fake))).toHaveLength(1);
    const awayAlerts = await stack.query(ALERTS, {}, await stack.token(away.brand.viewer));
    expect(JSON.stringify(awayAlerts.data?.counterfeitAlerts)).not.toContain(fake);
  });

  it('the database keeps a GTIN to one alliance: concurrent grants of one new GTIN by six alliances license it to exactly one', async () => {
    const casts = await Promise.all(Array.from({ length: 6 }, () => freshCast()));
    const gtin = freshGtin();
    const tokens = await Promise.all(casts.map((c) => stack.token(c.brand.viewer)));
    const answers = await Promise.all(tokens.map((token) => stack.query(GRANT, { input: grantInput(gtin) }, token)));
    const granted = answers.filter((a) => !a.errors);
    expect(granted).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(5);
    const [row] = await stack
      .em('branding')
      .getConnection()
      .execute<{ n: number }[]>(`select count(distinct alliance_id)::int as n from branding.licence where gtin = ?`, [gtin]);
    expect(row!.n).toBe(1);
  });
});

describe('a shopper types the code from under the QR code', () => {
  it('with a Chinese input method in full-width mode (full-width letters, digits, hyphens and spaces): the same code, not a refusal', async () => {
    const cast = await freshCast();
    const lot = await certifiedLot(stack, cast);
    const licence = await grantedLicence(stack, cast);
    const issued = await stack.query(ISSUE, { licenceId: licence.id, lotId: lot.lot.id }, await stack.token(cast.brand.viewer));
    expect(issued.errors).toBeUndefined();
    const [first, second] = issued.data!.issueLabels.codes.edges.map((e: { node: { serial: string; printedSerial: string } }) => e.node);
    // What an IME in full-width mode writes: U+FF01–FF5E for ASCII, U+3000 for the space.
    const fullWidth = (text: string) => [...text].map((c) => (c === ' ' ? '\u3000' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('');
    const typed = await stack.query(VERIFY, { code: fullWidth(first.printedSerial) }, null);
    expect(typed.errors).toBeUndefined();
    expect(typed.data?.verifyLabel.outcome).toBe('GENUINE');
    const spaced = await stack.query(VERIFY, { code: fullWidth(second.printedSerial.replace(/-/g, ' ').toLowerCase()) }, null);
    expect(spaced.data?.verifyLabel.outcome).toBe('GENUINE');
  });
});

describe('the label printer\'s CSV is one batch\'s worth per request', () => {
  it('a licensee asking for every batch\'s csv at once gets 10,000 rows of it and a clear refusal for the rest, and each batch alone as before', async () => {
    const cast = await freshCast();
    const lot = await certifiedLot(stack, cast, { quantityKg: '100' });
    const licence = await grantedLicence(stack, cast, { licensee: cast.market });
    const brand = await stack.token(cast.brand.viewer);
    const issue = `mutation ProbeIssueMany($licenceId: ID!, $lotId: ID!, $count: Int!) { issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: "0.001") { id } }`;
    const big = await stack.query(issue, { licenceId: licence.id, lotId: lot.lot.id, count: 10_000 }, brand);
    expect(big.errors).toBeUndefined();
    const small = await stack.query(issue, { licenceId: licence.id, lotId: lot.lot.id, count: 1 }, brand);
    expect(small.errors).toBeUndefined();

    const market = await stack.token(cast.market.viewer);
    const all = await stack.query(
      `query ProbeEveryCsv($id: ID!) { licence(id: $id) { labelBatches(first: 100) { edges { node { id count csv } } } } }`,
      { id: licence.id },
      market,
    );
    expect(all.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(all.errors?.[0]?.message).toMatch(/10,000 rows .*labelBatch\(id\)/);

    for (const id of [big.data!.issueLabels.id, small.data!.issueLabels.id]) {
      const one = await stack.query(`query ProbeOneCsv($id: ID!) { labelBatch(id: $id) { count csv } }`, { id }, market);
      expect(one.errors).toBeUndefined();
      expect(one.data!.labelBatch.csv.trimEnd().split('\r\n')).toHaveLength(one.data!.labelBatch.count + 1);
    }
  });
});

describe('a refused credit code is quoted briefly', () => {
  it('a 10,000-character credit code is refused with its first characters, not all of them', async () => {
    const cast = await freshCast();
    const input = { ...grantInput(null), outsideBuyer: { name: 'Kunming Fresh Foods Co., Ltd.', creditCode: '9'.repeat(10_000) } };
    const answer = await stack.query(GRANT, { input }, await stack.token(cast.brand.viewer));
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/^Unified social credit code "9{40}…": it must have 18 characters/);
    expect(answer.errors?.[0]?.message.length).toBeLessThan(200);
  });
});

describe('labels follow the lot\'s latest residue test', () => {
  it('after a failing test is recorded on a certified lot, issueLabels refuses with CONFLICT naming the analytes and writes nothing; a later passing test lets labels through again', async () => {
    const cast = await freshCast();
    const lot = await certifiedLot(stack, cast);
    const licence = await grantedLicence(stack, cast);
    const brand = await stack.token(cast.brand.viewer);
    const office = await stack.token(cast.office.viewer);
    const record = `mutation ProbeRecordTest($input: RecordResidueTestInput!) { recordResidueTest(input: $input) { id } }`;
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
    const failing = { lotId: lot.lot.id, basis: 'COMMISSIONED_TEST', tester: 'Shanghai market laboratory', reportNumber: 'SH-2026-118', sampledAt: minutesAgo(50), testedAt: minutesAgo(40), result: 'FAIL', failedAnalytes: ['chlorpyrifos'] };
    expect((await stack.query(record, { input: failing }, office)).errors).toBeUndefined();

    const refused = await stack.query(ISSUE, { licenceId: licence.id, lotId: lot.lot.id }, brand);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('chlorpyrifos');
    const [row] = await stack.em('branding').getConnection().execute<{ n: number }[]>(`select count(*)::int as n from branding.label_batch where lot_id = ?`, [lot.lot.id]);
    expect(row!.n).toBe(0);

    const passing = { lotId: lot.lot.id, basis: 'SELF_TEST', tester: 'Own rapid test kit', sampledAt: minutesAgo(20), testedAt: minutesAgo(10), result: 'PASS' };
    expect((await stack.query(record, { input: passing }, office)).errors).toBeUndefined();
    expect((await stack.query(ISSUE, { licenceId: licence.id, lotId: lot.lot.id }, brand)).errors).toBeUndefined();
  });
});

describe('a residue test and a label batch of one lot take turns', () => {
  it('a test being recorded waits for a batch in flight on the lot, and a batch waits for a test in flight: neither slips between the other\'s check and write', async () => {
    const cast = await freshCast();
    const lot = await certifiedLot(stack, cast);
    const licence = await grantedLicence(stack, cast);
    const brand = await stack.token(cast.brand.viewer);
    const office = await stack.token(cast.office.viewer);
    const record = `mutation ProbeRecordTest2($input: RecordResidueTestInput!) { recordResidueTest(input: $input) { id } }`;
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
    const failing = { lotId: lot.lot.id, basis: 'SELF_TEST', tester: 'Own rapid test kit', sampledAt: minutesAgo(30), testedAt: minutesAgo(20), result: 'FAIL', failedAnalytes: ['procymidone'] };
    const settledWithin = async (p: Promise<unknown>, ms: number) => Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), ms))]);

    // A batch in flight holds the lot's row in share mode (as issueLabels does until it commits).
    const inFlightBatch = stack.em('branding').fork();
    await inFlightBatch.begin();
    await inFlightBatch.getConnection().execute(`select lot_id from branding.lot_fact where lot_id = ? for share`, [lot.lot.id], 'all', inFlightBatch.getTransactionContext());
    const recording = stack.query(record, { input: failing }, office);
    expect(await settledWithin(recording, 700)).toBe(false);
    await inFlightBatch.commit();
    expect((await recording).errors).toBeUndefined();

    // A test in flight holds the row for update (as recordResidueTest does): the batch waits, then sees the failed test.
    const inFlightTest = stack.em('branding').fork();
    await inFlightTest.begin();
    await inFlightTest.getConnection().execute(`select lot_id from branding.lot_fact where lot_id = ? for update`, [lot.lot.id], 'all', inFlightTest.getTransactionContext());
    const issuing = stack.query(ISSUE, { licenceId: licence.id, lotId: lot.lot.id }, brand);
    expect(await settledWithin(issuing, 700)).toBe(false);
    await inFlightTest.commit();
    const refused = await issuing;
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('procymidone');
  });
});
