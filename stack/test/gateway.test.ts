import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signToken } from '@alliance/auth';
import { startGateway, type RunningGateway } from '@alliance/gateway';
import { createLogger, runSubgraph, type RunningSubgraphWithDatabase } from '@alliance/subgraph-kit';
import { membersSubgraph } from '@alliance/members';
import { seedAllianceWithCast } from '@alliance/stack/fixtures';
import { graphql, postGraphQL } from '../src/testing.ts';

/**
 * The gateway's own behaviour, against the real members subgraph plus a small second subgraph
 * ("probe") that extends Member, so that one can be taken down while the other answers.
 */
const probeSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Member @key(fields: "id") { id: ID! probeNote: String }
`;
const gatewaySecret = 'gateway-test-secret';
const jwtSecret = 'jwt-test-secret';
const log = createLogger('test');

let members: RunningSubgraphWithDatabase;
let probe: { url: string; stop(): Promise<void> };
let gateway: RunningGateway;
let supergraphFile: string;

async function startProbe(port = 0) {
  const server = new ApolloServer({
    schema: buildSubgraphSchema([
      {
        typeDefs: parse(probeSdl),
        resolvers: { Member: { probeNote: (m: { id: string }) => `note for ${m.id.slice(0, 8)}` } } as never,
      },
    ]),
  });
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

function compose(extra: { name: string; sdl: string; url: string }[] = []): string {
  const result = composeServices([
    { name: 'members', typeDefs: parse(membersSubgraph.sdl), url: members.url },
    ...extra.map((s) => ({ name: s.name, typeDefs: parse(s.sdl), url: s.url })),
  ]);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl!;
}

// Typed operations (`npm run codegen` types every `graphql(...)` of the tests against the supergraph).
// The refusals and the probe's field stay plain strings: they are not valid against it on purpose.
const alliancesQuery = graphql(`
  query GatewayAlliances {
    alliances { id code name region crops }
  }
`);
const memberFieldsQuery = graphql(`
  query GatewayMemberFields {
    __type(name: "Member") { fields { name } }
  }
`);

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, ...((await res.json()) as any) };
}

beforeAll(async () => {
  members = await runSubgraph(membersSubgraph, { databaseUrl: inject('databaseUrl'), gatewaySecret, log, port: 0, migrate: false });
  probe = await startProbe();
  supergraphFile = path.join(await mkdtemp(path.join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
  await writeFile(supergraphFile, compose([{ name: 'probe', sdl: probeSdl, url: probe.url }]));
  gateway = await startGateway({ supergraphFile, auth: { secret: jwtSecret }, gatewaySecret, port: 0, log });
});
afterAll(async () => {
  await gateway?.close();
  await probe?.stop();
  await members?.close();
});

describe('gateway', () => {
  it('refuses an invalid token with 401 UNAUTHENTICATED instead of treating it as anonymous', async () => {
    const forged = await signToken({ memberId: 'x', allianceId: 'y' }, 'another-secret');
    const answer = await post({ query: '{ alliances { id } }' }, { authorization: `Bearer ${forged}` });
    expect(answer.status).toBe(401);
    expect(answer.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const malformed = await post({ query: '{ alliances { id } }' }, { authorization: 'Basic abc' });
    expect(malformed.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses abusive queries with 400, GRAPHQL_VALIDATION_FAILED and a message naming the limit, and lets real ones through', async () => {
    const refusal = async (query: string) => {
      const answer = await post({ query });
      expect(answer.status).toBe(400);
      for (const error of answer.errors) expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(answer.errors).toHaveLength(1);
      return answer.errors[0].message as string;
    };
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: alliances { id }`).join(' ');
    expect(await refusal(`{ ${aliases} }`)).toBe('Query refused: alias limit of 20 exceeded (found 40). Use fewer aliases, or split the query.');
    let deep = 'id';
    for (let i = 0; i < 7; i++) deep = `lots { grower { ${deep} } }`;
    expect(await refusal(`{ viewer { ${deep} } }`)).toBe('Query refused: depth limit of 12 exceeded (found 16). Nest fewer levels, or split the query.');
    expect(await refusal('{ members(first: 5000) { edges { node { id code name } } } }')).toMatch(
      /^Query refused: cost limit of 20000 exceeded \(found \d+\)\. Ask for fewer fields or smaller pages, or split the query\.$/,
    );
    expect(await refusal(`{ alliances { ${'id @include(if: true) '.repeat(31)}} }`)).toBe(
      'Query refused: directive limit of 30 exceeded (found 31). Use fewer directives, or split the query.',
    );
    expect(await refusal(`{ alliances { ${'id '.repeat(4100)}} }`)).toBe(
      'Query refused: token limit of 4000 exceeded. Ask for fewer fields, or split the query.',
    );

    const broken = await post({ query: '{ alliances { id }' });
    expect(broken.status).toBe(400);
    expect(broken.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const normal = await postGraphQL(gateway.url, alliancesQuery);
    expect(normal.errors).toBeUndefined();
    expect(normal.data!.alliances.every((a) => typeof a.code === 'string' && Array.isArray(a.crops))).toBe(true);
  });

  it('answers a subgraph-down query with partial data and an error naming the subgraph', async () => {
    const em = members.db.orm.em.fork();
    const { grower } = await seedAllianceWithCast(em as never);
    const token = await signToken(grower.viewer, jwtSecret);
    const query = { query: '{ viewer { code probeNote } }' };
    const healthy = await post(query, { authorization: `Bearer ${token}` });
    expect(healthy.data.viewer).toEqual({ code: grower.member.code, probeNote: `note for ${grower.member.id.slice(0, 8)}` });

    await probe.stop();
    const degraded = await post(query, { authorization: `Bearer ${token}` });
    expect(degraded.data.viewer).toEqual({ code: grower.member.code, probeNote: null });
    expect(degraded.errors[0].message).toMatch(/probe subgraph is unavailable/);
    expect(degraded.errors[0].extensions.subgraph).toBe('probe');

    const health = await fetch(gateway.url.replace('/graphql', '/health'));
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'degraded', subgraphs: { members: 'ok', probe: 'unreachable' } });
  });

  it('reloads the supergraph when the file changes, and keeps the old one when the new fails its health check', async () => {
    const hasProbeField = async () => {
      const answer = await postGraphQL(gateway.url, memberFieldsQuery);
      return answer.data!.__type!.fields!.some((f) => f.name === 'probeNote');
    };
    expect(await hasProbeField()).toBe(true);
    // The probe is down (previous test): a supergraph that still names it fails the health check.
    const withDeadProbe = compose([{ name: 'probe', sdl: probeSdl.replace('probeNote', 'probeNote2'), url: probe.url }]);
    await writeFile(supergraphFile, withDeadProbe);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await hasProbeField()).toBe(true);

    await writeFile(supergraphFile, compose());
    await expect.poll(hasProbeField, { timeout: 5000, interval: 200 }).toBe(false);
    expect(await readFile(supergraphFile, 'utf8')).not.toContain('probe');
  });
});

describe('subgraph', () => {
  it('answers 401 to any request without the gateway secret, _entities included', async () => {
    const entities = { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Member { code } } }', variables: { r: [{ __typename: 'Member', id: '00000000-0000-4000-8000-000000000000' }] } };
    for (const headers of [{}, { 'x-gateway-secret': 'wrong' }] as Record<string, string>[]) {
      const res = await fetch(members.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(entities) });
      expect(res.status).toBe(401);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('reports its health', async () => {
    const res = await fetch(members.url.replace('/graphql', '/health'));
    expect(await res.json()).toEqual({ status: 'ok', subgraph: 'members' });
  });
});
