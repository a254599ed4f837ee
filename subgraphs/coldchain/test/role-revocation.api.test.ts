import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { directoryMember, seedCastForColdchain, seedFacility, seedVehicle, daysAgo } from '@alliance/stack/fixtures';

/**
 * What a caller may do in the cold chain comes from the member directory at the time of the
 * request, never from what its token said: roles removed and suspensions in the members subgraph
 * reach the cold chain through members.changed within a second.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
});
afterAll(async () => stack?.close());

const RECORD = graphql(`
  mutation ColdchainRevocationRecordTemperatures($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }
`);
const FACILITIES = graphql(`
  query ColdchainRevocationDryWarehouses { facilities(filter: { kinds: [DRY_WAREHOUSE] }) { id } }
`);
const VEHICLES = graphql(`
  query ColdchainRevocationVehicles { vehicles { plate operator { code } } }
`);
/**
 * Well under a second on its own (0.1–0.5 s here, up to about 1 s with the whole suite running);
 * the suite runs many stacks at once on two cores, so the bound leaves room before calling it late
 * (a stale token would be believed for its 12-hour life).
 */
const WITHIN_A_SECOND = { timeoutMs: 5_000, intervalMs: 50 };
/** A calendar day `offset` days from today. */
const day = (offset: number) => daysAgo(-offset);

describe('authorization from the directory now', () => {
  it('stops a facility operator whose role the office removed from recording temperatures, within a second', async () => {
    const { office, coldStore } = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const { sensor } = await seedFacility(stack.em('coldchain'), coldStore.viewer);
    const token = await stack.token(coldStore.viewer);
    const reading = (minutesAgo: number) => [{ sensorCode: sensor.code, at: new Date(Date.now() - minutesAgo * 60_000).toISOString(), celsius: 1 }];
    expect((await stack.query(RECORD, { readings: reading(30) }, token)).data!.recordTemperatures.stored).toBe(1);

    const updated = await stack.query(
      graphql(`mutation ColdchainRevocationSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }`),
      { id: coldStore.member.id, roles: ['COOPERATIVE'] },
      await stack.token(office.viewer),
    );
    expect(updated.errors).toBeUndefined();
    // The same token, issued before the change: refused as soon as the announcement arrives.
    await eventually(async () => expect((await stack.query(RECORD, { readings: reading(20) }, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN'), WITHIN_A_SECOND);
    const [before] = await stack.em('coldchain').execute(`select count(*)::int as n from coldchain.temperature_reading where sensor_id = ?`, [sensor.id]);
    expect((await stack.query(RECORD, { readings: reading(10) }, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [after] = await stack.em('coldchain').execute(`select count(*)::int as n from coldchain.temperature_reading where sensor_id = ?`, [sensor.id]);
    expect(after).toEqual(before);
  });

  it('stops a member suspended in the members subgraph within a second, and lets it go on once reinstated', async () => {
    const { office, market, coldStore } = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const { facility } = await seedFacility(stack.em('coldchain'), coldStore.viewer);
    const token = await stack.token(market.viewer);
    const book = () =>
      stack.query(
        graphql(`mutation ColdchainRevocationBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }`),
        { input: { facilityId: facility.id, kind: 'COLD_STORAGE', amount: '10', from: day(1), to: day(1) } },
        token,
      );
    expect((await book()).errors).toBeUndefined();
    const officeToken = await stack.token(office.viewer);
    const suspend = graphql(`mutation ColdchainRevocationSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }`);
    expect((await stack.query(suspend, { id: market.member.id, reason: 'Unpaid fees' }, officeToken)).errors).toBeUndefined();
    await eventually(async () => expect((await book()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN'), WITHIN_A_SECOND);
    await stack.query(graphql(`mutation ColdchainRevocationReinstate($id: ID!) { reinstateMember(id: $id) { status } }`), { id: market.member.id }, officeToken);
    await eventually(async () => expect((await book()).errors).toBeUndefined(), WITHIN_A_SECOND);
  });

  it('refuses a token naming an alliance its member is not in, instead of listing that alliance\'s warehouses', async () => {
    const luxi = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const yili = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const { facility } = await seedFacility(stack.em('coldchain'), yili.coldStore.viewer, { kind: 'DRY_WAREHOUSE', township: 'Huocheng' });
    const forged = await stack.token({ ...luxi.grower.viewer, allianceId: yili.alliance.id });
    const answer = await stack.query(FACILITIES, {}, forged);
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(answer.data ?? null)).not.toContain(facility.id);
    // Its own alliance's token still works, and shows none of Yili's.
    const own = await stack.query(FACILITIES, {}, await stack.token(luxi.grower.viewer));
    expect(own.errors).toBeUndefined();
    expect(own.data!.facilities.map((f) => f.id)).not.toContain(facility.id);
  });

  it('refuses a token whose sub is no member: no vehicle registered, and the vehicles list is never a silent null', async () => {
    const stranger = await stack.token({ memberId: randomUUID(), allianceId: randomUUID(), roles: ['FACILITY_OPERATOR'], status: 'ACTIVE', kind: 'LOGISTICS' });
    const plate = `云G·N${Date.now() % 100000}冷`;
    const register = await stack.query(
      graphql(`mutation ColdchainRevocationRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id } }`),
      { input: { plate } },
      stranger,
    );
    expect(register.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [count] = await stack.em('coldchain').execute(`select count(*)::int as n from coldchain.vehicle where plate = ?`, [plate]);
    expect(count!.n).toBe(0);

    const listed = await stack.query(VEHICLES, {}, stranger);
    expect(listed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // A member of the alliance lists its vehicles with their operators.
    const { coldStore } = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const { vehicle } = await seedVehicle(stack.em('coldchain'), coldStore.viewer);
    const own = await stack.query(VEHICLES, {}, await stack.token(coldStore.viewer));
    expect(own.errors).toBeUndefined();
    expect(own.data!.vehicles).toContainEqual({ plate: vehicle.plate, operator: { code: coldStore.member.code } });
  });

  it('authorizes a coldchain-only member from the cold chain\'s directory: its roles, its standing', async () => {
    const em = stack.em('coldchain');
    const active = await directoryMember(em, ['FACILITY_OPERATOR']);
    const suspended = await directoryMember(em, ['FACILITY_OPERATOR'], { allianceId: active.allianceId, status: 'SUSPENDED' });
    const { sensor } = await seedFacility(em, active);
    const readings = [{ sensorCode: sensor.code, at: new Date(Date.now() - 60_000).toISOString(), celsius: 2 }];
    expect((await stack.query(RECORD, { readings }, await stack.token(active))).data!.recordTemperatures.stored).toBe(1);
    expect((await stack.query(RECORD, { readings }, await stack.token(suspended))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The token claims roles it does not have in the directory: the directory wins.
    const grower = await directoryMember(em, ['GROWER'], { allianceId: active.allianceId });
    expect((await stack.query(RECORD, { readings }, await stack.token({ ...grower, roles: ['FACILITY_OPERATOR'] }))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
