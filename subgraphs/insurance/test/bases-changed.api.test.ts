import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { publish } from '@alliance/messaging';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { seedAnnouncedBase, seedInsuranceAlliance } from '@alliance/stack/fixtures';
import { growingAreaMu } from '../src/store/facts.ts';

const addBase = graphql(`
  mutation BasesChangedAdd($input: BaseInput!, $memberId: ID) { addBase(memberId: $memberId, input: $input) { id areaMu } }
`);
const updateBase = graphql(`
  mutation BasesChangedUpdate($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { id areaMu crop } }
`);
const removeBase = graphql(`
  mutation BasesChangedRemove($id: ID!) { removeBase(id: $id) }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'insurance']);
});
afterAll(async () => stack?.close());

interface BaseFact {
  member_id: string;
  crop: string;
  township: string;
  area_mu: string;
  removed: boolean;
}

async function baseFact(baseId: string): Promise<BaseFact | null> {
  const rows = await stack
    .em('insurance')
    .getConnection()
    .execute<BaseFact[]>(`select member_id, crop, township, area_mu::text as area_mu, removed from insurance.base_fact where base_id = ?`, [baseId]);
  return rows[0] ?? null;
}

const area = (memberId: string, crop: string) => growingAreaMu(stack.em('insurance').fork() as EntityManager, memberId, crop);

describe('bases.changed: insurance hears of the bases members keep', () => {
  it('a base added, changed and removed through the gateway reaches base_fact, and the growing area follows it', async () => {
    const cast = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    const grower = await stack.token(cast.grower.viewer);
    const added = await stack.query(addBase, { input: { township: 'Jinma', areaMu: '12.5', crop: 'SCALLION' } }, grower);
    expect(added.errors).toBeUndefined();
    const id = added.data!.addBase.id;
    await eventually(async () => expect(await baseFact(id)).toEqual({ member_id: cast.grower.member.id, crop: 'SCALLION', township: 'Jinma', area_mu: '12.50', removed: false }));
    expect(await area(cast.grower.member.id, 'SCALLION')).toBe('12.50');

    // A refused change writes nothing; the next one is heard.
    expect((await stack.query(updateBase, { id, input: { township: 'Jinma', areaMu: '-3', crop: 'SCALLION' } }, grower)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const changed = await stack.query(updateBase, { id, input: { township: 'Baishui', areaMu: '20.25', crop: 'SCALLION' } }, grower);
    expect(changed.errors).toBeUndefined();
    await eventually(async () => expect(await baseFact(id)).toMatchObject({ township: 'Baishui', area_mu: '20.25', removed: false }));
    expect(await area(cast.grower.member.id, 'SCALLION')).toBe('20.25');

    // A second base adds up; one of another crop does not count for scallion.
    const second = await seedAnnouncedBase(stack, cast.grower, { crop: 'SCALLION', areaMu: '4.75', township: 'Wujie' });
    await seedAnnouncedBase(stack, cast.grower, { crop: 'SAFFLOWER_FLORET', areaMu: '100' });
    expect(await area(cast.grower.member.id, 'SCALLION')).toBe('25.00');
    expect(await area(cast.grower.member.id, 'SAFFLOWER_FLORET')).toBe('100.00');

    const removed = await stack.query(removeBase, { id }, grower);
    expect(removed.errors).toBeUndefined();
    await eventually(async () => expect(await baseFact(id)).toMatchObject({ area_mu: '20.25', removed: true }));
    expect(await area(cast.grower.member.id, 'SCALLION')).toBe('4.75');
    expect((await baseFact(second.id))!.removed).toBe(false);
  });

  it('a base the office adds for its cooperative is heard too; another member\'s area is its own', async () => {
    const cast = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    const added = await stack.query(addBase, { memberId: cast.cooperative.member.id, input: { township: 'Zhongshu', areaMu: '300', crop: 'SCALLION' } }, await stack.token(cast.office.viewer));
    expect(added.errors).toBeUndefined();
    await eventually(async () => expect(await baseFact(added.data!.addBase.id)).toMatchObject({ member_id: cast.cooperative.member.id, area_mu: '300.00' }));
    expect(await area(cast.cooperative.member.id, 'SCALLION')).toBe('300.00');
    expect(await area(cast.grower.member.id, 'SCALLION')).toBe('0');
  });

  it('every base is announced again when a subgraph asks for the directory (directory.requested)', async () => {
    const cast = await seedInsuranceAlliance(stack.em('members'), stack.em('insurance'));
    const base = await seedAnnouncedBase(stack, cast.otherGrower, { areaMu: '8' });
    // As if insurance had missed the announcement.
    await stack.em('insurance').getConnection().execute(`delete from insurance.base_fact where base_id = ?`, [base.id]);
    expect(await baseFact(base.id)).toBeNull();
    await stack.em('insurance').fork().transactional((tx) => publish(tx as EntityManager, 'insurance', 'directory.requested', 'directory', { subgraph: 'insurance' }));
    await eventually(async () => expect(await baseFact(base.id)).toMatchObject({ member_id: cast.otherGrower.member.id, area_mu: '8.00', removed: false }));
  });
});
