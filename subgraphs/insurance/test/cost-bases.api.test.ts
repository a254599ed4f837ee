import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Viewer } from '@alliance/domain-kit';
import { encodeViewerHeader, GATEWAY_SECRET_HEADER, VIEWER_HEADER } from '@alliance/auth';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { fixtureSeason, LUXI_SCALLION_COST_LINES, publishedCostBasis, seedInsuranceAlliance, type InsuranceCast, type SeededMember } from '@alliance/stack/fixtures';

const publish = graphql(`
  mutation CostBasisPublish($input: CostBasisInput!) {
    publishCostBasis(input: $input) {
      id crop variety county seasonFrom seasonTo version current marginalCostPerKg expectedYieldKgPerMu note publishedAt
      lines { line cnyPerKg }
    }
  }
`);
const byId = graphql(`
  query CostBasisById($id: ID!) { costBasis(id: $id) { id version current marginalCostPerKg lines { line cnyPerKg } } }
`);
const list = graphql(`
  query CostBasisList($crop: Crop, $current: Boolean) { costBases(crop: $crop, current: $current) { id crop variety seasonFrom version current } }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'insurance']);
});
afterAll(async () => stack?.close());

const freshCast = () => seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));

function input(_cast: InsuranceCast, overrides: Record<string, unknown> = {}) {
  return {
    crop: 'SCALLION' as const,
    variety: null,
    ...fixtureSeason(),
    lines: LUXI_SCALLION_COST_LINES.map((l) => ({ ...l })),
    expectedYieldKgPerMu: '20000',
    county: 'Luxi County',
    ...overrides,
  };
}

async function basisRows(allianceId: string) {
  return stack
    .em('insurance')
    .getConnection()
    .execute<{ id: string; version: number; superseded_at: Date | null; county: string; lines: number }[]>(
      `select b.id, b.version, b.superseded_at, b.county, (select count(*)::int from insurance.cost_basis_line l where l.cost_basis_id = b.id) as lines
       from insurance.cost_basis b where alliance_id = ? order by version`,
      [allianceId],
    );
}

describe('publishing cost bases', () => {
  it('the insurer publishes: the lines in the order of the SDL, their sum as the marginal cost, version 1, current; the office too', async () => {
    const cast = await freshCast();
    const answer = await stack.query(publish, { input: input(cast, { note: ' Luxi 2026 survey ' }) }, await stack.tokenOf(cast.insurer));
    expect(answer.errors).toBeUndefined();
    const basis = answer.data!.publishCostBasis;
    expect(basis).toMatchObject({
      crop: 'SCALLION',
      variety: null,
      county: 'Luxi County',
      ...fixtureSeason(),
      version: 1,
      current: true,
      marginalCostPerKg: '1.2000',
      expectedYieldKgPerMu: '20000.000',
      note: 'Luxi 2026 survey',
    });
    expect(basis.lines.map((l) => l.line)).toEqual(['SEEDLINGS', 'FERTILISER', 'PESTICIDE', 'LABOUR', 'WASHING', 'ICE', 'PACKAGING', 'COLD_STORAGE', 'TRANSPORT']);
    expect(basis.lines[3]).toEqual({ line: 'LABOUR', cnyPerKg: '0.3800' });
    const rows = await basisRows(cast.alliance.id);
    expect(rows).toMatchObject([{ id: basis.id, version: 1, superseded_at: null, county: 'Luxi County', lines: 9 }]);

    const byOffice = await stack.query(publish, { input: input(cast, { variety: 'RED', county: null }) }, await stack.tokenOf(cast.office));
    expect(byOffice.errors).toBeUndefined();
    // No county named: the alliance's latest basis's.
    expect(byOffice.data!.publishCostBasis).toMatchObject({ variety: 'RED', version: 1, county: 'Luxi County' });
  });

  it('the fixture publishes with the alliance\'s county and a yield of 10,000 kg per mu a year', async () => {
    const cast = await freshCast();
    const basis = await publishedCostBasis(stack, cast);
    expect(basis).toMatchObject({ version: 1, marginalCostPerKg: '1.2000', expectedYieldKgPerMu: '20000.000' });
    expect((await basisRows(cast.alliance.id))[0]!.county).toBe('Test County');
  });

  it('is refused for every other role, another alliance\'s insurer cannot reach this one, and anonymous callers must sign in; nothing is written', async () => {
    const cast = await freshCast();
    for (const who of [cast.grower, cast.cooperative, cast.market, cast.brand]) {
      const answer = await stack.query(publish, { input: input(cast) }, await stack.tokenOf(who));
      expect(answer.errors?.[0]?.extensions?.code, who.viewer.kind).toBe('FORBIDDEN');
    }
    expect((await stack.query(publish, { input: input(cast) }, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await basisRows(cast.alliance.id)).toEqual([]);
    // Another alliance's insurer publishes in its own alliance only.
    const away = await freshCast();
    expect((await stack.query(publish, { input: input(away) }, await stack.tokenOf(away.insurer))).errors).toBeUndefined();
    expect(await basisRows(cast.alliance.id)).toEqual([]);
    expect(await basisRows(away.alliance.id)).toHaveLength(1);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const cast = await freshCast();
    const token = await stack.tokenOf(cast.insurer);
    const season = fixtureSeason();
    const cases: [Record<string, unknown>, string][] = [
      [{ lines: [{ line: 'ICE', cnyPerKg: '0.1' }, { line: 'ICE', cnyPerKg: '0.2' }] }, 'lines'],
      [{ lines: [{ line: 'ICE', cnyPerKg: '-0.1' }] }, 'lines'],
      [{ lines: [{ line: 'ICE', cnyPerKg: '0.00001' }] }, 'lines'],
      [{ lines: [{ line: 'ICE', cnyPerKg: '0' }, { line: 'LABOUR', cnyPerKg: '0.0' }] }, 'lines'],
      [{ lines: [] }, 'lines'],
      [{ seasonTo: '2020-01-01' }, 'seasonTo'],
      [{ seasonTo: `${Number(season.seasonFrom.slice(0, 4)) + 2}-01-01` }, 'seasonTo'],
      [{ expectedYieldKgPerMu: '0' }, 'expectedYieldKgPerMu'],
      [{ expectedYieldKgPerMu: '-1' }, 'expectedYieldKgPerMu'],
      [{ crop: 'SAFFLOWER_FLORET', variety: 'RED' }, 'variety'],
      // The alliance has published nothing to take a county from.
      [{ county: null }, 'county'],
      [{ county: 'x'.repeat(101) }, 'county'],
    ];
    for (const [overrides, field] of cases) {
      const answer = await stack.query(publish, { input: input(cast, overrides) }, token);
      expect(answer.errors?.[0]?.extensions, JSON.stringify(overrides)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(answer.errors![0]!.message.length).toBeGreaterThan(10);
    }
    const notDecimal = await stack.query(publish, { input: input(cast, { expectedYieldKgPerMu: 'lots' }) }, token);
    expect(notDecimal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await basisRows(cast.alliance.id)).toEqual([]);
  });
});

describe('versions', () => {
  it('publishing the same crop, variety and season again makes version 2 and supersedes version 1; other series keep their own numbers', async () => {
    const cast = await freshCast();
    const token = await stack.tokenOf(cast.insurer);
    const v1 = (await stack.query(publish, { input: input(cast) }, token)).data!.publishCostBasis;
    const v2 = await stack.query(publish, { input: input(cast, { lines: [{ line: 'LABOUR', cnyPerKg: '0.45' }, { line: 'ICE', cnyPerKg: '0.12' }] }) }, token);
    expect(v2.errors).toBeUndefined();
    expect(v2.data!.publishCostBasis).toMatchObject({ version: 2, current: true, marginalCostPerKg: '0.5700' });
    const old = await stack.query(byId, { id: v1.id }, token);
    // Version 1 is kept as it was (contracts bound on it point at it), no longer current.
    expect(old.data!.costBasis).toMatchObject({ version: 1, current: false, marginalCostPerKg: '1.2000' });
    expect(old.data!.costBasis!.lines).toHaveLength(9);
    const other = await stack.query(publish, { input: input(cast, { variety: 'WHITE' }) }, token);
    expect(other.data!.publishCostBasis.version).toBe(1);

    const current = await stack.query(list, { crop: 'SCALLION' }, token);
    expect(current.data!.costBases.map((b) => [b.variety, b.version])).toEqual([
      [null, 2],
      ['WHITE', 1],
    ]);
    const all = await stack.query(list, { current: false }, token);
    expect(all.data!.costBases.map((b) => [b.variety, b.version, b.current])).toEqual([
      [null, 2, true],
      [null, 1, false],
      ['WHITE', 1, true],
    ]);
    expect((await stack.query(list, { crop: 'SAFFLOWER_FLORET' }, token)).data!.costBases).toEqual([]);
  });

  it('five concurrent publications make versions 2 to 6, one of them current', async () => {
    const cast = await freshCast();
    const token = await stack.tokenOf(cast.insurer);
    await stack.query(publish, { input: input(cast) }, token);
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) => stack.query(publish, { input: input(cast, { lines: [{ line: 'LABOUR', cnyPerKg: `0.${40 + i}` }] }) }, token)),
    );
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(answers.map((a) => a.data!.publishCostBasis.version).sort()).toEqual([2, 3, 4, 5, 6]);
    const rows = await basisRows(cast.alliance.id);
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.filter((r) => r.superseded_at === null).map((r) => r.version)).toEqual([6]);
  });
});

describe('reading cost bases', () => {
  it('every member of the alliance reads them; another alliance\'s office and insurer get null and an empty list; anonymous callers must sign in', async () => {
    const cast = await freshCast();
    const away = await freshCast();
    const basis = await publishedCostBasis(stack, cast);
    for (const who of [cast.insurer, cast.office, cast.grower, cast.cooperative, cast.market, cast.brand]) {
      const answer = await stack.query(byId, { id: basis.id }, await stack.tokenOf(who));
      expect(answer.data!.costBasis?.id, who.viewer.kind).toBe(basis.id);
      expect((await stack.query(list, {}, await stack.tokenOf(who))).data!.costBases.map((b) => b.id)).toEqual([basis.id]);
    }
    for (const who of [away.insurer, away.office, away.grower]) {
      expect((await stack.query(byId, { id: basis.id }, await stack.tokenOf(who))).data!.costBasis).toBeNull();
      expect((await stack.query(list, {}, await stack.tokenOf(who))).data!.costBases).toEqual([]);
    }
    expect((await stack.query(byId, { id: basis.id }, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.query(list, {}, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.query(byId, { id: '00000000-0000-4000-8000-000000000000' }, await stack.tokenOf(cast.grower))).data!.costBasis).toBeNull();
    expect((await stack.query(byId, { id: 'not-an-id' }, await stack.tokenOf(cast.grower))).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves CostBasis references with the caller\'s rights (_entities)', async () => {
    const cast = await freshCast();
    const away = await freshCast();
    const basis = await publishedCostBasis(stack, cast);
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CostBasis { id version marginalCostPerKg lines { line } } } }`;
    const headers = (viewer: Viewer) => ({ [GATEWAY_SECRET_HEADER]: stack.gatewaySecret, [VIEWER_HEADER]: encodeViewerHeader(viewer) });
    const r = [{ __typename: 'CostBasis', id: basis.id }];
    for (const who of [cast.insurer, cast.office, cast.grower, cast.market]) {
      const answer = await stack.querySubgraph('insurance', ENTITIES, { r }, headers(who.viewer));
      expect(answer.data._entities).toMatchObject([{ id: basis.id, version: 1, marginalCostPerKg: '1.2000' }]);
      expect(answer.data._entities[0].lines).toHaveLength(9);
    }
    for (const who of [away.insurer, away.office]) {
      const answer = await stack.querySubgraph('insurance', ENTITIES, { r }, headers(who.viewer));
      expect(answer.data._entities).toEqual([null]);
    }
  });
});
