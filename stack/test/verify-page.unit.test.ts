import { describe, expect, it } from 'vitest';

/**
 * The pure parts of the label check page (web/verify/verify.js, plain browser JavaScript): which
 * code it reads from its URL, what it says for each answer, and how it words the API's refusals.
 * The browser test (verify-page.browser.test.ts) shows the page itself against the real API.
 */
interface Problem extends Error {
  kind: string;
  detail: string | null;
}
interface VerifyPage {
  codeFromLocation(location: { origin: string; pathname: string; search: string }): string | null;
  cleanTypedCode(value: string): string;
  describeOutcome(answer: Record<string, unknown>): { tone: string; zh: string; en: string; adviceZh: string; adviceEn: string };
  productFacts(answer: Record<string, unknown>): [string, string, string, string | null][];
  verifyLabel(code: string, where: unknown, fetchImpl: (url: string, init: RequestInit) => Promise<Response>): Promise<Record<string, unknown>>;
}
// A path TypeScript does not resolve: the page ships no declarations (it has no build step).
const pagePath: string = '../../web/verify/verify.js';
const page = (await import(pagePath)) as VerifyPage;

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A fetch that answers from a list and keeps what it was sent. */
function scripted(...answers: (Response | Error)[]) {
  const sent: { url: string; init: RequestInit }[] = [];
  const fetchImpl = async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  };
  return { sent, fetchImpl };
}

async function problem(promise: Promise<unknown>): Promise<Problem> {
  try {
    await promise;
  } catch (error) {
    return error as Problem;
  }
  throw new Error('expected a refusal');
}

describe('the label check page’s own logic', () => {
  it('reads the Digital Link from its path whole, else ?code=, else nothing', () => {
    const link = { origin: 'https://id.example.cn', pathname: '/01/09506000134352/10/LX%2F1/21/7K3QM9XD2F8HJ4NP', search: '?utm=x' };
    expect(page.codeFromLocation(link)).toBe('https://id.example.cn/01/09506000134352/10/LX%2F1/21/7K3QM9XD2F8HJ4NP');
    expect(page.codeFromLocation({ origin: 'https://a', pathname: '/verify/', search: '?code=%207K3Q-M9XD%20' })).toBe('7K3Q-M9XD');
    expect(page.codeFromLocation({ origin: 'https://a', pathname: '/verify/', search: '' })).toBeNull();
    expect(page.cleanTypedCode(' 7k3q-m9xd 2f8h-j4np ')).toBe('7K3QM9XD2F8HJ4NP');
    expect(page.cleanTypedCode('/01/09506000134352/21/abc')).toBe('/01/09506000134352/21/abc');
  });

  it('words each outcome, Chinese first, with the scan count and the first check in Beijing time', () => {
    expect(page.describeOutcome({ outcome: 'GENUINE', scanCount: 1 })).toMatchObject({ tone: 'genuine', zh: '正品 · 首次验证' });
    const again = page.describeOutcome({ outcome: 'ALREADY_VERIFIED', scanCount: 3, firstVerifiedAt: '2026-12-01T16:30:00Z', firstVerifiedIn: 'Kunming' });
    expect(again).toMatchObject({ tone: 'already', zh: '已被验证 3 次', en: 'Already checked 3 times' });
    expect(again.adviceZh).toContain('2026年12月2日'); // 00:30 in Beijing is the next day
    expect(again.adviceEn).toContain('Kunming');
    expect(page.describeOutcome({ outcome: 'REVOKED', scanCount: 1 }).tone).toBe('revoked');
    expect(page.describeOutcome({ outcome: 'UNKNOWN', scanCount: 0 })).toMatchObject({ tone: 'unknown', zh: '假冒：未知标签码' });
    expect(page.describeOutcome({ outcome: 'SOMETHING_NEW' }).tone).toBe('error');
  });

  it('lists only the facts the API gave, with the enum values in words', () => {
    const facts = page.productFacts({
      product: '罗平小香葱',
      crop: 'SCALLION',
      variety: 'RED',
      grade: 'A',
      originCounty: '罗平县',
      originTownship: '钟山乡',
      harvestDate: '2026-11-30',
      certificateNumber: 'LX-2026-000123',
      certificateBasis: 'SELF_TEST',
      licensee: null,
      freshness: { remainingShelfLifeDays: 4.25, latestTemperatureCelsius: 2 },
    });
    const byLabel = Object.fromEntries(facts.map(([zh, , valueZh, valueEn]) => [zh, [valueZh, valueEn]]));
    expect(byLabel['产地']![0]).toBe('罗平县 钟山乡');
    expect(byLabel['品种 / 等级']).toEqual(['红葱 · A 级', 'red, grade A']);
    expect(byLabel['合格证编号']![0]).toBe('LX-2026-000123');
    expect(byLabel['承诺依据']).toEqual(['自检合格', 'Passed own test']);
    expect(byLabel['新鲜度']![0]).toContain('4.3'); // rounded to one decimal (4.25 → 4.3)
    expect(byLabel['最近温度']![0]).toBe('2.0 °C');
    expect(byLabel['被许可方']).toBeUndefined();
  });

  it('sends one POST to /graphql without credentials and returns the verification', async () => {
    const { sent, fetchImpl } = scripted(json({ data: { verifyLabel: { outcome: 'GENUINE', scanCount: 1 } } }));
    expect(await page.verifyLabel('CODE', null, fetchImpl)).toEqual({ outcome: 'GENUINE', scanCount: 1 });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('/graphql');
    expect(sent[0]!.init).toMatchObject({ method: 'POST', credentials: 'omit' });
    expect(JSON.stringify(sent[0]!.init.headers)).not.toMatch(/authorization/i);
    expect(JSON.parse(sent[0]!.init.body as string)).toMatchObject({ operationName: 'VerifyLabel', variables: { code: 'CODE', where: null } });
  });

  it('asks again as a query only when the schema has verifyLabel on Query', async () => {
    const { sent, fetchImpl } = scripted(
      json({ errors: [{ message: 'Cannot query field "verifyLabel" on type "Mutation".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }, 400),
      json({ data: { verifyLabel: { outcome: 'UNKNOWN', scanCount: 0 } } }),
    );
    expect((await page.verifyLabel('CODE', null, fetchImpl)).outcome).toBe('UNKNOWN');
    expect(sent.map((s) => (JSON.parse(s.init.body as string) as { query: string }).query.split(' ')[0])).toEqual(['mutation', 'query']);
  });

  it('tells a rate limit, a bad code, an outage and no network apart', async () => {
    const limited = await problem(
      page.verifyLabel('C', null, scripted(json({ errors: [{ message: 'Too many checks from this client.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } }] })).fetchImpl),
    );
    expect(limited).toMatchObject({ kind: 'rate-limit', detail: 'Too many checks from this client. (30 s)' });
    const proxy = await problem(page.verifyLabel('C', null, scripted(new Response('slow down', { status: 429, headers: { 'retry-after': '12' } })).fetchImpl));
    expect(proxy).toMatchObject({ kind: 'rate-limit', detail: '(12 s)' });
    const bad = await problem(
      page.verifyLabel('C', null, scripted(json({ errors: [{ message: 'A label code has 16 to 20 letters and digits; this one has 1.', extensions: { code: 'BAD_USER_INPUT' } }] })).fetchImpl),
    );
    expect(bad).toMatchObject({ kind: 'bad-code', detail: 'A label code has 16 to 20 letters and digits; this one has 1.' });
    const down = await problem(page.verifyLabel('C', null, scripted(new Response('<html>bad gateway</html>', { status: 502 })).fetchImpl));
    expect(down).toMatchObject({ kind: 'service', detail: '(HTTP 502)' });
    const offline = await problem(page.verifyLabel('C', null, scripted(new TypeError('fetch failed')).fetchImpl));
    expect(offline.kind).toBe('network');
  });
});
