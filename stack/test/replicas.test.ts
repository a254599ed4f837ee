import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { sweepExpiredHolds } from '../../subgraphs/members/src/domain/holds.ts';
import { lotsKnownToColdchain, seedCastForColdchain, seedFacility, seedLot, seedVehicle } from '@alliance/stack/fixtures';

/**
 * Horizontal scale (issue 12): two replicas of the members and coldchain subgraphs on one database,
 * each behind its own gateway, keep every guarantee — no overselling, one reservation per
 * idempotency key, a saga message applied once — while both replicas' message workers run.
 */
let stack: TestStack;
let second: Awaited<ReturnType<TestStack['startGatewayTo']>>;
let members: Awaited<ReturnType<TestStack['startReplica']>>;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
  members = await stack.startReplica('members');
  const coldchain = await stack.startReplica('coldchain');
  second = await stack.startGatewayTo({ members: members.url, coldchain: coldchain.url });
});
afterAll(async () => stack?.close());

const RESERVE = graphql(`mutation ReplicasReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg } }`);
const CONFIRM = graphql(`mutation ReplicasConfirm($id: ID!) { confirmReservation(id: $id) { status } }`);
const PLAN = graphql(`mutation ReplicasPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id } }`);
const SHIPMENT = graphql(`query ReplicasShipment($id: ID!) { shipment(id: $id) { reservations { status } } }`);

/** Alternates the two gateways: even requests through the stack's, odd through the second one. */
const through = (i: number) => (i % 2 ? second.query : stack.query);

describe('two replicas of each subgraph on one database', () => {
  it('never oversell: 40 concurrent reservations of 50 kg on a 1,000 kg lot across both replicas, exactly 20 win', async () => {
    const cast = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const lot = await seedLot(stack.em('members'), cast.grower, { quantityKg: '1000' });
    const token = await stack.token(cast.market.viewer);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => through(i)(RESERVE, { input: { idempotencyKey: `replicas-${lot.id}-${i}`, quantityKg: '50', lotId: lot.id } }, token)),
    );
    expect(answers.filter((a) => a.data?.reserveSupply).length).toBe(20);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(20);
    const [row] = await stack.sql<{ held: string }>('members', `select held_kg::text as held from members.lot where id = ?`, [lot.id]);
    expect(row!.held).toBe('1000.000');
  });

  it('one reservation per idempotency key, whichever replica each retry reaches', async () => {
    const cast = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const lot = await seedLot(stack.em('members'), cast.grower, { quantityKg: '1000' });
    const token = await stack.token(cast.market.viewer);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => through(i)(RESERVE, { input: { idempotencyKey: `same-${lot.id}`, quantityKg: '100', lotId: lot.id } }, token)));
    expect(answers.map((a) => a.errors)).toEqual(answers.map(() => undefined));
    expect(new Set(answers.map((a) => a.data!.reserveSupply.id)).size).toBe(1);
    const rows = await stack.sql('members', `select id from members.reservation where market_id = ? and idempotency_key = ?`, [cast.market.member.id, `same-${lot.id}`]);
    expect(rows).toHaveLength(1);
  });

  it('a saga runs across replicas: planned on one, committed by whichever members replica takes the message, once', async () => {
    const cast = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const lot = await seedLot(stack.em('members'), cast.grower, { quantityKg: '1000' });
    await lotsKnownToColdchain(stack.em('coldchain'), lot);
    const market = await stack.token(cast.market.viewer);
    const reserved = await second.query(RESERVE, { input: { idempotencyKey: `saga-${lot.id}`, quantityKg: '300', lotId: lot.id } }, market);
    const reservationId = reserved.data!.reserveSupply.id;
    expect((await stack.query(CONFIRM, { id: reservationId }, market)).data!.confirmReservation.status).toBe('CONFIRMED');
    const { facility } = await seedFacility(stack.em('coldchain'), cast.coldStore.viewer);
    const { vehicle } = await seedVehicle(stack.em('coldchain'), cast.coldStore.viewer);
    const operator = await stack.token(cast.coldStore.viewer);
    const planned = await second.query(PLAN, { input: { originFacilityId: facility.id, vehicleId: vehicle.id, reservationIds: [reservationId] } }, operator);
    expect(planned.errors).toBeUndefined();
    const id = planned.data!.planShipment.id;
    await eventually(async () => expect((await stack.query(SHIPMENT, { id }, operator)).data!.shipment!.reservations.map((r) => r.status)).toEqual(['COMMITTED']));
    // The reservation was committed to the shipment once, by whichever members replica took the message.
    const [reservation] = await stack.sql<{ status: string }>('members', `select status from members.reservation where id = ?`, [reservationId]);
    expect(reservation!.status).toBe('CONFIRMED');
    const answers = await stack.sql<{ n: number }>('coldchain', `select count(*)::int as n from coldchain.shipment_reservation where shipment_id = ? and status = 'COMMITTED'`, [id]);
    expect(answers[0]!.n).toBe(1);
  });

  it('the hold sweepers of both replicas cooperate: each expired hold is released once, the lot’s counters stay whole', async () => {
    const cast = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const lot = await seedLot(stack.em('members'), cast.grower, { quantityKg: '1000' });
    const token = await stack.token(cast.market.viewer);
    for (let i = 0; i < 10; i++) {
      expect((await through(i)(RESERVE, { input: { idempotencyKey: `sweep-${lot.id}-${i}`, quantityKg: '60', lotId: lot.id } }, token)).errors).toBeUndefined();
    }
    await stack.sql('members', `update members.reservation_line set hold_until = now() - interval '1 minute' where lot_id = ?`, [lot.id]);
    await stack.sql('members', `update members.reservation set hold_until = now() - interval '1 minute' where market_id = ? and idempotency_key like ?`, [cast.market.member.id, `sweep-${lot.id}-%`]);
    const [a, b] = await Promise.all([sweepExpiredHolds(stack.em('members')), sweepExpiredHolds(members.em())]);
    // One lot released, by one of the two (the other skipped it: SKIP LOCKED), never by both.
    expect(a + b).toBe(1);
    const [row] = await stack.sql<{ held: string }>('members', `select held_kg::text as held from members.lot where id = ?`, [lot.id]);
    expect(row!.held).toBe('0.000');
    const statuses = await stack.sql<{ status: string; n: number }>('members', `select status, count(*)::int as n from members.reservation where market_id = ? and idempotency_key like ? group by status`, [cast.market.member.id, `sweep-${lot.id}-%`]);
    expect(statuses).toEqual([{ status: 'EXPIRED', n: 10 }]);
  });
});
