import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { daysAgo, seedAlliance, seedAllianceWithCast, seedBase } from '@alliance/stack/fixtures';

/**
 * What a caller may do comes from the member directory at the time of the request, not from what
 * was true when its token was issued: a role removed or a suspension works on the next request.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members']);
});
afterAll(async () => stack?.close());

const REGISTER = graphql(`
  mutation RevocationRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }
`);
const SET_ROLES = graphql(`
  mutation RevocationSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id alliances { roles } } }
`);
const SUSPEND = graphql(`
  mutation RevocationSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }
`);
const SUPPLY_COUNT = graphql(`
  query RevocationSupplyCount { supply(filter: {}) { totalCount } }
`);
const VIEWER_STATUS = graphql(`
  query RevocationViewerStatus { viewer { status statusReason } }
`);
const VIEWER_ID = graphql(`
  query RevocationViewerId { viewer { id } }
`);
const ADMIT = graphql(`
  mutation RevocationAdmit($input: AdmitMemberInput!) { admitMember(input: $input) { id } }
`);

async function registerAs(token: string, baseId: string) {
  const input = { baseId, crop: 'SCALLION', variety: 'RED', grade: 'A', quantityKg: '100', harvestDate: daysAgo(1), askingPricePerKg: '2.00' } as const;
  return stack.query(REGISTER, { input }, token);
}

describe('role revocation and standing, effective immediately', () => {
  it('a grower whose GROWER role the office removed can no longer register a lot with its earlier token', async () => {
    const { grower, office } = await seedAllianceWithCast(stack.em('members'));
    const base = await seedBase(stack.em('members'), grower.member);
    const growerToken = await stack.token(grower.viewer);
    expect((await registerAs(growerToken, base.id)).errors).toBeUndefined();

    const update = await stack.query(SET_ROLES, { id: grower.member.id, roles: [] }, await stack.token(office.viewer));
    expect(update.errors).toBeUndefined();
    expect(update.data!.updateMember.alliances).toEqual([{ roles: [] }]);

    const after = await registerAs(growerToken, base.id);
    expect(after.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(after.data?.registerLot ?? null).toBeNull();
    const [row] = await stack.em('members').getConnection().execute('select count(*)::int as n from members.lot where base_id = ?', [base.id]);
    expect(row!.n).toBe(1);

    // Given back, it works again on the very next request.
    await stack.query(SET_ROLES, { id: grower.member.id, roles: ['GROWER'] }, await stack.token(office.viewer));
    expect((await registerAs(growerToken, base.id)).errors).toBeUndefined();
  });

  it('a suspended member\'s token changes nothing, though it still reads its own records', async () => {
    const { grower, office, market } = await seedAllianceWithCast(stack.em('members'));
    const base = await seedBase(stack.em('members'), grower.member);
    const [growerToken, marketToken] = [await stack.token(grower.viewer), await stack.token(market.viewer)];
    const officeToken = await stack.token(office.viewer);
    for (const id of [grower.member.id, market.member.id]) {
      const suspended = await stack.query(SUSPEND, { id, reason: 'Audit' }, officeToken);
      expect(suspended.data!.suspendMember.status).toBe('SUSPENDED');
    }
    const register = await registerAs(growerToken, base.id);
    expect(register.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(register.errors?.[0]?.message).toMatch(/Your membership is suspended/);
    const supply = await stack.query(SUPPLY_COUNT, {}, marketToken);
    expect(supply.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await stack.query(VIEWER_STATUS, {}, growerToken);
    expect(own.data!.viewer).toEqual({ status: 'SUSPENDED', statusReason: 'Audit' });
  });

  it('a token whose sub is no member is UNAUTHENTICATED', async () => {
    const alliance = await seedAlliance(stack.em('members'));
    const token = await stack.token({ memberId: randomUUID(), allianceId: alliance.id, roles: ['ALLIANCE_ADMIN'], status: 'ACTIVE', kind: 'SALES_ENTITY' });
    const input = { allianceId: alliance.id, code: 'NO-SUCH-1', name: 'x', kind: 'GROWER', township: 'Wujie', contact: { name: 'x', phone: '13700000000' } } as const;
    const viewer = await stack.query(VIEWER_ID, {}, token);
    const admit = await stack.query(ADMIT, { input }, token);
    for (const [name, answer, data] of [['viewer', viewer, viewer.data?.viewer], ['admitMember', admit, admit.data?.admitMember]] as const) {
      expect(answer.errors?.[0]?.extensions?.code, name).toBe('UNAUTHENTICATED');
      expect(data ?? null).toBeNull();
    }
  });

  it('a token acting in an alliance the member does not belong to is FORBIDDEN', async () => {
    const luxi = await seedAllianceWithCast(stack.em('members'));
    const yili = await seedAllianceWithCast(stack.em('members'));
    // The Luxi office with a token naming Yili: the office role is Luxi's, not Yili's.
    const token = await stack.token({ ...luxi.office.viewer, allianceId: yili.alliance.id });
    const answer = await stack.query(SUSPEND, { id: yili.grower.member.id, reason: 'x' }, token);
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await stack.em('members').getConnection().execute('select status from members.member where id = ?', [yili.grower.member.id]);
    expect(row!.status).toBe('ACTIVE');
  });
});
