import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { supergraphFile } from '../src/paths.ts';
import { startTestStack, type GraphQLAnswer, type TestStack } from '../src/testing.ts';
import { seedAllianceWithCast } from '@alliance/stack/fixtures';

/**
 * Schema-aware fuzzing through the gateway: random operations built from the composed supergraph's
 * Query and Mutation fields, with arguments of the right and the wrong types (NUL characters,
 * very long strings, negative numbers, impossible dates, unknown enum values, random ids), sent as
 * several callers. Whatever is sent, the answer is a client error or data: never an
 * INTERNAL_SERVER_ERROR, never an HTTP 5xx. Seeded, so a failure replays.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 2000);
const BUDGET_MS = 40_000;
const PARALLEL = 8;

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

class Generator {
  private variables: Record<string, unknown> = {};
  private definitions: string[] = [];
  private readonly random: () => number;

  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
    private readonly knownIds: string[],
  ) {
    this.random = prng(seed);
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private uuid(): string {
    const hex = () => Math.floor(this.random() * 16).toString(16);
    const part = (n: number) => Array.from({ length: n }, hex).join('');
    return `${part(8)}-${part(4)}-4${part(3)}-8${part(3)}-${part(12)}`;
  }

  private text(): string {
    return this.pick([
      () => '',
      () => 'LX-G0001',
      () => '葱 Luxi 小葱',
      () => `a\u0000b`,
      () => "'; drop table members.member; --",
      () => '%_\\',
      () => 'x'.repeat(10_001),
      () => 'y'.repeat(30_000 + Math.floor(this.random() * 20_000)),
      () => Array.from({ length: 1 + Math.floor(this.random() * 30) }, () => String.fromCharCode(32 + Math.floor(this.random() * 95))).join(''),
      () => '\ud800',
    ])();
  }

  /** A JSON value for a type; sometimes of another type altogether. */
  value(type: GraphQLInputType, depth = 0): unknown {
    if (this.chance(0.06)) return this.pick([null, 42, -1, 'wrong', true, [], {}, 1.5, 'x'.repeat(200)]);
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (isListType(type)) {
      if (this.chance(0.1)) return this.value(type.ofType, depth + 1);
      return Array.from({ length: Math.floor(this.random() * 4) }, () => this.value(type.ofType, depth + 1));
    }
    if (isInputObjectType(type)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        if (isNonNullType(field.type) ? this.chance(0.95) : this.chance(0.5)) object[field.name] = depth > 3 ? null : this.value(field.type, depth + 1);
      }
      if (this.chance(0.05)) object.notAField = 1;
      return object;
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      return this.chance(0.8) ? this.pick(values) : this.pick(['NOT_A_VALUE', values[0]!.toLowerCase(), '']);
    }
    switch (type.name) {
      case 'ID':
        return this.pick([() => this.uuid(), () => this.pick(this.knownIds), () => this.pick(this.knownIds), () => 'not-a-uuid', () => '', () => '1'.repeat(101), () => `${this.uuid()}\u0000`, () => 12345])();
      case 'String':
        return this.text();
      case 'Int':
        return this.pick([0, 1, 3, 20, 50, 400, 5000, -1, -100, 2_147_483_647, -2_147_483_648, 2 ** 40, 1.5]);
      case 'Float':
        return this.pick([0, 1.5, -1, -273.15, 99.9, 1e308, -1e308, 3]);
      case 'Boolean':
        return this.chance(0.5);
      case 'Date':
        return this.pick(['2026-11-23', '2026-12-01', '0000-01-01', '1899-12-31', '2201-01-01', '9999-12-31', '2026-02-30', 'yesterday', '2026-11-23T08:00:00Z']);
      case 'DateTime':
        return this.pick(['2026-11-23T08:00:00Z', '2026-11-23T08:00:00+08:00', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-13-01T00:00:00Z', 'now', '2026-11-23']);
      case 'Decimal':
        return this.pick(['1250.5', '0', '-1', '0.1234567', '999999999999999', '9999999999999999', '1e5', 'abc', 12.5, '0.001']);
      default:
        return this.text();
    }
  }

  /** The value written into the document (GraphQL syntax), wrong or right. */
  literal(value: unknown, type: GraphQLInputType | undefined): string {
    if (value === null || value === undefined) return 'null';
    const named = type ? getNamedType(type) : undefined;
    if (typeof value === 'string') return named && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : JSON.stringify(value);
    if (Array.isArray(value)) return `[${value.map((v) => this.literal(v, type && isListType(unwrap(type)) ? (unwrap(type) as { ofType: GraphQLInputType }).ofType : undefined)).join(', ')}]`;
    if (typeof value === 'object') {
      const fields = named && isInputObjectType(named) ? named.getFields() : {};
      return `{ ${Object.entries(value)
        .map(([k, v]) => `${k}: ${this.literal(v, fields[k]?.type)}`)
        .join(', ')} }`;
    }
    return String(value);
  }

  private argumentsOf(args: readonly GraphQLArgument[]): string {
    const written: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type);
      if (required ? this.chance(0.03) : this.chance(0.4)) continue;
      const value = this.value(arg.type);
      if (this.chance(0.5)) {
        const name = `v${this.definitions.length}`;
        this.definitions.push(`$${name}: ${String(arg.type)}`);
        this.variables[name] = value;
        written.push(`${arg.name}: $${name}`);
      } else {
        written.push(`${arg.name}: ${this.literal(value, arg.type)}`);
      }
    }
    return written.length ? `(${written.join(', ')})` : '';
  }

  private selection(type: GraphQLOutputType, depth: number): string {
    const named: GraphQLNamedType = getNamedType(type);
    if (isLeafType(named)) return '';
    if (!isObjectType(named)) return '{ __typename }';
    const fields = Object.values(named.getFields()) as GraphQLField<unknown, unknown>[];
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && (!f.args.some((a) => isNonNullType(a.type)) || this.chance(0.3)));
    const objects = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    const chosen = new Set<GraphQLField<unknown, unknown>>();
    for (let i = 0; i < 1 + Math.floor(this.random() * 3) && leaves.length; i++) chosen.add(this.pick(leaves));
    if (depth < 3 && objects.length && this.chance(0.6)) chosen.add(this.pick(objects));
    if (depth < 3 && objects.length && this.chance(0.2)) chosen.add(this.pick(objects));
    const parts = [...chosen].map((f) => `${f.name}${this.argumentsOf(f.args)} ${this.selection(f.type, depth + 1)}`.trim());
    return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
  }

  operation(): Operation {
    this.variables = {};
    this.definitions = [];
    const mutation = this.chance(0.35);
    const root = mutation ? this.schema.getMutationType()! : this.schema.getQueryType()!;
    const field = this.pick(Object.values(root.getFields()));
    const body = `${field.name}${this.argumentsOf(field.args)} ${this.selection(field.type, 1)}`.trim();
    const definitions = this.definitions.length ? `(${this.definitions.join(', ')})` : '';
    return { query: `${mutation ? 'mutation' : 'query'} Fuzz${definitions} { ${body} }`, variables: this.variables };
  }
}

function unwrap(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? type.ofType : type;
}

let stack: TestStack;
let callers: { name: string; token: string | null }[];
let knownIds: string[];

beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
  const em = stack.em('members');
  const cast = await seedAllianceWithCast(em as unknown as EntityManager);
  knownIds = [cast.alliance.id, cast.office.member.id, cast.grower.member.id, cast.market.member.id, cast.coldStore.member.id];
  const random = prng(SEED + 1);
  const randomId = () => `00000000-0000-4000-8000-${Math.floor(random() * 1e12).toString().padStart(12, '0')}`;
  callers = [
    { name: 'anonymous', token: null },
    { name: 'office', token: await stack.token(cast.office.viewer) },
    { name: 'grower', token: await stack.token(cast.grower.viewer) },
    { name: 'market', token: await stack.token(cast.market.viewer) },
    { name: 'cold store', token: await stack.token(cast.coldStore.viewer) },
    { name: 'unknown member', token: await stack.token({ memberId: randomId(), allianceId: cast.alliance.id, roles: ['ALLIANCE_ADMIN'] } as never) },
    { name: 'unknown alliance', token: await stack.token({ memberId: cast.grower.member.id, allianceId: randomId(), roles: ['GROWER'] } as never) },
  ];
});
afterAll(async () => {
  await stack?.close();
});

describe('fuzzing the gateway', () => {
  it(`answers ${OPERATIONS} random operations with no internal error and no 5xx`, { timeout: 120_000 }, async () => {
    const schema = buildSchema(readFileSync(supergraphFile, 'utf8'));
    const generator = new Generator(schema, SEED, knownIds);
    const random = prng(SEED + 2);
    const failures: { caller: string; operation: Operation; answer: GraphQLAnswer | string }[] = [];
    const codes = new Map<string, number>();
    const started = performance.now();
    let sent = 0;
    let answered = 0;
    const slowest: { ms: number; query: string }[] = [];
    while (sent < OPERATIONS && performance.now() - started < BUDGET_MS) {
      const batch = Array.from({ length: Math.min(PARALLEL, OPERATIONS - sent) }, () => ({
        caller: callers[Math.floor(random() * callers.length)]!,
        operation: generator.operation(),
      }));
      sent += batch.length;
      await Promise.all(
        batch.map(async ({ caller, operation }) => {
          let answer: GraphQLAnswer;
          const begun = performance.now();
          try {
            answer = await stack.query(operation.query, operation.variables, caller.token);
            slowest.push({ ms: Math.round(performance.now() - begun), query: operation.query.slice(0, 160) });
            slowest.sort((a, b) => b.ms - a.ms).splice(3);
          } catch (error) {
            failures.push({ caller: caller.name, operation, answer: `no JSON answer: ${(error as Error).message}` });
            return;
          }
          if (!answer.errors?.length) answered += 1;
          for (const error of answer.errors ?? []) {
            const code = String(error.extensions?.code);
            codes.set(code, (codes.get(code) ?? 0) + 1);
          }
          // The database and every subgraph are up: "unavailable" would be a fault misnamed.
          const internal = answer.errors?.some((e) => ['INTERNAL_SERVER_ERROR', 'SUBGRAPH_UNAVAILABLE', 'SERVICE_UNAVAILABLE', undefined].includes(e.extensions?.code));
          if (answer.status >= 500 || internal) failures.push({ caller: caller.name, operation, answer });
        }),
      );
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`fuzz: ${sent} operations in ${seconds} s (seed ${SEED}), ${answered} answered without errors; error codes: ${JSON.stringify(Object.fromEntries([...codes].sort()))}`);
    console.log(`fuzz: slowest ${JSON.stringify(slowest)}`);
    for (const failure of failures.slice(0, 5)) {
      const shortened = JSON.stringify(failure.operation).slice(0, 600);
      console.log(`fuzz failure as ${failure.caller}: ${shortened}\n  -> ${JSON.stringify(failure.answer).slice(0, 600)}`);
    }
    expect(sent).toBeGreaterThanOrEqual(Math.min(OPERATIONS, 1000));
    expect(failures.length, `${failures.length} of ${sent} operations answered an internal error or a 5xx`).toBe(0);
  });
});
