import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import { suppressTracing } from '@opentelemetry/core';
import type { NextFunction, Request, Response } from 'express';

/**
 * OpenTelemetry traces, off unless OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT)
 * is set: then the first service of the process to start registers a tracer provider that exports
 * by OTLP/HTTP (JSON), with W3C trace context as the propagator. Off, no SDK is loaded and every
 * helper here returns at its first line, so a request pays for one boolean test.
 */
let enabled = false;
let provider: { forceFlush(): Promise<void>; shutdown(): Promise<void> } | undefined;
let starting: Promise<boolean> | undefined;

export const tracer = trace.getTracer('@alliance/telemetry');

/** Whether spans are recorded in this process. */
export function tracingEnabled(): boolean {
  return enabled;
}

function endpointConfigured(env: NodeJS.ProcessEnv): boolean {
  if (env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none') return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * Starts tracing for the process when the environment asks for it (once; later calls answer the
 * first one's outcome). `serviceName` is the resource's service.name unless OTEL_SERVICE_NAME says
 * otherwise; a process that runs the whole stack (npm start, the tests) names itself once for all.
 */
export function startTracingFromEnv(serviceName: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (starting) return starting;
  if (!endpointConfigured(env)) return Promise.resolve(false);
  starting = (async () => {
    // Loaded only when asked for: a process without an endpoint never loads the SDK.
    const [{ NodeTracerProvider }, { BatchSpanProcessor }, { OTLPTraceExporter }, { resourceFromAttributes }] = await Promise.all([
      import('@opentelemetry/sdk-trace-node'),
      import('@opentelemetry/sdk-trace-base'),
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/resources'),
    ]);
    const tracerProvider = new NodeTracerProvider({
      resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || serviceName }),
      // The exporter reads OTEL_EXPORTER_OTLP_* itself (endpoint + /v1/traces, headers, timeout).
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter(), { scheduledDelayMillis: 1000 })],
    });
    tracerProvider.register();
    provider = tracerProvider;
    enabled = true;
    return true;
  })();
  return starting;
}

/** Sends the spans still buffered (tests; a process about to exit). */
export async function flushTraces(): Promise<void> {
  await provider?.forceFlush();
}

export async function stopTracing(): Promise<void> {
  const stopping = provider;
  enabled = false;
  provider = undefined;
  starting = undefined;
  await stopping?.shutdown();
}

/**
 * Express middleware: a SERVER span per request, continuing the caller's W3C trace context
 * (traceparent/tracestate headers), active while the request is handled and ended when the
 * response is sent. `service` names the span's owner (in-process stacks share one resource).
 */
export function serverSpans(service: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!enabled) return next();
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracer.startSpan(
      `${req.method} ${req.baseUrl || req.path}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'url.path': req.baseUrl || req.path, 'alliance.service': service } },
      parent,
    );
    res.once('finish', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    res.once('close', () => span.isRecording() && span.end());
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Names the active span after the GraphQL operation it serves. */
export function nameActiveSpan(operation: string): void {
  if (!enabled) return;
  const span = trace.getActiveSpan();
  span?.setAttribute('graphql.operation.name', operation);
}

/** Writes the active trace context into outgoing headers (a Fetch `Headers` or a plain object). */
export function injectTraceContext(headers: { set(name: string, value: string): void } | Record<string, string>): void {
  if (!enabled) return;
  if (typeof (headers as Headers).set === 'function') {
    propagation.inject(context.active(), headers, { set: (carrier, key, value) => (carrier as Headers).set(key, value) });
  } else {
    propagation.inject(context.active(), headers);
  }
}

/** The active trace context as a small object to store with a message; undefined when tracing is off. */
export function traceCarrier(): Record<string, string> | undefined {
  if (!enabled) return undefined;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ? carrier : undefined;
}

/**
 * Runs `fn` in a span continuing a stored trace context (a message's), or a new trace if it has none.
 */
export async function withContinuedSpan<T>(
  name: string,
  carrier: Record<string, string> | undefined,
  attributes: Record<string, string | number | boolean>,
  fn: () => Promise<T>,
  kind: SpanKind = SpanKind.CONSUMER,
): Promise<T> {
  if (!enabled) return fn();
  const parent = carrier ? propagation.extract(ROOT_CONTEXT, carrier) : ROOT_CONTEXT;
  return tracer.startActiveSpan(name, { kind, attributes }, parent, async (span: Span) => {
    try {
      return await fn();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * Replaces the literals of a statement by `?`: ORM statements are logged with their values
 * inlined, and a member's name or token is no business of a trace backend.
 */
export function statementShape(text: string): string {
  return text
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\b\d+(?:\.\d+)?\b/g, '?')
    .slice(0, 2000);
}

/**
 * A CLIENT span for an SQL statement that has just run (`tookMs` ago it started), child of the
 * active span. Called from the ORM's query logger, so every statement (ORM and `query`) has one.
 */
export function recordSqlSpan(statement: string, tookMs: number, failed: boolean, schema?: string): void {
  if (!enabled) return;
  const active = context.active();
  // A statement outside any request or message (a scrape, a sweeper) is no trace of its own.
  if (!trace.getSpan(active)) return;
  const end = Date.now();
  const text = statementShape(statement);
  const span = tracer.startSpan(
    `sql ${/^\s*(\w+)/.exec(text)?.[1]?.toLowerCase() ?? 'statement'}`,
    {
      kind: SpanKind.CLIENT,
      startTime: end - Math.max(0, tookMs),
      attributes: { 'db.system.name': 'postgresql', 'db.query.text': text, ...(schema ? { 'db.namespace': schema } : {}) },
    },
    active,
  );
  if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end(end);
}

/** Runs `fn` without recording spans (the metrics scrape's own statements). */
export function untraced<T>(fn: () => T): T {
  if (!enabled) return fn();
  return context.with(suppressTracing(context.active()), fn);
}

export type { Context };
