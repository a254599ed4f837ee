import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AllianceApiError, AllianceTransportError, createAllianceClient, inputsWithIdempotencyKey, operations } from '@alliance/client';
import { apiSchemaOf } from '../src/schema-diff.ts';

type Answer = { status: number; body: unknown };

/** A fetch that answers from a script and records what it was sent. */
function scriptedFetch(answers: Answer[]) {
  const sent: { body: any; headers: Record<string, string> }[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    sent.push({ body: JSON.parse(String(init.body)), headers: init.headers as Record<string, string> });
    const answer = answers.shift();
    if (!answer) throw new TypeError('fetch failed');
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, sent };
}

const ok = (data: unknown): Answer => ({ status: 200, body: { data } });
const exposure = { exposure: { crop: 'SCALLION', contracts: 1, insuredKg: '1', sumInsuredCny: '1', maximumPayoutCny: '1', premiumCny: '1' } };

describe('the partners\' client', () => {
  it('calls the token provider on every request and sends its token', async () => {
    const { fetch, sent } = scriptedFetch([ok(exposure), ok(exposure)]);
    let n = 0;
    const client = createAllianceClient({ url: 'http://x/graphql', fetch, token: () => `t${++n}` });
    await client.request(operations.Exposure, { crop: 'SCALLION' });
    await client.request(operations.Exposure, { crop: 'SCALLION' });
    expect(sent.map((s) => s.headers.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
    expect(sent[0]!.body.operationName).toBe('Exposure');
  });

  it('retries a query on a network error and a 503, with backoff, then answers', async () => {
    const answers: (Answer | 'network')[] = ['network', { status: 503, body: { errors: [{ message: 'down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } }, ok(exposure)];
    const flaky = (async (url: string, init: RequestInit) => {
      const next = answers.shift()!;
      if (next === 'network') throw new TypeError('fetch failed');
      return (scriptedFetch([next]).fetch as any)(url, init);
    }) as unknown as typeof globalThis.fetch;
    const started = Date.now();
    const client = createAllianceClient({ url: 'http://x/graphql', fetch: flaky, attempts: 3, backoffMs: 20 });
    const data = await client.request(operations.Exposure, { crop: 'SCALLION' });
    expect(data.exposure?.contracts).toBe(1);
    expect(answers).toHaveLength(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(10 + 20); // two waits: ≥ 10 and ≥ 20 ms (jittered halves of 20 and 40)
  });

  it('does not retry a client error, and surfaces it typed with its extensions', async () => {
    const { fetch, sent } = scriptedFetch([
      { status: 200, body: { data: null, errors: [{ message: 'Only 10 kg is available', extensions: { code: 'CONFLICT', availableKg: '10.000' } }] } },
      ok(exposure),
    ]);
    const client = createAllianceClient({ url: 'http://x/graphql', fetch, backoffMs: 1 });
    const error = await client.request(operations.Exposure, { crop: 'SCALLION' }).catch((e) => e);
    expect(error).toBeInstanceOf(AllianceApiError);
    expect(error).toMatchObject({ code: 'CONFLICT', extensions: { availableKg: '10.000' }, operationName: 'Exposure' });
    expect(sent).toHaveLength(1);
    const { fetch: fetch400, sent: sent400 } = scriptedFetch([{ status: 400, body: { errors: [{ message: 'bad', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] } }]);
    await expect(createAllianceClient({ url: 'http://x', fetch: fetch400 }).request(operations.Exposure, { crop: 'SCALLION' })).rejects.toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', status: 400 });
    expect(sent400).toHaveLength(1);
  });

  it('sends a mutation once, even on a network error', async () => {
    const { fetch, sent } = scriptedFetch([]);
    const client = createAllianceClient({ url: 'http://x/graphql', fetch, attempts: 5, backoffMs: 1 });
    await expect(client.request(operations.ConfirmReservation, { id: '1' })).rejects.toBeInstanceOf(AllianceTransportError);
    expect(sent).toHaveLength(1);
  });

  it('makes an idempotency key per call unless given, at the top level and in the input', async () => {
    const contract = { bindFloor: { id: '1', number: 'N', status: 'BOUND', sumInsuredCny: '1', premiumCny: '1', coverFrom: 'a', coverTo: 'b' } };
    const { fetch, sent } = scriptedFetch([ok(contract), ok(contract), ok(contract), ok({ reserveSupply: {} }), ok({ reserveSupply: {} })]);
    const client = createAllianceClient({ url: 'http://x/graphql', fetch });
    await client.request(operations.BindFloor, { quoteId: 'q' });
    await client.request(operations.BindFloor, { quoteId: 'q' });
    await client.request(operations.BindFloor, { quoteId: 'q' }, { idempotencyKey: 'mine' });
    const keys = sent.map((s) => s.body.variables.idempotencyKey);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe('mine');
    const specification = { crop: 'SCALLION', variety: 'RED', grade: 'A', deliverableBy: '2030-01-01' } as const;
    await client.request(operations.ReserveSupply, { input: { quantityKg: '5', specification } });
    await client.request(operations.ReserveSupply, { input: { quantityKg: '5', specification, idempotencyKey: 'order-1' } });
    expect(sent[3]!.body.variables.input).toMatchObject({ quantityKg: '5', idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(sent[4]!.body.variables.input.idempotencyKey).toBe('order-1');
  });

  it('knows every input type of the supergraph that takes an idempotency key', () => {
    const api = apiSchemaOf(readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'));
    const keyed = Object.values(api.getTypeMap())
      // The API schema comes from graphql's CommonJS build (isInputObjectType here is the ES module's).
      .filter((t) => Object.prototype.toString.call(t) === '[object GraphQLInputObjectType]' && 'idempotencyKey' in (t as any).getFields())
      .map((t) => t.name)
      .sort();
    expect(keyed).toEqual([...inputsWithIdempotencyKey].sort());
  });
});
