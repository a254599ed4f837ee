import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { sweepExpiredHolds } from '../src/domain/holds.ts';
import { daysAgo, seedAllianceWithCast, seedBase, seedLot, seedMember } from '@alliance/stack/fixtures';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members']);
});
afterAll(async () => stack?.close());

const RESERVE = graphql(`
  mutation MarketplaceReserve($input: ReserveSupplyInput!) {
    reserveSupply(input: $input) {
      id status holdUntil totalKg totalPrice idempotencyKey market { id } lines { kg pricePerKg amount lot { id availableKg } }
    }
  }
`);
const LOT = graphql(`
  query MarketplaceLotCounters($id: ID!) { lot(id: $id) { quantityKg reservedKg shippedKg availableKg } }
`);
const REGISTER = graphql(`
  mutation MarketplaceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }
`);
const UPDATE_LOT = graphql(`
  mutation MarketplaceUpdateLot($id: ID!, $input: UpdateLotInput!) { updateLot(id: $id, input: $input) { askingPricePerKg quantityKg } }
`);
const SUPPLY_COUNT = graphql(`
  query MarketplaceSupplyCount { supply(filter: {}) { totalCount } }
`);
const CONFIRM = graphql(`
  mutation MarketplaceConfirm($id: ID!) { confirmReservation(id: $id) { status } }
`);
const CANCEL = graphql(`
  mutation MarketplaceCancel($id: ID!) { cancelReservation(id: $id) { status } }
`);
const RESERVATION_STATUS = graphql(`
  query MarketplaceReservationStatus($id: ID!) { reservation(id: $id) { status } }
`);

async function cast() {
  const c = await seedAllianceWithCast(stack.em('members'));
  return { ...c, tokens: { office: await stack.token(c.office.viewer), grower: await stack.token(c.grower.viewer), market: await stack.token(c.market.viewer) } };
}

describe('lots', () => {
  it('lets a grower register, update and withdraw its lot, with exact decimals', async () => {
    const { grower, market, tokens } = await cast();
    const base = await seedBase(stack.em('members'), grower.member, 'Jinma');
    const register = await stack.query(
      graphql(`mutation MarketplaceRegisterLotInFull($input: RegisterLotInput!) { registerLot(input: $input) { id crop variety grade quantityKg availableKg harvestDate township askingPricePerKg status grower { id } base { id } } }`),
      { input: { baseId: base.id, crop: 'SCALLION', variety: 'WHITE', grade: 'B', quantityKg: '1234.567', harvestDate: daysAgo(2), askingPricePerKg: '2.35' } },
      tokens.grower,
    );
    expect(register.errors).toBeUndefined();
    const lot = register.data!.registerLot;
    expect(lot).toMatchObject({ crop: 'SCALLION', variety: 'WHITE', grade: 'B', quantityKg: '1234.567', availableKg: '1234.567', township: 'Jinma', askingPricePerKg: '2.35', status: 'LISTED', grower: { id: grower.member.id }, base: { id: base.id } });

    const byMarket = await stack.query(UPDATE_LOT, { id: lot.id, input: { askingPricePerKg: '1.00' } }, tokens.market);
    expect(byMarket.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const update = await stack.query(UPDATE_LOT, { id: lot.id, input: { askingPricePerKg: '2.50', quantityKg: '1500' } }, tokens.grower);
    expect(update.data!.updateLot).toEqual({ askingPricePerKg: '2.50', quantityKg: '1500.000' });

    // Reserved volume freezes the terms and puts a floor under the quantity.
    await stack.query(RESERVE, { input: { idempotencyKey: 'k1', lotId: lot.id, quantityKg: '600' } }, tokens.market);
    const lower = await stack.query(UPDATE_LOT, { id: lot.id, input: { quantityKg: '599.999' } }, tokens.grower);
    expect(lower.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(lower.errors?.[0]?.message).toMatch(/600\.000 kg reserved/);
    const price = await stack.query(UPDATE_LOT, { id: lot.id, input: { askingPricePerKg: '3' } }, tokens.grower);
    expect(price.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const withdraw = await stack.query(graphql(`mutation MarketplaceWithdrawLot($id: ID!) { withdrawLot(id: $id) { status } }`), { id: lot.id }, tokens.grower);
    expect(withdraw.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    void market;
  });

  it('rejects bad lots with BAD_USER_INPUT', async () => {
    const { grower, tokens } = await cast();
    const base = await seedBase(stack.em('members'), grower.member);
    const valid = { baseId: base.id, crop: 'SCALLION', variety: 'RED', grade: 'A', quantityKg: '100', harvestDate: daysAgo(1), askingPricePerKg: '2.00' } as const;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ variety: null }, /needs its variety/],
      [{ quantityKg: '0' }, /more than 0/],
      [{ quantityKg: '1.0001' }, /3 decimal places/],
      [{ askingPricePerKg: '-1' }, /more than 0/],
      [{ harvestDate: daysAgo(-3) }, /forward: true/],
      [{ crop: 'SAFFLOWER_FLORET', variety: null }, /grows SCALLION/],
    ];
    for (const [change, message] of cases) {
      const answer = await stack.query(REGISTER, { input: { ...valid, ...change } }, tokens.grower);
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(change)).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toMatch(message);
    }
    const forward = await stack.query(
      graphql(`mutation MarketplaceRegisterForwardLot($input: RegisterLotInput!) { registerLot(input: $input) { forward harvestDate } }`),
      { input: { ...valid, harvestDate: daysAgo(-10), forward: true } },
      tokens.grower,
    );
    expect(forward.data!.registerLot).toEqual({ forward: true, harvestDate: daysAgo(-10) });
  });
});

describe('supply', () => {
  it('lists available lots oldest first with filters, totals over the whole filter, and pages', async () => {
    const { grower, office, tokens } = await cast();
    const em = stack.em('members');
    const lots = [];
    for (let i = 0; i < 5; i++) lots.push(await seedLot(em, grower, { harvestDate: daysAgo(10 - i), quantityKg: `${100 * (i + 1)}.500`, price: `2.${i}0` }));
    await seedLot(em, grower, { variety: 'WHITE' });
    await seedLot(em, grower, { grade: 'C', township: 'Wujie' });
    const reserved = await stack.query(RESERVE, { input: { idempotencyKey: 'r', lotId: lots[4]!.id, quantityKg: '500.5' } }, tokens.market);
    expect(reserved.errors).toBeUndefined(); // lots[4] is now fully held and drops out of supply

    const q = graphql(`
      query MarketplaceRedAScallionPage($after: String) {
        supply(filter: { crop: SCALLION, varieties: [RED], grades: [A] }, first: 2, after: $after) {
          totalCount totalAvailableKg edges { node { id availableKg harvestDate askingPricePerKg grower { id contact { phone } } } } pageInfo { hasNextPage endCursor }
        }
      }
    `);
    const page = (after: string | null) => stack.query(q, { after }, tokens.market);
    const seen = [];
    let after: string | null = null;
    do {
      const answer = await page(after);
      expect(answer.errors).toBeUndefined();
      const { supply } = answer.data!;
      expect(supply.totalCount).toBe(4);
      expect(supply.totalAvailableKg).toBe('1002.000');
      seen.push(...supply.edges.map((e) => e.node));
      after = supply.pageInfo.hasNextPage ? supply.pageInfo.endCursor : null;
    } while (after);
    expect(seen.map((n) => n.id)).toEqual(lots.slice(0, 4).map((l) => l.id));
    expect(seen[0]).toMatchObject({ availableKg: '100.500', askingPricePerKg: '2.00', grower: { id: grower.member.id, contact: null } });

    const filtered = await stack.query(
      graphql(`query MarketplaceCheapLargeLots { supply(filter: { crop: SCALLION, minAvailableKg: "300", maxPricePerKg: "2.25" }, orderBy: PRICE) { edges { node { availableKg askingPricePerKg } } } }`),
      {},
      tokens.market,
    );
    expect(filtered.data!.supply.edges.map((e) => e.node)).toEqual([
      { availableKg: '300.500', askingPricePerKg: '2.20' },
    ]);
    const township = await stack.query(
      graphql(`query MarketplaceWujieSupply { supply(filter: { townships: ["Wujie"] }) { totalCount edges { node { grade township } } } }`),
      {},
      tokens.office,
    );
    expect(township.data!.supply.edges.map((e) => e.node)).toEqual([{ grade: 'C', township: 'Wujie' }]);
  });

  it('summarises available supply by any dimensions', async () => {
    const { grower, tokens } = await cast();
    const em = stack.em('members');
    await seedLot(em, grower, { variety: 'RED', grade: 'A', quantityKg: '100', township: 'Jinma' });
    await seedLot(em, grower, { variety: 'RED', grade: 'B', quantityKg: '50.25', township: 'Jinma' });
    await seedLot(em, grower, { variety: 'BLACK', grade: 'A', quantityKg: '10', township: 'Baishui' });
    const answer = await stack.query(
      graphql(`query MarketplaceSummaryByVarietyTownship { supplySummary(filter: { crop: SCALLION }, groupBy: [VARIETY, TOWNSHIP]) { crop variety grade township availableKg lotCount } }`),
      {},
      tokens.market,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.supplySummary).toEqual([
      { crop: null, variety: 'BLACK', grade: null, township: 'Baishui', availableKg: '10.000', lotCount: 1 },
      { crop: null, variety: 'RED', grade: null, township: 'Jinma', availableKg: '150.250', lotCount: 2 },
    ]);
    const byGrade = await stack.query(
      graphql(`query MarketplaceRedSummaryByGrade { supplySummary(filter: { crop: SCALLION, varieties: [RED] }, groupBy: [GRADE]) { grade availableKg } }`),
      {},
      tokens.market,
    );
    expect(byGrade.data!.supplySummary).toEqual([{ grade: 'A', availableKg: '100.000' }, { grade: 'B', availableKg: '50.250' }]);
  });

  it('is for markets and the office: growers get FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    const { tokens } = await cast();
    expect((await stack.query(SUPPLY_COUNT, {}, tokens.grower)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.query(SUPPLY_COUNT)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Invalid on purpose: "soon" is no Date literal, refused while the document is validated.
    expect((await stack.query('{ supply(filter: { availableBy: "soon" }) { totalCount } }', {}, tokens.market)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('reservations', () => {
  it('reserves a named lot, confirms it, and refuses what is short with CONFLICT naming the available kg', async () => {
    const { grower, market, tokens } = await cast();
    const lot = await seedLot(stack.em('members'), grower, { quantityKg: '1000', price: '2.45' });
    const answer = await stack.query(RESERVE, { input: { idempotencyKey: 'a', lotId: lot.id, quantityKg: '400.250' } }, tokens.market);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.reserveSupply).toMatchObject({ status: 'HELD', totalKg: '400.250', totalPrice: '980.61', market: { id: market.member.id } });
    expect(answer.data!.reserveSupply.lines).toEqual([{ kg: '400.250', pricePerKg: '2.45', amount: '980.61', lot: { id: lot.id, availableKg: '599.750' } }]);

    const short = await stack.query(RESERVE, { input: { idempotencyKey: 'b', lotId: lot.id, quantityKg: '600' } }, tokens.market);
    expect(short.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(short.errors?.[0]?.message).toBe(`Only 599.750 kg is available in lot ${lot.id}; you asked for 600.000 kg.`);
    expect(short.errors?.[0]?.extensions?.availableKg).toBe('599.750');

    const id = answer.data!.reserveSupply.id;
    const confirm = await stack.query(CONFIRM, { id }, tokens.market);
    expect(confirm.data!.confirmReservation.status).toBe('CONFIRMED');
    expect((await stack.query(CONFIRM, { id }, tokens.market)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await stack.query(LOT, { id: lot.id }, tokens.grower)).data!.lot).toEqual({ quantityKg: '1000.000', reservedKg: '400.250', shippedKg: '0.000', availableKg: '599.750' });

    const cancel = await stack.query(CANCEL, { id }, tokens.market);
    expect(cancel.data!.cancelReservation.status).toBe('CANCELLED');
    expect((await stack.query(LOT, { id: lot.id }, tokens.grower)).data!.lot!.availableKg).toBe('1000.000');
  });

  it('allocates a specification across lots, oldest harvest first, in one transaction', async () => {
    const { grower, tokens } = await cast();
    const em = stack.em('members');
    const old = await seedLot(em, grower, { harvestDate: daysAgo(5), quantityKg: '300' });
    const mid = await seedLot(em, grower, { harvestDate: daysAgo(3), quantityKg: '300' });
    const young = await seedLot(em, grower, { harvestDate: daysAgo(1), quantityKg: '300' });
    await seedLot(em, grower, { harvestDate: daysAgo(6), quantityKg: '999', grade: 'B' });
    const spec = { crop: 'SCALLION', variety: 'RED', grade: 'A', deliverableBy: daysAgo(2) } as const;
    const answer = await stack.query(RESERVE, { input: { idempotencyKey: 's1', specification: spec, quantityKg: '450' } }, tokens.market);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.reserveSupply.lines.map((l) => [l.lot.id, l.kg])).toEqual([[old.id, '300.000'], [mid.id, '150.000']]);

    const tooMuch = await stack.query(RESERVE, { input: { idempotencyKey: 's2', specification: spec, quantityKg: '151' } }, tokens.market);
    expect(tooMuch.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(tooMuch.errors?.[0]?.extensions?.availableKg).toBe('150.000');
    // Nothing of the refused request stayed: the young lot and the rest of mid are untouched.
    expect((await stack.query(LOT, { id: young.id }, tokens.grower)).data!.lot!.availableKg).toBe('300.000');
    expect((await stack.query(LOT, { id: mid.id }, tokens.grower)).data!.lot!.availableKg).toBe('150.000');
  });

  it('returns the first reservation for a retried idempotency key, and CONFLICT for a different request under it', async () => {
    const { grower, tokens } = await cast();
    const lot = await seedLot(stack.em('members'), grower, { quantityKg: '100' });
    const input = { idempotencyKey: 'retry-me', lotId: lot.id, quantityKg: '30' };
    const first = await stack.query(RESERVE, { input }, tokens.market);
    const second = await stack.query(RESERVE, { input }, tokens.market);
    expect(second.data!.reserveSupply.id).toBe(first.data!.reserveSupply.id);
    expect((await stack.query(LOT, { id: lot.id }, tokens.grower)).data!.lot!.availableKg).toBe('70.000');
    const different = await stack.query(RESERVE, { input: { ...input, quantityKg: '31' } }, tokens.market);
    expect(different.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('stops counting an expired hold at once, before the sweeper marks it EXPIRED', async () => {
    const { grower, tokens } = await cast();
    const lot = await seedLot(stack.em('members'), grower, { quantityKg: '100' });
    const held = await stack.query(RESERVE, { input: { idempotencyKey: 'short', lotId: lot.id, quantityKg: '100', holdMinutes: 1 } }, tokens.market);
    const id = held.data!.reserveSupply.id;
    expect((await stack.query(LOT, { id: lot.id }, tokens.grower)).data!.lot!.availableKg).toBe('0.000');
    // Move the hold into the past, as if a minute had gone by.
    await stack.em('members').getConnection().execute(`update members.reservation_line set hold_until = now() - interval '1 second' where reservation_id = ?`, [id]);
    await stack.em('members').getConnection().execute(`update members.reservation set hold_until = now() - interval '1 second' where id = ?`, [id]);
    expect((await stack.query(LOT, { id: lot.id }, tokens.grower)).data!.lot).toMatchObject({ availableKg: '100.000', reservedKg: '0.000' });
    expect((await stack.query(CONFIRM, { id }, tokens.market)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // The volume can be reserved again straight away; the new reservation releases the old hold itself.
    const again = await stack.query(RESERVE, { input: { idempotencyKey: 'again', lotId: lot.id, quantityKg: '100' } }, tokens.market);
    expect(again.errors).toBeUndefined();
    expect((await stack.query(RESERVATION_STATUS, { id }, tokens.market)).data!.reservation!.status).toBe('EXPIRED');
  });

  it('has a sweeper that marks expired holds and returns their kg to the lot counters', async () => {
    const { grower, tokens } = await cast();
    const lot = await seedLot(stack.em('members'), grower, { quantityKg: '50' });
    const held = await stack.query(RESERVE, { input: { idempotencyKey: 'sweep', lotId: lot.id, quantityKg: '20' } }, tokens.market);
    const id = held.data!.reserveSupply.id;
    const em = stack.em('members');
    await em.getConnection().execute(`update members.reservation_line set hold_until = now() - interval '1 minute' where reservation_id = ?`, [id]);
    await em.getConnection().execute(`update members.reservation set hold_until = now() - interval '1 minute' where id = ?`, [id]);
    expect(await sweepExpiredHolds(em)).toBeGreaterThanOrEqual(1);
    const [row] = await em.getConnection().execute(`select held_kg from members.lot where id = ?`, [lot.id]);
    expect(row!.held_kg).toBe('0.000');
    expect((await stack.query(RESERVATION_STATUS, { id }, tokens.market)).data!.reservation!.status).toBe('EXPIRED');
  });

  it('shows reservations to their market, the office and the lot grower only', async () => {
    const { alliance, grower, market, office, coldStore, tokens } = await cast();
    const lot = await seedLot(stack.em('members'), grower, { quantityKg: '10' });
    const other = await seedMember(stack.em('members'), alliance, 'PARTNER_MARKET', ['PARTNER_MARKET']);
    const res = await stack.query(RESERVE, { input: { idempotencyKey: 'v', lotId: lot.id, quantityKg: '1' } }, tokens.market);
    const id = res.data!.reserveSupply.id;
    const q = graphql(`query MarketplaceReservationId($id: ID!) { reservation(id: $id) { id } }`);
    for (const v of [market.viewer, office.viewer, grower.viewer]) expect((await stack.query(q, { id }, await stack.token(v))).data!.reservation!.id).toBe(id);
    for (const v of [other.viewer, coldStore.viewer]) expect((await stack.query(q, { id }, await stack.token(v))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await stack.query(graphql(`query MarketplaceOwnReservations { viewer { reservations { id } } }`), {}, tokens.market);
    expect(own.data!.viewer!.reservations.map((r) => r.id)).toContain(id);
    const lotReservations = graphql(`query MarketplaceLotReservations($id: ID!) { lot(id: $id) { reservations { id } } }`);
    const lotRes = await stack.query(lotReservations, { id: lot.id }, tokens.grower);
    expect(lotRes.data!.lot!.reservations).toEqual([{ id }]);
    const byMarket = await stack.query(lotReservations, { id: lot.id }, tokens.market);
    expect(byMarket.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byOffice = await stack.query(graphql(`query MarketplaceMemberReservations($id: ID!) { member(id: $id) { reservations { id } } }`), { id: market.member.id }, tokens.office);
    expect(byOffice.data!.member!.reservations.map((r) => r.id)).toContain(id);
    const byGrower = await stack.query(RESERVE, { input: { idempotencyKey: 'g', lotId: lot.id, quantityKg: '1' } }, tokens.grower);
    expect(byGrower.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects bad reservation input with BAD_USER_INPUT', async () => {
    const { grower, tokens } = await cast();
    const lot = await seedLot(stack.em('members'), grower);
    const spec = { crop: 'SCALLION', variety: 'RED', grade: 'A', deliverableBy: daysAgo(0) } as const;
    for (const input of [
      { idempotencyKey: '', lotId: lot.id, quantityKg: '1' },
      { idempotencyKey: 'x', lotId: lot.id, quantityKg: '0' },
      { idempotencyKey: 'x', quantityKg: '1' },
      { idempotencyKey: 'x', lotId: lot.id, specification: spec, quantityKg: '1' },
      { idempotencyKey: 'x', lotId: lot.id, quantityKg: '1', holdMinutes: 0 },
      { idempotencyKey: 'x', specification: { ...spec, variety: null }, quantityKg: '1' },
    ]) {
      const answer = await stack.query(RESERVE, { input }, tokens.market);
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    const missing = await stack.query(RESERVE, { input: { idempotencyKey: 'm', lotId: '00000000-0000-4000-8000-000000000000', quantityKg: '1' } }, tokens.market);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('concurrency', () => {
  it('never oversells: 240 concurrent reservations through the gateway on one lot', async () => {
    const { grower, alliance, tokens } = await cast();
    const em = stack.em('members');
    const lot = await seedLot(em, grower, { quantityKg: '1000' });
    const markets: string[] = [];
    for (let i = 0; i < 4; i++) markets.push(await stack.token((await seedMember(em, alliance, 'PARTNER_MARKET', ['PARTNER_MARKET'])).viewer));
    // 240 × 7.5 kg = 1,800 kg asked of 1,000 kg: exactly 133 fit (997.5 kg).
    const answers = await Promise.all(
      Array.from({ length: 240 }, (_, i) =>
        stack.query(RESERVE, { input: { idempotencyKey: `c-${i}`, lotId: lot.id, quantityKg: '7.5' } }, markets[i % 4]),
      ),
    );
    const won = answers.filter((a) => a.data?.reserveSupply);
    const refused = answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(won.length).toBe(133);
    expect(refused.length).toBe(107);
    const [row] = await em.getConnection().execute(
      `select l.held_kg, (select sum(kg) from members.reservation_line where lot_id = l.id and status = 'HELD') as lines from members.lot l where l.id = ?`,
      [lot.id],
    );
    expect(row).toEqual({ held_kg: '997.500', lines: '997.500' });
    expect((await stack.query(LOT, { id: lot.id }, tokens.grower)).data!.lot!.availableKg).toBe('2.500');
  });

  it('replays one idempotency key concurrently and reserves once', async () => {
    const { grower, tokens } = await cast();
    const em = stack.em('members');
    const lot = await seedLot(em, grower, { quantityKg: '500' });
    const input = { idempotencyKey: 'same-key', lotId: lot.id, quantityKg: '25' };
    const answers = await Promise.all(Array.from({ length: 50 }, () => stack.query(RESERVE, { input }, tokens.market)));
    expect(answers.every((a) => !a.errors)).toBe(true);
    expect(new Set(answers.map((a) => a.data!.reserveSupply.id)).size).toBe(1);
    const [row] = await em.getConnection().execute(`select held_kg from members.lot where id = ?`, [lot.id]);
    expect(row!.held_kg).toBe('25.000');
  });

  it('guards the lot in the database even when application code is bypassed', async () => {
    const { grower } = await cast();
    const em = stack.em('members');
    const lot = await seedLot(em, grower, { quantityKg: '10' });
    await expect(em.getConnection().execute(`update members.lot set held_kg = 10.001 where id = ?`, [lot.id])).rejects.toThrow(/lot_never_oversold/);
  });
});
