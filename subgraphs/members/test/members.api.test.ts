import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { daysAgo, randomCreditCode, seedAlliance, seedAllianceWithCast, seedBase, seedMember, uniqueCode } from '@alliance/stack/fixtures';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members']);
});
afterAll(async () => stack?.close());

const ALLIANCES = graphql(`
  query MembersPublicAlliances($id: ID!) { alliances { id code name region crops } alliance(id: $id) { name } }
`);
const MEMBER_CODE = graphql(`
  query MembersMemberCode($id: ID!) { member(id: $id) { code } }
`);
const VIEWER_CODE = graphql(`
  query MembersViewerCode { viewer { code } }
`);
const MEMBERS_COUNT = graphql(`
  query MembersCount { members { totalCount } }
`);
const VIEWER_MEMBER_BY_CODE = graphql(`
  query MembersViewerMemberAndCode($id: ID!, $code: String!) {
    viewer {
      id code name kind creditCode township status statusReason joinedOn
      contact { name phone } alliances { alliance { id code } roles } bases { id township areaMu crop }
    }
    member(id: $id) { code kind }
    memberByCode(code: $code) { id }
  }
`);
const MEMBERS_PAGE = graphql(`
  query MembersBaishuiGrowersPage($after: String) {
    members(filter: { kinds: [GROWER], township: "Baishui" }, first: 2, after: $after) {
      totalCount edges { cursor node { code township } } pageInfo { hasNextPage endCursor }
    }
  }
`);
const MEMBERS_FILTERED = graphql(`
  query MembersFiltered($filter: MemberFilter, $first: Int, $after: String) {
    members(filter: $filter, first: $first, after: $after) { totalCount edges { node { id } } }
  }
`);
const CONTACTS = graphql(`
  query MembersTwoContacts($g: ID!, $c: ID!) { g: member(id: $g) { contact { phone } } c: member(id: $c) { contact { phone } } }
`);
const MEMBER_AND_NONE = graphql(`
  query MembersMemberAndNone($id: ID!, $none: ID!) { member(id: $id) { code } none: member(id: $none) { code } }
`);
const BY_CODE_AND_NONE = graphql(`
  query MembersByCodeAndNone($code: String!, $none: String!) { other: memberByCode(code: $code) { id } none: memberByCode(code: $none) { id } }
`);
const MEMBER_BY_CODE = graphql(`
  query MembersMemberByCode($code: String!) { memberByCode(code: $code) { id } }
`);
const ADMIT_GROWER = graphql(`
  mutation MembersAdmitGrower($a: ID!, $code: String!) {
    admitMember(input: { allianceId: $a, code: $code, name: "x", kind: GROWER, township: "Wujie", contact: { name: "x", phone: "13700000000" } }) { id }
  }
`);
const SUSPEND_STATUS = graphql(`
  mutation MembersSuspendStatus($id: ID!) { suspendMember(id: $id, reason: "x") { status } }
`);
const UPDATE_MEMBER = graphql(`
  mutation MembersUpdateMember($id: ID!) {
    updateMember(id: $id, input: { name: "Zhang San", township: "Wujie", roles: [GROWER, COOPERATIVE] }) { name township alliances { roles } }
  }
`);
const UPDATE_PROFILE = graphql(`
  mutation MembersUpdateMyProfile($input: UpdateProfileInput!) { updateMyProfile(input: $input) { name contact { name phone } } }
`);
const ADD_BASE = graphql(`
  mutation MembersAddBase($input: BaseInput!, $memberId: ID) { addBase(memberId: $memberId, input: $input) { id areaMu } }
`);
const UPDATE_BASE = graphql(`
  mutation MembersUpdateBase($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { township areaMu } }
`);
const REMOVE_BASE = graphql(`
  mutation MembersRemoveBase($id: ID!) { removeBase(id: $id) }
`);

describe('queries', () => {
  it('lists alliances publicly, without a token', async () => {
    const em = stack.em('members');
    const alliance = await seedAlliance(em, 'Public alliance');
    const answer = await stack.query(ALLIANCES, { id: alliance.id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.alliances).toContainEqual({ id: alliance.id, code: alliance.code, name: 'Public alliance', region: 'Yunnan', crops: ['SCALLION'] });
    expect(answer.data!.alliance!.name).toBe('Public alliance');
  });

  it('refuses member data to anonymous callers with UNAUTHENTICATED', async () => {
    const em = stack.em('members');
    const { grower } = await seedAllianceWithCast(em);
    for (const send of [() => stack.query(MEMBER_CODE, { id: grower.member.id }), () => stack.query(VIEWER_CODE), () => stack.query(MEMBERS_COUNT)]) {
      const answer = await send();
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers viewer, member and memberByCode for a member of the alliance', async () => {
    const em = stack.em('members');
    const { alliance, grower, office } = await seedAllianceWithCast(em);
    await seedBase(em, grower.member, 'Jinma', '8.25');
    const token = await stack.token(grower.viewer);
    const answer = await stack.query(
      VIEWER_MEMBER_BY_CODE,
      { id: office.member.id, code: office.member.code.toLowerCase() },
      token,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.viewer).toMatchObject({
      id: grower.member.id,
      code: grower.member.code,
      kind: 'GROWER',
      creditCode: null,
      contact: { name: 'Li Wei', phone: '13912345678' },
      alliances: [{ alliance: { id: alliance.id, code: alliance.code }, roles: ['GROWER'] }],
      bases: [{ township: 'Jinma', areaMu: '8.25', crop: 'SCALLION' }],
      joinedOn: '2023-03-01',
    });
    expect(answer.data!.member).toEqual({ code: office.member.code, kind: 'SALES_ENTITY' });
    expect(answer.data!.memberByCode).toEqual({ id: office.member.id });
  });

  it('paginates members with filters and a total over all pages', async () => {
    const em = stack.em('members');
    const { alliance, office } = await seedAllianceWithCast(em);
    for (let i = 0; i < 7; i++) await seedMember(em, alliance, 'GROWER', ['GROWER'], { township: i < 5 ? 'Baishui' : 'Wujie' });
    const token = await stack.token(office.viewer);
    const page = (after: string | null) => stack.query(MEMBERS_PAGE, { after }, token);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const answer = await page(after);
      expect(answer.errors).toBeUndefined();
      const { members } = answer.data!;
      expect(members.totalCount).toBe(5);
      for (const edge of members.edges) {
        expect(edge.node.township).toBe('Baishui');
        seen.push(edge.node.code);
      }
      after = members.pageInfo.hasNextPage ? members.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(5);

    const text = await stack.query(MEMBERS_FILTERED, { filter: { text: office.member.code.slice(-4).toLowerCase() } }, token);
    expect(text.data!.members.edges.map((e) => e.node.id)).toContain(office.member.id);

    const suspended = await stack.query(MEMBERS_FILTERED, { filter: { status: 'SUSPENDED' } }, token);
    expect(suspended.data!.members.totalCount).toBe(0);
  });

  it('rejects a bad page size or cursor with BAD_USER_INPUT', async () => {
    const { office } = await seedAllianceWithCast(stack.em('members'));
    const token = await stack.token(office.viewer);
    const tooMany = await stack.query(MEMBERS_FILTERED, { first: 1000 }, token);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toMatch(/from 1 to 100/);
    const badCursor = await stack.query(MEMBERS_FILTERED, { after: 'not-a-cursor' }, token);
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('role matrix', () => {
  it('shows a grower contact to the grower and the office only, an organisation contact to the alliance', async () => {
    const em = stack.em('members');
    const { grower, office, market, coldStore } = await seedAllianceWithCast(em);
    const vars = { g: grower.member.id, c: coldStore.member.id };
    const as = async (viewer: typeof grower.viewer) => (await stack.query(CONTACTS, vars, await stack.token(viewer))).data;
    expect(await as(grower.viewer)).toEqual({ g: { contact: { phone: '13912345678' } }, c: { contact: { phone: '13800001111' } } });
    expect(await as(office.viewer)).toEqual({ g: { contact: { phone: '13912345678' } }, c: { contact: { phone: '13800001111' } } });
    expect(await as(market.viewer)).toEqual({ g: { contact: null }, c: { contact: { phone: '13800001111' } } });
    expect(await as(coldStore.viewer)).toEqual({ g: { contact: null }, c: { contact: { phone: '13800001111' } } });
  });

  it('keeps another alliance private: no such member by id or code, FORBIDDEN on its list', async () => {
    const em = stack.em('members');
    const luxi = await seedAllianceWithCast(em);
    const yili = await seedAllianceWithCast(em);
    const token = await stack.token(yili.market.viewer);
    // By id as by code, another alliance's member looks like no member at all: a refusal would
    // confirm that the id exists.
    const one = await stack.query(MEMBER_AND_NONE, { id: luxi.grower.member.id, none: '00000000-0000-4000-8000-000000000000' }, token);
    expect(one.data?.member ?? null).toBeNull();
    expect(one).toMatchObject({ data: { member: null, none: null } });
    expect(one.errors).toBeUndefined();
    const list = await stack.query(MEMBERS_FILTERED, { filter: { allianceId: luxi.alliance.id } }, token);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // By code, another alliance's member looks like no member at all: codes are guessable.
    const byCode = await stack.query(BY_CODE_AND_NONE, { code: luxi.grower.member.code, none: 'NO-SUCH-CODE' }, token);
    expect(byCode).toMatchObject({ data: { other: null, none: null } });
    expect(byCode.errors).toBeUndefined();
  });

  it('lets only the office admit, update, suspend and reinstate', async () => {
    const em = stack.em('members');
    const { alliance, grower, market, coldStore } = await seedAllianceWithCast(em);
    for (const viewer of [grower.viewer, market.viewer, coldStore.viewer]) {
      const token = await stack.token(viewer);
      const admit = await stack.query(ADMIT_GROWER, { a: alliance.id, code: uniqueCode('X') }, token);
      expect(admit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const suspend = await stack.query(SUSPEND_STATUS, { id: grower.member.id }, token);
      expect(suspend.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('office mutations', () => {
  const admit = graphql(`
    mutation MembersAdmit($input: AdmitMemberInput!) { admitMember(input: $input) { id code kind creditCode status joinedOn alliances { roles } } }
  `);

  it('admits an organisation with a valid credit code and default roles', async () => {
    const em = stack.em('members');
    const { alliance, office } = await seedAllianceWithCast(em);
    const token = await stack.token(office.viewer);
    const creditCode = randomCreditCode();
    const code = uniqueCode('LX-W');
    const answer = await stack.query(admit, {
      input: { allianceId: alliance.id, code: code.toLowerCase(), name: 'Zhongshu washing plant', kind: 'WASHING_PLANT', creditCode: creditCode.toLowerCase(), township: 'Zhongshu', contact: { name: 'Wang Fang', phone: '0873-6612345' } },
    }, token);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.admitMember).toMatchObject({ code, kind: 'WASHING_PLANT', creditCode, status: 'ACTIVE', alliances: [{ roles: ['FACILITY_OPERATOR'] }] });
    expect(answer.data!.admitMember.joinedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const again = await stack.query(admit, {
      input: { allianceId: alliance.id, code: uniqueCode('LX-W'), name: 'copy', kind: 'WASHING_PLANT', creditCode, township: 'Zhongshu', contact: { name: 'x', phone: '13700000000' } },
    }, token);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain(code);
    const sameCode = await stack.query(admit, {
      input: { allianceId: alliance.id, code, name: 'copy', kind: 'GROWER', township: 'Zhongshu', contact: { name: 'x', phone: '13700000000' } },
    }, token);
    expect(sameCode.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('rejects each kind of bad input with BAD_USER_INPUT and saves nothing', async () => {
    const em = stack.em('members');
    const { alliance, office } = await seedAllianceWithCast(em);
    const token = await stack.token(office.viewer);
    const valid = { allianceId: alliance.id, name: 'n', kind: 'COOPERATIVE' as const, creditCode: randomCreditCode(), township: 'Jinma', contact: { name: 'n', phone: '13700000000' } };
    // One code with its check character changed (two random codes would leave it right about one time in 31).
    const good = randomCreditCode();
    const broken = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ code: 'bad code!' }, /Member code/],
      [{ creditCode: null }, /needs its 18-character/],
      [{ creditCode: 'ABC' }, /18/],
      [{ creditCode: broken }, /check character|organisation/i],
      [{ kind: 'GROWER' }, /no unified social credit code/],
      [{ name: '   ' }, /name must not be empty/],
      [{ contact: { name: 'n', phone: 'call me' } }, /not a phone number/],
      [{ joinedOn: daysAgo(-30) }, /future/],
    ];
    for (const [change, message] of cases) {
      const code = uniqueCode('BAD');
      const answer = await stack.query(admit, { input: { ...valid, code, ...change } }, token);
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(change)).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toMatch(message);
      const lookup = await stack.query(MEMBER_BY_CODE, { code }, token);
      expect(lookup.data?.memberByCode ?? null).toBeNull();
    }
    const badDate = await stack.query(admit, { input: { ...valid, code: uniqueCode('BAD'), joinedOn: '2023-02-30' } }, token);
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownAlliance = await stack.query(admit, { input: { ...valid, code: uniqueCode('BAD'), allianceId: '00000000-0000-4000-8000-000000000000' } }, token);
    expect(unknownAlliance.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('updates, suspends and reinstates, with CONFLICT on repeated transitions', async () => {
    const em = stack.em('members');
    const { grower, office } = await seedAllianceWithCast(em);
    const token = await stack.token(office.viewer);
    const update = await stack.query(UPDATE_MEMBER, { id: grower.member.id }, token);
    expect(update.errors).toBeUndefined();
    expect(update.data!.updateMember).toEqual({ name: 'Zhang San', township: 'Wujie', alliances: [{ roles: ['GROWER', 'COOPERATIVE'] }] });

    const suspend = graphql(`
      mutation MembersSuspend($id: ID!) { suspendMember(id: $id, reason: "Residue test failed") { status statusReason } }
    `);
    expect((await stack.query(suspend, { id: grower.member.id }, token)).data!.suspendMember).toEqual({ status: 'SUSPENDED', statusReason: 'Residue test failed' });
    expect((await stack.query(suspend, { id: grower.member.id }, token)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // A suspended member can still read but no longer change anything.
    const growerToken = await stack.token(grower.viewer);
    const edit = await stack.query(UPDATE_PROFILE, { input: { name: 'x' } }, growerToken);
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const reinstate = graphql(`
      mutation MembersReinstate($id: ID!) { reinstateMember(id: $id) { status statusReason } }
    `);
    expect((await stack.query(reinstate, { id: grower.member.id }, token)).data!.reinstateMember).toEqual({ status: 'ACTIVE', statusReason: null });
    expect((await stack.query(reinstate, { id: grower.member.id }, token)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const missing = await stack.query(suspend, { id: '00000000-0000-4000-8000-000000000000' }, token);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const self = await stack.query(suspend, { id: office.member.id }, token);
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('self service', () => {
  it('lets a member edit its profile and a grower its bases, but not another grower\'s', async () => {
    const em = stack.em('members');
    const { alliance, grower, market } = await seedAllianceWithCast(em);
    const other = await seedMember(em, alliance, 'GROWER', ['GROWER']);
    const token = await stack.token(grower.viewer);
    const profile = await stack.query(UPDATE_PROFILE, { input: { contact: { name: 'Li Na', phone: '13600000000' } } }, token);
    expect(profile.data!.updateMyProfile.contact).toEqual({ name: 'Li Na', phone: '13600000000' });

    const add = await stack.query(ADD_BASE, { input: { township: 'Jinma', areaMu: '15.5', crop: 'SCALLION' } }, token);
    expect(add.errors).toBeUndefined();
    expect(add.data!.addBase.areaMu).toBe('15.50');
    const id = add.data!.addBase.id;
    const upd = await stack.query(UPDATE_BASE, { id, input: { township: 'Baishui', areaMu: '20', crop: 'SCALLION' } }, token);
    expect(upd.data!.updateBase).toEqual({ township: 'Baishui', areaMu: '20.00' });
    for (const area of ['0', '-3', '1.234', '999999']) {
      const bad = await stack.query(UPDATE_BASE, { id, input: { township: 'Baishui', areaMu: area, crop: 'SCALLION' } }, token);
      expect(bad.errors?.[0]?.extensions?.code, area).toBe('BAD_USER_INPUT');
    }
    // Invalid on purpose: a Decimal literal that is no number, refused while the document is validated.
    const notDecimal = await stack.query(`mutation { addBase(input: { township: "Baishui", areaMu: "lots", crop: SCALLION }) { id } }`, {}, token);
    expect(notDecimal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const foreign = await stack.query(ADD_BASE, { memberId: other.member.id, input: { township: 'Jinma', areaMu: '1', crop: 'SCALLION' } }, token);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byMarket = await stack.query(REMOVE_BASE, { id }, await stack.token(market.viewer));
    expect(byMarket.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const remove = await stack.query(REMOVE_BASE, { id }, token);
    expect(remove.data!.removeBase).toBe(id);
    const gone = await stack.query(REMOVE_BASE, { id }, token);
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
