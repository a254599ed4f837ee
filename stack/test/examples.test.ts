/**
 * The partners' examples (examples/*.ts) run against the test stack, each with the client and a
 * token of its user, so that they never rot: a schema or behaviour change that breaks one fails here.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAllianceClient, operations } from '@alliance/client';
import {
  floorReadyAlliance,
  knownToColdchain,
  lotsKnownToColdchain,
  randomCreditCode,
  seedAllianceWithCast,
  seedAnnouncedLot,
  seedBrandingAlliance,
  seedFacility,
} from '@alliance/stack/fixtures';
import { main as brandOffice } from '../../examples/brand-office.ts';
import { main as insurer } from '../../examples/insurer.ts';
import { main as market } from '../../examples/market.ts';
import { main as operator } from '../../examples/operator.ts';
import { eventually, startTestStack, type TestStack } from '../src/testing.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
});
afterAll(async () => {
  await stack?.close();
});

function clientAs(token: string) {
  let calls = 0;
  const client = createAllianceClient({ url: stack.gateway.url, token: () => (calls++, token) });
  return { client, calls: () => calls };
}

describe('examples/', () => {
  it('market: supply, reserve 500 kg, confirm, its reservations', async () => {
    const cast = await seedAllianceWithCast(stack.em('members'));
    const lot = await seedAnnouncedLot(stack.em('members'), cast.grower, { quantityKg: '1200.000' });
    await lotsKnownToColdchain(stack.em('coldchain'), lot);
    const lines: string[] = [];
    const { client, calls } = clientAs(await stack.token(cast.market.viewer));
    // The cold chain and branding learn the new market by message (members.changed): wait for them.
    await eventually(async () => {
      const seen = await stack.query(`query($id: ID!) { lot(id: $id) { coldChain { excursionCount } originCertificate { number } } }`, { id: lot.id }, await stack.token(cast.market.viewer));
      expect(seen.errors).toBeUndefined();
    });
    const result = await market(client, (line) => lines.push(line));
    expect(result).toMatchObject({ status: 'CONFIRMED', lots: 1 });
    expect(lines[0]).toMatch(/^supply by \d{4}-\d{2}-\d{2}: 1 lots, 1200\.000 kg/);
    expect(lines.join('\n')).toContain('reserved 500.000 kg');
    expect(calls()).toBeGreaterThanOrEqual(4);
    const again = await stack.query(`{ viewer { reservations { id status totalKg } } }`, {}, await stack.token(cast.market.viewer));
    expect(again.data.viewer.reservations).toEqual([{ id: result.reservationId, status: 'CONFIRMED', totalKg: '500.000' }]);
  });

  it('insurer: index, quote, bind, a typed error settling an open window, exposure', async () => {
    const { cast } = await floorReadyAlliance(stack);
    const lines: string[] = [];
    const result = await insurer(clientAs(await stack.token(cast.insurer.viewer)).client, (line) => lines.push(line), { growerId: cast.grower.member.id });
    expect(result.contractNumber).toMatch(/-PF-\d{4}-\d{4}$/);
    expect(result.settleCode).toBeDefined();
    expect(result.contracts).toBeGreaterThanOrEqual(1);
    expect(lines.join('\n')).toMatch(/bound .*-PF-\d{4}-\d{4}: ACTIVE|bound .*-PF-/);
  });

  it('brand office: test, certify, license, 20 labels, alerts', async () => {
    const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const lot = await seedAnnouncedLot(stack.em('members'), cast.grower, { quantityKg: '1000.000' });
    // The grower records its test once branding has heard of the lot (by message; NOT_FOUND until then).
    const grower = clientAs(await stack.token(cast.grower.viewer)).client;
    const hour = 3_600_000;
    await eventually(() =>
      grower.request(operations.RecordResidueTest, {
        input: { lotId: lot.id, basis: 'SELF_TEST', tester: 'Own rapid test kit', sampledAt: new Date(Date.now() - 3 * hour).toISOString(), testedAt: new Date(Date.now() - 2 * hour).toISOString(), result: 'PASS' },
      }),
    );
    const lines: string[] = [];
    const buyer = { name: 'Kunming Fresh Foods Co., Ltd.', creditCode: randomCreditCode() };
    const result = await brandOffice(clientAs(await stack.token(cast.brand.viewer)).client, (line) => lines.push(line), { lotId: lot.id, buyer });
    expect(result).toMatchObject({ labels: 20, alerts: 0 });
    expect(result.certificateNumber).toBeTruthy();
    expect(lines.join('\n')).toContain('issued 20 labels of 5');
  });

  it('operator: six hours of readings in batches, the first batch again as duplicates', async () => {
    const cast = await seedAllianceWithCast(stack.em('members'));
    await knownToColdchain(stack.em('coldchain'), cast.coldStore.viewer);
    const { sensor } = await seedFacility(stack.em('coldchain'), cast.coldStore.viewer);
    const lines: string[] = [];
    const result = await operator(clientAs(await stack.token(cast.coldStore.viewer)).client, (line) => lines.push(line), { sensorCode: sensor.code });
    expect(result).toEqual({ stored: 360, duplicates: 120 });
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('the first batch again: stored 0, duplicates 120');
  });
});
