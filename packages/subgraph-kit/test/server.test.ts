import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, startSubgraphServer } from '../src/index.ts';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { hello: String }
`);
const occupier = createServer();
let takenPort: number;

beforeAll(async () => {
  await new Promise<void>((resolve) => occupier.listen(0, '127.0.0.1', resolve));
  takenPort = (occupier.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => occupier.close(() => resolve())));

describe('startSubgraphServer', () => {
  it('rejects with EADDRINUSE, the port and the subgraph when its port is taken', async () => {
    const starting = startSubgraphServer({
      name: 'members',
      typeDefs,
      resolvers: { Query: { hello: () => 'hi' } },
      orm: {} as never, // only requests use it
      createContext: (base) => base,
      directory: async () => [],
      gatewaySecret: 'secret',
      log: createLogger('test'),
      port: takenPort,
    });
    await expect(starting).rejects.toMatchObject({
      code: 'EADDRINUSE',
      port: takenPort,
      service: 'members subgraph',
      subgraph: 'members',
      message: expect.stringContaining(`The members subgraph could not listen on port ${takenPort}`),
    });
  });
});
