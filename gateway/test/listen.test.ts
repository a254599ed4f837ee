import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../src/index.ts';

const occupier = createServer();
let takenPort: number;
let supergraphFile: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => occupier.listen(0, '127.0.0.1', resolve));
  takenPort = (occupier.address() as AddressInfo).port;
  const { supergraphSdl, errors } = composeServices([
    {
      name: 'hello',
      url: 'http://127.0.0.1:9/graphql', // never called: the gateway does not get as far as serving
      typeDefs: parse('extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) type Query { hello: String }'),
    },
  ]);
  if (errors) throw new Error(errors.map((e) => e.message).join('\n'));
  supergraphFile = path.join(await mkdtemp(path.join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
  await writeFile(supergraphFile, supergraphSdl!);
});
afterAll(() => new Promise<void>((resolve) => occupier.close(() => resolve())));

describe('startGateway', () => {
  it('rejects with EADDRINUSE and the port when its port is taken', async () => {
    const starting = startGateway({
      supergraphFile,
      auth: { secret: 'jwt-secret' },
      gatewaySecret: 'gateway-secret',
      port: takenPort,
      log: pino({ level: 'silent' }),
    });
    await expect(starting).rejects.toMatchObject({
      code: 'EADDRINUSE',
      port: takenPort,
      service: 'gateway',
      message: expect.stringContaining(`The gateway could not listen on port ${takenPort}`),
    });
  });
});
