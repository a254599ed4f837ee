import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Viewer } from '@alliance/domain-kit';
import { encodeViewerHeader, GATEWAY_SECRET_HEADER, VIEWER_HEADER } from '@alliance/auth';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { fixtureSeason, openedScheme, seedInsuranceAlliance, type InsuranceCast, type SeededMember } from '@alliance/stack/fixtures';

const open = graphql(`
  mutation SchemeOpen($input: FloorSchemeInput!) {
    openFloorScheme(input: $input) {
      id crop seasonFrom seasonTo capacityCny boundCny remainingCapacityCny loading riskFreeRate pastSeasons quoteValidMinutes minObservationDays
      subsidyShares { payer share }
    }
  }
`);
const update = graphql(`
  mutation SchemeUpdate($id: ID!, $input: FloorSchemeUpdateInput!) {
    updateFloorScheme(id: $id, input: $input) {
      id capacityCny boundCny remainingCapacityCny loading riskFreeRate pastSeasons quoteValidMinutes minObservationDays subsidyShares { payer share }
    }
  }
`);
const list = graphql(`
  query SchemeList($crop: Crop) { floorSchemes(crop: $crop) { id crop seasonFrom seasonTo capacityCny remainingCapacityCny } }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'insurance']);
});
afterAll(async () => stack?.close());

const freshCast = () => seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
const year = Number(fixtureSeason().seasonFrom.slice(0, 4));

function input(overrides: Record<string, unknown> = {}) {
  return { crop: 'SCALLION' as const, ...fixtureSeason(), capacityCny: '10000000', ...overrides };
}

interface SchemeRow {
  id: string;
  crop: string;
  season_from: string;
  capacity_cny: string;
  bound_cny: string;
  loading: string;
  subsidy_shares: unknown;
}

async function schemeRows(allianceId: string): Promise<SchemeRow[]> {
  return stack
    .em('insurance')
    .getConnection()
    .execute(
      `select id, crop, to_char(season_from, 'YYYY-MM-DD') as season_from, capacity_cny::text as capacity_cny, bound_cny::text as bound_cny, loading::text as loading, subsidy_shares
       from insurance.floor_scheme where alliance_id = ? order by season_from, crop`,
      [allianceId],
    );
}

describe('opening floor schemes', () => {
  it('the insurer opens one with the SDL\'s defaults, or its own terms', async () => {
    const cast = await freshCast();
    const answer = await stack.query(open, { input: input() }, await stack.tokenOf(cast.insurer));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.openFloorScheme).toMatchObject({
      crop: 'SCALLION',
      ...fixtureSeason(),
      capacityCny: '10000000.00',
      boundCny: '0.00',
      remainingCapacityCny: '10000000.00',
      loading: '0.2500',
      riskFreeRate: '0.0150',
      pastSeasons: 5,
      quoteValidMinutes: 1440,
      minObservationDays: 5,
      subsidyShares: [{ payer: 'FARMER', share: '0.2' }, { payer: 'GOVERNMENT', share: '0.8' }],
    });
    const own = await stack.query(
      open,
      {
        input: input({
          crop: 'SAFFLOWER_FLORET',
          capacityCny: '2500000.50',
          loading: '0.3',
          riskFreeRate: '0.02',
          pastSeasons: 3,
          quoteValidMinutes: 60,
          minObservationDays: 10,
          subsidyShares: [{ payer: 'FARMER', share: '0.2' }, { payer: 'CENTRAL_GOVERNMENT', share: '0.35' }, { payer: 'PROVINCIAL_GOVERNMENT', share: '0.25' }, { payer: 'COUNTY_GOVERNMENT', share: '0.2' }],
        }),
      },
      await stack.tokenOf(cast.insurer),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.openFloorScheme).toMatchObject({ crop: 'SAFFLOWER_FLORET', capacityCny: '2500000.50', loading: '0.3000', riskFreeRate: '0.0200', pastSeasons: 3, quoteValidMinutes: 60, minObservationDays: 10 });
    expect(own.data!.openFloorScheme.subsidyShares).toHaveLength(4);
    expect((await schemeRows(cast.alliance.id)).map((r) => [r.crop, r.capacity_cny, r.bound_cny])).toEqual([
      ['SAFFLOWER_FLORET', '2500000.50', '0.00'],
      ['SCALLION', '10000000.00', '0.00'],
    ]);
  });

  it('only the insurer opens one: the office and every other role are refused, anonymous callers must sign in; nothing is written', async () => {
    const cast = await freshCast();
    for (const who of [cast.office, cast.grower, cast.cooperative, cast.market, cast.brand]) {
      const answer = await stack.query(open, { input: input() }, await stack.tokenOf(who));
      expect(answer.errors?.[0]?.extensions?.code, who.viewer.kind).toBe('FORBIDDEN');
    }
    expect((await stack.query(open, { input: input() }, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await schemeRows(cast.alliance.id)).toEqual([]);
  });

  it('refuses bad terms naming the field, and writes nothing', async () => {
    const cast = await freshCast();
    const token = await stack.tokenOf(cast.insurer);
    const shares = (...s: [string, string][]) => s.map(([payer, share]) => ({ payer, share }));
    const cases: [Record<string, unknown>, string][] = [
      [{ capacityCny: '0' }, 'capacityCny'],
      [{ capacityCny: '-100' }, 'capacityCny'],
      [{ capacityCny: '100.001' }, 'capacityCny'],
      [{ loading: '5.5' }, 'loading'],
      [{ loading: '-0.1' }, 'loading'],
      [{ riskFreeRate: '0.5' }, 'riskFreeRate'],
      [{ pastSeasons: 0 }, 'pastSeasons'],
      [{ quoteValidMinutes: 0 }, 'quoteValidMinutes'],
      [{ minObservationDays: 40 }, 'minObservationDays'],
      [{ subsidyShares: shares(['FARMER', '0.2'], ['GOVERNMENT', '0.7']) }, 'subsidyShares'],
      [{ subsidyShares: shares(['FARMER', '0.2'], ['FARMER', '0.8']) }, 'subsidyShares'],
      [{ subsidyShares: shares(['FARMER', '0'], ['GOVERNMENT', '1']) }, 'subsidyShares'],
      [{ subsidyShares: shares(['FARMER', '0.20001'], ['GOVERNMENT', '0.79999']) }, 'subsidyShares'],
      [{ subsidyShares: shares(['FARMER', '1.5'], ['GOVERNMENT', '-0.5']) }, 'subsidyShares'],
      [{ subsidyShares: [] }, 'subsidyShares'],
      [{ seasonTo: `${year - 1}-12-31` }, 'seasonTo'],
      [{ seasonTo: `${year + 2}-01-01` }, 'seasonTo'],
    ];
    for (const [overrides, field] of cases) {
      const answer = await stack.query(open, { input: input(overrides) }, token);
      expect(answer.errors?.[0]?.extensions, JSON.stringify(overrides)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await schemeRows(cast.alliance.id)).toEqual([]);
  });

  it('one scheme per crop and season start (CONFLICT); a season overlapping another of the crop is refused; next to it, of another crop or in another alliance it opens', async () => {
    const cast = await freshCast();
    const away = await freshCast();
    const token = await stack.tokenOf(cast.insurer);
    await openedScheme(stack, cast, { seasonFrom: `${year}-01-01`, seasonTo: `${year}-12-31` });
    const again = await stack.query(open, { input: input({ seasonFrom: `${year}-01-01`, seasonTo: `${year}-06-30` }) }, token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const overlapping = await stack.query(open, { input: input({ seasonFrom: `${year}-12-31`, seasonTo: `${year + 1}-06-30` }) }, token);
    expect(overlapping.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seasonFrom' });
    expect(overlapping.errors?.[0]?.message).toContain(`${year}-01-01`);
    const inside = await stack.query(open, { input: input({ seasonFrom: `${year - 1}-06-01`, seasonTo: `${year + 1}-06-30` }) }, token);
    expect(inside.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const [who, overrides] of [
      [cast.insurer, { seasonFrom: `${year + 1}-01-01`, seasonTo: `${year + 1}-12-31` }],
      [cast.insurer, { crop: 'SAFFLOWER_SEED', seasonFrom: `${year}-01-01`, seasonTo: `${year}-12-31` }],
      [away.insurer, { seasonFrom: `${year}-01-01`, seasonTo: `${year}-12-31` }],
    ] as const) {
      expect((await stack.query(open, { input: input(overrides) }, await stack.tokenOf(who))).errors).toBeUndefined();
    }
    expect((await schemeRows(cast.alliance.id)).map((r) => [r.crop, r.season_from])).toEqual([
      ['SAFFLOWER_SEED', `${year}-01-01`],
      ['SCALLION', `${year}-01-01`],
      ['SCALLION', `${year + 1}-01-01`],
    ]);
  });

  it('of concurrent openings of overlapping seasons, one opens and the others are refused', async () => {
    const cast = await freshCast();
    const token = await stack.tokenOf(cast.insurer);
    const starts = ['01-01', '01-01', '02-01', '03-01', '04-01'];
    const answers = await Promise.all(starts.map((s) => stack.query(open, { input: input({ seasonFrom: `${year}-${s}`, seasonTo: `${year}-12-31` }) }, token)));
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    for (const a of answers.filter((a) => a.errors)) expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(a.errors![0]!.extensions!.code);
    expect(await schemeRows(cast.alliance.id)).toHaveLength(1);
  });
});

describe('changing floor schemes', () => {
  it('the insurer changes terms it names and keeps the others; capacity never below what is bound', async () => {
    const cast = await freshCast();
    const scheme = await openedScheme(stack, cast);
    const token = await stack.tokenOf(cast.insurer);
    const changed = await stack.query(update, { id: scheme.id, input: { capacityCny: '8000000', loading: '0.3', subsidyShares: [{ payer: 'FARMER', share: '0.25' }, { payer: 'COUNTY_GOVERNMENT', share: '0.75' }] } }, token);
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateFloorScheme).toMatchObject({
      capacityCny: '8000000.00',
      loading: '0.3000',
      riskFreeRate: '0.0150',
      pastSeasons: 5,
      subsidyShares: [{ payer: 'FARMER', share: '0.25' }, { payer: 'COUNTY_GOVERNMENT', share: '0.75' }],
    });
    // As binding leaves it: 5,000,000.25 CNY bound.
    await stack.em('insurance').getConnection().execute(`update insurance.floor_scheme set bound_cny = 5000000.25 where id = ?`, [scheme.id]);
    const below = await stack.query(update, { id: scheme.id, input: { capacityCny: '5000000.24', loading: '0.1' } }, token);
    expect(below.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', boundCny: '5000000.25' });
    const [row] = await schemeRows(cast.alliance.id);
    expect(row).toMatchObject({ capacity_cny: '8000000.00', loading: '0.3000' });
    const exact = await stack.query(update, { id: scheme.id, input: { capacityCny: '5000000.25' } }, token);
    expect(exact.data!.updateFloorScheme).toMatchObject({ capacityCny: '5000000.25', boundCny: '5000000.25', remainingCapacityCny: '0.00' });
  });

  it('waits for a bind in flight on the scheme, then refuses a capacity below what it bound', async () => {
    const cast = await freshCast();
    const scheme = await openedScheme(stack, cast, { capacityCny: '100000' });
    const settledWithin = async (p: Promise<unknown>, ms: number) => Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), ms))]);
    const binder = stack.em('insurance').fork();
    await binder.begin();
    await binder.getConnection().execute(`update insurance.floor_scheme set bound_cny = bound_cny + 60000 where id = ?`, [scheme.id], 'all', binder.getTransactionContext());
    const lowering = stack.query(update, { id: scheme.id, input: { capacityCny: '50000' } }, await stack.tokenOf(cast.insurer));
    expect(await settledWithin(lowering, 700)).toBe(false);
    await binder.commit();
    expect((await lowering).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', boundCny: '60000.00' });
    expect((await schemeRows(cast.alliance.id))[0]).toMatchObject({ capacity_cny: '100000.00', bound_cny: '60000.00' });
  });

  it('is the insurer\'s alone: the office is refused, another alliance\'s insurer finds no such scheme; bad terms change nothing', async () => {
    const cast = await freshCast();
    const away = await freshCast();
    const scheme = await openedScheme(stack, cast);
    expect((await stack.query(update, { id: scheme.id, input: { loading: '0.3' } }, await stack.tokenOf(cast.office))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.query(update, { id: scheme.id, input: { loading: '0.3' } }, await stack.tokenOf(cast.grower))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.query(update, { id: scheme.id, input: { loading: '0.3' } }, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.query(update, { id: scheme.id, input: { loading: '0.3' } }, await stack.tokenOf(away.insurer))).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect((await stack.query(update, { id: '00000000-0000-4000-8000-000000000000', input: { loading: '0.3' } }, await stack.tokenOf(cast.insurer))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const token = await stack.tokenOf(cast.insurer);
    const bads: [Record<string, unknown>, string][] = [
      [{ capacityCny: '0' }, 'capacityCny'],
      [{ subsidyShares: [{ payer: 'FARMER', share: '0.5' }] }, 'subsidyShares'],
      [{ pastSeasons: 31 }, 'pastSeasons'],
    ];
    for (const [bad, field] of bads) {
      expect((await stack.query(update, { id: scheme.id, input: bad }, token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await schemeRows(cast.alliance.id))[0]).toMatchObject({ capacity_cny: '10000000.00', loading: '0.2500', subsidy_shares: [{ payer: 'FARMER', share: '0.2' }, { payer: 'GOVERNMENT', share: '0.8' }] });
  });
});

describe('reading floor schemes', () => {
  it('the insurer and the office list them (by crop); other roles are refused; another alliance sees its own only', async () => {
    const cast = await freshCast();
    const away = await freshCast();
    const scallion = await openedScheme(stack, cast);
    const seed = await openedScheme(stack, cast, { crop: 'SAFFLOWER_SEED' });
    for (const who of [cast.insurer, cast.office]) {
      expect((await stack.query(list, {}, await stack.tokenOf(who))).data!.floorSchemes.map((s) => s.id).sort()).toEqual([scallion.id, seed.id].sort());
      expect((await stack.query(list, { crop: 'SCALLION' }, await stack.tokenOf(who))).data!.floorSchemes.map((s) => s.id)).toEqual([scallion.id]);
    }
    for (const who of [cast.grower, cast.cooperative, cast.market, cast.brand]) {
      expect((await stack.query(list, {}, await stack.tokenOf(who))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await stack.query(list, {}, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.query(list, {}, await stack.tokenOf(away.insurer))).data!.floorSchemes).toEqual([]);
  });

  it('resolves FloorScheme references for the insurer and the office of its alliance only (_entities)', async () => {
    const cast = await freshCast();
    const away = await freshCast();
    const scheme = await openedScheme(stack, cast);
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on FloorScheme { id capacityCny remainingCapacityCny subsidyShares { payer share } } } }`;
    const headers = (viewer: Viewer) => ({ [GATEWAY_SECRET_HEADER]: stack.gatewaySecret, [VIEWER_HEADER]: encodeViewerHeader(viewer) });
    const r = [{ __typename: 'FloorScheme', id: scheme.id }];
    for (const who of [cast.insurer, cast.office]) {
      const answer = await stack.querySubgraph('insurance', ENTITIES, { r }, headers(who.viewer));
      expect(answer.data._entities).toEqual([{ id: scheme.id, capacityCny: '10000000.00', remainingCapacityCny: '10000000.00', subsidyShares: [{ payer: 'FARMER', share: '0.2' }, { payer: 'GOVERNMENT', share: '0.8' }] }]);
    }
    for (const who of [cast.grower, cast.market, away.insurer, away.office]) {
      const answer = await stack.querySubgraph('insurance', ENTITIES, { r }, headers(who.viewer));
      expect(answer.data._entities).toEqual([null]);
    }
  });
});
