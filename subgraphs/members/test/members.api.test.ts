import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestStack, type TestStack } from '@alliance/stack/testing';
import { daysAgo, randomCreditCode, seedAlliance, seedAllianceWithCast, seedBase, seedMember, uniqueCode } from '@alliance/stack/fixtures';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members']);
});
afterAll(async () => stack?.close());

const MEMBER_FIELDS = `id code name kind creditCode township status statusReason joinedOn
  contact { name phone } alliances { alliance { id code } roles } bases { id township areaMu crop }`;

describe('queries', () => {
  it('lists alliances publicly, without a token', async () => {
    const em = stack.em('members');
    const alliance = await seedAlliance(em, 'Public alliance');
    const answer = await stack.query(`{ alliances { id code name region crops } alliance(id: "${alliance.id}") { name } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.alliances).toContainEqual({ id: alliance.id, code: alliance.code, name: 'Public alliance', region: 'Yunnan', crops: ['SCALLION'] });
    expect(answer.data.alliance.name).toBe('Public alliance');
  });

  it('refuses member data to anonymous callers with UNAUTHENTICATED', async () => {
    const em = stack.em('members');
    const { grower } = await seedAllianceWithCast(em);
    for (const q of [`{ member(id: "${grower.member.id}") { code } }`, '{ viewer { code } }', '{ members { totalCount } }']) {
      const answer = await stack.query(q);
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers viewer, member and memberByCode for a member of the alliance', async () => {
    const em = stack.em('members');
    const { alliance, grower, office } = await seedAllianceWithCast(em);
    await seedBase(em, grower.member, 'Jinma', '8.25');
    const token = await stack.token(grower.viewer);
    const answer = await stack.query(
      `query($id: ID!, $code: String!) { viewer { ${MEMBER_FIELDS} } member(id: $id) { code kind } memberByCode(code: $code) { id } }`,
      { id: office.member.id, code: office.member.code.toLowerCase() },
      token,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.viewer).toMatchObject({
      id: grower.member.id,
      code: grower.member.code,
      kind: 'GROWER',
      creditCode: null,
      contact: { name: 'Li Wei', phone: '13912345678' },
      alliances: [{ alliance: { id: alliance.id, code: alliance.code }, roles: ['GROWER'] }],
      bases: [{ township: 'Jinma', areaMu: '8.25', crop: 'SCALLION' }],
      joinedOn: '2023-03-01',
    });
    expect(answer.data.member).toEqual({ code: office.member.code, kind: 'SALES_ENTITY' });
    expect(answer.data.memberByCode).toEqual({ id: office.member.id });
  });

  it('paginates members with filters and a total over all pages', async () => {
    const em = stack.em('members');
    const { alliance, office } = await seedAllianceWithCast(em);
    for (let i = 0; i < 7; i++) await seedMember(em, alliance, 'GROWER', ['GROWER'], { township: i < 5 ? 'Baishui' : 'Wujie' });
    const token = await stack.token(office.viewer);
    const page = `query($after: String) { members(filter: { kinds: [GROWER], township: "Baishui" }, first: 2, after: $after) {
      totalCount edges { cursor node { code township } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const answer: any = await stack.query(page, { after }, token);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.members.totalCount).toBe(5);
      for (const edge of answer.data.members.edges) {
        expect(edge.node.township).toBe('Baishui');
        seen.push(edge.node.code);
      }
      after = answer.data.members.pageInfo.hasNextPage ? answer.data.members.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(5);

    const text = await stack.query(`{ members(filter: { text: "${office.member.code.slice(-4).toLowerCase()}" }) { totalCount edges { node { id } } } }`, {}, token);
    expect(text.data.members.edges.map((e: any) => e.node.id)).toContain(office.member.id);

    const suspended = await stack.query('{ members(filter: { status: SUSPENDED }) { totalCount } }', {}, token);
    expect(suspended.data.members.totalCount).toBe(0);
  });

  it('rejects a bad page size or cursor with BAD_USER_INPUT', async () => {
    const { office } = await seedAllianceWithCast(stack.em('members'));
    const token = await stack.token(office.viewer);
    const tooMany = await stack.query('{ members(first: 1000) { totalCount } }', {}, token);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toMatch(/from 1 to 100/);
    const badCursor = await stack.query('{ members(after: "not-a-cursor") { totalCount } }', {}, token);
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('role matrix', () => {
  it('shows a grower contact to the grower and the office only, an organisation contact to the alliance', async () => {
    const em = stack.em('members');
    const { grower, office, market, coldStore } = await seedAllianceWithCast(em);
    const q = `query($g: ID!, $c: ID!) { g: member(id: $g) { contact { phone } } c: member(id: $c) { contact { phone } } }`;
    const vars = { g: grower.member.id, c: coldStore.member.id };
    const as = async (viewer: typeof grower.viewer) => (await stack.query(q, vars, await stack.token(viewer))).data;
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
    const one = await stack.query(`{ member(id: "${luxi.grower.member.id}") { code } none: member(id: "00000000-0000-4000-8000-000000000000") { code } }`, {}, token);
    expect(one.data?.member ?? null).toBeNull();
    expect(one).toMatchObject({ data: { member: null, none: null } });
    expect(one.errors).toBeUndefined();
    const list = await stack.query(`{ members(filter: { allianceId: "${luxi.alliance.id}" }) { totalCount } }`, {}, token);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // By code, another alliance's member looks like no member at all: codes are guessable.
    const byCode = await stack.query(`{ other: memberByCode(code: "${luxi.grower.member.code}") { id } none: memberByCode(code: "NO-SUCH-CODE") { id } }`, {}, token);
    expect(byCode).toMatchObject({ data: { other: null, none: null } });
    expect(byCode.errors).toBeUndefined();
  });

  it('lets only the office admit, update, suspend and reinstate', async () => {
    const em = stack.em('members');
    const { alliance, grower, market, coldStore } = await seedAllianceWithCast(em);
    for (const viewer of [grower.viewer, market.viewer, coldStore.viewer]) {
      const token = await stack.token(viewer);
      const admit = await stack.query(
        `mutation($a: ID!) { admitMember(input: { allianceId: $a, code: "${uniqueCode('X')}", name: "x", kind: GROWER, township: "Wujie", contact: { name: "x", phone: "13700000000" } }) { id } }`,
        { a: alliance.id },
        token,
      );
      expect(admit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const suspend = await stack.query(`mutation { suspendMember(id: "${grower.member.id}", reason: "x") { status } }`, {}, token);
      expect(suspend.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('office mutations', () => {
  const admit = `mutation($input: AdmitMemberInput!) { admitMember(input: $input) { id code kind creditCode status joinedOn alliances { roles } } }`;

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
    expect(answer.data.admitMember).toMatchObject({ code, kind: 'WASHING_PLANT', creditCode, status: 'ACTIVE', alliances: [{ roles: ['FACILITY_OPERATOR'] }] });
    expect(answer.data.admitMember.joinedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

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
    const valid = { allianceId: alliance.id, name: 'n', kind: 'COOPERATIVE', creditCode: randomCreditCode(), township: 'Jinma', contact: { name: 'n', phone: '13700000000' } };
    const broken = randomCreditCode().slice(0, 17) + (randomCreditCode().endsWith('0') ? '1' : '0');
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
      const lookup = await stack.query(`{ memberByCode(code: "${code}") { id } }`, {}, token);
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
    const update = await stack.query(
      `mutation($id: ID!) { updateMember(id: $id, input: { name: "Zhang San", township: "Wujie", roles: [GROWER, COOPERATIVE] }) { name township alliances { roles } } }`,
      { id: grower.member.id },
      token,
    );
    expect(update.errors).toBeUndefined();
    expect(update.data.updateMember).toEqual({ name: 'Zhang San', township: 'Wujie', alliances: [{ roles: ['GROWER', 'COOPERATIVE'] }] });

    const suspend = `mutation($id: ID!) { suspendMember(id: $id, reason: "Residue test failed") { status statusReason } }`;
    expect((await stack.query(suspend, { id: grower.member.id }, token)).data.suspendMember).toEqual({ status: 'SUSPENDED', statusReason: 'Residue test failed' });
    expect((await stack.query(suspend, { id: grower.member.id }, token)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // A suspended member can still read but no longer change anything.
    const growerToken = await stack.token(grower.viewer);
    const edit = await stack.query('mutation { updateMyProfile(input: { name: "x" }) { name } }', {}, growerToken);
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const reinstate = `mutation($id: ID!) { reinstateMember(id: $id) { status statusReason } }`;
    expect((await stack.query(reinstate, { id: grower.member.id }, token)).data.reinstateMember).toEqual({ status: 'ACTIVE', statusReason: null });
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
    const profile = await stack.query('mutation { updateMyProfile(input: { contact: { name: "Li Na", phone: "13600000000" } }) { contact { name phone } } }', {}, token);
    expect(profile.data.updateMyProfile.contact).toEqual({ name: 'Li Na', phone: '13600000000' });

    const add = await stack.query('mutation { addBase(input: { township: "Jinma", areaMu: "15.5", crop: SCALLION }) { id areaMu } }', {}, token);
    expect(add.errors).toBeUndefined();
    expect(add.data.addBase.areaMu).toBe('15.50');
    const id = add.data.addBase.id;
    const upd = await stack.query(`mutation { updateBase(id: "${id}", input: { township: "Baishui", areaMu: "20", crop: SCALLION }) { township areaMu } }`, {}, token);
    expect(upd.data.updateBase).toEqual({ township: 'Baishui', areaMu: '20.00' });
    for (const area of ['0', '-3', '1.234', '999999']) {
      const bad = await stack.query(`mutation { updateBase(id: "${id}", input: { township: "Baishui", areaMu: "${area}", crop: SCALLION }) { id } }`, {}, token);
      expect(bad.errors?.[0]?.extensions?.code, area).toBe('BAD_USER_INPUT');
    }
    const notDecimal = await stack.query(`mutation { addBase(input: { township: "Baishui", areaMu: "lots", crop: SCALLION }) { id } }`, {}, token);
    expect(notDecimal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const foreign = await stack.query(`mutation { addBase(memberId: "${other.member.id}", input: { township: "Jinma", areaMu: "1", crop: SCALLION }) { id } }`, {}, token);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byMarket = await stack.query(`mutation { removeBase(id: "${id}") }`, {}, await stack.token(market.viewer));
    expect(byMarket.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const remove = await stack.query(`mutation { removeBase(id: "${id}") }`, {}, token);
    expect(remove.data.removeBase).toBe(id);
    const gone = await stack.query(`mutation { removeBase(id: "${id}") }`, {}, token);
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
