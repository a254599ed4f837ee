import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { seedAllianceWithCast, seedMember } from '@alliance/stack/fixtures';

const brandOffice = graphql(`
  query BrandOfficeOfCaller {
    brandOffice { allianceId member { id code } }
  }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'branding']);
});
afterAll(async () => stack?.close());

describe('the branding skeleton', () => {
  it('answers brandOffice for the alliance brand office (roles from its directory replica), and null for others', async () => {
    const { alliance, grower } = await seedAllianceWithCast(stack.em('members'));
    const office = await seedMember(stack.em('members'), alliance, 'SALES_ENTITY', ['BRAND_OFFICE']);
    const answer = await eventually(async () => {
      const a = await stack.query(brandOffice, {}, await stack.token(office.viewer));
      expect(a.errors).toBeUndefined();
      return a;
    });
    // One answer from two subgraphs: branding names the member, members resolves its code.
    expect(answer.data!.brandOffice).toEqual({ allianceId: alliance.id, member: { id: office.member.id, code: office.member.code } });

    const asGrower = await eventually(async () => {
      const a = await stack.query(brandOffice, {}, await stack.token(grower.viewer));
      expect(a.errors).toBeUndefined();
      return a;
    });
    expect(asGrower.data!.brandOffice).toBeNull();
  });
});
