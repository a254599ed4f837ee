import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Alliance, announceMembers, Member, Membership } from '@alliance/members';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { seedAllianceWithCast, seedMember, type SeededMember } from '@alliance/stack/fixtures';

/**
 * The security probe's findings on the members subgraph: each alliance decides only for itself,
 * authorization follows the roles held now, and another alliance's things look like none at all.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members']);
});
afterAll(async () => stack?.close());

const SUSPEND = graphql(`
  mutation MembersProbeSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status statusReason } }
`);
const REINSTATE = graphql(`
  mutation MembersProbeReinstate($id: ID!) { reinstateMember(id: $id) { status } }
`);
const RENAME = graphql(`
  mutation MembersProbeRename($id: ID!, $name: String!) { updateMember(id: $id, input: { name: $name, contact: { name: "Probe", phone: "13800009999" } }) { name } }
`);
const MEMBER_STANDING = graphql(`
  query MembersProbeMemberStanding($id: ID!) { member(id: $id) { name status statusReason } }
`);
const VIEWER_STANDING = graphql(`
  query MembersProbeViewerStanding { viewer { status statusReason } }
`);
const MY_PROFILE = graphql(`
  mutation MembersProbeMyProfile($name: String!) { updateMyProfile(input: { name: $name }) { name } }
`);

/** Two alliances and an insurer that belongs to both (as INS-PRICE does to Luxi and Yili), with a token for each. */
async function sharedInsurer() {
  const em = stack.em('members');
  const [luxi, yili] = [await seedAllianceWithCast(em), await seedAllianceWithCast(em)];
  const inLuxi: SeededMember = await seedMember(em, luxi.alliance, 'INSURER', ['INSURER']);
  await em.transactional(async (tx) => {
    tx.persist(new Membership(tx.getReference(Member, inLuxi.member.id), tx.getReference(Alliance, yili.alliance.id), ['INSURER']));
    await tx.flush();
    await announceMembers(tx, [inLuxi.member.id]);
  });
  const inYili = { ...inLuxi.viewer, allianceId: yili.alliance.id };
  return {
    luxi,
    yili,
    insurer: inLuxi.member,
    tokens: {
      luxiOffice: await stack.token(luxi.office.viewer),
      yiliOffice: await stack.token(yili.office.viewer),
      insurerLuxi: await stack.token(inLuxi.viewer),
      insurerYili: await stack.token(inYili),
    },
  };
}

describe('finding 1: standing is per alliance', () => {
  it('one office suspends a shared member in its alliance only; the other sees it active, without the reason, and cannot lift it', async () => {
    const { insurer, tokens } = await sharedInsurer();
    const suspended = await stack.query(SUSPEND, { id: insurer.id, reason: 'Luxi audit' }, tokens.luxiOffice);
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data!.suspendMember).toEqual({ status: 'SUSPENDED', statusReason: 'Luxi audit' });

    // It still acts in Yili: its Yili token may change its own profile there.
    expect((await stack.query(VIEWER_STANDING, {}, tokens.insurerYili)).data!.viewer).toEqual({ status: 'ACTIVE', statusReason: null });
    const acts = await stack.query(MY_PROFILE, { name: 'Still insuring' }, tokens.insurerYili);
    expect(acts.errors).toBeUndefined();
    // In Luxi it is suspended, and sees why.
    expect((await stack.query(VIEWER_STANDING, {}, tokens.insurerLuxi)).data!.viewer).toEqual({ status: 'SUSPENDED', statusReason: 'Luxi audit' });
    const blocked = await stack.query(MY_PROFILE, { name: 'Blocked' }, tokens.insurerLuxi);
    expect(blocked.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Yili's office sees its own standing of the member: active, and Luxi's reason nowhere.
    const seenByYili = await stack.query(MEMBER_STANDING, { id: insurer.id }, tokens.yiliOffice);
    expect(seenByYili.data!.member).toMatchObject({ status: 'ACTIVE', statusReason: null });
    expect(JSON.stringify(seenByYili)).not.toContain('Luxi audit');

    // Yili cannot lift Luxi's suspension: in Yili there is nothing to reinstate.
    const lifted = await stack.query(REINSTATE, { id: insurer.id }, tokens.yiliOffice);
    expect(lifted.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await stack.query(VIEWER_STANDING, {}, tokens.insurerLuxi)).data!.viewer!.status).toBe('SUSPENDED');
    // Luxi can.
    expect((await stack.query(REINSTATE, { id: insurer.id }, tokens.luxiOffice)).data!.reinstateMember.status).toBe('ACTIVE');
  });

  it('an office cannot rename a member that also belongs to another alliance; it can one of its own alone', async () => {
    const { luxi, insurer, tokens } = await sharedInsurer();
    const renamed = await stack.query(RENAME, { id: insurer.id, name: 'Renamed by Luxi' }, tokens.luxiOffice);
    expect(renamed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(renamed.errors?.[0]?.message).toMatch(/belongs to another alliance too.*updateMyProfile/);
    const seenByYili = await stack.query(MEMBER_STANDING, { id: insurer.id }, tokens.yiliOffice);
    expect(seenByYili.data!.member!.name).toBe(insurer.name);

    const own = await stack.query(RENAME, { id: luxi.market.member.id, name: 'Luxi market' }, tokens.luxiOffice);
    expect(own.errors).toBeUndefined();
    expect(own.data!.updateMember.name).toBe('Luxi market');
  });
});
