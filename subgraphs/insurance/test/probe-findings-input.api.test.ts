import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, isoWeekday } from '@alliance/domain-kit';
import { graphql, errorCode, startTestStack, type TestStack } from '@alliance/stack/testing';
import { boundFloor, floorReadyAlliance, nextMonth, quotedFloor, type SeededMember } from '@alliance/stack/fixtures';

/**
 * The probe's bad input and strangers (see probe-findings.api.test.ts): malformed ids, cursors,
 * page sizes, days, decimals and keys, references, and anonymous callers — every one a client
 * error or null, never an internal one, and nothing written.
 */

const quoteFloor = graphql(`
  mutation ProbeInputQuoteFloor($input: QuoteFloorInput!) { quoteFloor(input: $input) { id windows { start end } } }
`);
const bindFloor = graphql(`
  mutation ProbeInputBindFloor($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id } }
`);
const reportPrices = graphql(`
  mutation ProbeInputReportPrices($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'insurance']);
});
afterAll(async () => stack?.close());

/** The first whole week (Monday to Sunday) of next month. */
function weekOfNextMonth(): { start: string; end: string } {
  const month = nextMonth();
  const start = addDays(month.start, (8 - isoWeekday(month.start)) % 7);
  return { start, end: addDays(start, 6) };
}

function quoteInput(member: SeededMember, cover: { start: string; end: string }, windowLength: 'WEEK' | 'MONTH', insuredKg: string) {
  return { crop: 'SCALLION' as const, insuredKg, coverage: '0.85', coverFrom: cover.start, coverTo: cover.end, windowLength, memberId: member.member.id };
}

const probeQueries = {
  costBasis: graphql(`query ProbeCostBasis($id: ID!) { costBasis(id: $id) { id } }`),
  floorQuote: graphql(`query ProbeFloorQuote($id: ID!) { floorQuote(id: $id) { id } }`),
  floorContract: graphql(`query ProbeFloorContract($id: ID!) { floorContract(id: $id) { id } }`),
  floorSettlement: graphql(`query ProbeFloorSettlement($id: ID!) { floorSettlement(id: $id) { id } }`),
  contracts: graphql(`query ProbeContracts($after: String, $first: Int, $memberId: ID) { floorContracts(first: $first, after: $after, filter: { memberId: $memberId }) { edges { node { id } } } }`),
  observationsPage: graphql(`query ProbeObservationsPage($after: String, $first: Int, $marketId: ID) { priceObservations(first: $first, after: $after, filter: { marketId: $marketId }) { edges { node { id } } } }`),
  index: graphql(`query ProbeIndex($from: Date!, $to: Date!, $interval: PriceInterval!) { priceIndex(crop: SCALLION, from: $from, to: $to, interval: $interval) { points { periodStart } } }`),
  exposure: graphql(`query ProbeExposure($seasonOn: Date) { exposure(crop: SCALLION, seasonOn: $seasonOn) { contracts } }`),
  schemes: graphql(`query ProbeSchemes { floorSchemes { id } }`),
  costBases: graphql(`query ProbeCostBases { costBases { id } }`),
};
const probeMutations = {
  settleFloor: graphql(`mutation ProbeSettleFloor($contractId: ID!, $window: WindowInput!) { settleFloor(contractId: $contractId, window: $window) { id } }`),
  settleWindow: graphql(`mutation ProbeSettleWindow($window: WindowInput!) { settleWindow(crop: SCALLION, window: $window) { settled } }`),
  updateScheme: graphql(`mutation ProbeUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id } }`),
  importCsv: graphql(`mutation ProbeImportCsv($csv: LongText!) { importPricesCsv(csv: $csv) { inserted } }`),
  openScheme: graphql(`mutation ProbeOpenScheme($input: FloorSchemeInput!) { openFloorScheme(input: $input) { id } }`),
  publishBasis: graphql(`mutation ProbePublishBasis($input: CostBasisInput!) { publishCostBasis(input: $input) { id } }`),
};

/** No answer shows an internal error, a stack trace or the server's default message. */
function expectNoInternalError(answer: { errors?: { message: string; extensions?: Record<string, any> }[] }, what: string) {
  for (const error of answer.errors ?? []) {
    expect(error.extensions?.code, `${what}: ${error.message}`).not.toBe('INTERNAL_SERVER_ERROR');
    expect(error.message, what).not.toMatch(/Unexpected error|\n\s+at |invalid input syntax|violates/);
    expect(JSON.stringify(error.extensions ?? {}), what).not.toMatch(/stacktrace|\n\s+at /);
  }
}

describe('bad input and strangers', () => {
  it('answers malformed ids, cursors, page sizes, days and windows with a client error or null, never an internal one', async () => {
    const { cast } = await floorReadyAlliance(stack);
    const insurer = await stack.tokenOf(cast.insurer);
    const office = await stack.tokenOf(cast.office);
    const bad = ['not-a-uuid', "'; drop table insurance.floor_contract; --", 'x'.repeat(5_000), '00000000-0000-0000-0000-000000000000'];
    for (const id of bad) {
      for (const [name, doc] of Object.entries({ costBasis: probeQueries.costBasis, floorQuote: probeQueries.floorQuote, floorContract: probeQueries.floorContract, floorSettlement: probeQueries.floorSettlement }) as [string, typeof probeQueries.costBasis][]) {
        const answer = await stack.query(doc, { id }, insurer);
        expectNoInternalError(answer, `${name}(${id.slice(0, 20)})`);
        if (!answer.errors) expect(Object.values(answer.data!)[0]).toBeNull();
      }
      expectNoInternalError(await stack.query(bindFloor, { quoteId: id, idempotencyKey: randomUUID() }, office), `bindFloor(${id.slice(0, 20)})`);
      expectNoInternalError(await stack.query(probeMutations.settleFloor, { contractId: id, window: nextMonth() }, office), `settleFloor(${id.slice(0, 20)})`);
      expectNoInternalError(await stack.query(probeMutations.updateScheme, { id, input: { loading: '0.3' } }, insurer), `updateFloorScheme(${id.slice(0, 20)})`);
      expectNoInternalError(await stack.query(probeQueries.contracts, { memberId: id }, insurer), `floorContracts(memberId ${id.slice(0, 20)})`);
      expectNoInternalError(await stack.query(probeQueries.observationsPage, { marketId: id }, insurer), `priceObservations(marketId ${id.slice(0, 20)})`);
      expectNoInternalError(await stack.query(quoteFloor, { input: { ...quoteInput(cast.grower, nextMonth(), 'MONTH', '10'), memberId: id } }, office), `quoteFloor(memberId ${id.slice(0, 20)})`);
    }
    for (const after of ['garbage', 'WzEsMl0', Buffer.from('[1e309, "x"]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url'), '']) {
      expectNoInternalError(await stack.query(probeQueries.contracts, { after }, insurer), `floorContracts(after ${after})`);
      expectNoInternalError(await stack.query(probeQueries.observationsPage, { after }, insurer), `priceObservations(after ${after})`);
    }
    for (const first of [-1, 0, 1_000_000, 2 ** 31 - 1]) {
      expectNoInternalError(await stack.query(probeQueries.contracts, { first }, insurer), `floorContracts(first ${first})`);
      expectNoInternalError(await stack.query(probeQueries.observationsPage, { first }, insurer), `priceObservations(first ${first})`);
    }
    for (const [from, to] of [['2026-02-30', '2026-03-01'], ['2026-03-01', '2026-01-01'], ['1900-01-01', '2200-12-31'], ['0000-01-01', '2026-01-01']]) {
      for (const interval of ['DAY', 'WEEK', 'MONTH'] as const) {
        const answer = await stack.query(probeQueries.index, { from: from!, to: to!, interval }, insurer);
        expectNoInternalError(answer, `priceIndex(${from}, ${to}, ${interval})`);
      }
      expectNoInternalError(await stack.query(probeMutations.settleWindow, { window: { start: from!, end: to! } }, insurer), `settleWindow(${from}, ${to})`);
    }
    expectNoInternalError(await stack.query(probeQueries.exposure, { seasonOn: '2026-02-30' }, insurer), 'exposure(2026-02-30)');
    for (const insuredKg of ['1e309', 'NaN', '-0', '0.00000000000000000001', '99999999999999999999', 'Infinity', '1'.repeat(400)]) {
      const answer = await stack.query(quoteFloor, { input: quoteInput(cast.grower, nextMonth(), 'MONTH', insuredKg) }, office);
      expect(errorCode(answer), insuredKg).toBe('BAD_USER_INPUT');
      expectNoInternalError(answer, `quoteFloor(insuredKg ${insuredKg.slice(0, 20)})`);
    }
    for (const coverage of ['1e309', 'NaN', '-0', '0.69999', '1.0000001', '0.85000000000000000001']) {
      const answer = await stack.query(quoteFloor, { input: { ...quoteInput(cast.grower, nextMonth(), 'MONTH', '10'), coverage } }, office);
      expect(errorCode(answer), coverage).toBe('BAD_USER_INPUT');
      expectNoInternalError(answer, `quoteFloor(coverage ${coverage})`);
    }
    // A cover far in the future finds no scheme; 13 weekly windows are more than a quote takes.
    const far = await stack.query(quoteFloor, { input: quoteInput(cast.grower, { start: '2199-01-01', end: '2199-01-31' }, 'MONTH', '10') }, office);
    expect(errorCode(far)).toBe('BAD_USER_INPUT');
    const week = weekOfNextMonth();
    const twelve = await stack.query(quoteFloor, { input: quoteInput(cast.grower, { start: week.start, end: addDays(week.start, 12 * 7 - 1) }, 'WEEK', '10') }, office);
    expect(twelve.errors).toBeUndefined();
    expect(twelve.data!.quoteFloor.windows).toHaveLength(12);
    const thirteen = await stack.query(quoteFloor, { input: quoteInput(cast.grower, { start: week.start, end: addDays(week.start, 13 * 7 - 1) }, 'WEEK', '10') }, office);
    expect(errorCode(thirteen)).toBe('BAD_USER_INPUT');
    expect(thirteen.errors![0]!.extensions!.field).toBe('coverTo');
    const longKey = await stack.query(bindFloor, { quoteId: twelve.data!.quoteFloor.id, idempotencyKey: 'k'.repeat(10_000) }, office);
    expect(errorCode(longKey)).toBe('BAD_USER_INPUT');
    expect(await stack.sql('insurance', `select id from insurance.floor_contract where quote_id = ?`, [twelve.data!.quoteFloor.id])).toEqual([]);
  });

  it('resolves unknown references of every entity to null, and malformed ones with a client error only (_entities)', async () => {
    const { cast } = await floorReadyAlliance(stack);
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on CostBasis { id } ... on FloorScheme { id } ... on FloorQuote { id } ... on FloorContract { id } ... on FloorSettlement { id }
      ... on Member { id floorContracts { id } } ... on Lot { id priceFloor { id } } } }`;
    const types = ['CostBasis', 'FloorScheme', 'FloorQuote', 'FloorContract', 'FloorSettlement', 'Member', 'Lot'];
    const { encodeViewerHeader, GATEWAY_SECRET_HEADER, VIEWER_HEADER } = await import('@alliance/auth');
    const ask = (r: { __typename: string; id: string }[]) =>
      stack.querySubgraph('insurance', ENTITIES, { r }, { [GATEWAY_SECRET_HEADER]: stack.gatewaySecret, [VIEWER_HEADER]: encodeViewerHeader(cast.insurer.viewer) });
    const unknown = types.map((t) => ({ __typename: t, id: randomUUID() }));
    const answer = await ask(unknown);
    expect(answer.errors).toBeUndefined();
    (answer.data._entities as (Record<string, any> | null)[]).forEach((entity, i) => {
      const { __typename: type, id } = unknown[i]!;
      if (type === 'Member') expect(entity).toEqual({ id, floorContracts: null });
      else if (type === 'Lot') expect(entity).toEqual({ id, priceFloor: null });
      else expect(entity).toBeNull();
    });
    const malformed = await ask(types.flatMap((t) => ['not-a-uuid', "1' or '1'='1"].map((id) => ({ __typename: t, id }))));
    expectNoInternalError(malformed, '_entities');
    for (const error of malformed.errors ?? []) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses every insurance operation to an anonymous caller as UNAUTHENTICATED, with no data', async () => {
    const { cast, scheme } = await floorReadyAlliance(stack);
    const quote = await quotedFloor(stack, cast);
    const contract = await boundFloor(stack, cast, (await quotedFloor(stack, cast, { insuredKg: '10' })).id);
    const calls: [string, Promise<{ data?: any; errors?: any[] }>][] = [
      ['costBases', stack.query(probeQueries.costBases, {}, null)],
      ['floorSchemes', stack.query(probeQueries.schemes, {}, null)],
      ['floorQuote', stack.query(probeQueries.floorQuote, { id: quote.id }, null)],
      ['floorContract', stack.query(probeQueries.floorContract, { id: contract.id }, null)],
      ['floorContracts', stack.query(probeQueries.contracts, {}, null)],
      ['priceObservations', stack.query(probeQueries.observationsPage, {}, null)],
      ['priceIndex', stack.query(probeQueries.index, { from: '2026-01-01', to: '2026-01-31', interval: 'DAY' }, null)],
      ['exposure', stack.query(probeQueries.exposure, {}, null)],
      ['bindFloor', stack.query(bindFloor, { quoteId: quote.id, idempotencyKey: randomUUID() }, null)],
      ['quoteFloor', stack.query(quoteFloor, { input: quoteInput(cast.grower, nextMonth(), 'MONTH', '10') }, null)],
      ['settleFloor', stack.query(probeMutations.settleFloor, { contractId: contract.id, window: nextMonth() }, null)],
      ['settleWindow', stack.query(probeMutations.settleWindow, { window: nextMonth() }, null)],
      ['updateFloorScheme', stack.query(probeMutations.updateScheme, { id: scheme.id, input: { capacityCny: '1' } }, null)],
      ['reportPrices', stack.query(reportPrices, { observations: [{ marketId: cast.market.member.id, crop: 'SCALLION', grade: 'A', day: '2026-01-05', priceCnyPerKg: '1.2', volumeKg: '10' }] }, null)],
      ['importPricesCsv', stack.query(probeMutations.importCsv, { csv: 'market_id,crop,variety,grade,day,price_cny_per_kg,volume_kg\n' }, null)],
    ];
    for (const [name, call] of calls) {
      const answer = await call;
      expect(answer.errors?.[0]?.extensions?.code, name).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(answer.data ?? null), name).not.toMatch(new RegExp(`${quote.id}|${contract.id}|${scheme.id}`));
    }
    expect((await stack.sql<{ n: number }>('insurance', `select count(*)::int as n from insurance.floor_contract where quote_id = ?`, [quote.id]))[0]!.n).toBe(0);
  });
});
