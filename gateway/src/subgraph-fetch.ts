import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Agent, fetch as undiciFetch } from 'undici';
import { SUBGRAPH_HEADER_NAMES, subgraphHeaders } from '@alliance/auth';
import { injectTraceContext, type ServiceMetrics } from '@alliance/telemetry';
import type { GatewayContext } from './context.ts';

/** The gateway's figures of its subgraph fetches: latency of each, and failures by reason. */
export function subgraphFetchMetrics(metrics: ServiceMetrics) {
  return {
    duration: metrics.histogram('gateway_subgraph_fetch_duration_seconds', 'Fetches from the gateway to a subgraph: time to its answer, by subgraph', ['subgraph']),
    failures: metrics.counter('gateway_subgraph_fetch_failures_total', 'Subgraph fetches that failed, by subgraph and reason (unavailable, timeout, refused: a 4xx or its database down)', ['subgraph', 'reason']),
  };
}
export type SubgraphFetchMetrics = ReturnType<typeof subgraphFetchMetrics>;

/** Keep-alive connections to subgraphs, with a bound on every fetch. */
export function createSubgraphFetcher(timeoutMs: number) {
  const agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 64, pipelining: 1 });
  const fetcher = (input: string, init?: Record<string, unknown>) =>
    undiciFetch(input, { ...(init as object), dispatcher: agent, signal: AbortSignal.timeout(timeoutMs) });
  return { fetcher, close: () => agent.close() };
}

/**
 * Sends the shared gateway secret, the verified caller and the client's address to a subgraph. When the subgraph cannot
 * be reached, the error names it, so a partial answer says which part is missing.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly subgraphName: string,
    url: string,
    private readonly gatewaySecret: string,
    fetcher: ReturnType<typeof createSubgraphFetcher>['fetcher'],
    private readonly metrics?: SubgraphFetchMetrics,
  ) {
    super({ url, fetcher: fetcher as never });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http!.headers;
    const ctx = context as Partial<GatewayContext>;
    // One function for every gateway (Hive Gateway too): set what it returns, remove the rest.
    const wanted = subgraphHeaders({ gatewaySecret: this.gatewaySecret, viewer: ctx.viewer, requestId: ctx.requestId, client: ctx.client });
    for (const name of SUBGRAPH_HEADER_NAMES) headers.delete(name);
    for (const [name, value] of Object.entries(wanted)) headers.set(name, value);
    // W3C trace context of the gateway's fetch span (nothing when tracing is off).
    injectTraceContext(headers);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const started = performance.now();
    try {
      return await super.process(options);
    } catch (error) {
      this.metrics?.failures.inc({ subgraph: this.subgraphName, reason: failureReason(error) });
      // Duck-typed: the gateway throws the CommonJS build's GraphQLError, not this module's.
      const response = (error as { extensions?: { response?: { status: number; body?: any } } }).extensions?.response;
      // A 4xx is the subgraph refusing the request (bad variables, no secret): pass its own error
      // on; so is its database being down, which it answers with SERVICE_UNAVAILABLE.
      const first = response?.body?.errors?.[0];
      if (response && (response.status < 500 || first?.extensions?.code === 'SERVICE_UNAVAILABLE')) {
        if (first) {
          // The subgraph refused the caller as a whole (401: no such member; 403: not in that
          // alliance): the client gets that status too, as when the gateway refuses a token itself.
          const refusedCaller =
            Boolean(options.context.viewer) && (response.status === 401 || response.status === 403) && ['UNAUTHENTICATED', 'FORBIDDEN'].includes(first.extensions?.code);
          const extensions = refusedCaller ? { ...first.extensions, http: { status: response.status } } : first.extensions;
          throw new GraphQLError(first.message, { extensions });
        }
        throw error;
      }
      const reason = error instanceof Error && error.name === 'TimeoutError' ? 'did not answer in time' : 'is unavailable';
      throw new GraphQLError(`The ${this.subgraphName} subgraph ${reason}; the rest of the answer is complete.`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.subgraphName },
      });
    } finally {
      this.metrics?.duration.observe({ subgraph: this.subgraphName }, (performance.now() - started) / 1000);
    }
  }
}

function failureReason(error: unknown): 'refused' | 'timeout' | 'unavailable' {
  if ((error as { extensions?: { response?: unknown } }).extensions?.response) return 'refused';
  return error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'unavailable';
}
