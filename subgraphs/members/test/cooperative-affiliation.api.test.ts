import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { seedAllianceWithCast, seedMember } from '@alliance/stack/fixtures';

const affiliate = graphql(`
  mutation AffiliateGrower($id: ID!, $cooperativeId: ID) {
    updateMember(id: $id, input: { cooperativeId: $cooperativeId }) { id cooperative { id code } }
  }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members']);
});
afterAll(async () => stack?.close());

async function cooperativeIdOf(memberId: string): Promise<string | null> {
  const rows = await stack.em('members').getConnection().execute('select cooperative_id from members.member where id = ?', [memberId]);
  return rows[0]!.cooperative_id;
}

describe('a grower\'s cooperative', () => {
  it('is set and cleared by the office, to a cooperative of its own alliance only', async () => {
    const { alliance, office, grower, market } = await seedAllianceWithCast(stack.em('members'));
    const cooperative = await seedMember(stack.em('members'), alliance, 'COOPERATIVE', ['COOPERATIVE']);
    const token = await stack.token(office.viewer);

    const set = await stack.query(affiliate, { id: grower.member.id, cooperativeId: cooperative.member.id }, token);
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateMember.cooperative).toEqual({ id: cooperative.member.id, code: cooperative.member.code });
    expect(await cooperativeIdOf(grower.member.id)).toBe(cooperative.member.id);

    // Not a cooperative, not a grower, another alliance's cooperative, not the office: refused, nothing changes.
    const elsewhere = await seedAllianceWithCast(stack.em('members'));
    const foreignCoop = await seedMember(stack.em('members'), elsewhere.alliance, 'COOPERATIVE', ['COOPERATIVE']);
    const refusals = [
      [await stack.query(affiliate, { id: grower.member.id, cooperativeId: market.member.id }, token), 'BAD_USER_INPUT'],
      [await stack.query(affiliate, { id: market.member.id, cooperativeId: cooperative.member.id }, token), 'BAD_USER_INPUT'],
      [await stack.query(affiliate, { id: grower.member.id, cooperativeId: foreignCoop.member.id }, token), 'NOT_FOUND'],
      [await stack.query(affiliate, { id: grower.member.id, cooperativeId: cooperative.member.id }, await stack.token(grower.viewer)), 'FORBIDDEN'],
      [await stack.query(affiliate, { id: grower.member.id, cooperativeId: null }, await stack.token(elsewhere.office.viewer)), 'NOT_FOUND'],
    ] as const;
    for (const [answer, code] of refusals) expect(answer.errors?.[0]?.extensions?.code).toBe(code);
    expect(await cooperativeIdOf(grower.member.id)).toBe(cooperative.member.id);
    expect(await cooperativeIdOf(market.member.id)).toBeNull();

    const cleared = await stack.query(affiliate, { id: grower.member.id, cooperativeId: null }, token);
    expect(cleared.data!.updateMember.cooperative).toBeNull();
    expect(await cooperativeIdOf(grower.member.id)).toBeNull();
  });
});
