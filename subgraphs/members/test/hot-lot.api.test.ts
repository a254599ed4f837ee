import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestStack, type TestStack } from '@alliance/stack/testing';
import { daysAgo, seedAllianceWithCast, seedLot, seedMember } from '@alliance/stack/fixtures';

/**
 * reserveSupply of one named lot is one statement, its own transaction: the lot row is locked only
 * while the database runs it. Every guarantee of the longer path still holds.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members']);
});
afterAll(async () => stack?.close());

const RESERVE_ID = `mutation HotLotReserveId($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }`;
const RESERVE = `mutation HotLotReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id status totalKg lines { kg pricePerKg lot { id availableKg } } } }`;
const STATUS = `query HotLotReservationStatus($id: ID!) { reservation(id: $id) { status } }`;

async function cast() {
  const c = await seedAllianceWithCast(stack.em('members'));
  return { ...c, tokens: { grower: await stack.token(c.grower.viewer), market: await stack.token(c.market.viewer) } };
}

async function one<T>(text: string, params: unknown[] = []): Promise<T> {
  const [row] = await stack.em('members').getConnection().execute(text, params);
  return row as T;
}

describe('one hot lot', () => {
  it('reserves a named lot in one statement (was: begin, claim, lock, hold, commit), then reads the answer', async () => {
    const { grower, tokens } = await cast();
    const lot = await seedLot(stack.em('members'), grower, { quantityKg: '100' });
    const before = stack.statements('members');
    const answer = await stack.query(RESERVE_ID, { input: { idempotencyKey: 'count', lotId: lot.id, quantityKg: '1' } }, tokens.market);
    expect(answer.errors).toBeUndefined();
    // Was six or more (begin, claim the key, lock the lot, hold, commit, read the answer, with the
    // lot locked for three of them); now the reserve_on_lot call, the read of the answer and
    // the request's own look-up.
    expect(stack.statements('members') - before).toBeLessThanOrEqual(3);
  });

  it('answers from one read of what it wrote: the bench\'s selection costs three statements, and every answer equals a fresh read', async () => {
    const { grower, tokens } = await cast();
    const older = await seedLot(stack.em('members'), grower, { quantityKg: '30', harvestDate: daysAgo(3), price: '2.10' });
    const newer = await seedLot(stack.em('members'), grower, { quantityKg: '50', harvestDate: daysAgo(1), price: '2.60' });
    const selection = 'id status totalKg totalPrice shippedKg lines { kg pricePerKg amount shippedKg lot { id harvestDate availableKg } }';
    const reserve = `mutation HotLotReserveAll($input: ReserveSupplyInput!) { reserveSupply(input: $input) { ${selection} } }`;
    const read = `query HotLotReadBack($id: ID!) { reservation(id: $id) { ${selection} } }`;
    const confirm = `mutation HotLotConfirm($id: ID!) { confirmReservation(id: $id) { ${selection} } }`;

    // The bench's selection on a named lot: the caller, reserve_on_lot, and one read of the reservation with its lines and lots (was five).
    const before = stack.statements('members');
    const bench = await stack.query(`mutation HotLotBench($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id status totalKg lines { kg lot { id } } } }`, { input: { idempotencyKey: 'bench', lotId: newer.id, quantityKg: '5' } }, tokens.market);
    expect(bench.errors).toBeUndefined();
    expect(stack.statements('members') - before).toBe(3);

    // By specification over two lots: lines in allocation order (oldest harvest first), lots as they are after the hold.
    const spec = { crop: 'SCALLION', variety: 'RED', grade: 'A', deliverableBy: daysAgo(0) };
    const bySpec = await stack.query(reserve, { input: { idempotencyKey: 'spec', specification: spec, quantityKg: '40' } }, tokens.market);
    expect(bySpec.errors).toBeUndefined();
    const answer = bySpec.data!.reserveSupply as { id: string; lines: { kg: string; lot: { id: string; availableKg: string } }[] };
    expect(answer.lines.map((l) => [l.lot.id, l.kg, l.lot.availableKg])).toEqual([
      [older.id, '30.000', '0.000'],
      [newer.id, '10.000', '35.000'],
    ]);
    expect(answer).toEqual((await stack.query(read, { id: answer.id }, tokens.market)).data!.reservation);

    // Confirmed: the answer is the reservation as it is now, not the lines this request had read before the change.
    const confirmed = await stack.query(confirm, { id: answer.id }, tokens.market);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmReservation).toMatchObject({ status: 'CONFIRMED' });
    expect(confirmed.data!.confirmReservation).toEqual((await stack.query(read, { id: answer.id }, tokens.market)).data!.reservation);
  });

  it('takes the lot lock inside its one statement: what waits for a locked lot is the reserve_on_lot call', async () => {
    const { grower, tokens } = await cast();
    const lot = await seedLot(stack.em('members'), grower, { quantityKg: '100' });
    const blocker = await stack.em('members').getKnex().transaction();
    try {
      await blocker.raw('select id from members.lot where id = ? for update', [lot.id]);
      const pending = stack.query(RESERVE_ID, { input: { idempotencyKey: 'wait', lotId: lot.id, quantityKg: '2' } }, tokens.market);
      let waiting: { state: string; query: string } | undefined;
      for (let i = 0; i < 250 && !waiting; i++) {
        await blocker.raw('select pg_stat_clear_snapshot()'); // activity is read afresh, not as first seen in this transaction
        const { rows } = await blocker.raw(
          `select state, query from pg_stat_activity
           where pid <> pg_backend_pid() and wait_event_type = 'Lock' and query like '%reserve_on_lot%'`,
        );
        waiting = rows[0];
        if (!waiting) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // What waits for the lot is the one reserving statement (before: a `select … for update` of its
      // own, then a hold and a commit, each a round trip with the lot locked); with at most three
      // statements per request (above) there is no begin or commit around it.
      expect(waiting).toMatchObject({ state: 'active' });
      expect(waiting!.query).toMatch(/"reserve_on_lot"\(/);
      await blocker.commit();
      const answer = await pending;
      expect(answer.errors).toBeUndefined();
    } finally {
      if (!blocker.isCompleted()) await blocker.rollback();
    }
    expect(await one(`select held_kg from members.lot where id = ?`, [lot.id])).toEqual({ held_kg: '2.000' });
  });

  it('answers with the line at the lot price, and leaves nothing of a refused request: the key can be used again once kg are free', async () => {
    const { grower, tokens } = await cast();
    const lot = await seedLot(stack.em('members'), grower, { quantityKg: '10', price: '3.10' });
    const held = await stack.query(RESERVE, { input: { idempotencyKey: 'first', lotId: lot.id, quantityKg: '6' } }, tokens.market);
    expect(held.data!.reserveSupply).toMatchObject({ status: 'HELD', totalKg: '6.000', lines: [{ kg: '6.000', pricePerKg: '3.10', lot: { id: lot.id, availableKg: '4.000' } }] });

    const short = await stack.query(RESERVE, { input: { idempotencyKey: 'later', lotId: lot.id, quantityKg: '5' } }, tokens.market);
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', availableKg: '4.000', requestedKg: '5.000' });
    expect(short.errors?.[0]?.message).toBe(`Only 4.000 kg is available in lot ${lot.id}; you asked for 5.000 kg.`);
    expect(await one(`select count(*)::int as n from members.reservation where idempotency_key = 'later'`)).toEqual({ n: 0 });

    // The first hold expires; the same key, retried, now gets its reservation (and releases the old hold).
    const id = held.data!.reserveSupply.id;
    await one(`update members.reservation_line set hold_until = now() - interval '1 second' where reservation_id = ?`, [id]);
    await one(`update members.reservation set hold_until = now() - interval '1 second' where id = ?`, [id]);
    const again = await stack.query(RESERVE, { input: { idempotencyKey: 'later', lotId: lot.id, quantityKg: '5' } }, tokens.market);
    expect(again.errors).toBeUndefined();
    expect(again.data!.reserveSupply.lines[0]!.lot.availableKg).toBe('5.000');
    expect((await stack.query(STATUS, { id }, tokens.market)).data!.reservation!.status).toBe('EXPIRED');
    expect(await one(`select held_kg from members.lot where id = ?`, [lot.id])).toEqual({ held_kg: '5.000' });
  });

  it('releases expired holds even when the request is still short', async () => {
    const { grower, tokens } = await cast();
    const lot = await seedLot(stack.em('members'), grower, { quantityKg: '10' });
    const held = await stack.query(RESERVE_ID, { input: { idempotencyKey: 'old', lotId: lot.id, quantityKg: '3' } }, tokens.market);
    const id = held.data!.reserveSupply.id;
    await one(`update members.reservation_line set hold_until = now() - interval '1 second' where reservation_id = ?`, [id]);
    await one(`update members.reservation set hold_until = now() - interval '1 second' where id = ?`, [id]);
    const short = await stack.query(RESERVE_ID, { input: { idempotencyKey: 'big', lotId: lot.id, quantityKg: '11' } }, tokens.market);
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', availableKg: '10.000' });
    expect(await one(`select held_kg from members.lot where id = ?`, [lot.id])).toEqual({ held_kg: '0.000' });
    expect((await stack.query(STATUS, { id }, tokens.market)).data!.reservation!.status).toBe('EXPIRED');
  });

  it('refuses a withdrawn lot with CONFLICT, another alliance\'s or no lot with NOT_FOUND, and keeps no reservation', async () => {
    const { grower, tokens } = await cast();
    const lot = await seedLot(stack.em('members'), grower, { quantityKg: '10' });
    await one(`update members.lot set status = 'WITHDRAWN' where id = ?`, [lot.id]);
    const withdrawn = await stack.query(RESERVE_ID, { input: { idempotencyKey: 'w', lotId: lot.id, quantityKg: '1' } }, tokens.market);
    expect(withdrawn.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(withdrawn.errors?.[0]?.message).toBe(`Lot ${lot.id} has been withdrawn.`);

    const other = await cast();
    const theirs = await seedLot(stack.em('members'), other.grower, { quantityKg: '10' });
    const foreign = await stack.query(RESERVE_ID, { input: { idempotencyKey: 'f', lotId: theirs.id, quantityKg: '1' } }, tokens.market);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const garbage = await stack.query(RESERVE_ID, { input: { idempotencyKey: 'g', lotId: 'not-a-lot', quantityKg: '1' } }, tokens.market);
    expect(garbage.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await one(`select count(*)::int as n from members.reservation where idempotency_key in ('w', 'f', 'g')`)).toEqual({ n: 0 });
    expect(await one(`select held_kg from members.lot where id = ?`, [theirs.id])).toEqual({ held_kg: '0.000' });
  });

  it('races one key with different requests: one reservation, the others CONFLICT, the lot held once', async () => {
    const { grower, alliance, tokens } = await cast();
    const em = stack.em('members');
    const lot = await seedLot(em, grower, { quantityKg: '1000' });
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => stack.query(RESERVE_ID, { input: { idempotencyKey: 'race', lotId: lot.id, quantityKg: i % 2 ? '2' : '3' } }, tokens.market)),
    );
    const won = answers.filter((a) => a.data?.reserveSupply);
    expect(new Set(won.map((a) => a.data!.reserveSupply.id)).size).toBe(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(40 - won.length);
    const [row] = await em.getConnection().execute(`select held_kg::text as held from members.lot where id = ?`, [lot.id]);
    expect(['2.000', '3.000']).toContain(row!.held);
    expect(won.length).toBe(20);
    void alliance;
    void seedMember;
  });
});
