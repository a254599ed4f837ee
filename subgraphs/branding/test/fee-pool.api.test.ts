import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findDirectoryMembers } from '@alliance/member-directory';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { randomCreditCode, seedAlliance, seedAnnouncedLot, seedBrandingAlliance, seedMember, type SeededMember } from '@alliance/stack/fixtures';
import { monthOf } from '../src/domain/fee-pool.ts';

const recordTest = graphql(`
  mutation FeePoolRecordTest($input: RecordResidueTestInput!) {
    recordResidueTest(input: $input) { id }
  }
`);
const certify = graphql(`
  mutation FeePoolCertify($lotId: ID!) {
    issueOriginCertificate(lotId: $lotId) { id certifiedKg }
  }
`);
const revokeCertificate = graphql(`
  mutation FeePoolRevokeCertificate($id: ID!, $reason: String!) {
    revokeOriginCertificate(id: $id, reason: $reason) { id status }
  }
`);
const grant = graphql(`
  mutation FeePoolGrant($input: GrantLicenceInput!) {
    grantLicence(input: $input) { id }
  }
`);
const revokeLicence = graphql(`
  mutation FeePoolRevokeLicence($id: ID!, $reason: String!) {
    revokeLicence(id: $id, reason: $reason) { id status }
  }
`);
const issueLabels = graphql(`
  mutation FeePoolIssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {
    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id totalKg feeCny }
  }
`);
const distribute = graphql(`
  mutation FeePoolDistribute($allianceId: ID!, $month: String!) {
    distributeFeePool(allianceId: $allianceId, month: $month) {
      allianceId month poolCny certifiedKg distributed distributedAt
      shares { month cooperative { id } certifiedKg share amountCny distributed }
    }
  }
`);
const feePool = graphql(`
  query FeePoolOfMonth($month: String!) {
    feePool(month: $month) {
      allianceId month poolCny certifiedKg distributed distributedAt
      shares { month cooperative { id } certifiedKg share amountCny distributed }
    }
  }
`);
const statements = graphql(`
  query FeePoolStatements($first: Int) {
    feePoolStatements(first: $first) { month cooperative { id } certifiedKg share amountCny distributed }
  }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'branding']);
});
afterAll(async () => stack?.close());

const hour = 3_600_000;

function monthBefore(month: string, back = 1): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
const thisMonth = () => monthOf(new Date());

async function as(member: SeededMember) {
  return stack.token(member.viewer);
}

/** Members announce members and lots by message: wait until branding's directory knows them. */
async function knownToBranding(...members: SeededMember[]): Promise<void> {
  const ids = members.map((m) => m.member.id);
  await eventually(async () => expect((await findDirectoryMembers(stack.em('branding'), ids)).length).toBe(ids.length));
}

type Cast = Awaited<ReturnType<typeof seedBrandingAlliance>>;

/** A listed lot of the grower with a valid origin certificate for all its kg (the office records the passing test). */
async function certifiedLot(cast: Cast, grower: SeededMember, quantityKg: string): Promise<{ lotId: string; certificateId: string }> {
  const lot = await seedAnnouncedLot(stack.em('members'), grower, { quantityKg });
  const input = {
    lotId: lot.id,
    basis: 'SELF_TEST' as const,
    tester: 'Own rapid test kit',
    sampledAt: new Date(Date.now() - 3 * hour).toISOString(),
    testedAt: new Date(Date.now() - 2 * hour).toISOString(),
    result: 'PASS' as const,
  };
  await eventually(async () => {
    const answer = await stack.query(recordTest, { input }, await as(cast.office));
    expect(answer.errors).toBeUndefined();
  });
  const issued = await stack.query(certify, { lotId: lot.id }, await as(cast.brand));
  expect(issued.errors).toBeUndefined();
  return { lotId: lot.id, certificateId: issued.data!.issueOriginCertificate.id };
}

async function grantLicence(cast: Cast, feePerKg: string, quotaKg: string): Promise<string> {
  const today = new Date(Date.now() + 8 * hour).toISOString().slice(0, 10);
  const until = new Date(Date.now() + 8 * hour + 60 * 24 * hour).toISOString().slice(0, 10);
  const answer = await stack.query(
    grant,
    {
      input: {
        outsideBuyer: { name: 'Shanghai Fresh Produce Co.', creditCode: randomCreditCode() },
        trademark: { name: 'Green Valley', registrationNumber: '12345678' },
        crop: 'SCALLION',
        validFrom: today,
        validUntil: until,
        quotaKg,
        feePerKg,
      },
    },
    await as(cast.brand),
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.grantLicence.id;
}

async function label(cast: Cast, licenceId: string, lotId: string, count: number, packKg: string): Promise<string> {
  const answer = await stack.query(issueLabels, { licenceId, lotId, count, packKg }, await as(cast.brand));
  expect(answer.errors).toBeUndefined();
  return answer.data!.issueLabels.feeCny;
}

/**
 * Labels and certificates can only be issued now, in the current month. To make a finished month,
 * the test moves the alliance's certificates and/or label batches back to the 15th of that month
 * with SQL (issued_at and the Shanghai month or day derived from it), as if issued then.
 */
async function moveCertificatesTo(allianceId: string, month: string): Promise<void> {
  await stack.em('branding').getConnection().execute(
    `update branding.origin_certificate set issued_at = ?::timestamptz, issued_on = ?::date where alliance_id = ?`,
    [`${month}-15T04:00:00Z`, `${month}-15`, allianceId],
  );
}
async function moveBatchesTo(allianceId: string, month: string): Promise<void> {
  await stack.em('branding').getConnection().execute(
    `update branding.label_batch set issued_at = ?::timestamptz, month = ? where alliance_id = ?`,
    [`${month}-15T04:00:00Z`, month, allianceId],
  );
}

async function rowCounts(allianceId: string): Promise<{ distributions: number; shares: number }> {
  const [row] = await stack.em('branding').getConnection().execute(
    `select (select count(*)::int from branding.fee_pool_distribution where alliance_id = ?) as distributions,
            (select count(*)::int from branding.fee_pool_share where alliance_id = ?) as shares`,
    [allianceId, allianceId],
  );
  return row as { distributions: number; shares: number };
}

describe('the licence-fee pool and its distribution to cooperatives', () => {
  it('pays a finished month to the cooperatives by certified kg, to the fen, once; each cooperative sees its own statement', async () => {
    const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const members = stack.em('members');
    // cast.cooperative has two member growers (cast.grower and grower2); coopOwn grows its own
    // lots; coopNothing has nothing certified; cast.otherGrower is independent.
    const grower2 = await seedMember(members, cast.alliance, 'GROWER', ['GROWER'], { cooperativeId: cast.cooperative.member.id });
    const coopOwn = await seedMember(members, cast.alliance, 'COOPERATIVE', ['COOPERATIVE']);
    const coopNothing = await seedMember(members, cast.alliance, 'COOPERATIVE', ['COOPERATIVE']);
    await knownToBranding(grower2, coopOwn, coopNothing);

    const own = await certifiedLot(cast, coopOwn, '1000');
    const viaGrower = await certifiedLot(cast, cast.grower, '600');
    const viaGrower2 = await certifiedLot(cast, grower2, '1400');
    await certifiedLot(cast, cast.otherGrower, '500');
    // A revoked certificate counts for no one.
    const revoked = await certifiedLot(cast, grower2, '300');
    expect((await stack.query(revokeCertificate, { id: revoked.certificateId, reason: 'Sample mix-up' }, await as(cast.brand))).errors).toBeUndefined();

    // Two licences: 500 kg at 0.10 CNY/kg and 1000 kg at 0.05 CNY/kg, 100.00 CNY in all.
    const licence1 = await grantLicence(cast, '0.10', '5000');
    const licence2 = await grantLicence(cast, '0.05', '5000');
    expect(await label(cast, licence1, own.lotId, 50, '10')).toBe('50.00');
    expect(await label(cast, licence2, viaGrower2.lotId, 100, '10')).toBe('50.00');

    const month = monthBefore(thisMonth());
    // The month has certified kg but, before the batches move into it, no fees: nothing to share.
    await moveCertificatesTo(cast.alliance.id, month);
    const empty = await stack.query(distribute, { allianceId: cast.alliance.id, month }, await as(cast.office));
    expect(empty.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(empty.errors?.[0]?.message).toMatch(/pool is empty/);
    await moveBatchesTo(cast.alliance.id, month);

    // Fees accrue at issue: revoking a licence (and its labels) leaves its fees in the pool.
    expect((await stack.query(revokeLicence, { id: licence2, reason: 'Trademark shown without the origin mark' }, await as(cast.brand))).errors).toBeUndefined();

    // 1000 : 2000 kg of 100.00 CNY = 33.333… and 66.666…: 99.99 in whole fen, the last fen to the larger fraction.
    const expectedShares = [
      { month, cooperative: { id: coopOwn.member.id }, certifiedKg: '1000.000', share: '0.333333', amountCny: '33.33' },
      { month, cooperative: { id: cast.cooperative.member.id }, certifiedKg: '2000.000', share: '0.666667', amountCny: '66.67' },
    ].sort((a, b) => (a.cooperative.id < b.cooperative.id ? -1 : 1));

    const preview = await stack.query(feePool, { month }, await as(cast.brand));
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.feePool).toEqual({
      allianceId: cast.alliance.id,
      month,
      poolCny: '100.00',
      certifiedKg: '3000.000',
      distributed: false,
      distributedAt: null,
      shares: expectedShares.map((s) => ({ ...s, distributed: false })),
    });
    expect(await rowCounts(cast.alliance.id)).toEqual({ distributions: 0, shares: 0 });

    const first = await stack.query(distribute, { allianceId: cast.alliance.id, month }, await as(cast.office));
    expect(first.errors).toBeUndefined();
    const distribution = first.data!.distributeFeePool;
    expect(distribution).toMatchObject({ allianceId: cast.alliance.id, month, poolCny: '100.00', certifiedKg: '3000.000', distributed: true });
    expect(distribution.shares).toEqual(expectedShares.map((s) => ({ ...s, distributed: true })));
    const total = distribution.shares.reduce((sum, s) => sum + Math.round(Number(s.amountCny) * 100), 0);
    expect(total).toBe(10_000);

    // Facts change after distribution (the grower's certificate revoked): the statement stays.
    expect((await stack.query(revokeCertificate, { id: viaGrower.certificateId, reason: 'Late finding' }, await as(cast.brand))).errors).toBeUndefined();
    const again = await stack.query(distribute, { allianceId: cast.alliance.id, month }, await as(cast.brand));
    expect(again.errors).toBeUndefined();
    expect(again.data!.distributeFeePool).toEqual(distribution);
    expect(await rowCounts(cast.alliance.id)).toEqual({ distributions: 1, shares: 2 });
    const stored = await stack.query(feePool, { month }, await as(cast.office));
    expect(stored.data!.feePool).toEqual(distribution);

    // A cooperative sees the pool with its own share only, and its statements.
    const asOwn = await stack.query(feePool, { month }, await as(coopOwn));
    expect(asOwn.data!.feePool).toMatchObject({ poolCny: '100.00', certifiedKg: '3000.000', distributed: true, shares: [{ cooperative: { id: coopOwn.member.id }, amountCny: '33.33' }] });
    expect(asOwn.data!.feePool!.shares).toHaveLength(1);
    const asNothing = await stack.query(feePool, { month }, await as(coopNothing));
    expect(asNothing.data!.feePool!.shares).toEqual([]);
    const memberStatements = await stack.query(statements, {}, await as(cast.cooperative));
    expect(memberStatements.errors).toBeUndefined();
    expect(memberStatements.data!.feePoolStatements).toEqual([
      { month, cooperative: { id: cast.cooperative.member.id }, certifiedKg: '2000.000', share: '0.666667', amountCny: '66.67', distributed: true },
    ]);
    expect((await stack.query(statements, {}, await as(coopNothing))).data!.feePoolStatements).toEqual([]);

    // A batch cannot slip into the distributed month afterwards (the database refuses it).
    const late = await label(cast, licence1, own.lotId, 1, '10');
    expect(late).toBe('1.00');
    await expect(moveBatchesTo(cast.alliance.id, month)).rejects.toThrow(/already distributed/);
    expect((await stack.query(feePool, { month }, await as(cast.office))).data!.feePool!.poolCny).toBe('100.00');
  });

  it('refuses growers, markets, cooperatives and another alliance\'s office; the current month; a month with no fees', async () => {
    const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const elsewhere = await seedAlliance(stack.em('members'));
    const otherOffice = await seedMember(stack.em('members'), elsewhere, 'SALES_ENTITY', ['ALLIANCE_ADMIN']);
    const otherBrand = await seedMember(stack.em('members'), elsewhere, 'BRAND_OFFICE', ['BRAND_OFFICE']);
    await knownToBranding(otherOffice, otherBrand);
    const month = monthBefore(thisMonth());

    for (const who of [cast.grower, cast.otherGrower, cast.market, cast.cooperative, otherOffice, otherBrand]) {
      const refused = await stack.query(distribute, { allianceId: cast.alliance.id, month }, await as(who));
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const who of [cast.grower, cast.market]) {
      expect((await stack.query(feePool, { month }, await as(who))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const who of [cast.office, cast.brand, cast.grower]) {
      expect((await stack.query(statements, {}, await as(who))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await stack.query(feePool, { month })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const current = await stack.query(distribute, { allianceId: cast.alliance.id, month: thisMonth() }, await as(cast.office));
    expect(current.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const bad of ['2026-13', '26-01', '2026-1', '']) {
      expect((await stack.query(distribute, { allianceId: cast.alliance.id, month: bad }, await as(cast.office))).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await stack.query(feePool, { month: bad }, await as(cast.office))).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }

    const none = await stack.query(distribute, { allianceId: cast.alliance.id, month: monthBefore(thisMonth(), 3) }, await as(cast.office));
    expect(none.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const preview = await stack.query(feePool, { month: monthBefore(thisMonth(), 3) }, await as(cast.office));
    expect(preview.data!.feePool).toMatchObject({ poolCny: '0.00', certifiedKg: '0.000', distributed: false, shares: [] });
    expect(await rowCounts(cast.alliance.id)).toEqual({ distributions: 0, shares: 0 });
  });

  it('pays once when eight distributions race, 1:1:1 kg of 100.00 CNY as 33.34 / 33.33 / 33.33', async () => {
    const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const coops = [cast.cooperative];
    for (let i = 0; i < 2; i++) coops.push(await seedMember(stack.em('members'), cast.alliance, 'COOPERATIVE', ['COOPERATIVE']));
    await knownToBranding(...coops);
    const lots = [];
    for (const coop of coops) lots.push(await certifiedLot(cast, coop, '100'));
    const licence = await grantLicence(cast, '1.00', '1000');
    expect(await label(cast, licence, lots[0]!.lotId, 100, '1')).toBe('100.00');
    const month = monthBefore(thisMonth(), 2);
    await moveCertificatesTo(cast.alliance.id, month);
    await moveBatchesTo(cast.alliance.id, month);

    const token = await as(cast.office);
    const answers = await Promise.all(Array.from({ length: 8 }, () => stack.query(distribute, { allianceId: cast.alliance.id, month }, token)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const distributions = answers.map((a) => a.data!.distributeFeePool);
    for (const d of distributions) expect(d).toEqual(distributions[0]);
    // Equal fractions: the leftover fen goes to the first cooperative by id.
    const byId = [...coops].map((c) => c.member.id).sort();
    expect(distributions[0]!.shares.map((s) => [s.cooperative.id, s.amountCny, s.share])).toEqual([
      [byId[0], '33.34', '0.333333'],
      [byId[1], '33.33', '0.333333'],
      [byId[2], '33.33', '0.333333'],
    ]);
    expect(await rowCounts(cast.alliance.id)).toEqual({ distributions: 1, shares: 3 });
  });

  it('waits for a label batch still being written into the month, and counts its fee', async () => {
    const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const lot = await certifiedLot(cast, cast.cooperative, '100');
    const licence = await grantLicence(cast, '0.50', '1000');
    expect(await label(cast, licence, lot.lotId, 10, '1')).toBe('5.00');
    const month = monthBefore(thisMonth(), 4);
    await moveCertificatesTo(cast.alliance.id, month);
    await moveBatchesTo(cast.alliance.id, month);

    // An issue that began in the month and has not committed yet: a second batch of 5.00 CNY,
    // written by hand in an open transaction (as issueLabels would write it at 23:59:59).
    const writer = await stack.em('branding').getKnex().transaction();
    try {
      await writer.raw(
        `insert into branding.label_batch (id, alliance_id, licence_id, lot_id, certificate_id, count, pack_kg, total_kg, fee_cny, gtin, lot_number, month, issued_at, issued_by)
         select gen_random_uuid(), alliance_id, licence_id, lot_id, certificate_id, count, pack_kg, total_kg, fee_cny, gtin, lot_number, month, issued_at, issued_by
         from branding.label_batch where alliance_id = ?`,
        [cast.alliance.id],
      );
      let settled = false;
      const pending = stack.query(distribute, { allianceId: cast.alliance.id, month }, await as(cast.office)).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(settled).toBe(false);
      await writer.commit();
      const answer = await pending;
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.distributeFeePool).toMatchObject({ poolCny: '10.00', shares: [{ cooperative: { id: cast.cooperative.member.id }, amountCny: '10.00', share: '1.000000' }] });
    } finally {
      if (!writer.isCompleted()) await writer.rollback();
    }
    // Once distributed, a batch of that month is refused outright.
    await expect(
      stack.em('branding').getConnection().execute(
        `insert into branding.label_batch (id, alliance_id, licence_id, lot_id, certificate_id, count, pack_kg, total_kg, fee_cny, gtin, lot_number, month, issued_at, issued_by)
         select gen_random_uuid(), alliance_id, licence_id, lot_id, certificate_id, count, pack_kg, total_kg, fee_cny, gtin, lot_number, month, issued_at, issued_by
         from branding.label_batch where alliance_id = ? limit 1`,
        [cast.alliance.id],
      ),
    ).rejects.toThrow(/already distributed/);
  });

  it('the database refuses to commit shares that do not add up to the pool', async () => {
    const conn = stack.em('branding').getConnection();
    const alliance = '00000000-0000-4000-8000-0000000000aa';
    const member = '00000000-0000-4000-8000-0000000000bb';
    const attempt = (amounts: string[]) =>
      conn.execute(
        `do $$ begin
           insert into branding.fee_pool_distribution values ('${alliance}', '2020-01', 10.00, 3, now(), '${member}');
           ${amounts.map((a, i) => `insert into branding.fee_pool_share values ('${alliance}', '2020-01', '00000000-0000-4000-8000-00000000000${i}', 1, ${a}, false);`).join('\n')}
         end $$`,
      );
    await expect(attempt(['3.33', '3.33', '3.33'])).rejects.toThrow(/add up to 9\.99 CNY, not to its pool of 10\.00/);
    await expect(attempt([])).rejects.toThrow(/add up to 0 CNY/);
    const [row] = await conn.execute(`select count(*)::int as n from branding.fee_pool_distribution where alliance_id = ?`, [alliance]);
    expect(row!.n).toBe(0);
  });
});
