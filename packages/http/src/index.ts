import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export { graphqlBody, clientErrorHandler, notFoundHandler, BODY_LIMIT_BYTES } from './json-body.ts';
export { requestGuards, inputLimits, documentLimits, fieldCountProblem, inputProblem, type RequestGuardOptions } from './request-guards.ts';

/** What the gateway and the subgraphs share about serving HTTP. */
export interface ListeningServer {
  server: Server;
  /** The base URL to reach it, with the port actually bound (0 picks a free one). */
  url(path: string): string;
  /**
   * Stops accepting, lets the requests in flight finish (for at most `drainMs`), closes keep-alive
   * connections as they fall idle, and waits for the server to close.
   */
  close(): Promise<void>;
}

export interface ListenFailure extends Error {
  code?: string;
  port: number;
  /** Which service failed to start, in words ("members subgraph", "gateway"). */
  service: string;
}

/** How long a closing server waits for requests in flight before cutting their connections. */
export const DRAIN_MS = 10_000;

/**
 * Listens on `port`, rejecting with the listen error (a taken port, say) as a `ListenFailure` that
 * names the service: Express 5 calls back with the error instead of throwing it.
 */
export async function listen(
  app: Express,
  options: {
    port: number;
    host: string;
    service: string;
    /** How this machine names itself in the URL when listening on loopback or every interface. */
    localName?: string;
    extra?: Record<string, unknown>;
    drainMs?: number;
  },
): Promise<ListeningServer> {
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port, options.host, (error) => (error ? reject(error) : resolve(s)));
  }).catch((error: NodeJS.ErrnoException) => {
    const failure = new Error(`The ${options.service} could not listen on port ${options.port}: ${error.message}`, { cause: error });
    throw Object.assign(failure, { code: error.code, port: options.port, service: options.service, ...options.extra }) as ListenFailure;
  });

  // Requests in flight, so that closing waits for them instead of cutting them off (Ctrl-C under load).
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    // A request that arrives on a kept-alive connection while closing is served, then the connection ends.
    if (closing) res.shouldKeepAlive = false;
    res.on('close', () => {
      inFlight.delete(res);
      if (closing) server.closeIdleConnections();
    });
  });

  const local = options.host === '0.0.0.0' || options.host === '127.0.0.1';
  const publicHost = local ? (options.localName ?? '127.0.0.1') : options.host;
  let closed: Promise<void> | undefined;
  return {
    server,
    url: (path) => `http://${publicHost}:${(server.address() as AddressInfo).port}${path}`,
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        closing = true;
        for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
        const deadline = setTimeout(() => server.closeAllConnections(), options.drainMs ?? DRAIN_MS);
        deadline.unref();
        server.close(() => {
          clearTimeout(deadline);
          resolve();
        });
        server.closeIdleConnections();
      })),
  };
}
