import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { operations } from '@alliance/client';
import { encodeViewerHeader, signToken } from '@alliance/auth';
import { startHiveGateway, type Planner, type RunningHiveGateway } from '@alliance/hive-gateway';
import { daysAgo, knownToColdchain, lotsKnownToColdchain, seedAllianceWithCast, seedLot, uniqueCode } from '@alliance/stack/fixtures';
import { postGraphQL, startTestStack, type GraphQLAnswer, type TestStack } from '../src/testing.ts';
import { supergraphFile } from '../src/paths.ts';
import { PARTNER_SUPPLY_QUERY } from '../src/partner-queries.ts';

/**
 * Issue 12: the same supergraph file served by Hive Gateway (its JavaScript planner, and Hive
 * Router's Rust planner) answers the partners' queries as our gateway does, with the same
 * subgraphs behind: the market's supply page, a reservation, and who is refused with what.
 */
let stack: TestStack;
let cast: Awaited<ReturnType<typeof seedAllianceWithCast>>;
let other: Awaited<ReturnType<typeof seedAllianceWithCast>>;
const by = daysAgo(0);

beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
  // Hive Gateway's logger reads LOG_LEVEL for each logger it makes and refuses pino's `silent` (the
  // tests' level): the stack's loggers are made, so `error` (both know it) from here on.
  process.env.LOG_LEVEL = 'error';
  const em = stack.em('members');
  cast = await seedAllianceWithCast(em);
  other = await seedAllianceWithCast(em);
  for (let i = 0; i < 6; i++) {
    await seedLot(em, cast.grower, { grade: i % 2 ? 'A' : 'B', township: i % 3 ? 'Jinma' : 'Zhongshu', harvestDate: daysAgo(1 + i), quantityKg: `${900 + i}.000`, price: `2.${i}0` });
  }
});
afterAll(async () => stack?.close());

/** The client's supply page (clients/typescript): the same lots with cold chain and origin certificate, from three subgraphs. */
const CLIENT_SUPPLY = print(operations.Supply);
const RESERVE = `mutation HiveReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { status totalKg totalPrice lines { kg pricePerKg lot { id township } } } }`;
const VIEWER = `query HiveViewer { viewer { id code name } }`;
const SUSPEND = `mutation HiveSuspend($id: ID!) { suspendMember(id: $id, reason: "Not paying the alliance fee") { id status } }`;
const REPRICE = `mutation HiveReprice($id: ID!) { updateLot(id: $id, input: { askingPricePerKg: "0.01" }) { id askingPricePerKg } }`;

/** What a client sees of an answer: status, data, and each error's message, code and path. */
function seen(answer: GraphQLAnswer) {
  return {
    status: answer.status,
    data: answer.data ?? null,
    errors: answer.errors?.map((e) => ({ message: e.message, code: e.extensions?.code, path: e.path })),
  };
}

const planners: Planner[] = ['js', 'rust'];

describe.each(planners)('Hive Gateway with the %s planner, on the same supergraph', (planner) => {
  let hive: RunningHiveGateway;
  const ours = (query: string, variables?: Record<string, unknown>, token?: string | null) =>
    postGraphQL(stack.gateway.url, query, variables, token ? { authorization: `Bearer ${token}` } : {});
  const theirs = (query: string, variables?: Record<string, unknown>, token?: string | null) =>
    postGraphQL(hive.url, query, variables, token ? { authorization: `Bearer ${token}` } : {});
  /** The same request through both gateways: what the client sees must be the same. */
  async function both(query: string, variables?: Record<string, unknown>, token?: string | null) {
    const [a, b] = [seen(await ours(query, variables, token)), seen(await theirs(query, variables, token))];
    expect(b).toEqual(a);
    return a;
  }

  beforeAll(async () => {
    hive = await startHiveGateway({
      supergraphFile,
      subgraphUrls: Object.fromEntries([...stack.subgraphs].map(([name, s]) => [name, s.url])),
      auth: { secret: stack.jwtSecret },
      gatewaySecret: stack.gatewaySecret,
      planner,
      port: 0,
      subgraphTimeoutMs: 30_000,
      logLevel: false,
    });
  });
  afterAll(async () => hive?.close());

  it("answers the partner market's supply page as our gateway does", async () => {
    const market = await stack.tokenOf(cast.market);
    const page = await both(PARTNER_SUPPLY_QUERY, { first: 10, by }, market);
    expect(page.errors).toBeUndefined();
    expect((page.data as any).supply.totalCount).toBe(6);
    const client = await both(CLIENT_SUPPLY, { filter: { crop: 'SCALLION', varieties: ['RED'], grades: ['A'], availableBy: by }, first: 5 }, market);
    expect(client.errors).toBeUndefined();
    expect((client.data as any).supply.edges).toHaveLength(3);
    // The viewer header the subgraphs need is the one our gateway sends: the member is known.
    const viewer = await both(VIEWER, {}, market);
    expect((viewer.data as any).viewer.code).toBe(cast.market.member.code);
  });

  it('never answers one caller with what another caller asked at the same moment', async () => {
    // Identical queries in flight together, from members of two alliances with other rights: a
    // gateway merging identical subgraph fetches without the viewer would hand one member's answer
    // to another. Each concurrent answer must be the one our gateway gives that caller alone.
    const callers = [cast.market, other.market, cast.grower, other.office, cast.office, other.grower];
    const tokens = await Promise.all(callers.map((m) => stack.tokenOf(m)));
    const ask = (via: typeof ours, k: number) => Promise.all([via(PARTNER_SUPPLY_QUERY, { first: 10, by }, tokens[k]), via(VIEWER, {}, tokens[k])]).then((xs) => xs.map(seen));
    const alone: Awaited<ReturnType<typeof ask>>[] = [];
    for (let k = 0; k < callers.length; k++) alone.push(await ask(ours, k));
    expect((alone[0]![0]!.data as any).supply.totalCount).toBe(6);
    expect((alone[1]![0]!.data as any).supply.totalCount).toBe(0);
    const together = await Promise.all(Array.from({ length: 48 }, (_, i) => ask(theirs, i % callers.length).then((answer) => ({ k: i % callers.length, answer }))));
    for (const { k, answer } of together) {
      expect(answer[1]!.data).toEqual({ viewer: expect.objectContaining({ code: callers[k]!.member.code }) });
      expect(answer).toEqual(alone[k]);
    }
  });

  it('reserves as our gateway does, with the verified market as the buyer', async () => {
    const market = await stack.tokenOf(cast.market);
    const lotId = ((await ours(PARTNER_SUPPLY_QUERY, { first: 1, by }, market)).data as any).supply.edges[0].node.id as string;
    const viaOurs = seen(await ours(RESERVE, { input: { idempotencyKey: uniqueCode('ours'), lotId, quantityKg: '10' } }, market));
    const viaHive = seen(await theirs(RESERVE, { input: { idempotencyKey: uniqueCode('hive'), lotId, quantityKg: '10' } }, market));
    expect(viaOurs.errors).toBeUndefined();
    expect(viaHive).toEqual(viaOurs);
    const held = await stack.sql<{ n: number }>('members', 'select count(*)::int as n from members.reservation where market_id = ?', [cast.market.member.id]);
    expect(held[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('refuses whom our gateway refuses, with the same codes and statuses', async () => {
    const lotId = ((await ours(PARTNER_SUPPLY_QUERY, { first: 1, by }, await stack.tokenOf(cast.market))).data as any).supply.edges[0].node.id as string;
    const input = () => ({ input: { idempotencyKey: uniqueCode('refused'), lotId, quantityKg: '1' } });
    // Anonymous: no reservation, and no viewer.
    const anonymous = await both(RESERVE, input(), null);
    expect(anonymous.errors?.[0]?.code).toBe('UNAUTHENTICATED');
    // Another alliance's market: not its alliance's lot.
    const stranger = await both(RESERVE, input(), await stack.tokenOf(other.market));
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(stranger.errors?.[0]?.code);
    // A grower may not reserve.
    const grower = await both(RESERVE, input(), await stack.tokenOf(cast.grower));
    expect(grower.errors?.[0]?.code).toBe('FORBIDDEN');
    // A well-signed token of no member: the subgraph refuses the caller as a whole, and so does the answer.
    const nobodyToken = await signToken({ memberId: crypto.randomUUID(), allianceId: cast.alliance.id }, stack.jwtSecret);
    const nobody = seen(await ours(VIEWER, {}, nobodyToken));
    expect(nobody.status).toBe(401);
    // The Rust planner leaves `data` out when the subgraph refuses the whole fetch; status and errors are ours.
    expect({ ...seen(await theirs(VIEWER, {}, nobodyToken)), data: nobody.data }).toEqual(nobody);
    // A member's well-signed token acting in an alliance it is not a member of: 403 FORBIDDEN from the subgraph, for the whole answer.
    const elsewhere = await signToken({ memberId: cast.market.member.id, allianceId: other.alliance.id }, stack.jwtSecret);
    const outsider = seen(await ours(RESERVE, input(), elsewhere));
    expect(outsider.status).toBe(403);
    expect(outsider.errors?.[0]?.code).toBe('FORBIDDEN');
    expect({ ...seen(await theirs(RESERVE, input(), elsewhere)), data: outsider.data }).toEqual(outsider);
    // A client naming a viewer, the secret or its own address itself: the gateway's headers replace them.
    const spoof = { 'x-viewer': encodeViewerHeader(cast.market.viewer), 'x-gateway-secret': stack.gatewaySecret, 'x-alliance-client': '10.9.8.7' };
    const spoofed = await postGraphQL(hive.url, VIEWER, {}, spoof);
    expect(seen(spoofed)).toEqual(seen(await postGraphQL(stack.gateway.url, VIEWER, {}, spoof)));
    expect(spoofed.data).toEqual({ viewer: null });
    // A forged token and a malformed header: 401 UNAUTHENTICATED from the gateway itself.
    const forged = await signToken(cast.market.viewer, 'another-secret');
    const bad = await both(VIEWER, {}, forged);
    expect(bad.status).toBe(401);
    expect(bad.errors?.[0]?.code).toBe('UNAUTHENTICATED');
    const malformed = await theirs(VIEWER, {}, null).then(() => fetch(hive.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Basic abc' }, body: JSON.stringify({ query: VIEWER }) }));
    expect(malformed.status).toBe(401);
  });

  it("refuses another alliance's office what it may do in its own, and lets it do that", async () => {
    const office = await stack.tokenOf(other.office);
    const lotId = ((await ours(PARTNER_SUPPLY_QUERY, { first: 1, by }, await stack.tokenOf(cast.market))).data as any).supply.edges[0].node.id as string;
    const [price] = await stack.sql<{ p: string }>('members', 'select asking_price_per_kg::text as p from members.lot where id = ?', [lotId]);
    // Suspending another alliance's grower, repricing its lot: refused alike by both gateways, and nothing changes.
    const suspend = await both(SUSPEND, { id: cast.grower.member.id }, office);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(suspend.errors?.[0]?.code);
    const reprice = await both(REPRICE, { id: lotId }, office);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(reprice.errors?.[0]?.code);
    const [grower] = await stack.sql<{ status: string }>('members', 'select status from members.member where id = ?', [cast.grower.member.id]);
    expect(grower!.status).toBe('ACTIVE');
    expect((await stack.sql<{ p: string }>('members', 'select asking_price_per_kg::text as p from members.lot where id = ?', [lotId]))[0]).toEqual(price);
    // Its own grower: Hive Gateway carries the office's authority as ours does (so the refusal above is about the alliance).
    const own = seen(await theirs(SUSPEND, { id: other.grower.member.id }, office));
    expect(own.errors).toBeUndefined();
    expect((own.data as any).suspendMember.status).toBe('SUSPENDED');
    expect(seen(await ours(`mutation HiveReinstate($id: ID!) { reinstateMember(id: $id) { status } }`, { id: other.grower.member.id }, office)).data).toEqual({ reinstateMember: { status: 'ACTIVE' } });
  });

  it("gives a lot's EPCIS export to whom ours gives it, and to no one of another alliance", async () => {
    const lotId = ((await ours(PARTNER_SUPPLY_QUERY, { first: 1, by }, await stack.tokenOf(cast.market))).data as any).supply.edges[0].node.id as string;
    const EXPORT = `query HiveExport($id: ID!) { lot(id: $id) { id coldChain { epcisDocument } } }`;
    // The cold chain knows the lot and both casts, as their announcements would tell it.
    const coldchain = stack.em('coldchain');
    await knownToColdchain(coldchain, ...[cast, other].flatMap((c) => [c.office, c.market, c.grower].map((m) => m.viewer)));
    await lotsKnownToColdchain(coldchain, { id: lotId, allianceId: cast.alliance.id });
    for (const caller of [cast.office, cast.market, cast.grower, other.office, other.market, other.grower, null]) {
      const token = await stack.tokenOf(caller);
      // The same answer but for the document's creationDate (the moment each was made).
      const undated = (answer: GraphQLAnswer) => JSON.parse(JSON.stringify(seen(answer)).replace(/\\"creationDate\\":\\"[^\\"]+\\"/g, ''));
      const answer = seen(await ours(EXPORT, { id: lotId }, token));
      expect(undated(await theirs(EXPORT, { id: lotId }, token))).toEqual(undated(await ours(EXPORT, { id: lotId }, token)));
      const document = (answer.data as any)?.lot?.coldChain?.epcisDocument;
      if (caller && caller.viewer.allianceId === other.alliance.id) expect(document, 'another alliance').toBeUndefined();
      if (caller === null) expect(document, 'anonymous').toBeUndefined();
      if (caller === cast.office) expect(JSON.parse(document).type).toBe('EPCISDocument');
    }
  });

  it('refuses abusive queries by the same limits', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: alliances { id }`).join(' ');
    let deep = 'id';
    for (let i = 0; i < 7; i++) deep = `lots { grower { ${deep} } }`;
    for (const query of [`{ ${aliases} }`, `{ viewer { ${deep} } }`, '{ members(first: 5000) { edges { node { id code name } } } }']) {
      const answer = seen(await theirs(query));
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0]?.message).toMatch(/^Query refused: (alias|depth|cost) limit/);
      expect(answer).toEqual(seen(await ours(query)));
    }
    // The request guards: a selection too wide to validate cheaply, an over-long string, a subscription.
    for (const [query, variables] of [
      [`{ alliances { ${'id '.repeat(150)}} }`, undefined],
      [RESERVE, { input: { idempotencyKey: 'k'.repeat(20_000), lotId: crypto.randomUUID(), quantityKg: '1' } }],
      ['subscription { alliances { id } }', undefined],
    ] as const) {
      const answer = seen(await theirs(query, variables));
      expect(answer.status, JSON.stringify(answer)).toBe(400);
      expect(answer).toEqual(seen(await ours(query, variables)));
    }
    const tokens = `{ alliances { ${'id '.repeat(4100)}} }`;
    expect(seen(await theirs(tokens))).toEqual(seen(await ours(tokens)));
  });
});
