import { randomBytes, randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, graphql, postGraphQL, startTestStack, type TestStack } from '@alliance/stack/testing';
import { randomCreditCode, seedAnnouncedLot, seedBrandingAlliance, type SeededMember } from '@alliance/stack/fixtures';

const recordTest = graphql(`
  mutation VerificationRecordTest($input: RecordResidueTestInput!) {
    recordResidueTest(input: $input) { id }
  }
`);
const issueCertificate = graphql(`
  mutation VerificationIssueCertificate($lotId: ID!) {
    issueOriginCertificate(lotId: $lotId) { id number }
  }
`);
const revokeCertificate = graphql(`
  mutation VerificationRevokeCertificate($id: ID!, $reason: String!) {
    revokeOriginCertificate(id: $id, reason: $reason) { id status }
  }
`);
const grantLicence = graphql(`
  mutation VerificationGrantLicence($input: GrantLicenceInput!) {
    grantLicence(input: $input) { id number gtin }
  }
`);
const revokeLicence = graphql(`
  mutation VerificationRevokeLicence($id: ID!, $reason: String!) {
    revokeLicence(id: $id, reason: $reason) { id status }
  }
`);
const issueLabels = graphql(`
  mutation VerificationIssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {
    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) {
      id gtin lotNumber codes(first: 100) { edges { node { serial printedSerial digitalLink } } }
    }
  }
`);
const verify = graphql(`
  mutation VerificationVerifyLabel($code: String!, $where: ScanPlaceInput) {
    verifyLabel(code: $code, where: $where) {
      outcome message scanCount firstVerifiedAt firstVerifiedIn
      product crop variety grade originTownship originCounty harvestDate
      certificateNumber certificateBasis licensee licenseeCreditCode licenseeTrademark
      freshness { lotId }
    }
  }
`);
const alerts = graphql(`
  query VerificationCounterfeitAlerts($since: DateTime, $first: Int) {
    counterfeitAlerts(since: $since, first: $first) { kind licence { id } place scanCount codes reasons firstScanAt lastScanAt }
  }
`);

const LIMIT = 5;
const closedWindowClient = `closed-window-${randomBytes(6).toString('hex')}`;
let stack: TestStack;
const saved = { TRUST_PROXY: process.env.TRUST_PROXY, BRANDING_VERIFY_LIMIT_PER_MINUTE: process.env.BRANDING_VERIFY_LIMIT_PER_MINUTE };
beforeAll(async () => {
  // The stack's own environment: the gateway believes X-Forwarded-For from the test (loopback),
  // so each test is its own client; the anonymous allowance is small enough to reach.
  process.env.TRUST_PROXY = 'loopback';
  process.env.BRANDING_VERIFY_LIMIT_PER_MINUTE = String(LIMIT);
  stack = await startTestStack(inject('databaseUrl'), ['members', 'coldchain', 'branding']);
  // A window long closed, before this file's first check: the first check of a window sweeps it.
  await sql(`insert into branding.verification_allowance (client_hash, window_start, count) values (?, now() - interval '10 minutes', 3)`, [closedWindowClient]);
});
afterAll(async () => {
  await stack?.close();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** A client no other check of this file uses: a random /64 of the documentation IPv6 block. */
function newClient(): string {
  const group = () => randomInt(65536).toString(16);
  return `2001:db8:${group()}:${group()}::${randomInt(1, 65536).toString(16)}`;
}

/** A label check as a phone sends it: no token unless given, from a client address. */
async function check(code: string, options: { where?: Record<string, unknown> | null; client?: string; token?: string } = {}) {
  const headers: Record<string, string> = { 'x-forwarded-for': options.client ?? newClient() };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return postGraphQL(stack.gateway.url, verify, { code, where: options.where ?? null }, headers);
}

function gtinWithCheckDigit(first13: string): string {
  const sum = [...first13].reverse().reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return `${first13}${(10 - (sum % 10)) % 10}`;
}

function randomGtin(): string {
  return gtinWithCheckDigit(`0699${Array.from(randomBytes(9), (b) => String(b % 10)).join('')}`);
}

function randomSerial(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return Array.from(randomBytes(16), (b) => alphabet[b % 32]).join('');
}

const hour = 3_600_000;

async function as(member: SeededMember) {
  return stack.token(member.viewer);
}

/** An alliance with a certified lot, a licence for an outside buyer, and a batch of label codes. */
async function labelledLot(count = 3) {
  const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
  const lot = await seedAnnouncedLot(stack.em('members'), cast.grower, { quantityKg: '1000' });
  await eventually(async () => {
    const answer = await stack.query(
      recordTest,
      {
        input: {
          lotId: lot.id,
          basis: 'COMMISSIONED_TEST',
          tester: 'Honghe inspection centre',
          reportNumber: 'HH-7',
          sampledAt: new Date(Date.now() - 3 * hour).toISOString(),
          testedAt: new Date(Date.now() - 2 * hour).toISOString(),
          result: 'PASS',
        },
      },
      await as(cast.grower),
    );
    expect(answer.errors).toBeUndefined();
  });
  const brand = await as(cast.brand);
  const certificate = await stack.query(issueCertificate, { lotId: lot.id }, brand);
  expect(certificate.errors).toBeUndefined();
  const creditCode = randomCreditCode();
  const today = new Date().toISOString().slice(0, 10);
  const licence = await stack.query(
    grantLicence,
    {
      input: {
        outsideBuyer: { name: 'Shanghai Fresh Trading Co.', creditCode },
        trademark: { name: '沪鲜', registrationNumber: '12345678' },
        crop: 'SCALLION',
        gtin: randomGtin(),
        validFrom: today,
        validUntil: `${Number(today.slice(0, 4)) + 1}-12-31`,
        quotaKg: '500',
        feePerKg: '0.2000',
      },
    },
    brand,
  );
  expect(licence.errors).toBeUndefined();
  const batch = await stack.query(issueLabels, { licenceId: licence.data!.grantLicence.id, lotId: lot.id, count, packKg: '2.5' }, brand);
  expect(batch.errors).toBeUndefined();
  const codes = batch.data!.issueLabels.codes.edges.map((e) => e.node);
  return { cast, lot, creditCode, certificate: certificate.data!.issueOriginCertificate, licence: licence.data!.grantLicence, batch: batch.data!.issueLabels, codes };
}

async function sql<T = Record<string, any>>(text: string, params: unknown[] = []): Promise<T[]> {
  return stack.em('branding').getConnection().execute(text, params) as Promise<T[]>;
}

const scansOf = (serial: string) =>
  sql<{ outcome: string; place: string | null; client_hash: string; alliance_id: string | null; licence_id: string | null }>(
    `select outcome, place, client_hash, alliance_id, licence_id from branding.label_scan where serial = ? order by id`,
    [serial],
  );
const scansAsScanned = (code: string) =>
  sql<{ serial: string | null; alliance_id: string | null; outcome: string; place: string | null }>(
    `select serial, alliance_id, outcome, place from branding.label_scan where code_as_scanned = ? order by id`,
    [code],
  );
const codeRow = async (serial: string) =>
  (await sql<{ scan_count: number; first_place: string | null; suspicious: boolean }>(`select scan_count, first_place, suspicious from branding.label_code where serial = ?`, [serial]))[0]!;

describe('public label verification', () => {
  it('answers GENUINE on the first scan and ALREADY_VERIFIED after, anonymous or signed in, with public facts only', async () => {
    const { cast, lot, licence, certificate, creditCode, batch, codes } = await labelledLot();
    const [code] = codes;
    const first = await check(code!.digitalLink, { where: { city: '昆明' } });
    expect(first.errors).toBeUndefined();
    const firstAt = first.data!.verifyLabel.firstVerifiedAt as string;
    // The whole answer: nothing beyond the public facts (no phone, no kg, no fee, no producer).
    expect(first.data).toEqual({
      verifyLabel: {
        outcome: 'GENUINE',
        message: expect.stringMatching(/^正品，首次验证.* \/ Genuine, first check/),
        scanCount: 1,
        firstVerifiedAt: firstAt,
        firstVerifiedIn: '昆明 Kunming',
        product: 'Test 红香葱 (Test County red scallion)',
        crop: 'SCALLION',
        variety: lot.variety,
        grade: lot.grade,
        originTownship: lot.township,
        originCounty: 'Test County',
        harvestDate: lot.harvestDate,
        certificateNumber: certificate.number,
        certificateBasis: 'COMMISSIONED_TEST',
        licensee: 'Shanghai Fresh Trading Co.',
        licenseeCreditCode: creditCode,
        licenseeTrademark: '沪鲜',
        freshness: { lotId: lot.id },
      },
    });
    expect(Math.abs(Date.parse(firstAt) - Date.now())).toBeLessThan(60_000);
    // No value of the answer is the phone, the grower's name, the pack kg, the fee or the quota (whole
    // values: a timestamp's milliseconds may well read …2.5…).
    const values = leaves(first.data).map(String);
    for (const secret of ['13912345678', cast.grower.member.name]) expect(JSON.stringify(first.data)).not.toContain(secret);
    expect(values.filter((v) => /^(2\.50*|0\.20*|1000(\.0+)?)$/.test(v))).toEqual([]);

    // Typed from under the QR code, lower case with the hyphens: the same code.
    const typed = await check(code!.printedSerial.toLowerCase());
    expect(typed.errors).toBeUndefined();
    expect(typed.data!.verifyLabel).toMatchObject({ outcome: 'ALREADY_VERIFIED', scanCount: 2, firstVerifiedAt: firstAt, firstVerifiedIn: '昆明 Kunming' });
    expect(typed.data!.verifyLabel.message).toMatch(/^已验证 2 次，首次于 \d{4}-\d\d-\d\d \d\d:\d\d（北京时间）在 昆明 Kunming。.* \/ Verified 2 times, first on .* Beijing time in 昆明 Kunming\./);

    // A member's token changes nothing in what is shown.
    const signedIn = await check(`/01/${batch.gtin}/21/${code!.serial}`, { token: await as(cast.market) });
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data!.verifyLabel).toMatchObject({ outcome: 'ALREADY_VERIFIED', scanCount: 3, licensee: 'Shanghai Fresh Trading Co.', freshness: { lotId: lot.id } });

    // Every scan is recorded against the code and its licence, with a hashed client, never the address.
    const scans = await scansOf(code!.serial);
    expect(scans.map((s) => [s.outcome, s.place, s.alliance_id, s.licence_id])).toEqual([
      ['GENUINE', '昆明 Kunming', cast.alliance.id, licence.id],
      ['ALREADY_VERIFIED', null, cast.alliance.id, licence.id],
      ['ALREADY_VERIFIED', null, cast.alliance.id, licence.id],
    ]);
    for (const s of scans) expect(s.client_hash).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await codeRow(code!.serial)).toEqual({ scan_count: 3, first_place: '昆明 Kunming', suspicious: false });
    // The other codes of the batch were not touched.
    expect((await codeRow(codes[1]!.serial)).scan_count).toBe(0);
  });

  it('keeps one client hash per client, and another for another client', async () => {
    const { codes } = await labelledLot(1);
    const serial = codes[0]!.serial;
    await check(serial, { client: '198.51.100.20' });
    await check(serial, { client: '198.51.100.20' });
    await check(serial, { client: '198.51.100.21' });
    const [a, b, c] = (await scansOf(serial)).map((s) => s.client_hash);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(`${a}${c}`).not.toContain('198.51');
  });

  it('answers UNKNOWN for a code never issued, and for a genuine serial copied under another GTIN or lot, recording each', async () => {
    const { cast, batch, codes } = await labelledLot(1);
    const serial = codes[0]!.serial;

    const never = randomSerial();
    const unknown = await check(never);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({
      verifyLabel: {
        outcome: 'UNKNOWN',
        message: expect.stringMatching(/^假冒.*Counterfeit/),
        scanCount: 0,
        firstVerifiedAt: null,
        firstVerifiedIn: null,
        product: null,
        crop: null,
        variety: null,
        grade: null,
        originTownship: null,
        originCounty: null,
        harvestDate: null,
        certificateNumber: null,
        certificateBasis: null,
        licensee: null,
        licenseeCreditCode: null,
        licenseeTrademark: null,
        freshness: null,
      },
    });
    // A bare serial nobody issued names no alliance.
    expect(await scansAsScanned(never)).toEqual([{ serial: null, alliance_id: null, outcome: 'UNKNOWN', place: null }]);

    // A Digital Link under the licence's GTIN with a made-up serial: attributed to the alliance.
    const madeUp = `https://verify.example.cn/01/${batch.gtin}/10/${encodeURIComponent(batch.lotNumber)}/21/${randomSerial()}`;
    expect((await check(madeUp, { where: { city: 'Shanghai' } })).data!.verifyLabel.outcome).toBe('UNKNOWN');
    expect(await scansAsScanned(madeUp)).toEqual([{ serial: null, alliance_id: cast.alliance.id, outcome: 'UNKNOWN', place: '上海 Shanghai' }]);

    // The genuine serial on another product (another GTIN), or with another lot: a copy.
    const otherGtin = `https://verify.example.cn/01/${randomGtin()}/21/${serial}`;
    const otherLot = `https://verify.example.cn/01/${batch.gtin}/10/XX-2026-000999/21/${serial}`;
    for (const copied of [otherGtin, otherLot]) {
      const answer = await check(copied);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.verifyLabel).toMatchObject({ outcome: 'UNKNOWN', scanCount: 0, product: null, freshness: null });
      expect(await scansAsScanned(copied)).toEqual([{ serial: null, alliance_id: cast.alliance.id, outcome: 'UNKNOWN', place: null }]);
    }
    // The genuine code itself is still unscanned: the copies did not count as its scans.
    expect(await codeRow(serial)).toMatchObject({ scan_count: 0, first_place: null });
    expect((await check(serial)).data!.verifyLabel.outcome).toBe('GENUINE');
  });

  it('refuses what is not a label code, or a bad place, with the reason, recording nothing', async () => {
    const { batch, codes } = await labelledLot(1);
    const serial = codes[0]!.serial;
    const cases: [string, Record<string, unknown> | null, RegExp][] = [
      ['', null, /empty/],
      ['ABC123', null, /16 to 20 letters and digits; this one has 6/],
      ['7K3QM9XD2F8HJ4NU', null, /no "U"/],
      ['ftp://verify.example.cn/01/09506000134352/21/X', null, /https address/],
      ['https://verify.example.cn/01/09506000134353/21/ABC', null, /GTIN "09506000134353" is not valid/],
      [`https://verify.example.cn/01/${batch.gtin}`, null, /no serial/],
      [`/01/${batch.gtin}/17/261231/21/${serial}`, null, /AI \(17\) is not part of a label code/],
      [serial, { latitude: 25 }, /both latitude and longitude/],
      [serial, { latitude: 95, longitude: 100 }, /latitude must be from −90 to 90/],
      [serial, { city: 'Atlantis' }, /not a city this service knows/],
    ];
    for (const [code, where, reason] of cases) {
      const answer = await check(code, { where });
      expect(answer.errors?.[0]?.extensions?.code, code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message, code).toMatch(reason);
      expect(answer.data?.verifyLabel ?? null).toBeNull();
    }
    expect(await scansOf(serial)).toEqual([]);
    expect(await codeRow(serial)).toMatchObject({ scan_count: 0 });
    const [counted] = await sql<{ n: number }>(`select count(*)::int as n from branding.label_scan where code_as_scanned in (?, ?, ?)`, ['', 'ABC123', '7K3QM9XD2F8HJ4NU']);
    expect(counted!.n).toBe(0);
  });

  it('answers REVOKED once the licence or the certificate is revoked, still recording the scan, without freshness', async () => {
    const first = await labelledLot(2);
    const brand = await as(first.cast.brand);
    expect((await check(first.codes[0]!.serial)).data!.verifyLabel.outcome).toBe('GENUINE');
    expect((await stack.query(revokeLicence, { id: first.licence.id, reason: 'Labels found on imported scallions' }, brand)).errors).toBeUndefined();
    for (const code of first.codes) {
      const answer = await check(code.digitalLink);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.verifyLabel).toMatchObject({
        outcome: 'REVOKED',
        message: expect.stringMatching(/^标签已撤销.*Label revoked/),
        certificateNumber: first.certificate.number,
        licensee: 'Shanghai Fresh Trading Co.',
        freshness: null,
      });
    }
    expect((await scansOf(first.codes[0]!.serial)).map((s) => s.outcome)).toEqual(['GENUINE', 'REVOKED']);
    expect((await scansOf(first.codes[1]!.serial)).map((s) => s.outcome)).toEqual(['REVOKED']);

    const second = await labelledLot(1);
    expect((await stack.query(revokeCertificate, { id: second.certificate.id, reason: 'Residue retest failed' }, await as(second.cast.brand))).errors).toBeUndefined();
    expect((await check(second.codes[0]!.serial)).data!.verifyLabel).toMatchObject({ outcome: 'REVOKED', scanCount: 1, freshness: null });
  });

  it('gives exactly one GENUINE to concurrent first scans of one code', async () => {
    const { codes } = await labelledLot(1);
    const serial = codes[0]!.serial;
    const answers = await Promise.all(Array.from({ length: 12 }, () => check(serial)));
    for (const a of answers) expect(a.errors).toBeUndefined();
    const outcomes = answers.map((a) => a.data!.verifyLabel.outcome);
    expect(outcomes.filter((o) => o === 'GENUINE')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'ALREADY_VERIFIED')).toHaveLength(11);
    expect(answers.map((a) => a.data!.verifyLabel.scanCount).sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(answers.map((a) => a.data!.verifyLabel.firstVerifiedAt)).size).toBe(1);
    expect((await codeRow(serial)).scan_count).toBe(12);
    expect(await scansOf(serial)).toHaveLength(12);
  });
});

// A path TypeScript does not resolve: the page is plain browser JavaScript without declarations.
const pagePath: string = '../../../web/verify/verify.js';
interface VerifyPage {
  verifyLabel(code: string, where: unknown, fetchImpl: (url: string, init: RequestInit) => Promise<Response>): Promise<Record<string, unknown>>;
}

describe('the label check page', () => {
  it("gets its answer from its own request, the lot's freshness from the cold chain, with no token", async () => {
    const page = (await import(pagePath)) as VerifyPage;
    const { lot, codes } = await labelledLot(1);
    const client = newClient();
    const sent: RequestInit[] = [];
    const fetchImpl = (url: string, init: RequestInit) => {
      sent.push(init);
      return fetch(new URL(url, stack.gateway.url), { ...init, headers: { ...(init.headers as Record<string, string>), 'x-forwarded-for': client } });
    };
    const answer = await page.verifyLabel(codes[0]!.digitalLink, { latitude: 25.0, longitude: 102.7 }, fetchImpl);
    expect(sent).toHaveLength(1);
    expect(answer).toMatchObject({ outcome: 'GENUINE', scanCount: 1, firstVerifiedIn: '昆明 Kunming', harvestDate: lot.harvestDate });
    expect(Object.keys(answer.freshness as object).sort()).toEqual(['latestTemperatureCelsius', 'remainingShelfLifeDays']);
    expect(JSON.stringify(answer)).not.toContain('13912345678');
  });
});

describe('counterfeit suspicion and alerts', () => {
  it('flags a code scanned in Kunming and then in Urumqi an hour later, and lists it for the brand office by licence and place', async () => {
    const { cast, licence, codes } = await labelledLot(2);
    const serial = codes[0]!.serial;
    expect((await check(serial, { where: { city: 'Kunming' } })).data!.verifyLabel.outcome).toBe('GENUINE');
    // The first scan happened an hour ago.
    await sql(`update branding.label_scan set scanned_at = scanned_at - interval '1 hour' where serial = ?`, [serial]);
    expect((await codeRow(serial)).suspicious).toBe(false);
    const later = await check(serial, { where: { latitude: 43.83, longitude: 87.62 } });
    expect(later.data!.verifyLabel).toMatchObject({ outcome: 'ALREADY_VERIFIED', scanCount: 2, firstVerifiedIn: '昆明 Kunming' });
    expect((await codeRow(serial)).suspicious).toBe(true);
    // The other code, scanned twice in one city, is not suspicious.
    await check(codes[1]!.serial, { where: { city: 'Shanghai' } });
    await check(codes[1]!.serial, { where: { city: 'Shanghai' } });
    expect((await codeRow(codes[1]!.serial)).suspicious).toBe(false);

    for (const who of [cast.brand, cast.office]) {
      const answer = await stack.query(alerts, {}, await as(who));
      expect(answer.errors).toBeUndefined();
      const list = answer.data!.counterfeitAlerts;
      expect(list.map((a) => [a.kind, a.licence?.id, a.place, a.scanCount, a.codes])).toEqual([
        ['SUSPICIOUS_SCANS', licence.id, '乌鲁木齐 Urumqi', 1, [serial]],
        ['SUSPICIOUS_SCANS', licence.id, '昆明 Kunming', 1, [serial]],
      ]);
      for (const alert of list) expect(alert.reasons).toEqual([expect.stringMatching(/^Kunming then Urumqi, 2,4\d\d km in 1\.0 h$/)]);
      expect(Date.parse(list[0]!.lastScanAt)).toBeGreaterThan(Date.parse(list[1]!.lastScanAt));
    }
    // `since` after the Kunming scan leaves only Urumqi.
    const recent = await stack.query(alerts, { since: new Date(Date.now() - 30 * 60_000).toISOString() }, await as(cast.brand));
    expect(recent.data!.counterfeitAlerts.map((a) => a.place)).toEqual(['乌鲁木齐 Urumqi']);
  });

  it('lists scans of unknown codes by place for the alliance whose GTIN they imitate, for its brand office and office only', async () => {
    const { cast, batch } = await labelledLot(1);
    const fakes = [randomSerial(), randomSerial()];
    await check(`https://fake.example.com/01/${batch.gtin}/21/${fakes[0]}`, { where: { city: 'Shenzhen' } });
    await check(`https://fake.example.com/01/${batch.gtin}/21/${fakes[1]}`, { where: { city: 'Shanghai' } });
    await check(`https://fake.example.com/01/${batch.gtin}/21/${fakes[1]}`, { where: { city: 'Shanghai' } });
    // A bare unknown serial names no alliance: nobody's alert.
    await check(randomSerial(), { where: { city: 'Shanghai' } });

    const answer = await stack.query(alerts, { first: 10 }, await as(cast.brand));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.counterfeitAlerts.map((a) => ({ ...a, firstScanAt: typeof a.firstScanAt, lastScanAt: typeof a.lastScanAt }))).toEqual([
      {
        kind: 'UNKNOWN_CODE',
        licence: null,
        place: '上海 Shanghai',
        scanCount: 2,
        codes: [`https://fake.example.com/01/${batch.gtin}/21/${fakes[1]}`],
        reasons: ['a code that was never issued'],
        firstScanAt: 'string',
        lastScanAt: 'string',
      },
      {
        kind: 'UNKNOWN_CODE',
        licence: null,
        place: '深圳 Shenzhen',
        scanCount: 1,
        codes: [`https://fake.example.com/01/${batch.gtin}/21/${fakes[0]}`],
        reasons: ['a code that was never issued'],
        firstScanAt: 'string',
        lastScanAt: 'string',
      },
    ]);
    expect((await stack.query(alerts, { first: 1 }, await as(cast.brand))).data!.counterfeitAlerts).toHaveLength(1);

    // Another alliance's brand office sees none of it; a grower or market may not look; nor may anonymous callers.
    const other = await labelledLot(1);
    const theirs = await stack.query(alerts, {}, await as(other.cast.brand));
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.counterfeitAlerts).toEqual([]);
    for (const who of [cast.grower, cast.market]) {
      expect((await stack.query(alerts, {}, await as(who))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await stack.query(alerts, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.query(alerts, { first: 0 }, await as(cast.brand))).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the per-client limit on anonymous checks', () => {
  it(`answers RATE_LIMITED past ${LIMIT} checks a minute from one client, recording nothing, while other clients and members go on`, async () => {
    const { cast, codes } = await labelledLot(1);
    const serial = codes[0]!.serial;
    // Stay inside one minute's window.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
    const client = '192.0.2.77';
    for (let i = 0; i < LIMIT; i++) expect((await check(serial, { client })).errors).toBeUndefined();
    const refused = await check(serial, { client });
    expect(refused.data?.verifyLabel ?? null).toBeNull();
    const error = refused.errors?.[0];
    expect(error?.extensions?.code).toBe('RATE_LIMITED');
    expect(error?.message).toMatch(/Too many label checks from your network; try again in \d+ s\./);
    const wait = error?.extensions?.retryAfterSeconds as number;
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(error?.message).toContain(`try again in ${wait} s`);
    // Unknown codes are refused alike (no enumeration), and nothing of the refused checks is kept.
    const probe = randomSerial();
    expect((await check(probe, { client })).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(await scansAsScanned(probe)).toEqual([]);
    expect(await scansOf(serial)).toHaveLength(LIMIT);
    expect((await codeRow(serial)).scan_count).toBe(LIMIT);

    // Another client still checks; a signed-in member from the same address is counted as itself.
    expect((await check(serial, { client: '192.0.2.78' })).data!.verifyLabel.outcome).toBe('ALREADY_VERIFIED');
    expect((await check(serial, { client, token: await as(cast.market) })).data!.verifyLabel.outcome).toBe('ALREADY_VERIFIED');
    expect((await codeRow(serial)).scan_count).toBe(LIMIT + 2);
  });

  it('deletes closed windows as checks go on', async () => {
    await check(randomSerial());
    expect(await sql(`select * from branding.verification_allowance where client_hash = ?`, [closedWindowClient])).toEqual([]);
    const [open] = await sql<{ n: number }>(`select count(*)::int as n from branding.verification_allowance where window_start >= date_trunc('minute', now()) - interval '1 minute'`);
    expect(open!.n).toBeGreaterThan(0);
  });
});

/** Every scalar of an answer, however deep. */
function leaves(value: unknown): unknown[] {
  if (value === null || typeof value !== 'object') return [value];
  return Object.values(value as Record<string, unknown>).flatMap(leaves);
}
