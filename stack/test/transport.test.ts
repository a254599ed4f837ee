import { createHash, randomUUID } from 'node:crypto';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { introspectionFromEnv, startGateway, type RunningGateway } from '@alliance/gateway';
import { signToken } from '@alliance/auth';
import { createLogger, runSubgraph, type RunningSubgraphWithDatabase } from '@alliance/subgraph-kit';
import { supergraphFile } from '../src/paths.ts';
import { subgraphModules } from '../src/subgraphs.ts';
import { eventually, startTestStack, type TestStack } from '../src/testing.ts';
import { seedAllianceWithCast } from '@alliance/stack/fixtures';

/**
 * Every mistake a client can make on the wire answers a JSON error with a code and a 4xx: never
 * Express's HTML page, a stack trace, a 500, or seconds of CPU.
 */
let stack: TestStack;

interface RawAnswer {
  status: number;
  contentType: string | null;
  text: string;
  json: any;
}

async function raw(url: string, body: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // asserted below
  }
  return { status: res.status, contentType: res.headers.get('content-type'), text, json };
}

/** A client error as the standard wants it: JSON, 4xx, a code, nothing about the server's insides. */
function expectClientError(answer: RawAnswer, status: number, code: string) {
  expect(answer.contentType).toMatch(/application\/(graphql-response\+)?json/);
  expect(answer.json, answer.text.slice(0, 300)).not.toBeNull();
  expect(answer.status).toBe(status);
  expect(answer.json.errors[0].extensions.code).toBe(code);
  expect(answer.text).not.toMatch(/<html|<pre>|\bat [\w.<>]+ \(|node_modules|\/work\//i);
}

beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
});
afterAll(async () => {
  await stack?.close();
});

describe('bodies that are not a GraphQL request', () => {
  const targets = () => [
    { name: 'gateway', url: stack.gateway.url, headers: {} as Record<string, string> },
    { name: 'members subgraph', url: stack.subgraphs.get('members')!.url, headers: { 'x-gateway-secret': stack.gatewaySecret } },
  ];

  it('answers malformed JSON, a null body and a non-object with 400 JSON', async () => {
    for (const { url, headers } of targets()) {
      for (const body of ['{"query": "{ alliances { code } }"', 'null', '"{ alliances { code } }"', '']) {
        const answer = await raw(url, body, headers);
        expect(answer.status, `${url} ${body}`).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
        expectClientError(answer, answer.status, answer.json?.errors?.[0]?.extensions?.code);
      }
      expectClientError(await raw(url, '{"query": ', headers), 400, 'BAD_REQUEST');
      expectClientError(await raw(url, 'null', headers), 400, 'BAD_REQUEST');
    }
  });

  it('answers a body over 4 MB with 413 JSON, and still takes a telemetry-sized one', async () => {
    const huge = JSON.stringify({ query: 'query($c: String!) { memberByCode(code: $c) { id } }', variables: { c: 'x'.repeat(5 * 1024 * 1024) } });
    for (const { url, headers } of targets()) {
      const answer = await raw(url, huge, headers);
      expectClientError(answer, 413, 'BAD_REQUEST');
      expect(answer.json.errors[0].message).toMatch(/larger than the 4 MB/);
    }
    // About 1.5 MB, like a batch of 10,000 readings: read, then refused for what it says, not its size.
    const readings = Array.from({ length: 10_000 }, (_, i) => ({ sensorCode: `SENSOR-${String(i).padStart(6, '0')}`, at: '2026-11-23T08:00:00.000Z', celsius: 1.5, relativeHumidity: 95.5 }));
    const body = JSON.stringify({ query: 'mutation($r: [TemperatureReadingInput!]!) { recordTemperatures(readings: $r) { received } }', variables: { r: readings } });
    expect(body.length).toBeGreaterThan(1_000_000);
    const batch = await raw(stack.gateway.url, body);
    expect(batch.status).not.toBe(413);
    expect(batch.status).toBeLessThan(500);
  });

  it('answers a GET and a POST that is not JSON without a 500', async () => {
    const get = await fetch(`${stack.gateway.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const text = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ __typename }' });
    expect(text.status).toBeGreaterThanOrEqual(400);
    expect(text.status).toBeLessThan(500);
    expect(((await text.json()) as any).errors[0].extensions.code).toBeDefined();
  });
});

describe('operations', () => {
  it('answers two operations without operationName, or an unknown one, with 400 naming them', async () => {
    const document = 'query A { alliances { code } } query B { alliances { name } }';
    for (const { url, headers } of [
      { url: stack.gateway.url, headers: {} },
      { url: stack.subgraphs.get('members')!.url, headers: { 'x-gateway-secret': stack.gatewaySecret } },
    ]) {
      const unnamed = await raw(url, JSON.stringify({ query: document }), headers);
      expectClientError(unnamed, 400, 'OPERATION_RESOLUTION_FAILURE');
      expect(unnamed.json.errors[0].message).toBe('The document has several operations ("A", "B"); say which one to run in `operationName`.');
      const unknown = await raw(url, JSON.stringify({ query: document, operationName: 'C' }), headers);
      expectClientError(unknown, 400, 'OPERATION_RESOLUTION_FAILURE');
      expect(unknown.json.errors[0].message).toBe('The document has no operation named "C"; it has "A", "B".');
      const chosen = await raw(url, JSON.stringify({ query: document, operationName: 'B' }), headers);
      expect(chosen.status).toBe(200);
      expect(chosen.json.data.alliances).toBeInstanceOf(Array);
    }
  });

  it('refuses a field repeated 3,900 times before validation, in milliseconds, stating the numbers', async () => {
    const wide = `{ alliances { ${'code '.repeat(3900)}} }`;
    expect(wide.length).toBeGreaterThan(16_000);
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: 4 }, () => stack.query(wide)));
    const ms = performance.now() - started;
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(answer.errors![0]!.message).toBe('Query refused: limit of 100 fields in one selection exceeded (found 3,900 in `alliances`). Ask for each field once, or split the query.');
    }
    expect(ms).toBeLessThan(1_000);
    // Spread over fragments, the fields still count as one selection.
    const fragments = Array.from({ length: 5 }, (_, i) => `fragment F${i} on Alliance { ${'code '.repeat(30)}}`).join(' ');
    const spread = await stack.query(`{ alliances { ...F0 ...F1 ...F2 ...F3 ...F4 } } ${fragments}`);
    expect(spread.errors![0]!.message).toMatch(/limit of 100 fields in one selection exceeded \(found 150 in `alliances`\)/);
    const total = await stack.query(`{ ${Array.from({ length: 6 }, (_, i) => `a${i}: alliances { ${'code '.repeat(90)}}`).join(' ')} }`);
    expect(total.errors![0]!.message).toBe('Query refused: limit of 500 fields exceeded (found 546). Ask for fewer fields, or split the query.');
    expect((await stack.query(`{ alliances { ${'code '.repeat(50)}} }`)).errors).toBeUndefined();
  });

  it('states the real cost of an expensive page, not NaN', async () => {
    // Its cost is 24,387.5 by graphql-armor's count, a number the old wording could not read.
    const answer = await stack.query('{ members(first: 400) { edges { node { id code lots { id grower { id code name } } } } } }');
    expect(answer.status).toBe(400);
    expect(answer.errors![0]!.message).toBe('Query refused: cost limit of 20000 exceeded (found 24388). Ask for fewer fields or smaller pages, or split the query.');
  });
});

describe('arguments checked at the edge', () => {
  const memberByCode = 'query($code: String!) { memberByCode(code: $code) { id } }';

  it('refuses a 3 MB string, as a variable or a literal, cheaply and naming the argument', async () => {
    const long = 'x'.repeat(3 * 1024 * 1024);
    const started = performance.now();
    const asVariable = await stack.query(memberByCode, { code: long });
    const asLiteral = await stack.query(`{ memberByCode(code: "${long}") { id } }`);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(asVariable.status).toBe(400);
    expect(asVariable.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(asVariable.errors![0]!.message).toBe('The argument `code` of `memberByCode` (variable $code) is 3,145,728 characters long; at most 10,000 are accepted.');
    expect(asLiteral.status).toBe(400);
    expect(asLiteral.errors![0]!.message).toBe('The argument `code` of `memberByCode` is 3,145,728 characters long; at most 10,000 are accepted.');
  });

  it('refuses NUL characters, over-long ids and over-long strings nested in inputs', async () => {
    const nul = await stack.query(memberByCode, { code: 'LX\u0000G0001' });
    expect(nul.status).toBe(400);
    expect(nul.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(nul.errors![0]!.message).toMatch(/`code` of `memberByCode`.*NUL/);

    const id = await stack.query('{ member(id: "' + '1'.repeat(101) + '") { id } }');
    expect(id.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(id.errors![0]!.message).toBe('The argument `id` of `member` is 101 characters long; at most 100 are accepted.');

    const nested = await stack.query('query($f: MemberFilter) { members(filter: $f) { totalCount } }', { f: { text: 'y'.repeat(10_001) } });
    expect(nested.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(nested.errors![0]!.message).toBe('The argument `filter.text` of `members` (variable $f) is 10,001 characters long; at most 10,000 are accepted.');
    const literal = await stack.query(`{ members(filter: { text: "a\\u0000b" }) { totalCount } }`);
    expect(literal.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(literal.errors![0]!.message).toMatch(/`filter.text` of `members` contains a NUL/);

    // Straight to the subgraph the same rules hold (the gateway is not the only door a bug can use).
    const direct = await stack.querySubgraph('members', memberByCode, { code: 'a\u0000' }, { 'x-gateway-secret': stack.gatewaySecret });
    expect(direct.status).toBe(400);
    expect(direct.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses dates outside 1900–2200 and a negative `first` as BAD_USER_INPUT', async () => {
    const { office } = await seedAllianceWithCast(stack.em('members') as never);
    const token = await stack.token(office.viewer);
    const capacity = 'query($from: Date!, $to: Date!) { capacity(kind: COLD_STORAGE, from: $from, to: $to) { free } }';
    // The cold chain learns the new office through members.changed: wait until it knows it.
    await eventually(async () => {
      const known = await stack.query(capacity, { from: '2026-11-01', to: '2026-11-30' }, token);
      expect(known.errors?.[0]?.extensions?.code).not.toBe('UNAUTHENTICATED');
    });
    for (const day of ['0000-01-01', '1899-12-31', '2201-01-01']) {
      const answer = await stack.query(capacity, { from: day, to: '2026-11-30' }, token);
      expect(answer.status).toBeLessThan(500);
      expect(answer.errors![0]!.extensions!.code, day).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.message).toContain('outside the years 1900–2200');
    }
    const literal = await stack.query('{ capacity(kind: COLD_STORAGE, from: "0000-01-01", to: "2026-11-30") { free } }', undefined, token);
    expect(literal.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const instant = await stack.query('mutation($at: DateTime) { dispatchShipment(id: "00000000-0000-4000-8000-000000000003", at: $at) { id } }', { at: '0000-01-01T00:00:00Z' }, token);
    expect(instant.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(instant.errors![0]!.message).toContain('outside the years');

    for (const [query, variables] of [
      ['{ members(first: -1) { totalCount } }', undefined],
      ['query($n: Int) { facilities(first: $n) { id } }', { n: -5 }],
      ['{ viewer { lots(first: -3) { id } reservations(first: -1) { id } } }', undefined],
    ] as const) {
      const answer = await stack.query(query, variables as never, token);
      expect(answer.status, query).toBeLessThan(500);
      expect(answer.errors![0]!.extensions!.code, query).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.message).toMatch(/`first` of `\w+`.* must not be negative/);
    }
  });
});

describe('introspection off', () => {
  let closed: RunningGateway;

  beforeAll(async () => {
    closed = await startGateway({
      supergraphFile,
      subgraphUrls: Object.fromEntries([...stack.subgraphs].map(([name, s]) => [name, s.url])),
      auth: { secret: 'unused-in-this-test' },
      gatewaySecret: stack.gatewaySecret,
      port: 0,
      introspection: false,
      log: createLogger('test'),
    });
  });
  afterAll(async () => {
    await closed?.close();
  });

  async function post(query: string, variables?: Record<string, unknown>) {
    const res = await fetch(closed.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, ...((await res.json()) as any) };
  }

  it('is off in production unless INTROSPECTION says otherwise', () => {
    expect(introspectionFromEnv({ NODE_ENV: 'production' })).toBe(false);
    expect(introspectionFromEnv({ NODE_ENV: 'production', INTROSPECTION: 'true' })).toBe(true);
    expect(introspectionFromEnv({ NODE_ENV: 'development', INTROSPECTION: 'false' })).toBe(false);
    expect(introspectionFromEnv({})).toBe(true);
  });

  it('serves no schema to anonymous callers', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Crop") { enumValues { name } } }']) {
      const answer = await post(query);
      expect(answer.status).toBe(400);
      expect(answer.data).toBeUndefined();
      expect(answer.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    expect((await post('{ alliances { code } }')).errors).toBeUndefined();
  });

  it('suggests no field, argument or enum value names', async () => {
    const answers = [
      await post('{ alliance { cod } }'),
      await post('{ members(fist: 3) { totalCount } }'),
      await post('{ members(filter: { kinds: [GROWR] }) { totalCount } }'),
      await post('query($k: [MemberKind!]) { members(filter: { kinds: $k }) { totalCount } }', { k: ['GROWR'] }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      for (const error of answer.errors) {
        expect(error.message).not.toMatch(/Did you mean|GROWER|"first"|"code"|Suggestion hidden/);
      }
    }
    expect(answers[2].errors[0].message).toMatch(/GROWR/);
  });
});

/** A TCP proxy to PostgreSQL that can be cut, as if the database went down, and restored. */
async function databaseProxy(databaseUrl: string) {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let up = true;
  const server: Server = createServer((client) => {
    if (!up) return client.destroy();
    const upstream = createConnection(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(databaseUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String((server.address() as AddressInfo).port);
  return {
    url: proxied.toString(),
    cut() {
      up = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      up = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('PostgreSQL down', () => {
  it('answers 503 SERVICE_UNAVAILABLE "try again", not an internal error, and recovers', async () => {
    const proxy = await databaseProxy(inject('databaseUrl'));
    // Subgraphs without their message workers: only requests are under test, and the workers'
    // reconnect attempts against a cut database are not.
    const log = createLogger('test');
    const subgraphs: RunningSubgraphWithDatabase[] = [];
    let gateway: RunningGateway | undefined;
    try {
      for (const module of subgraphModules) {
        subgraphs.push(await runSubgraph(module, { databaseUrl: proxy.url, gatewaySecret: 'down-test-secret', log, port: 0, migrate: false, background: false }));
      }
      gateway = await startGateway({
        supergraphFile,
        subgraphUrls: Object.fromEntries(subgraphs.map((s, i) => [subgraphModules[i]!.name, s.url])),
        auth: { secret: 'down-test-jwt' },
        gatewaySecret: 'down-test-secret',
        port: 0,
        log,
      });
      const token = await signToken({ memberId: '00000000-0000-4000-8000-000000000001', allianceId: '00000000-0000-4000-8000-000000000002' } as never, 'down-test-jwt');
      const query = async (q: string, withToken = false) => {
        const res = await fetch(gateway!.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(withToken ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query: q }),
        });
        return { status: res.status, ...((await res.json()) as any) };
      };
      expect((await query('{ alliances { code } }')).status).toBe(200);
      proxy.cut();
      const answers = [
        await query('{ alliances { code } }'),
        await query('{ facilities { id } }', true),
        await query('mutation { withdrawLot(id: "00000000-0000-4000-8000-000000000004") { id } }', true),
      ];
      for (const answer of answers) {
        expect(answer.status).toBe(503);
        expect(answer.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
        expect(answer.errors[0].message).toMatch(/unavailable.*try again/);
      }
      proxy.restore();
      await expect.poll(async () => (await query('{ alliances { code } }')).status, { timeout: 10_000, interval: 200 }).toBe(200);
    } finally {
      proxy.restore();
      await gateway?.close();
      for (const s of subgraphs.reverse()) await s.close();
      await proxy.close();
    }
  });
});

describe('requests the API does not serve', () => {
  /** Any method and path, as a client or a scanner sends it. */
  async function send(method: string, url: string, body?: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
    const res = await fetch(url, { method, headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {
      // asserted by expectClientError
    }
    return { status: res.status, contentType: res.headers.get('content-type'), text, json };
  }
  const graphqlTargets = () => [
    { url: stack.gateway.url, headers: {} as Record<string, string> },
    ...[...stack.subgraphs.values()].map((s) => ({ url: s.url, headers: { 'x-gateway-secret': stack.gatewaySecret } })),
  ];

  it('answers a subscription with 400 "no subscriptions", not a 500', async () => {
    for (const { url, headers } of graphqlTargets()) {
      const answer = await raw(url, JSON.stringify({ query: 'subscription { viewer { code } }' }), headers);
      expectClientError(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(answer.json.errors[0].message).toMatch(/^This API has no subscriptions; /);
    }
  });

  it('answers automatic persisted queries, matching hash or not, with 400 "not supported"', async () => {
    const query = '{ alliances { code } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    for (const { url, headers } of graphqlTargets()) {
      for (const body of [
        { query, extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } },
        { query, extensions: { persistedQuery: { version: 1, sha256Hash } } },
        { extensions: { persistedQuery: { version: 1, sha256Hash } } },
      ]) {
        const answer = await raw(url, JSON.stringify(body), headers);
        expectClientError(answer, 400, 'PERSISTED_QUERY_NOT_SUPPORTED');
        expect(answer.json.errors[0].message).toMatch(/^Persisted queries are not supported; send the query text/);
      }
    }
  });

  it('answers any other path with a JSON 404 NOT_FOUND, on the gateway and every subgraph', async () => {
    const services = [stack.gateway.url, ...[...stack.subgraphs.values()].map((s) => s.url)];
    expect(services.length).toBeGreaterThanOrEqual(3);
    for (const service of services) {
      for (const [method, path] of [['GET', '/nope'], ['POST', '/x'], ['DELETE', '/health/more'], ['GET', '/graphq']] as const) {
        const answer = await send(method, new URL(path, service).toString(), method === 'POST' ? '{}' : undefined);
        expectClientError(answer, 404, 'NOT_FOUND');
        expect(answer.json.errors[0].message).toBe(`Nothing is served at ${method} ${path}; send GraphQL requests to /graphql.`);
      }
    }
  });

  it('answers a token the directory refuses with its 401 or 403 through the gateway', async () => {
    const { office } = await seedAllianceWithCast(stack.em('members') as never);
    const nobody = await stack.token({ ...office.viewer, memberId: randomUUID() });
    // Every subgraph refuses that caller; the answer has no data and the status says why.
    for (const query of ['{ viewer { code } }', '{ alliances { code } facilities { id } }']) {
      const answer = await raw(stack.gateway.url, JSON.stringify({ query }), { authorization: `Bearer ${nobody}` });
      expectClientError(answer, 401, 'UNAUTHENTICATED');
      expect(answer.json.errors[0].message).toMatch(/names no member/);
    }
    const elsewhere = await stack.token({ ...office.viewer, allianceId: randomUUID() });
    const forbidden = await raw(stack.gateway.url, JSON.stringify({ query: '{ viewer { code } }' }), { authorization: `Bearer ${elsewhere}` });
    expectClientError(forbidden, 403, 'FORBIDDEN');
    // A FORBIDDEN from a resolver, for one field, leaves the status at 200.
    const own = await stack.token(office.viewer);
    expect((await raw(stack.gateway.url, JSON.stringify({ query: '{ viewer { code } }' }), { authorization: `Bearer ${own}` })).status).toBe(200);
  });

  it('counts fragments as they expand: one reused under 10 aliases counts 10 times', async () => {
    const fragments = `fragment M on Alliance { ${'code '.repeat(30)} ...L } fragment L on Alliance { ${'name '.repeat(25)} }`;
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: alliances { ...M }`).join(' ');
    const wide = await stack.query(`{ ${aliases(10)} } ${fragments}`);
    expect(wide.status).toBe(400);
    expect(wide.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(wide.errors![0]!.message).toBe('Query refused: limit of 500 fields exceeded (found 560). Ask for fewer fields, or split the query.');
    const fits = await stack.query(`{ ${aliases(5)} } ${fragments}`);
    expect(fits.errors).toBeUndefined();
    expect(fits.data.a4).toEqual(fits.data.a0);
    const cycle = await stack.query('{ alliances { ...A } } fragment A on Alliance { code ...B } fragment B on Alliance { name ...A }');
    expect(cycle.status).toBe(400);
    expect(cycle.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
