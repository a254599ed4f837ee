import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allianceCodeOf, findDirectoryNames } from '@alliance/member-directory';
import { randomUUID } from 'node:crypto';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { randomCreditCode, seedAllianceWithCast } from '@alliance/stack/fixtures';

/**
 * The directories of the other subgraphs carry each member's name and credit code (branding writes
 * them on a member licensee's licence): members announces them on admission and on every change,
 * in the change's transaction, and branding's replica keeps the newest.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'branding']);
});
afterAll(async () => stack?.close());

const RENAME = graphql(`
  mutation DirectoryRenameMember($id: ID!, $name: String, $creditCode: String) {
    updateMember(id: $id, input: { name: $name, creditCode: $creditCode }) { id name creditCode }
  }
`);
const RENAME_SELF = graphql(`
  mutation DirectoryRenameSelf($name: String!) { updateMyProfile(input: { name: $name }) { id name } }
`);

const inBranding = async (memberId: string) => (await findDirectoryNames(stack.em('branding'), [memberId]))[0] ?? null;

describe('names and credit codes in the member directory', () => {
  it('reach branding on admission, and again when the office changes a member\'s name or credit code', async () => {
    const { office, market, grower } = await seedAllianceWithCast(stack.em('members'));
    await eventually(async () => expect(await inBranding(market.member.id)).toEqual({ memberId: market.member.id, name: market.member.name, creditCode: market.member.creditCode }));
    await eventually(async () => expect(await inBranding(grower.member.id)).toEqual({ memberId: grower.member.id, name: grower.member.name, creditCode: null }));

    const creditCode = randomCreditCode();
    const token = await stack.token(office.viewer);
    const renamed = await stack.query(RENAME, { id: market.member.id, name: 'Shanghai Fresh Produce Co.', creditCode }, token);
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updateMember).toEqual({ id: market.member.id, name: 'Shanghai Fresh Produce Co.', creditCode });
    await eventually(async () => expect(await inBranding(market.member.id)).toEqual({ memberId: market.member.id, name: 'Shanghai Fresh Produce Co.', creditCode }));

    // The name alone: the credit code stays as it is, in members and in branding's replica.
    const again = await stack.query(RENAME, { id: market.member.id, name: 'Shanghai Fresh Produce Ltd.' }, token);
    expect(again.errors).toBeUndefined();
    await eventually(async () => expect(await inBranding(market.member.id)).toEqual({ memberId: market.member.id, name: 'Shanghai Fresh Produce Ltd.', creditCode }));
  });

  it('reach branding when a member renames itself (updateMyProfile)', async () => {
    const { grower } = await seedAllianceWithCast(stack.em('members'));
    await eventually(async () => expect(await inBranding(grower.member.id)).not.toBeNull());
    const renamed = await stack.query(RENAME_SELF, { name: 'Wang Fang' }, await stack.token(grower.viewer));
    expect(renamed.errors).toBeUndefined();
    await eventually(async () => expect(await inBranding(grower.member.id)).toEqual({ memberId: grower.member.id, name: 'Wang Fang', creditCode: null }));
  });

  it('carry each membership\'s alliance code, from which branding numbers licences before any lot', async () => {
    const { alliance, office, market } = await seedAllianceWithCast(stack.em('members'));
    const other = await seedAllianceWithCast(stack.em('members'));
    const memberships = async (memberId: string) =>
      (await stack.em('branding').getConnection().execute<{ memberships: unknown }[]>(`select memberships from branding.member_directory where member_id = ?`, [memberId]))[0]?.memberships;
    await eventually(async () => expect(await memberships(market.member.id)).toEqual([{ allianceId: alliance.id, allianceCode: alliance.code, roles: ['PARTNER_MARKET'], status: 'ACTIVE' }]));
    await eventually(async () => expect(await memberships(office.member.id)).toEqual([{ allianceId: alliance.id, allianceCode: alliance.code, roles: ['ALLIANCE_ADMIN'], status: 'ACTIVE' }]));
    await eventually(async () => expect(await allianceCodeOf(stack.em('branding'), other.alliance.id)).toBe(other.alliance.code));
    expect(await allianceCodeOf(stack.em('branding'), alliance.id)).toBe(alliance.code);
    expect(await allianceCodeOf(stack.em('branding'), randomUUID())).toBeNull();
  });
});
