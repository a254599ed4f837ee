import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { publish, startConsumer, subscriberName } from '@alliance/messaging';
import { createLogger } from '@alliance/subgraph-kit';
import { flushTraces, stopTracing, tracer } from '@alliance/telemetry';
import { eventually, startTestStack, type TestStack } from '../src/testing.ts';

/**
 * Traces leave by OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set: a small OTLP receiver in the
 * test takes them (JSON, as @opentelemetry/exporter-trace-otlp-http sends them).
 */
interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string } }[];
}

const spans: ReceivedSpan[] = [];
let receiver: Server;
let stack: TestStack;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const sent = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: ReceivedSpan[] }[] }[] };
        for (const resource of sent.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  stack = await startTestStack(inject('databaseUrl'), ['members']);
});

afterAll(async () => {
  await stack?.close();
  await stopTracing();
  delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  receiver?.close();
});

const attribute = (span: ReceivedSpan, key: string) => span.attributes.find((a) => a.key === key)?.value.stringValue;

describe('traces', () => {
  it('one trace spans the gateway, its subgraph fetch, the subgraph and its SQL statements', async () => {
    // A client's own trace context is continued, so its trace id names the whole request.
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const res = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
      body: JSON.stringify({ query: 'query TracedAlliances { alliances { code } }' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();

    await eventually(async () => {
      await flushTraces();
      const trace = spans.filter((s) => s.traceId === traceId);
      const gatewayServer = trace.find((s) => attribute(s, 'alliance.service') === 'gateway');
      const fetchSpan = trace.find((s) => s.name === 'gateway.fetch');
      const subgraphServer = trace.find((s) => attribute(s, 'alliance.service') === 'members');
      const sqlSpans = trace.filter((s) => s.name.startsWith('sql '));
      expect(gatewayServer?.parentSpanId).toBe('00f067aa0ba902b7');
      expect(fetchSpan).toBeDefined();
      // The subgraph continues the trace from the traceparent the gateway sent with its fetch.
      expect(subgraphServer?.parentSpanId).toBe(fetchSpan!.spanId);
      expect(attribute(subgraphServer!, 'graphql.operation.name')).toBe('TracedAlliances__members__0');
      expect(sqlSpans.length).toBeGreaterThanOrEqual(1);
      // Every SQL span descends from the subgraph's request span.
      const byId = new Map(trace.map((s) => [s.spanId, s]));
      for (const sqlSpan of sqlSpans) {
        let up: ReceivedSpan | undefined = sqlSpan;
        while (up && up !== subgraphServer) up = up.parentSpanId ? byId.get(up.parentSpanId) : undefined;
        expect(up, `${sqlSpan.name} under the subgraph's span`).toBe(subgraphServer);
        // Statement shapes only: no literal values leave in a trace.
        expect(attribute(sqlSpan, 'db.query.text')).not.toMatch(/'[^?]/);
      }
    });
  });

  it('a message continues the trace of the request that published it', async () => {
    // A receiver of its own (the members schema's inbox), so that no other subgraph's queue changes.
    const subgraph = 'tracing_test';
    const orm = stack.subgraphs.get('members')!.db.orm;
    let receivedIn: string | undefined;
    const consumer = await startConsumer({
      connectionString: inject('databaseUrl'),
      orm,
      subgraph,
      log: createLogger('test'),
      handlers: { 'shipment.cancelled': async () => { receivedIn = (await import('@opentelemetry/api')).trace.getActiveSpan()?.spanContext().traceId; } },
    });
    try {
      const publishedIn = await tracer.startActiveSpan('test request', async (span) => {
        await (orm.em.fork() as EntityManager).transactional((tx) => publish(tx, 'coldchain', 'shipment.cancelled', `trace-${Date.now()}`, { shipmentId: 'x', reservationIds: [] }, { to: subgraph }));
        span.end();
        return span.spanContext().traceId;
      });
      await eventually(async () => expect(receivedIn).toBe(publishedIn));
      await eventually(async () => {
        await flushTraces();
        const receive = spans.find((s) => s.traceId === publishedIn && s.name === 'receive shipment.cancelled');
        expect(receive).toBeDefined();
        // The handler's SQL (its inbox row) is part of the same trace, under the receive span.
        expect(spans.some((s) => s.traceId === publishedIn && s.parentSpanId === receive!.spanId && s.name.startsWith('sql '))).toBe(true);
      });
    } finally {
      await consumer.stop();
      await stack.sql('members', 'delete from messaging.subscription where subgraph = ?', [subscriberName(subgraph)]);
    }
  });
});
