import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { nameActiveSpan } from './tracing.ts';

/**
 * Prometheus metrics of one service (the gateway, a subgraph): a prom-client registry of its own,
 * labelled `service="<name>"`, served at `/metrics`. A process that runs the whole stack holds one
 * registry per service, so each service's `/metrics` says only what is its own.
 *
 * Labels are closed sets (operation names, error codes, subgraph and topic names): no member, lot
 * or token ever becomes a label, and an operation name past the first 200 is counted as "other".
 */
export interface ServiceMetrics {
  readonly service: string;
  readonly registry: Registry;
  /** A counter of this service (the same one again for the same name), e.g. telemetry readings ingested. */
  counter<L extends string = never>(name: string, help: string, labelNames?: readonly L[]): Counter<L>;
  gauge<L extends string = never>(name: string, help: string, labelNames?: readonly L[], collect?: (gauge: Gauge<L>) => void | Promise<void>): Gauge<L>;
  histogram<L extends string = never>(name: string, help: string, labelNames?: readonly L[], buckets?: number[]): Histogram<L>;
  /** Drops a metric (a collector bound to a database that closed). */
  remove(name: string): void;
  /** The operation name as a label: its own name (bounded), or "anonymous". */
  operationLabel(name: string | null | undefined): string;
}

const byService = new Map<string, ServiceMetrics>();
const MAX_OPERATIONS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
/** Seconds; GraphQL answers from a few milliseconds (a cached lookup) to seconds (a big page). */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The metrics of a service, created on first use; the same object for the same name in this process. */
export function serviceMetrics(service: string): ServiceMetrics {
  const known = byService.get(service);
  if (known) return known;
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  // Process figures (CPU, memory, event-loop lag, GC) for the first service of the process only:
  // in a one-process stack they belong to all of them.
  if (byService.size === 0) collectDefaultMetrics({ register: registry });
  const operations = new Set<string>();
  const metrics: ServiceMetrics = {
    service,
    registry,
    counter(name, help, labelNames = []) {
      return (registry.getSingleMetric(name) as Counter<any>) ?? new Counter({ name, help, labelNames: [...labelNames], registers: [registry] });
    },
    gauge(name, help, labelNames = [], collect) {
      const existing = registry.getSingleMetric(name) as Gauge<any> | undefined;
      if (existing) return existing;
      return new Gauge({
        name,
        help,
        labelNames: [...labelNames],
        registers: [registry],
        ...(collect ? { collect(this: Gauge<any>) { return collect(this); } } : {}),
      });
    },
    histogram(name, help, labelNames = [], buckets = LATENCY_BUCKETS) {
      return (registry.getSingleMetric(name) as Histogram<any>) ?? new Histogram({ name, help, labelNames: [...labelNames], buckets, registers: [registry] });
    },
    remove(name) {
      registry.removeSingleMetric(name);
    },
    operationLabel(name) {
      if (!name) return 'anonymous';
      if (!OPERATION_NAME.test(name)) return 'invalid';
      if (operations.has(name)) return name;
      if (operations.size >= MAX_OPERATIONS) return 'other';
      operations.add(name);
      return name;
    },
  };
  byService.set(service, metrics);
  return metrics;
}

/**
 * An Apollo Server plugin recording each GraphQL request: `graphql_request_duration_seconds`
 * (histogram by operation; its `_count` is the request rate) and `graphql_errors_total` (by
 * operation and `extensions.code` of each error in the answer, as the client sees it).
 */
export function graphqlMetricsPlugin<TContext extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<TContext> {
  const duration = metrics.histogram('graphql_request_duration_seconds', 'GraphQL requests: time to answer, by operation name', ['operation']);
  const errors = metrics.counter('graphql_errors_total', 'Errors in GraphQL answers, by operation name and extensions.code', ['operation', 'code']);
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didResolveOperation({ operationName }) {
          if (operationName) nameActiveSpan(operationName);
        },
        async willSendResponse({ response, operationName, request }) {
          const operation = metrics.operationLabel(operationName ?? request.operationName);
          duration.observe({ operation }, (performance.now() - started) / 1000);
          const body = response.body;
          const answered = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          for (const error of answered ?? []) {
            const code = error.extensions?.code;
            errors.inc({ operation, code: typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR' });
          }
        },
      };
    },
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * GET /metrics in Prometheus' text format. With METRICS_TOKEN set (the default for `token`), only
 * `Authorization: Bearer <METRICS_TOKEN>` is answered; without it the figures are open to whoever
 * reaches the port (they hold no secret and nothing of any member, but say how busy the service is).
 */
export function metricsHandler(metrics: ServiceMetrics, token: string | undefined = process.env.METRICS_TOKEN || undefined): RequestHandler {
  return async (req, res) => {
    if (token) {
      const [scheme, given] = (req.header('authorization') ?? '').split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !given || !sameToken(given, token)) {
        res.status(401).set('www-authenticate', 'Bearer realm="metrics"').type('text/plain').send('metrics need Authorization: Bearer <METRICS_TOKEN>\n');
        return;
      }
    }
    try {
      const text = await metrics.registry.metrics();
      res.type(metrics.registry.contentType).send(text);
    } catch {
      res.status(500).type('text/plain').send('metrics could not be collected\n');
    }
  };
}
