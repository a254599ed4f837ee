import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** What the gateway and the subgraphs share about serving HTTP. */
export interface ListeningServer {
  server: Server;
  /** The base URL to reach it, with the port actually bound (0 picks a free one). */
  url(path: string): string;
  /** Stops accepting, drops idle keep-alive connections, and waits for the server to close. */
  close(): Promise<void>;
}

export interface ListenFailure extends Error {
  code?: string;
  port: number;
  /** Which service failed to start, in words ("members subgraph", "gateway"). */
  service: string;
}

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
  },
): Promise<ListeningServer> {
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port, options.host, (error) => (error ? reject(error) : resolve(s)));
  }).catch((error: NodeJS.ErrnoException) => {
    const failure = new Error(`The ${options.service} could not listen on port ${options.port}: ${error.message}`, { cause: error });
    throw Object.assign(failure, { code: error.code, port: options.port, service: options.service, ...options.extra }) as ListenFailure;
  });
  const local = options.host === '0.0.0.0' || options.host === '127.0.0.1';
  const publicHost = local ? (options.localName ?? '127.0.0.1') : options.host;
  return {
    server,
    url: (path) => `http://${publicHost}:${(server.address() as AddressInfo).port}${path}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
