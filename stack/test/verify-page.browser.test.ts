import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { grantedLicence, seedAnnouncedLot, seedBrandingAlliance, type SeededMember } from '@alliance/stack/fixtures';
import { eventually, startTestStack, type GraphQLAnswer, type TestStack } from '../src/testing.ts';
import { findChromium, launchChromium, mustHaveBrowser } from '../src/testing/chromium.ts';
import { colourCounts, shareNear, type ColourFamily, type Rgb } from '../src/testing/screenshot-colours.ts';
import { repoRoot } from '../src/paths.ts';

/**
 * The public label check (web/verify/) in a real browser, on a phone's screen: the gateway serves
 * it at the label's GS1 Digital Link path, the page asks verifyLabel like any client, and the
 * result card must say (in words and in colour) genuine, already verified, counterfeit or revoked.
 * Screenshots go to test-results/verify/<outcome>.png and are read back pixel by pixel.
 */
const chromium = findChromium();
const shotsDir = path.join(repoRoot, 'test-results', 'verify');
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

// verify.css: the card's fill and its ink (icon, headline, border) for each outcome.
const looks: Record<string, { family: ColourFamily; ink: Rgb }> = {
  genuine: { family: 'green', ink: [0x1b, 0x7a, 0x3a] },
  already: { family: 'amber', ink: [0x8a, 0x5a, 0x00] },
  unknown: { family: 'red', ink: [0xb3, 0x26, 0x1e] },
  revoked: { family: 'red', ink: [0xb3, 0x26, 0x1e] },
};

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function madeUpSerial(): string {
  return Array.from(randomBytes(16), (b) => CROCKFORD[b % 32]).join('');
}

const recordTest = `mutation PageRecordTest($input: RecordResidueTestInput!) { recordResidueTest(input: $input) { id } }`;
const certify = `mutation PageCertify($lotId: ID!) { issueOriginCertificate(lotId: $lotId) { id number county township } }`;
const issue = `mutation PageIssue($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {
  issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) {
    id lotNumber codes(first: 10) { edges { node { serial digitalLink status } } }
  }
}`;
const revokeLicence = `mutation PageRevokeLicence($id: ID!, $reason: String!) { revokeLicence(id: $id, reason: $reason) { id status } }`;

/** The data of an answer that must have succeeded (these are the test's own setup steps). */
function ok(answer: GraphQLAnswer, what: string): Record<string, any> {
  if (answer.errors?.length || !answer.data) throw new Error(`${what}: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

if (!chromium.found && mustHaveBrowser()) {
  describe('the label check page in Chromium', () => {
    it('has a browser to run in', () => {
      throw new Error(chromium.reason);
    });
  });
} else if (!chromium.found) {
  console.warn(`[verify-page.browser.test] skipped: ${chromium.reason}`);
  describe.skip(`the label check page in Chromium (skipped: ${chromium.reason})`, () => {
    it('needs Chromium', () => {});
  });
} else {
  const executablePath = chromium.path;
  let stack: TestStack;
  let browser: Browser;
  let origin: string;
  let certificate: { number: string; county: string; township: string };
  /** Digital Link paths of genuine codes, each for one test, and of a code whose licence was revoked. */
  const paths: string[] = [];
  let revokedPath: string;
  let lotNumber: string;
  let gtin: string;

  async function as(member: SeededMember): Promise<string> {
    return stack.token(member.viewer);
  }

  /** A licence granted by the brand office (H1's fixture) and a batch of `count` labels under it, through the API. */
  async function labelsUnder(cast: Awaited<ReturnType<typeof seedBrandingAlliance>>, licensee: SeededMember | null, lotId: string, count: number) {
    const licence = await grantedLicence(stack, cast, {
      ...(licensee ? { licensee } : { buyerName: '深圳鲜果贸易有限公司' }),
      trademark: { name: '沪上鲜 Hushangxian', registrationNumber: '31415926' },
      quotaKg: '500',
      feePerKg: '0.20',
    });
    const batch = ok(await stack.query(issue, { licenceId: licence.id, lotId, count, packKg: '5' }, await as(cast.brand)), 'issueLabels').issueLabels as {
      lotNumber: string;
      codes: { edges: { node: { serial: string; digitalLink: string; status: string } }[] };
    };
    return { licence, batch, codes: batch.codes.edges.map((e) => e.node) };
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack(inject('databaseUrl'), ['members', 'coldchain', 'branding']), launchChromium(executablePath)]);
    origin = new URL(stack.gateway.url).origin;
    await mkdir(shotsDir, { recursive: true });

    // A certified lot of the alliance, through the API as the grower and the brand office do it.
    const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const lot = await seedAnnouncedLot(stack.em('members'), cast.grower, { quantityKg: '1200', township: 'Zhongshu' });
    const hour = 3_600_000;
    const test = {
      lotId: lot.id,
      basis: 'COMMISSIONED_TEST',
      tester: 'Honghe inspection centre',
      reportNumber: 'HH-2026-0042',
      sampledAt: new Date(Date.now() - 3 * hour).toISOString(),
      testedAt: new Date(Date.now() - 2 * hour).toISOString(),
      result: 'PASS',
    };
    await eventually(async () => ok(await stack.query(recordTest, { input: test }, await as(cast.grower)), 'recordResidueTest'));
    certificate = ok(await stack.query(certify, { lotId: lot.id }, await as(cast.brand)), 'issueOriginCertificate').issueOriginCertificate as typeof certificate;

    // The Shanghai market's licence and a batch of labels; an outside buyer's licence, revoked after its labels.
    const market = await labelsUnder(cast, cast.market, lot.id, 4);
    const outside = await labelsUnder(cast, null, lot.id, 1);
    ok(await stack.query(revokeLicence, { id: outside.licence.id, reason: 'Labels found on another crop' }, await as(cast.brand)), 'revokeLicence');
    lotNumber = market.batch.lotNumber;
    gtin = market.licence.gtin;
    // The codes name the resolver of the settings (BRANDING_RESOLVER_URL); the test's gateway is on
    // a port of its own, so the page is opened at the same path on the gateway's origin.
    for (const code of market.codes) paths.push(new URL(code.digitalLink).pathname);
    revokedPath = new URL(outside.codes[0]!.digitalLink).pathname;
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  interface Visit {
    page: Page;
    context: BrowserContext;
    requests: Request[];
    consoleErrors: string[];
  }

  /** Opens a path of the gateway in a new phone-sized context, recording every request it makes. */
  async function visit(pathname: string, setup?: (context: BrowserContext) => Promise<void>): Promise<Visit> {
    const context = await browser.newContext(phone);
    await setup?.(context);
    const page = await context.newPage();
    const requests: Request[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => requests.push(request));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    const response = await page.goto(`${origin}${pathname}`);
    expect(response?.status()).toBe(200);
    return { page, context, requests, consoleErrors };
  }

  /** Waits for the outcome, screenshots the card (and the page), and checks the card's colour. */
  async function outcome(visit: Visit, tone: keyof typeof looks): Promise<string> {
    const card = visit.page.locator(`#result[data-outcome="${tone}"]`);
    await card.waitFor({ state: 'visible', timeout: 20_000 });
    const shot = await card.screenshot({ path: path.join(shotsDir, `${tone}.png`), animations: 'disabled' });
    await visit.page.screenshot({ path: path.join(shotsDir, `${tone}-page.png`), fullPage: true });
    const colours = colourCounts(shot);
    const look = looks[tone]!;
    // The card's fill is most of it; its ink (icon, headline, 2 px border) is there too.
    expect(colours[0]!.family, `${tone}: dominant colour ${colours[0]!.hex} (${(colours[0]!.share * 100).toFixed(0)} %)`).toBe(look.family);
    expect(colours[0]!.share, `${tone}: share of the fill`).toBeGreaterThan(0.5);
    expect(shareNear(shot, look.ink), `${tone}: ink ${JSON.stringify(look.ink)}`).toBeGreaterThan(0.005);
    // Laid out for the phone: nothing wider than its screen.
    expect(await visit.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(phone.viewport.width);
    expect(visit.consoleErrors, `${tone}: console errors (a CSP refusal would show here)`).toEqual([]);
    return card.innerText();
  }

  describe('the label check page in Chromium, on a phone', () => {
    it('answers the Digital Link path of a genuine code: green, first check, with origin and certificate', async () => {
      const v = await visit(paths[0]!);
      const text = await outcome(v, 'genuine');
      expect(text).toContain('正品');
      expect(text).toContain('Genuine');
      const facts = await v.page.locator('#details').innerText();
      expect(facts).toContain(certificate.number);
      expect(facts).toContain(certificate.county);
      expect(facts).toContain(certificate.township);
      expect(facts).toContain('委托检测合格'); // the certificate's basis
      expect(facts).toContain('沪上鲜'); // the licensee's trademark (dual label)
      expect(facts).not.toContain('13912345678'); // the grower's phone is not for shoppers
      expect(await v.page.title()).toContain('正品');
      expect(paths[0]).toBe(`/01/${gtin}/10/${lotNumber}/21/${paths[0]!.split('/').pop()}`);
      await v.context.close();

      // Opened again (the same box scanned twice): amber, checked 2 times.
      const again = await visit(paths[0]!);
      const second = await outcome(again, 'already');
      expect(second).toContain('已被验证 2 次');
      expect(second).toContain('Already checked 2 times');
      expect(second).toMatch(/首次验证于 \d{4}年/);
      expect(await again.page.locator('#details').innerText()).toContain(certificate.number);
      await again.context.close();
    });

    it('calls a made-up serial counterfeit: red, no product facts, and a real code typed into its form is genuine', async () => {
      const v = await visit(`/01/${gtin}/10/${lotNumber}/21/${madeUpSerial()}`);
      const text = await outcome(v, 'unknown');
      expect(text).toContain('假冒');
      expect(text).toContain('Counterfeit');
      expect(await v.page.locator('#details').isHidden()).toBe(true);
      expect(await v.page.locator('#lookup').isVisible()).toBe(true);

      // The shopper types the code printed under a real label (groups of four, lower case): genuine.
      const serial = paths[2]!.split('/').pop()!;
      await v.page.locator('#code').fill(serial.toLowerCase().replace(/(.{4})(?=.)/g, '$1-'));
      await v.page.locator('#lookup-form button[type="submit"]').click();
      await v.page.locator('#result[data-outcome="genuine"]').waitFor({ state: 'visible', timeout: 20_000 });
      expect(await v.page.locator('#details').innerText()).toContain(certificate.number);
      expect(new URL(v.page.url()).pathname).toBe('/verify/');
      expect(new URL(v.page.url()).searchParams.get('code')).toBe(serial);
      await v.context.close();
    });

    it('says revoked, in red, for a code whose licence was revoked', async () => {
      const v = await visit(revokedPath);
      const text = await outcome(v, 'revoked');
      expect(text).toContain('标签已撤销');
      expect(text).toContain('Label revoked');
      await v.context.close();
    });

    it('makes exactly one POST /graphql, with no Authorization and no cookie, asking verifyLabel for its own URL', async () => {
      // A shopper who already allowed location (Kunming): the place goes rounded to 0.1°.
      const v = await visit(paths[1]!, async (context) => {
        await context.grantPermissions(['geolocation'], { origin });
        await context.setGeolocation({ latitude: 25.0389, longitude: 102.7183 });
      });
      await outcome(v, 'genuine');
      // Let anything the page might send late arrive before counting.
      await v.page.waitForLoadState('networkidle');
      const api = v.requests.filter((r) => new URL(r.url()).pathname === '/graphql');
      expect(api).toHaveLength(1);
      const [call] = api;
      expect(call!.method()).toBe('POST');
      const headers = await call!.allHeaders();
      expect(headers.authorization).toBeUndefined();
      expect(headers.cookie).toBeUndefined();
      const body = call!.postDataJSON() as { operationName: string; query: string; variables: { code: string; where: unknown } };
      expect(body.operationName).toBe('VerifyLabel');
      expect(body.query).toMatch(/^mutation VerifyLabel/);
      expect(body.variables).toEqual({ code: `${origin}${paths[1]}`, where: { latitude: 25, longitude: 102.7 } });
      // Everything else is the page's own three files from the same origin.
      const others = v.requests.filter((r) => r !== call).map((r) => `${r.method()} ${r.url()}`);
      expect(others.sort()).toEqual([`GET ${origin}${paths[1]}`, `GET ${origin}/verify/verify.css`, `GET ${origin}/verify/verify.js`].sort());
      await v.context.close();
    });
  });
}
