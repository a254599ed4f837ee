import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { lotsKnownToColdchain, seedCastForColdchain, seedCustody, seedFacility, seedLot, seedMemberForColdchain, seedReadings, seedVehicle } from '@alliance/stack/fixtures';
import { Shipment, ShipmentReservation } from '@alliance/coldchain';

/** Reads follow one rule per question, the same in the GraphQL fields and in the exports. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'));
});
afterAll(async () => stack?.close());

const HOUR = 3_600_000;

/** A lot of Luxi that went out on a shipment to one market; another market of Luxi looks at it. */
async function delivered() {
  const em = () => stack.em('coldchain');
  const luxi = await seedCastForColdchain(stack.em('members'), em());
  const otherMarket = await seedMemberForColdchain(em(), stack.em('members'), luxi.alliance, 'PARTNER_MARKET', ['PARTNER_MARKET']);
  const lot = await seedLot(stack.em('members'), luxi.grower, { quantityKg: '1000' });
  await lotsKnownToColdchain(em(), lot);
  const { facility, sensor: storeSensor } = await seedFacility(em(), luxi.coldStore.viewer);
  const { vehicle, sensor: truckSensor } = await seedVehicle(em(), luxi.coldStore.viewer);
  const departed = new Date(Date.now() - 6 * HOUR);
  const shipment = Object.assign(new Shipment(), {
    allianceId: luxi.alliance.id,
    origin: facility,
    vehicle,
    sensor: truckSensor,
    plannedBy: luxi.coldStore.member.id,
    marketId: luxi.market.member.id,
    status: 'IN_TRANSIT',
    departedAt: departed,
  });
  const reservationId = '00000000-0000-4000-8000-00000000a001';
  await em().persistAndFlush([shipment, Object.assign(new ShipmentReservation(), { shipment, reservationId, position: 0, status: 'COMMITTED' })]);
  await seedCustody(em(), lot.id, 'STORED', new Date(Date.now() - 20 * HOUR), { facility });
  const loaded = await seedCustody(em(), lot.id, 'LOADED', departed, { vehicle }, '400.000');
  await em().execute(`update coldchain.custody_event set shipment_id = ?, reservation_id = ? where id = ?`, [shipment.id, reservationId, loaded.id]);
  await seedReadings(em(), storeSensor, new Date(Date.now() - 20 * HOUR), 10, 60, () => 0.5);
  await seedReadings(em(), truckSensor, departed, 12, 30, () => 2.25);
  return { luxi, otherMarket, lot, shipment, reservationId };
}

const EXPORT = graphql(`
  query ReadRulesLotExport($id: ID!) { lot(id: $id) { coldChain { custody { kind shipment { id } } epcisDocument } } }
`);

describe('what a caller reads', () => {
  it('exports a lot\'s EPCIS document without another market\'s shipment, reservation or truck trace, as the fields show it', async () => {
    const s = await delivered();
    const forOther = await stack.query(EXPORT, { id: s.lot.id }, await stack.token(s.otherMarket.viewer));
    expect(forOther.errors).toBeUndefined();
    const chain = forOther.data!.lot!.coldChain!;
    expect(chain.custody.map((c) => [c.kind, c.shipment])).toEqual([['STORED', null], ['LOADED', null]]);
    expect(chain.epcisDocument).not.toContain(s.shipment.id);
    expect(chain.epcisDocument).not.toContain(s.reservationId);
    expect(chain.epcisDocument).not.toContain('"value":2.25'); // the truck's temperatures (not a time's "…:02.250Z")
    expect(chain.epcisDocument).toContain('"value":0.5'); // the cold store's are the lot's own history
    expect(JSON.parse(chain.epcisDocument).epcisBody.eventList.length).toBe(2);

    // The market the shipment goes to sees it in both.
    const forMarket = await stack.query(EXPORT, { id: s.lot.id }, await stack.token(s.luxi.market.viewer));
    const marketChain = forMarket.data!.lot!.coldChain!;
    expect(marketChain.custody[1]!.shipment).toEqual({ id: s.shipment.id });
    expect(marketChain.epcisDocument).toContain(s.shipment.id);
    expect(marketChain.epcisDocument).toContain(s.reservationId);
    expect(marketChain.epcisDocument).toContain('"value":2.25');
  });

  it('keeps a market\'s supply page whole when a custody event\'s actor is of another alliance: the actor is null', async () => {
    const luxi = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const yili = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const lot = await seedLot(stack.em('members'), luxi.grower, { quantityKg: '700', township: 'Jiucheng' });
    await lotsKnownToColdchain(stack.em('coldchain'), lot);
    const { facility } = await seedFacility(stack.em('coldchain'), luxi.coldStore.viewer);
    // As the custody hole left it before it was closed: Yili's office as the actor at Luxi's store.
    const event = await seedCustody(stack.em('coldchain'), lot.id, 'STORED', new Date(Date.now() - 2 * HOUR), { facility }, '700.000');
    await stack.em('coldchain').execute(`update coldchain.custody_event set actor_id = ? where id = ?`, [yili.office.member.id, event.id]);
    await seedCustody(stack.em('coldchain'), lot.id, 'RECEIVED', new Date(Date.now() - 3 * HOUR), { facility }, '700.000');

    const page = await stack.query(
      graphql(`query ReadRulesJiuchengSupplyCustody { supply(filter: { crop: SCALLION, townships: ["Jiucheng"] }, first: 50) { edges { node { id coldChain { custody { kind actor { code } } } } } } }`),
      {},
      await stack.token(luxi.market.viewer),
    );
    expect(page.errors).toBeUndefined();
    const node = page.data!.supply.edges.map((e) => e.node).find((n) => n.id === lot.id);
    expect(node!.coldChain!.custody).toEqual([
      { kind: 'RECEIVED', actor: { code: luxi.coldStore.member.code } },
      { kind: 'STORED', actor: null },
    ]);
  });

  it('shows another alliance\'s facilities to no one acting in this one, whatever the role', async () => {
    const luxi = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const yili = await seedCastForColdchain(stack.em('members'), stack.em('coldchain'));
    const insurer = await seedMemberForColdchain(stack.em('coldchain'), stack.em('members'), luxi.alliance, 'INSURER', ['INSURER']);
    const { facility } = await seedFacility(stack.em('coldchain'), yili.coldStore.viewer, { kind: 'DRY_WAREHOUSE', township: 'Yining' });
    const token = await stack.token(insurer.viewer);
    const one = graphql(`query ReadRulesFacility($id: ID!) { facility(id: $id) { id } }`);
    const yining = graphql(`query ReadRulesYiningFacilities { facilities(filter: { township: "Yining" }) { id } }`);
    // Another alliance's facility answers as an id that does not exist.
    const unseen = await stack.query(one, { id: facility.id }, token);
    expect(unseen.errors).toBeUndefined();
    expect(unseen.data!.facility).toBeNull();
    expect((await stack.query(yining, {}, token)).data!.facilities).toEqual([]);
    expect((await stack.query(one, { id: facility.id }, await stack.token(yili.market.viewer))).data!.facility).toEqual({ id: facility.id });
  });
});
