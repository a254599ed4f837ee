import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Alliance, announceMembers, Member, Membership } from '@alliance/members';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { randomUUID } from 'node:crypto';
import { seedAllianceWithCast, seedBase, seedLot, seedMember, type SeededMember } from '@alliance/stack/fixtures';

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

const SET_ROLES = graphql(`
  mutation MembersProbeSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }
`);
const RESERVE = graphql(`
  mutation MembersProbeReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id status } }
`);
const CONFIRM = graphql(`
  mutation MembersProbeConfirm($id: ID!) { confirmReservation(id: $id) { id status } }
`);
const CANCEL = graphql(`
  mutation MembersProbeCancel($id: ID!) { cancelReservation(id: $id) { id status } }
`);
const RESERVATION = graphql(`
  query MembersProbeReservation($id: ID!) { reservation(id: $id) { id status } }
`);
const ADD_BASE = graphql(`
  mutation MembersProbeAddBase($memberId: ID, $input: BaseInput!) { addBase(memberId: $memberId, input: $input) { id crop } }
`);
const UPDATE_BASE = graphql(`
  mutation MembersProbeUpdateBase($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { id crop } }
`);
const REMOVE_BASE = graphql(`
  mutation MembersProbeRemoveBase($id: ID!) { removeBase(id: $id) }
`);
const MEMBER_ALLIANCES = graphql(`
  query MembersProbeMemberAlliances($id: ID!) { member(id: $id) { alliances { alliance { id } roles } } }
`);
const LISTED_ALLIANCES = graphql(`
  query MembersProbeListedAlliances { members(first: 100) { edges { node { id alliances { alliance { id } roles } } } } }
`);
const VIEWER_ALLIANCES = graphql(`
  query MembersProbeViewerAlliances { viewer { alliances { alliance { id } } } }
`);

const BASE = { township: 'Jinma', areaMu: '5.00', crop: 'SCALLION' } as const;

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

/** The code and the message, with the id asked for taken out: what tells one refusal from another. */
function refusal(answer: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }, id: string) {
  const error = answer.errors?.[0];
  return { code: error?.extensions?.code, message: error?.message.replace(id, '<id>') };
}

async function castWithReservation() {
  const em = stack.em('members');
  const cast = await seedAllianceWithCast(em);
  const lot = await seedLot(em, cast.grower, { quantityKg: '500' });
  const tokens = { office: await stack.token(cast.office.viewer), market: await stack.token(cast.market.viewer), grower: await stack.token(cast.grower.viewer) };
  const reserved = await stack.query(RESERVE, { input: { idempotencyKey: randomUUID(), lotId: lot.id, quantityKg: '100' } }, tokens.market);
  expect(reserved.errors).toBeUndefined();
  return { ...cast, lot, tokens, reservationId: reserved.data!.reserveSupply.id };
}

describe('finding 2: writes need the role held now', () => {
  it('a market whose PARTNER_MARKET role was removed can neither confirm nor cancel its reservation; the office still can', async () => {
    const { market, tokens, reservationId } = await castWithReservation();
    expect((await stack.query(SET_ROLES, { id: market.member.id, roles: [] }, tokens.office)).errors).toBeUndefined();
    for (const answer of [await stack.query(CONFIRM, { id: reservationId }, tokens.market), await stack.query(CANCEL, { id: reservationId }, tokens.market)]) {
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(answer.errors?.[0]?.message).toMatch(/PARTNER_MARKET/);
    }
    expect((await stack.query(RESERVATION, { id: reservationId }, tokens.office)).data!.reservation!.status).toBe('HELD');
    expect((await stack.query(CONFIRM, { id: reservationId }, tokens.office)).data!.confirmReservation.status).toBe('CONFIRMED');
  });

  it('a grower whose GROWER role was removed can no longer add, change or remove its bases', async () => {
    const em = stack.em('members');
    const { grower, office } = await seedAllianceWithCast(em);
    const base = await seedBase(em, grower.member);
    const growerToken = await stack.token(grower.viewer);
    const added = await stack.query(ADD_BASE, { input: BASE }, growerToken);
    expect(added.errors).toBeUndefined();

    expect((await stack.query(SET_ROLES, { id: grower.member.id, roles: [] }, await stack.token(office.viewer))).errors).toBeUndefined();
    const attempts = [
      await stack.query(ADD_BASE, { input: BASE }, growerToken),
      await stack.query(UPDATE_BASE, { id: base.id, input: { ...BASE, crop: 'SAFFLOWER_SEED' } }, growerToken),
      await stack.query(REMOVE_BASE, { id: added.data!.addBase.id }, growerToken),
    ];
    for (const answer of attempts) expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await em.getConnection().execute('select count(*)::int as n, min(crop) as crop from members.base where member_id = ?', [grower.member.id]);
    expect(row).toEqual({ n: 2, crop: 'SCALLION' });
  });

  it('the crop of a base holding lots cannot change; of an empty base it can', async () => {
    const em = stack.em('members');
    const { grower } = await seedAllianceWithCast(em);
    const lot = await seedLot(em, grower);
    const empty = await seedBase(em, grower.member);
    const growerToken = await stack.token(grower.viewer);
    const changed = await stack.query(UPDATE_BASE, { id: lot.base.id, input: { ...BASE, crop: 'SAFFLOWER_SEED' } }, growerToken);
    expect(changed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(changed.errors?.[0]?.message).toMatch(/holds 1 lot/);
    const [row] = await em.getConnection().execute('select crop from members.base where id = ?', [lot.base.id]);
    expect(row!.crop).toBe('SCALLION');
    const free = await stack.query(UPDATE_BASE, { id: empty.id, input: { ...BASE, crop: 'SAFFLOWER_SEED' } }, growerToken);
    expect(free.data!.updateBase.crop).toBe('SAFFLOWER_SEED');
  });
});

describe("finding 4: another alliance's ids look like ids that do not exist", () => {
  it('reservations: reading, confirming and cancelling another alliance\'s answer as a random id does', async () => {
    const luxi = await castWithReservation();
    const yili = await seedAllianceWithCast(stack.em('members'));
    const yiliOffice = await stack.token(yili.office.viewer);
    const missing = randomUUID();
    const read = await stack.query(RESERVATION, { id: luxi.reservationId }, yiliOffice);
    expect(read).toMatchObject({ data: { reservation: null } });
    expect(read.errors).toBeUndefined();
    expect((await stack.query(RESERVATION, { id: missing }, yiliOffice)).data!.reservation).toBeNull();
    const attempts = [
      (id: string) => stack.query(CONFIRM, { id }, yiliOffice),
      (id: string) => stack.query(CANCEL, { id }, yiliOffice),
    ];
    for (const attempt of attempts) {
      const foreign = refusal(await attempt(luxi.reservationId), luxi.reservationId);
      expect(foreign).toEqual({ code: 'NOT_FOUND', message: 'No reservation has id <id>.' });
      expect(refusal(await attempt(missing), missing)).toEqual(foreign);
    }
    expect((await stack.query(RESERVATION, { id: luxi.reservationId }, luxi.tokens.office)).data!.reservation!.status).toBe('HELD');
  });

  it("bases: adding to, changing or removing another alliance's answers as a random id does", async () => {
    const em = stack.em('members');
    const luxi = await seedAllianceWithCast(em);
    const base = await seedBase(em, luxi.grower.member);
    const yiliOffice = await stack.token((await seedAllianceWithCast(em)).office.viewer);
    const missing = randomUUID();
    const add = refusal(await stack.query(ADD_BASE, { memberId: luxi.grower.member.id, input: BASE }, yiliOffice), luxi.grower.member.id);
    expect(add).toEqual({ code: 'NOT_FOUND', message: 'No member has id <id>.' });
    expect(refusal(await stack.query(ADD_BASE, { memberId: missing, input: BASE }, yiliOffice), missing)).toEqual(add);
    const attempts = [
      (id: string) => stack.query(UPDATE_BASE, { id, input: BASE }, yiliOffice),
      (id: string) => stack.query(REMOVE_BASE, { id }, yiliOffice),
    ];
    for (const attempt of attempts) {
      const foreign = refusal(await attempt(base.id), base.id);
      expect(foreign).toEqual({ code: 'NOT_FOUND', message: 'No base has id <id>.' });
      expect(refusal(await attempt(missing), missing)).toEqual(foreign);
    }
  });
});

describe('finding 5: a member shows only the membership of the caller\'s alliance', () => {
  it('another alliance\'s office sees only its own membership of a shared member; the member sees all of its own', async () => {
    const { luxi, yili, insurer, tokens } = await sharedInsurer();
    const byId = await stack.query(MEMBER_ALLIANCES, { id: insurer.id }, tokens.yiliOffice);
    expect(byId.data!.member!.alliances).toEqual([{ alliance: { id: yili.alliance.id }, roles: ['INSURER'] }]);
    const listed = await stack.query(LISTED_ALLIANCES, {}, tokens.yiliOffice);
    const node = listed.data!.members.edges.find((e) => e.node.id === insurer.id)!.node;
    expect(node.alliances).toEqual([{ alliance: { id: yili.alliance.id }, roles: ['INSURER'] }]);
    // Nobody in Yili, the insurer acting there aside, learns of its Luxi membership.
    const fromLuxi = await stack.query(MEMBER_ALLIANCES, { id: insurer.id }, tokens.luxiOffice);
    expect(fromLuxi.data!.member!.alliances).toEqual([{ alliance: { id: luxi.alliance.id }, roles: ['INSURER'] }]);
    const own = await stack.query(VIEWER_ALLIANCES, {}, tokens.insurerYili);
    expect(own.data!.viewer!.alliances.map((a) => a.alliance.id).sort()).toEqual([luxi.alliance.id, yili.alliance.id].sort());
  });
});
