import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { daysAgo, seedAllianceWithCast, seedBase, seedLot } from '@alliance/stack/fixtures';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members']);
});
afterAll(async () => stack?.close());

const REGISTER = graphql(`
  mutation LotNumbersRegister($input: RegisterLotInput!) { registerLot(input: $input) { id lotNumber harvestDate } }
`);
const LOT = graphql(`
  query LotNumbersLot($id: ID!) { lot(id: $id) { lotNumber } }
`);

const AI_10 = /^[A-Z0-9-]{1,20}$/;

async function cast() {
  const c = await seedAllianceWithCast(stack.em('members'));
  const base = await seedBase(stack.em('members'), c.grower.member, 'Jinma');
  const input = { baseId: base.id, crop: 'SCALLION', variety: 'RED', grade: 'A', quantityKg: '100', harvestDate: daysAgo(3), askingPricePerKg: '2.00' } as const;
  return { ...c, base, input, token: await stack.tokenOf(c.grower) };
}

describe('lot numbers', () => {
  it('numbers concurrent registrations of one alliance and day gaplessly, alliance code and harvest day first', async () => {
    const c = await cast();
    const answers = await Promise.all(Array.from({ length: 8 }, () => stack.query(REGISTER, { input: c.input }, c.token)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const numbers = answers.map((a) => a.data!.registerLot.lotNumber).sort();
    const prefix = c.alliance.code.replace(/[^A-Z0-9]/g, '').slice(0, 6);
    const day = c.input.harvestDate.slice(2).replaceAll('-', '');
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => `${prefix}-${day}-000${i + 1}`));
    for (const n of numbers) expect(n).toMatch(AI_10);

    // Another harvest day has a counter of its own; the lot answers its number when read.
    const other = await stack.query(REGISTER, { input: { ...c.input, harvestDate: daysAgo(4) } }, c.token);
    expect(other.data!.registerLot.lotNumber).toBe(`${prefix}-${daysAgo(4).slice(2).replaceAll('-', '')}-0001`);
    const read = await stack.query(LOT, { id: other.data!.registerLot.id }, c.token);
    expect(read.data!.lot).toEqual({ lotNumber: other.data!.registerLot.lotNumber });
  });

  it('numbers seeded lots from the same counter; the database refuses a duplicate in the alliance and a number AI (10) cannot carry', async () => {
    const c = await cast();
    const seeded = await seedLot(stack.em('members'), c.grower, { harvestDate: c.input.harvestDate });
    expect(seeded.lotNumber).toMatch(/-0001$/);
    const registered = (await stack.query(REGISTER, { input: c.input }, c.token)).data!.registerLot;
    expect(registered.lotNumber).toBe(seeded.lotNumber.replace(/0001$/, '0002'));

    const setNumber = (id: string, lotNumber: string) => stack.sql('members', 'update members.lot set lot_number = ? where id = ?', [lotNumber, id]);
    await expect(setNumber(registered.id, seeded.lotNumber)).rejects.toThrow(/lot_alliance_id_lot_number_unique/);
    await expect(setNumber(registered.id, 'X'.repeat(21))).rejects.toThrow(/lot_number_gs1_ai_10/);
    await expect(setNumber(registered.id, 'lx/261126')).rejects.toThrow(/lot_number_gs1_ai_10/);
    // Unique per alliance: another alliance may use the same number.
    const elsewhere = await cast();
    const theirs = (await stack.query(REGISTER, { input: elsewhere.input }, elsewhere.token)).data!.registerLot;
    await expect(setNumber(theirs.id, seeded.lotNumber)).resolves.toBeDefined();
  });
});
