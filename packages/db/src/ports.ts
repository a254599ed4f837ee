import { createServer } from 'node:net';

/**
 * A TCP port on 127.0.0.1 that nothing listens on, chosen by the operating system. A port picked at
 * random from a fixed range can be the source port of a connection in flight (Linux hands out
 * 32768–60999 to outgoing connections), and then the server that wants it fails to start.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
