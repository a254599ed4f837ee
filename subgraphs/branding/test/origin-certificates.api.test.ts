import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Viewer } from '@alliance/domain-kit';
import { encodeViewerHeader, GATEWAY_SECRET_HEADER, VIEWER_HEADER } from '@alliance/auth';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { seedAnnouncedLot, seedBrandingAlliance, type SeededMember } from '@alliance/stack/fixtures';

const recordTest = graphql(`
  mutation BrandingRecordTest($input: RecordResidueTestInput!) {
    recordResidueTest(input: $input) { id basis result failedAnalytes tester reportNumber lot { id } recordedBy { id } }
  }
`);
const issue = graphql(`
  mutation BrandingIssue($lotId: ID!, $kg: Decimal) {
    issueOriginCertificate(lotId: $lotId, certifiedKg: $kg) {
      id number certifiedKg productName producerName producerContact township county commitmentStatement basis basisLabel status
      residueTest { id result } lot { id }
    }
  }
`);
const revoke = graphql(`
  mutation BrandingRevoke($id: ID!, $reason: String!) {
    revokeOriginCertificate(id: $id, reason: $reason) { id status revokedReason }
  }
`);
const certificateById = graphql(`
  query BrandingCertificate($id: ID!) {
    originCertificate(id: $id) { id number status producerContact }
  }
`);
const certificateList = graphql(`
  query BrandingCertificates($filter: OriginCertificateFilter, $first: Int, $after: String) {
    originCertificates(filter: $filter, first: $first, after: $after) { edges { node { id number } } pageInfo { hasNextPage endCursor } }
  }
`);
const lotWithCertificate = graphql(`
  query BrandingLot($id: ID!) {
    lot(id: $id) { id availableKg residueTests { id result } originCertificate { number status certifiedKg } }
  }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'branding']);
});
afterAll(async () => stack?.close());

const hour = 3_600_000;
function passing(lotId: string, overrides: Record<string, unknown> = {}) {
  return {
    lotId,
    basis: 'SELF_TEST' as const,
    tester: 'Own rapid test kit',
    sampledAt: new Date(Date.now() - 3 * hour).toISOString(),
    testedAt: new Date(Date.now() - 2 * hour).toISOString(),
    result: 'PASS' as const,
    ...overrides,
  };
}

async function as(member: SeededMember) {
  return stack.token(member.viewer);
}

/** Branding learns lots through lots.registered: the first call waits for it. */
async function recordWhenKnown(member: SeededMember, input: ReturnType<typeof passing>) {
  return eventually(async () => {
    const answer = await stack.query(recordTest, { input }, await as(member));
    expect(answer.errors?.[0]?.extensions?.code).not.toBe('NOT_FOUND');
    return answer;
  });
}

async function countRows(tableName: string, lotId: string): Promise<number> {
  const rows = await stack.em('branding').getConnection().execute(`select count(*)::int as n from branding.${tableName} where lot_id = ?`, [lotId]);
  return rows[0]!.n;
}

describe('residue tests and origin certificates', () => {
  it('lets the grower, its cooperative and the office record tests; the brand office certifies; markets see the certificate on the lot', async () => {
    const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const lot = await seedAnnouncedLot(stack.em('members'), cast.grower, { quantityKg: '1200' });

    const byGrower = await recordWhenKnown(cast.grower, passing(lot.id));
    expect(byGrower.errors).toBeUndefined();
    expect(byGrower.data!.recordResidueTest).toMatchObject({ result: 'PASS', failedAnalytes: [], recordedBy: { id: cast.grower.member.id } });
    const byCoop = await stack.query(recordTest, { input: passing(lot.id, { basis: 'INTERNAL_CONTROL' }) }, await as(cast.cooperative));
    expect(byCoop.errors).toBeUndefined();
    const byOffice = await stack.query(
      recordTest,
      { input: passing(lot.id, { basis: 'COMMISSIONED_TEST', tester: 'Honghe inspection centre', reportNumber: 'HH-1', testedAt: new Date(Date.now() - hour).toISOString() }) },
      await as(cast.office),
    );
    expect(byOffice.errors).toBeUndefined();

    // Neither another grower, the market nor the brand office records tests; the office does not certify.
    for (const who of [cast.otherGrower, cast.market, cast.brand]) {
      const refused = await stack.query(recordTest, { input: passing(lot.id) }, await as(who));
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const who of [cast.office, cast.grower, cast.market]) {
      const refused = await stack.query(issue, { lotId: lot.id }, await as(who));
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await countRows('residue_test', lot.id)).toBe(3);
    expect(await countRows('origin_certificate', lot.id)).toBe(0);

    const issued = await stack.query(issue, { lotId: lot.id }, await as(cast.brand));
    expect(issued.errors).toBeUndefined();
    const certificate = issued.data!.issueOriginCertificate;
    expect(certificate).toMatchObject({
      number: `${cast.alliance.code}-${new Date().getUTCFullYear()}-000001`,
      certifiedKg: '1200.000',
      producerName: cast.grower.member.name,
      producerContact: '13912345678',
      township: 'Zhongshu',
      county: 'Test County',
      commitmentStatement: '不使用禁用农药兽药、停用兽药和非法添加物，常规农药兽药残留不超标',
      basis: 'COMMISSIONED_TEST',
      basisLabel: '委托检测合格',
      status: 'VALID',
      residueTest: { id: byOffice.data!.recordResidueTest.id, result: 'PASS' },
      lot: { id: lot.id },
    });

    // One answer from two subgraphs: the market's lot with its certificate; the market sees no tests.
    const seen = await stack.query(lotWithCertificate, { id: lot.id }, await as(cast.market));
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.lot).toMatchObject({ id: lot.id, residueTests: null, originCertificate: { number: certificate.number, status: 'VALID', certifiedKg: '1200.000' } });
    const own = await stack.query(lotWithCertificate, { id: lot.id }, await as(cast.grower));
    expect(own.data!.lot!.residueTests).toHaveLength(3);

    // The producer's phone: office, brand office, grower; not the market nor the cooperative.
    for (const [who, phone] of [[cast.office, '13912345678'], [cast.grower, '13912345678'], [cast.market, null], [cast.cooperative, null]] as const) {
      const read = await stack.query(certificateById, { id: certificate.id }, await as(who));
      expect(read.data!.originCertificate).toMatchObject({ id: certificate.id, producerContact: phone });
    }

    const again = await stack.query(issue, { lotId: lot.id }, await as(cast.brand));
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const list = await stack.query(certificateList, { filter: { status: 'VALID' }, first: 5 }, await as(cast.office));
    expect(list.data!.originCertificates.edges.map((e) => e.node.number)).toEqual([certificate.number]);
    const marketList = await stack.query(certificateList, {}, await as(cast.market));
    expect(marketList.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const revoked = await stack.query(revoke, { id: certificate.id, reason: 'Spot check found chlorpyrifos' }, await as(cast.brand));
    expect(revoked.data!.revokeOriginCertificate).toEqual({ id: certificate.id, status: 'REVOKED', revokedReason: 'Spot check found chlorpyrifos' });
    const twice = await stack.query(revoke, { id: certificate.id, reason: 'again' }, await as(cast.brand));
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const afterRevoke = await stack.query(lotWithCertificate, { id: lot.id }, await as(cast.market));
    expect(afterRevoke.data!.lot!.originCertificate).toBeNull();
    // A new certificate may follow the revoked one, with the next number.
    const reissued = await stack.query(issue, { lotId: lot.id, kg: '1000' }, await as(cast.brand));
    expect(reissued.data!.issueOriginCertificate.number).toBe(`${cast.alliance.code}-${new Date().getUTCFullYear()}-000002`);
  });

  it('refuses bad input of each kind with a clear error and writes nothing', async () => {
    const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const lot = await seedAnnouncedLot(stack.em('members'), cast.grower, { quantityKg: '500' });
    const first = await recordWhenKnown(cast.grower, passing(lot.id, { result: 'FAIL', failedAnalytes: [] }));
    expect(first.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const bad: Record<string, unknown>[] = [
      { failedAnalytes: ['chlorpyrifos'] }, // a pass naming failed analytes
      { testedAt: new Date(Date.now() - 4 * hour).toISOString() }, // before the sample
      { testedAt: new Date(Date.now() + hour).toISOString(), sampledAt: new Date(Date.now()).toISOString() }, // in the future
      { tester: '   ' },
      { basis: 'COMMISSIONED_TEST' }, // no report number
      { basis: 'LAB_SAYS_SO' },
      { sampledAt: 'yesterday' },
      { lotId: 'not-a-lot' },
      { lotId: '00000000-0000-4000-8000-000000000000' },
    ];
    for (const overrides of bad) {
      const answer = await stack.query(recordTest, { input: passing(lot.id, overrides) as never }, await as(cast.grower));
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(overrides)).toMatch(/BAD_USER_INPUT|NOT_FOUND|GRAPHQL_VALIDATION_FAILED/);
      expect(answer.errors![0]!.message).not.toMatch(/internal|stack/i);
    }
    expect(await countRows('residue_test', lot.id)).toBe(0);

    // No test yet: no certificate.
    const untested = await stack.query(issue, { lotId: lot.id }, await as(cast.brand));
    expect(untested.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(untested.errors![0]!.message).toMatch(/no residue test/);
    expect((await stack.query(recordTest, { input: passing(lot.id) }, await as(cast.grower))).errors).toBeUndefined();
    for (const kg of ['500.001', '0', '-5', 'lots']) {
      const answer = await stack.query(issue, { lotId: lot.id, kg }, await as(cast.brand));
      expect(answer.errors?.[0]?.extensions?.code, kg).toBe('BAD_USER_INPUT');
    }
    const tooMuch = await stack.query(issue, { lotId: lot.id, kg: '600' }, await as(cast.brand));
    expect(tooMuch.errors![0]!.message).toMatch(/at most the lot's 500.000 kg/);

    // A failed latest test refuses; a later pass certifies.
    const failed = await stack.query(
      recordTest,
      { input: passing(lot.id, { result: 'FAIL', failedAnalytes: ['chlorpyrifos', ' chlorpyrifos '], testedAt: new Date(Date.now() - hour).toISOString() }) },
      await as(cast.cooperative),
    );
    expect(failed.data!.recordResidueTest.failedAnalytes).toEqual(['chlorpyrifos']);
    const refused = await stack.query(issue, { lotId: lot.id }, await as(cast.brand));
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors![0]!.message).toMatch(/failed for chlorpyrifos/);
    expect(await countRows('origin_certificate', lot.id)).toBe(0);
    const badRevoke = await stack.query(revoke, { id: '00000000-0000-4000-8000-000000000000', reason: 'x' }, await as(cast.brand));
    expect(badRevoke.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('does not certify a withdrawn lot (members announces the withdrawal)', async () => {
    const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const lot = await seedAnnouncedLot(stack.em('members'), cast.grower);
    expect((await recordWhenKnown(cast.grower, passing(lot.id))).errors).toBeUndefined();
    const withdrawn = await stack.query(`mutation($id: ID!) { withdrawLot(id: $id) { status } }`, { id: lot.id }, await as(cast.grower));
    expect(withdrawn.errors).toBeUndefined();
    // Wait for branding to hear of the withdrawal, then try once: retrying the issue itself could
    // certify the lot while the message is still on its way.
    await eventually(async () => {
      const rows = await stack.em('branding').getConnection().execute(`select status from branding.lot_fact where lot_id = ?`, [lot.id]);
      expect(rows[0]?.status).toBe('WITHDRAWN');
    });
    const answer = await stack.query(issue, { lotId: lot.id }, await as(cast.brand));
    expect(answer.errors?.[0]?.message).toMatch(/withdrawn lot cannot be certified/);
    expect(await countRows('origin_certificate', lot.id)).toBe(0);
  });

  it('refuses another alliance\'s office, brand office and members, and changes nothing', async () => {
    const home = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const away = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const lot = await seedAnnouncedLot(stack.em('members'), home.grower);
    expect((await recordWhenKnown(home.grower, passing(lot.id))).errors).toBeUndefined();
    const issued = await stack.query(issue, { lotId: lot.id }, await as(home.brand));
    const id = issued.data!.issueOriginCertificate.id;
    for (const who of [away.office, away.brand, away.market, away.grower]) {
      expect((await stack.query(recordTest, { input: passing(lot.id) }, await as(who))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await stack.query(issue, { lotId: lot.id }, await as(who))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await stack.query(revoke, { id, reason: 'not yours' }, await as(who))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await stack.query(certificateById, { id }, await as(who))).data!.originCertificate).toBeNull();
    }
    const awayList = await stack.query(certificateList, {}, await as(away.brand));
    expect(awayList.data!.originCertificates.edges).toEqual([]);
    expect(await countRows('residue_test', lot.id)).toBe(1);
    const still = await stack.query(certificateById, { id }, await as(home.market));
    expect(still.data!.originCertificate).toMatchObject({ id, status: 'VALID' });
  });

  it('numbers 20 concurrent issues for 20 lots 1..20 without gap or duplicate, and gives one lot one valid certificate out of 10 tries', async () => {
    const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const lots = [];
    for (let i = 0; i < 21; i++) lots.push(await seedAnnouncedLot(stack.em('members'), cast.grower));
    for (const lot of lots) expect((await recordWhenKnown(cast.grower, passing(lot.id))).errors).toBeUndefined();
    const token = await as(cast.brand);
    const answers = await Promise.all(lots.slice(0, 20).map((lot) => stack.query(issue, { lotId: lot.id }, token)));
    expect(answers.map((a) => a.errors)).toEqual(answers.map(() => undefined));
    const sequences = answers.map((a) => Number(a.data!.issueOriginCertificate.number.split('-')[2])).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));

    const one = lots[20]!;
    const tries = await Promise.all(Array.from({ length: 10 }, () => stack.query(issue, { lotId: one.id }, token)));
    expect(tries.filter((a) => !a.errors)).toHaveLength(1);
    expect(tries.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(9);
    expect(Number(tries.find((a) => !a.errors)!.data!.issueOriginCertificate.number.split('-')[2])).toBe(21);
    // The refused nine took no number: the next issue is 22.
    const counter = await stack.em('branding').getConnection().execute(`select last_sequence from branding.certificate_counter where alliance_id = ?`, [cast.alliance.id]);
    expect(counter[0]!.last_sequence).toBe(21);

    const page1 = await stack.query(certificateList, { first: 15 }, token);
    const page2 = await stack.query(certificateList, { first: 15, after: page1.data!.originCertificates.pageInfo.endCursor }, token);
    const numbers = [...page1.data!.originCertificates.edges, ...page2.data!.originCertificates.edges].map((e) => e.node.number);
    expect(new Set(numbers).size).toBe(21);
    expect(page2.data!.originCertificates.pageInfo.hasNextPage).toBe(false);
  });

  it('stops a brand office whose BRAND_OFFICE role the office removed, within seconds (members.changed)', async () => {
    const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const lot = await seedAnnouncedLot(stack.em('members'), cast.grower);
    expect((await recordWhenKnown(cast.grower, passing(lot.id))).errors).toBeUndefined();
    const token = await as(cast.brand);
    const removed = await stack.query(
      `mutation($id: ID!) { updateMember(id: $id, input: { roles: [] }) { id } }`,
      { id: cast.brand.member.id },
      await as(cast.office),
    );
    expect(removed.errors).toBeUndefined();
    // Branding hears of it through members.changed; a read shows when (no certificate is tried before).
    await eventually(async () => {
      const answer = await stack.query(`{ brandOffice { allianceId } }`, {}, token);
      expect(answer.data.brandOffice).toBeNull();
    }, { timeoutMs: 5_000 });
    const refused = await stack.query(issue, { lotId: lot.id }, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countRows('origin_certificate', lot.id)).toBe(0);
  });

  it('resolves OriginCertificate references with the caller\'s rights (_entities)', async () => {
    const home = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const away = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const lot = await seedAnnouncedLot(stack.em('members'), home.grower);
    expect((await recordWhenKnown(home.grower, passing(lot.id))).errors).toBeUndefined();
    const id = (await stack.query(issue, { lotId: lot.id }, await as(home.brand))).data!.issueOriginCertificate.id;
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on OriginCertificate { id number producerContact } } }`;
    const headers = (viewer: Viewer) => ({ [GATEWAY_SECRET_HEADER]: stack.gatewaySecret, [VIEWER_HEADER]: encodeViewerHeader(viewer) });
    const r = [{ __typename: 'OriginCertificate', id }];
    const market = await stack.querySubgraph('branding', ENTITIES, { r }, headers(home.market.viewer));
    expect(market.data._entities).toEqual([{ id, number: expect.stringMatching(/-000001$/), producerContact: null }]);
    const brand = await stack.querySubgraph('branding', ENTITIES, { r }, headers(home.brand.viewer));
    expect(brand.data._entities[0].producerContact).toBe('13912345678');
    const foreign = await stack.querySubgraph('branding', ENTITIES, { r }, headers(away.brand.viewer));
    expect(foreign.data._entities).toEqual([null]);
  });
});
