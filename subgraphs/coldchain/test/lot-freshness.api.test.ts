import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GATEWAY_SECRET_HEADER, VIEWER_HEADER, encodeViewerHeader } from '@alliance/auth';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { lotsKnownToColdchain, seedAnnouncedLot, seedCastForColdchain, seedCustody, seedFacility, seedLot, seedReadings } from '@alliance/stack/fixtures';

/**
 * LotFreshness: what a shopper's label check shows of a lot's cold chain, resolved by the cold chain
 * from the lot's key alone (branding's verifyLabel hands out the reference), for anyone.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'coldchain']);
});
afterAll(async () => stack?.close());

const HOUR = 3_600_000;
const FRESHNESS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on LotFreshness { lotId remainingShelfLifeDays latestTemperatureCelsius lastReadingAt excursionCount } } }`;
const COLD_CHAIN = graphql(`
  query FreshnessLotColdChain($id: ID!) { lot(id: $id) { coldChain { remainingShelfLifeDays latestTemperature { at celsius } excursionCount } } }
`);

/** Straight to the subgraph as the gateway calls it, anonymous (no viewer) unless told. */
const freshness = (lotIds: string[], viewer?: Parameters<typeof encodeViewerHeader>[0]) =>
  stack.querySubgraph('coldchain', FRESHNESS, { r: lotIds.map((lotId) => ({ __typename: 'LotFreshness', lotId })) }, {
    [GATEWAY_SECRET_HEADER]: stack.gatewaySecret,
    ...(viewer ? { [VIEWER_HEADER]: encodeViewerHeader(viewer) } : {}),
  });

const nothing = (lotId: string) => ({ lotId, remainingShelfLifeDays: null, latestTemperatureCelsius: null, lastReadingAt: null, excursionCount: null });

describe('a lot\'s public freshness (LotFreshness)', () => {
  it('has the figures of the lot\'s cold chain, for an anonymous caller, and nulls for a lot the cold chain does not know', async () => {
    const { grower, market, coldStore } = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const harvestDay = new Date(Date.now() - 2 * 86_400_000 + 8 * HOUR).toISOString().slice(0, 10);
    // Announced as members announces it (lots.registered): the cold chain learns its crop and harvest day.
    const lot = await seedAnnouncedLot(stack.em('members'), grower, { harvestDate: harvestDay });
    const em = stack.em('coldchain');
    const { facility: store, sensor } = await seedFacility(em, coldStore.viewer);
    const start = new Date(`${harvestDay}T00:00:00+08:00`).getTime();
    await seedCustody(em, lot.id, 'STORED', new Date(start + 6 * HOUR), { facility: store });
    // The store at 1 °C, with an hour at 9 °C (one excursion), then 4 °C for the last reading.
    await seedReadings(em, sensor, new Date(start + 6 * HOUR), 40, 15, (i) => (i >= 10 && i < 14 ? 9 : i === 39 ? 4 : 1));

    // The cold chain shows a lot's chain once lots.registered has told it the lot's alliance: wait for that.
    const token = await stack.token(market.viewer);
    const chain = await eventually(async () => {
      const answer = await stack.query(COLD_CHAIN, { id: lot.id }, token);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.lot!.coldChain).not.toBeNull();
      return answer;
    });
    const coldChain = chain.data!.lot!.coldChain!;
    expect(coldChain.excursionCount).toBe(1);
    expect(coldChain.latestTemperature!.celsius).toBe(4);

    const unknown = randomUUID();
    const answer = await eventually(async () => {
      const a = await freshness([lot.id, unknown]);
      expect(a.errors).toBeUndefined();
      expect(a.data._entities[0].remainingShelfLifeDays).not.toBeNull(); // once lots.registered has arrived
      return a;
    });
    const [seen, missing] = answer.data._entities;
    expect(seen).toEqual({
      lotId: lot.id,
      remainingShelfLifeDays: expect.any(Number),
      latestTemperatureCelsius: 4,
      lastReadingAt: coldChain.latestTemperature!.at,
      excursionCount: 1,
    });
    // Computed a moment later than the member's figure: equal to within seconds.
    expect(seen.remainingShelfLifeDays).toBeCloseTo(coldChain.remainingShelfLifeDays!, 3);
    expect(missing).toEqual(nothing(unknown));

    // Another alliance's member sees the same figures: nothing in them is an alliance's to keep.
    const outsider = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const asOutsider = await freshness([lot.id], outsider.market.viewer);
    expect(asOutsider.data._entities[0]).toMatchObject({ lotId: lot.id, latestTemperatureCelsius: 4, excursionCount: 1 });
    // Not reachable but from the gateway.
    expect((await stack.querySubgraph('coldchain', FRESHNESS, { r: [{ __typename: 'LotFreshness', lotId: lot.id }] })).status).toBe(401);
  });

  it('answers no shelf life for a lot with nothing logged, and nulls for a lot heard of without its crop and harvest day', async () => {
    const { grower } = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const unlogged = await seedAnnouncedLot(stack.em('members'), grower);
    const older = await seedLot(stack.em('members'), grower);
    await lotsKnownToColdchain(stack.em('coldchain'), older); // an announcement made before the facts travelled: alliance only
    await eventually(async () => {
      const a = await freshness([unlogged.id]);
      expect(a.data._entities[0]).toEqual({ lotId: unlogged.id, remainingShelfLifeDays: null, latestTemperatureCelsius: null, lastReadingAt: null, excursionCount: 0 });
    });
    expect((await freshness([older.id])).data._entities).toEqual([nothing(older.id)]);
  });
});
