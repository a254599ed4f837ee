import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Viewer } from '@alliance/domain-kit';
import { encodeViewerHeader, GATEWAY_SECRET_HEADER, VIEWER_HEADER } from '@alliance/auth';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import {
  grantedLicence,
  randomCreditCode,
  seedBrandingAlliance,
  seedMember,
  shanghaiDayFromNow,
  type BrandingCast,
  type SeededMember,
} from '@alliance/stack/fixtures';
import { validateGtin14 } from '../src/domain/gtin.ts';
import { defaultGtinOf } from '../src/domain/licences.ts';

const grant = graphql(`
  mutation LicenceGrant($input: GrantLicenceInput!) {
    grantLicence(input: $input) {
      id number allianceId crop gtin validFrom validUntil quotaKg usedKg remainingKg feePerKg feesAccrued status statusReason grantedAt
      licensee { member { id } name creditCode }
      trademark { name registrationNumber }
    }
  }
`);
const licenceById = graphql(`
  query LicenceById($id: ID!) {
    licence(id: $id) { id number status statusReason licensee { name member { id } } labelBatches { edges { node { id } } } }
  }
`);
const licenceList = graphql(`
  query LicenceList($filter: LicenceFilter, $first: Int, $after: String) {
    licences(filter: $filter, first: $first, after: $after) { edges { cursor node { id number status } } pageInfo { hasNextPage endCursor } }
  }
`);
const suspend = graphql(`
  mutation LicenceSuspend($id: ID!, $reason: String!) { suspendLicence(id: $id, reason: $reason) { id status statusReason } }
`);
const reinstate = graphql(`
  mutation LicenceReinstate($id: ID!) { reinstateLicence(id: $id) { id status statusReason } }
`);
const revoke = graphql(`
  mutation LicenceRevoke($id: ID!, $reason: String!) { revokeLicence(id: $id, reason: $reason) { id status statusReason } }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'branding']);
});
afterAll(async () => stack?.close());

async function as(member: SeededMember | null) {
  return member ? stack.token(member.viewer) : null;
}

/** A fresh alliance's cast, known to branding's member directory; no lot: licences need none. */
async function freshCast(): Promise<BrandingCast> {
  return seedBrandingAlliance(stack.em('members'), stack.em('branding'));
}

async function lotFactCount(allianceId: string): Promise<number> {
  const [row] = await stack.em('branding').getConnection().execute<{ n: number }[]>(`select count(*)::int as n from branding.lot_fact where alliance_id = ?`, [allianceId]);
  return row!.n;
}

async function licenceRows(allianceId: string): Promise<Record<string, unknown>[]> {
  return stack
    .em('branding')
    .getConnection()
    .execute(`select id, status, status_reason, used_kg, quota_kg from branding.licence where alliance_id = ? order by sequence`, [allianceId]);
}

function input(overrides: Record<string, unknown> = {}) {
  return {
    outsideBuyer: { name: '  Kunming Fresh Foods Co., Ltd. ', creditCode: randomCreditCode() },
    trademark: { name: '滇鲜', registrationNumber: '12345678' },
    crop: 'SCALLION' as const,
    validFrom: shanghaiDayFromNow(-1),
    validUntil: shanghaiDayFromNow(365),
    quotaKg: '5000',
    feePerKg: '0.3500',
    ...overrides,
  };
}

describe('origin-label licences', () => {
  it('the brand office grants to an outside buyer and to a partner market; numbers are gapless per alliance and year; the GTIN defaults to the alliance\'s own', async () => {
    const cast = await freshCast();
    const year = Number(shanghaiDayFromNow(0).slice(0, 4));
    const outside = await stack.query(grant, { input: input() }, await as(cast.brand));
    expect(outside.errors).toBeUndefined();
    const licence = outside.data!.grantLicence;
    expect(licence).toMatchObject({
      number: `${cast.alliance.code}-L-${year}-0001`,
      allianceId: cast.alliance.id,
      crop: 'SCALLION',
      quotaKg: '5000.000',
      usedKg: '0.000',
      remainingKg: '5000.000',
      feePerKg: '0.3500',
      feesAccrued: '0.00',
      status: 'ACTIVE',
      statusReason: null,
      licensee: { member: null, name: 'Kunming Fresh Foods Co., Ltd.' },
      trademark: { name: '滇鲜', registrationNumber: '12345678' },
    });
    // The alliance's own trade item for scallions: GS1 China placeholder prefix, crop digit 1, a valid check digit.
    expect(licence.gtin).toMatch(/^06999999\d{4}1\d$/);
    expect(validateGtin14(licence.gtin).ok).toBe(true);

    const toMarket = await stack.query(grant, { input: input({ outsideBuyer: undefined, licenseeMemberId: cast.market.member.id, gtin: '6901234567892' }) }, await as(cast.brand));
    expect(toMarket.errors).toBeUndefined();
    expect(toMarket.data!.grantLicence).toMatchObject({
      number: `${cast.alliance.code}-L-${year}-0002`,
      gtin: '06901234567892',
      licensee: { member: { id: cast.market.member.id }, name: cast.market.member.name, creditCode: cast.market.member.creditCode },
    });
    // Same alliance and crop, same default GTIN.
    const again = await stack.query(grant, { input: input() }, await as(cast.brand));
    expect(again.data!.grantLicence.gtin).toBe(licence.gtin);
  });

  it('grants in a fresh alliance before its first lot: the alliance\'s code comes from the member directory, each alliance its own', async () => {
    const home = await freshCast();
    const away = await freshCast();
    const year = Number(shanghaiDayFromNow(0).slice(0, 4));
    expect(await lotFactCount(home.alliance.id)).toBe(0);
    expect(await lotFactCount(away.alliance.id)).toBe(0);

    const outside = await stack.query(grant, { input: input() }, await as(home.brand));
    expect(outside.errors).toBeUndefined();
    expect(outside.data!.grantLicence).toMatchObject({
      number: `${home.alliance.code}-L-${year}-0001`,
      allianceId: home.alliance.id,
      gtin: defaultGtinOf('6999999', home.alliance.code, 'SCALLION'),
      status: 'ACTIVE',
    });
    const member = await grantedLicence(stack, home, { licensee: home.market, crop: 'SAFFLOWER_FLORET' });
    expect(member).toMatchObject({ number: `${home.alliance.code}-L-${year}-0002`, gtin: defaultGtinOf('6999999', home.alliance.code, 'SAFFLOWER_FLORET') });

    // Another alliance's brand office numbers from its own code, never the first one's.
    const theirs = await grantedLicence(stack, away);
    expect(theirs.number).toBe(`${away.alliance.code}-L-${year}-0001`);
    expect(theirs.gtin).toBe(defaultGtinOf('6999999', away.alliance.code, 'SCALLION'));
    expect(theirs.gtin).not.toBe(outside.data!.grantLicence.gtin);
    expect(await lotFactCount(home.alliance.id)).toBe(0);
  });

  it('shows every licence to the office and brand office, its own to the licensee, none to others', async () => {
    const home = await freshCast();
    const away = await freshCast();
    const outside = await grantedLicence(stack, home);
    const market = await grantedLicence(stack, home, { licensee: home.market });

    for (const who of [home.brand, home.office]) {
      const list = await stack.query(licenceList, {}, await as(who));
      expect(list.data!.licences.edges.map((e) => e.node.id)).toEqual([market.id, outside.id]);
      expect((await stack.query(licenceById, { id: outside.id }, await as(who))).data!.licence).toMatchObject({ id: outside.id, status: 'ACTIVE' });
    }
    const own = await stack.query(licenceList, {}, await as(home.market));
    expect(own.data!.licences.edges.map((e) => e.node.id)).toEqual([market.id]);
    expect((await stack.query(licenceById, { id: market.id }, await as(home.market))).data!.licence).toMatchObject({ id: market.id, licensee: { member: { id: home.market.member.id } } });
    expect((await stack.query(licenceById, { id: outside.id }, await as(home.market))).data!.licence).toBeNull();
    for (const who of [home.grower, home.cooperative, away.brand, away.office, away.market]) {
      expect((await stack.query(licenceById, { id: outside.id }, await as(who))).data!.licence).toBeNull();
      expect((await stack.query(licenceById, { id: market.id }, await as(who))).data!.licence).toBeNull();
      expect((await stack.query(licenceList, {}, await as(who))).data!.licences.edges).toEqual([]);
    }
    const anonymous = await stack.query(licenceById, { id: outside.id }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('only the brand office grants, suspends, reinstates and revokes; everyone else is refused and nothing changes', async () => {
    const home = await freshCast();
    const away = await freshCast();
    const licence = await grantedLicence(stack, home, { licensee: home.market });
    const before = await licenceRows(home.alliance.id);

    for (const who of [home.office, home.grower, home.market, home.cooperative]) {
      expect((await stack.query(grant, { input: input() }, await as(who))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await stack.query(grant, { input: input() }, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Another alliance's brand office cannot license this alliance's market.
    const foreign = await stack.query(grant, { input: input({ outsideBuyer: undefined, licenseeMemberId: home.market.member.id }) }, await as(away.brand));
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const attempts = [
      () => stack.query(suspend, { id: licence.id, reason: 'late report' }, null),
      () => stack.query(reinstate, { id: licence.id }, null),
      () => stack.query(revoke, { id: licence.id, reason: 'fraud' }, null),
    ];
    for (const attempt of attempts) expect((await attempt()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const [who, code] of [
      [home.office, 'FORBIDDEN'],
      [home.market, 'FORBIDDEN'],
      [home.grower, 'NOT_FOUND'],
      [away.brand, 'NOT_FOUND'],
      [away.office, 'NOT_FOUND'],
    ] as const) {
      const token = await as(who);
      expect((await stack.query(suspend, { id: licence.id, reason: 'late report' }, token)).errors?.[0]?.extensions?.code).toBe(code);
      expect((await stack.query(reinstate, { id: licence.id }, token)).errors?.[0]?.extensions?.code).toBe(code);
      expect((await stack.query(revoke, { id: licence.id, reason: 'fraud' }, token)).errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await licenceRows(home.alliance.id)).toEqual(before);
    expect(await licenceRows(away.alliance.id)).toEqual([]);
  });

  it('refuses bad input of each kind with a clear error and writes nothing (not even a number)', async () => {
    const cast = await freshCast();
    const brand = await as(cast.brand);
    const good = randomCreditCode();
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['bad credit code', { outsideBuyer: { name: 'X Co.', creditCode: badCheck } }, /check character/],
      ['short credit code', { outsideBuyer: { name: 'X Co.', creditCode: '91530000' } }, /18 characters/],
      ['both licensees', { licenseeMemberId: cast.market.member.id }, /not both nor neither/],
      ['neither licensee', { outsideBuyer: null }, /not both nor neither/],
      ['a grower as licensee', { outsideBuyer: null, licenseeMemberId: cast.grower.member.id }, /partner markets and sales entities/],
      ['bad GTIN check digit', { gtin: '6901234567890' }, /check digit/],
      ['GTIN of 11 digits', { gtin: '69012345678' }, /8, 12, 13 or 14 digits/],
      ['period reversed', { validFrom: shanghaiDayFromNow(10), validUntil: shanghaiDayFromNow(9) }, /before validFrom/],
      ['not a day', { validFrom: '2026-02-30' }, /calendar day/],
      ['quota 0', { quotaKg: '0' }, /more than 0/],
      ['quota negative', { quotaKg: '-5' }, /more than 0/],
      ['quota 4 decimals', { quotaKg: '1.0001' }, /3 decimal places/],
      ['fee negative', { feePerKg: '-0.01' }, /at least 0/],
      ['fee 5 decimals', { feePerKg: '0.00001' }, /4 decimal places/],
      ['no trademark', { trademark: { name: '  ', registrationNumber: '1' } }, /trademark.name/],
      ['no registration number', { trademark: { name: '滇鲜', registrationNumber: '' } }, /registrationNumber/],
      ['trademark too long', { trademark: { name: 'x'.repeat(101), registrationNumber: '1' } }, /longer than 100/],
    ];
    for (const [what, overrides, message] of cases) {
      const answer = await stack.query(grant, { input: input(overrides) as never }, brand);
      expect(answer.errors?.[0]?.extensions?.code, what).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.message, what).toMatch(message);
    }
    // A market the members office admitted without its credit code: nothing to print on the label.
    const uncoded = await seedMember(stack.em('members'), cast.alliance, 'PARTNER_MARKET', ['PARTNER_MARKET'], { creditCode: null });
    const refused = await eventually(async () => {
      const answer = await stack.query(grant, { input: input({ outsideBuyer: null, licenseeMemberId: uncoded.member.id }) }, brand);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return answer;
    });
    expect(refused.errors![0]!.message).toMatch(/members office must record it/);
    const unknown = await stack.query(grant, { input: input({ outsideBuyer: null, licenseeMemberId: '00000000-0000-4000-8000-000000000000' }) }, brand);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await licenceRows(cast.alliance.id)).toEqual([]);
    const counter = await stack.em('branding').getConnection().execute(`select count(*)::int as n from branding.licence_counter where alliance_id = ?`, [cast.alliance.id]);
    expect(counter[0]!.n).toBe(0);
  });

  it('suspends with a reason, reinstates, revokes for good; an expired licence reads EXPIRED and cannot be reinstated', async () => {
    const cast = await freshCast();
    const brand = await as(cast.brand);
    const licence = await grantedLicence(stack, cast);
    expect((await stack.query(suspend, { id: licence.id, reason: '  ' }, brand)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stack.query(reinstate, { id: licence.id }, brand)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const suspended = await stack.query(suspend, { id: licence.id, reason: 'Quarterly report missing' }, brand);
    expect(suspended.data!.suspendLicence).toEqual({ id: licence.id, status: 'SUSPENDED', statusReason: 'Quarterly report missing' });
    expect((await stack.query(suspend, { id: licence.id, reason: 'again' }, brand)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const filtered = await stack.query(licenceList, { filter: { status: 'SUSPENDED' } }, brand);
    expect(filtered.data!.licences.edges.map((e) => e.node.id)).toEqual([licence.id]);
    expect((await stack.query(reinstate, { id: licence.id }, brand)).data!.reinstateLicence).toEqual({ id: licence.id, status: 'ACTIVE', statusReason: null });
    const revoked = await stack.query(revoke, { id: licence.id, reason: 'Counterfeit labels found' }, brand);
    expect(revoked.data!.revokeLicence).toEqual({ id: licence.id, status: 'REVOKED', statusReason: 'Counterfeit labels found' });
    expect((await stack.query(reinstate, { id: licence.id }, brand)).errors?.[0]?.message).toMatch(/stays revoked/);
    expect((await stack.query(revoke, { id: licence.id, reason: 'twice' }, brand)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // A licence cannot be granted already ended: this one is granted for today and its period then ends (moved back in the table).
    const late = await stack.query(grant, { input: input({ validFrom: shanghaiDayFromNow(-60), validUntil: shanghaiDayFromNow(-1) }) }, brand);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validUntil' });
    const expired = await grantedLicence(stack, cast, { validFrom: shanghaiDayFromNow(-60), validUntil: shanghaiDayFromNow(0) });
    await stack.em('branding').getConnection().execute(`update branding.licence set valid_until = ?::date where id = ?`, [shanghaiDayFromNow(-1), expired.id]);
    expect((await stack.query(licenceById, { id: expired.id }, brand)).data!.licence!.status).toBe('EXPIRED');
    expect((await stack.query(reinstate, { id: expired.id }, brand)).errors?.[0]?.message).toMatch(/period has ended/);
    expect((await stack.query(suspend, { id: expired.id, reason: 'x' }, brand)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const byStatus = async (status: 'ACTIVE' | 'EXPIRED' | 'REVOKED') =>
      (await stack.query(licenceList, { filter: { status } }, brand)).data!.licences.edges.map((e) => e.node.id);
    expect(await byStatus('EXPIRED')).toEqual([expired.id]);
    expect(await byStatus('REVOKED')).toEqual([licence.id]);
    expect(await byStatus('ACTIVE')).toEqual([]);
    // An expired licence can still be revoked.
    expect((await stack.query(revoke, { id: expired.id, reason: 'Labels reused after expiry' }, brand)).data!.revokeLicence.status).toBe('REVOKED');
  });

  it('pages licences newest first with keyset cursors and filters by crop', async () => {
    const cast = await freshCast();
    const brand = await as(cast.brand);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await grantedLicence(stack, cast)).id);
    const floret = await grantedLicence(stack, cast, { crop: 'SAFFLOWER_FLORET' });
    const page1 = await stack.query(licenceList, { first: 4 }, brand);
    expect(page1.data!.licences.pageInfo.hasNextPage).toBe(true);
    const page2 = await stack.query(licenceList, { first: 4, after: page1.data!.licences.pageInfo.endCursor }, brand);
    expect(page2.data!.licences.pageInfo.hasNextPage).toBe(false);
    expect([...page1.data!.licences.edges, ...page2.data!.licences.edges].map((e) => e.node.id)).toEqual([floret.id, ...ids.reverse()]);
    const florets = await stack.query(licenceList, { filter: { crop: 'SAFFLOWER_FLORET' } }, brand);
    expect(florets.data!.licences.edges.map((e) => e.node.id)).toEqual([floret.id]);
    expect((await stack.query(licenceList, { after: 'nonsense' }, brand)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves Licence references with the caller\'s rights (_entities)', async () => {
    const home = await freshCast();
    const away = await freshCast();
    const licence = await grantedLicence(stack, home, { licensee: home.market });
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Licence { id number } } }`;
    const headers = (viewer: Viewer) => ({ [GATEWAY_SECRET_HEADER]: stack.gatewaySecret, [VIEWER_HEADER]: encodeViewerHeader(viewer) });
    const r = [{ __typename: 'Licence', id: licence.id }];
    for (const who of [home.brand, home.office, home.market]) {
      const answer = await stack.querySubgraph('branding', ENTITIES, { r }, headers(who.viewer));
      expect(answer.data._entities).toEqual([{ id: licence.id, number: licence.number }]);
    }
    for (const who of [home.grower, away.brand, away.office]) {
      const answer = await stack.querySubgraph('branding', ENTITIES, { r }, headers(who.viewer));
      expect(answer.data._entities).toEqual([null]);
    }
  });
});
