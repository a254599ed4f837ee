import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lotsKnownToColdchain, seedAllianceWithCast, seedLot } from '@alliance/stack/fixtures';
import { eventually, graphql, startTestStack, type TestStack } from '../src/testing.ts';

/**
 * A subgraph that is down costs its own fields only: with the coldchain process stopped for real,
 * the partner market's joined supply query still answers its supply, with `coldChain: null` and one
 * error naming coldchain; when the process is back, the whole answer is.
 */
const joinedSupply = graphql(`
  query PartialSupplyWithColdChain($first: Int!) {
    supply(filter: { crop: SCALLION }, first: $first) {
      totalCount
      edges { node { id availableKg coldChain { excursionCount custody { kind } } } }
    }
  }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), { processes: true });
}, 120_000);
afterAll(async () => stack?.close());

describe('partial answers with a subgraph process stopped', () => {
  it('answers supply with coldChain null and a SUBGRAPH_UNAVAILABLE error naming coldchain, and the whole answer once it is back', async () => {
    const { market, grower } = await seedAllianceWithCast(stack.em('members'));
    const lot = await seedLot(stack.em('members'), grower, { quantityKg: '800.000' });
    // As members' lots.registered would tell it: the cold chain shows a lot of the caller's alliance only.
    await lotsKnownToColdchain(stack.em('coldchain'), lot);
    const token = await stack.token(market.viewer);
    const coldchain = stack.subgraphs.get('coldchain')!.process!;
    const whole = async () => {
      // The coldchain process learns the market from members' announcement, by message: poll until then.
      const answer = await stack.query(joinedSupply, { first: 5 }, token);
      expect(answer.errors).toBeUndefined();
      return answer;
    };

    const healthy = await eventually(whole);
    expect(healthy.data!.supply.edges).toEqual([{ node: { id: lot.id, availableKg: '800.000', coldChain: { excursionCount: 0, custody: [] } } }]);

    await coldchain.stop();
    expect(coldchain.running).toBe(false);
    const started = Date.now();
    const degraded = await stack.query(joinedSupply, { first: 5 }, token);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(degraded.status).toBe(200);
    expect(degraded.data!.supply.totalCount).toBe(1);
    expect(degraded.data!.supply.edges).toEqual([{ node: { id: lot.id, availableKg: '800.000', coldChain: null } }]);
    expect(degraded.errors).toHaveLength(1);
    expect(degraded.errors![0]!.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'coldchain' });
    expect(degraded.errors![0]!.message).toMatch(/coldchain subgraph is unavailable/);

    await coldchain.start();
    const recovered = await eventually(whole, { timeoutMs: 20_000 });
    expect(recovered.data).toEqual(healthy.data);
  });
});
