import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestStack, type TestStack } from '@alliance/stack/testing';
import { directoryMember, seedFacility, seedVehicle } from '@alliance/stack/fixtures';
import { recordLotAlliances } from '@alliance/coldchain/store/lot-alliances';

/** Custody is validated: harvest day, kg the position holds, an order that makes sense; one writer per lot. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
});
afterAll(async () => stack?.close());

const em = () => stack.em('coldchain');
const HOUR = 3_600_000;
const CUSTODY = `mutation ValidCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }`;
type Answer = { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
const code = (a: Answer) => a.errors?.[0]?.extensions?.code;

async function setup() {
  const operator = await directoryMember(em(), ['FACILITY_OPERATOR']);
  const { facility } = await seedFacility(em(), operator);
  const { vehicle } = await seedVehicle(em(), operator);
  const lot = randomUUID();
  const harvestDate = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  await recordLotAlliances(em(), [{ lotId: lot, allianceId: operator.allianceId, quantityKg: '1000.000', harvestDate, announcedAt: new Date().toISOString() }]);
  const token = await stack.token(operator);
  const record = (kind: string, at: Date, quantityKg: string, place: { facilityId?: string; vehicleId?: string } = { facilityId: facility.id }) =>
    stack.query(CUSTODY, { input: { lotId: lot, kind, at: at.toISOString(), quantityKg, ...place } }, token) as Promise<Answer & { data?: unknown }>;
  return { facility, vehicle, lot, harvestDate, record };
}

describe('recordCustodyEvent refuses what cannot have happened', () => {
  it('refuses an event before the harvest day (midnight Asia/Shanghai)', async () => {
    const s = await setup();
    const justBefore = new Date(new Date(`${s.harvestDate}T00:00:00+08:00`).getTime() - 60_000);
    const answer = await s.record('RECEIVED', justBefore, '100');
    expect(code(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/harvested on/);
    expect(code(await s.record('RECEIVED', new Date(justBefore.getTime() + 120_000), '100'))).toBeUndefined();
  });

  it('refuses more kg than the lot or the facilities hold', async () => {
    const s = await setup();
    expect(code(await s.record('RECEIVED', new Date(Date.now() - 10 * HOUR), '1000.001'))).toBe('BAD_USER_INPUT');
    expect(code(await s.record('RECEIVED', new Date(Date.now() - 10 * HOUR), '600'))).toBeUndefined();
    const tooMuch = await s.record('STORED', new Date(Date.now() - 9 * HOUR), '600.001');
    expect(code(tooMuch)).toBe('BAD_USER_INPUT');
    expect(tooMuch.errors?.[0]?.message).toMatch(/Only 600\.000 kg/);
    expect(code(await s.record('LOADED', new Date(Date.now() - 8 * HOUR), '700', { vehicleId: s.vehicle.id }))).toBe('BAD_USER_INPUT');
    expect(code(await s.record('STORED', new Date(Date.now() - 9 * HOUR), '600'))).toBeUndefined();
  });

  it('refuses IN_TRANSIT before LOADED on the vehicle, and an event earlier than the latest at the same place', async () => {
    const s = await setup();
    expect(code(await s.record('RECEIVED', new Date(Date.now() - 10 * HOUR), '500'))).toBeUndefined();
    expect(code(await s.record('IN_TRANSIT', new Date(Date.now() - 5 * HOUR), '500', { vehicleId: s.vehicle.id }))).toBe('BAD_USER_INPUT');
    expect(code(await s.record('STORED', new Date(Date.now() - 8 * HOUR), '500'))).toBeUndefined();
    const earlier = await s.record('WASHED', new Date(Date.now() - 9 * HOUR), '500');
    expect(code(earlier)).toBe('BAD_USER_INPUT');
    expect(earlier.errors?.[0]?.message).toMatch(/cannot be earlier/);
  });
});

describe('concurrency', () => {
  it('two parallel loadings that together exceed the stored kg: at most the stored kg end up loaded', async () => {
    const s = await setup();
    expect(code(await s.record('RECEIVED', new Date(Date.now() - 10 * HOUR), '600'))).toBeUndefined();
    const at = new Date(Date.now() - 5 * HOUR);
    const [a, b] = await Promise.all([s.record('LOADED', at, '400', { vehicleId: s.vehicle.id }), s.record('LOADED', at, '400', { vehicleId: s.vehicle.id })]);
    const codes = [code(a), code(b)].sort();
    expect(codes).toEqual(['BAD_USER_INPUT', undefined].sort());
  });
});
