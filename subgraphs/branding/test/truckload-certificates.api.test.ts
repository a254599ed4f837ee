import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Viewer } from '@alliance/domain-kit';
import { eventually, graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import {
  knownToColdchain,
  seedAnnouncedLot,
  seedBrandingAlliance,
  seedFacility,
  seedMember,
  seedMemberForColdchain,
  seedVehicle,
  lotsKnownToColdchain,
  type SeededMember,
} from '@alliance/stack/fixtures';

const RECORD_TEST = graphql(`
  mutation TruckloadRecordTest($input: RecordResidueTestInput!) { recordResidueTest(input: $input) { id } }
`);
const RESERVE = graphql(`
  mutation TruckloadReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }
`);
const CONFIRM = graphql(`
  mutation TruckloadConfirm($id: ID!) { confirmReservation(id: $id) { status } }
`);
const PLAN = graphql(`
  mutation TruckloadPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id status } }
`);
const RESERVATIONS = graphql(`
  query TruckloadShipmentReservations($id: ID!) { shipment(id: $id) { reservations { status } } }
`);
const LOAD = graphql(`
  mutation TruckloadLoad($id: ID!, $loads: [ShipmentLoadInput!]!) { loadShipment(id: $id, loads: $loads) { id status } }
`);
const DISPATCH = graphql(`
  mutation TruckloadDispatch($id: ID!) { dispatchShipment(id: $id) { status } }
`);
const DELIVER = graphql(`
  mutation TruckloadDeliver($id: ID!) { deliverShipment(id: $id) { status } }
`);
const REJECT = graphql(`
  mutation TruckloadReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status } }
`);
const CANCEL = graphql(`
  mutation TruckloadCancel($id: ID!) { cancelShipment(id: $id) { status } }
`);
const ISSUE = graphql(`
  mutation TruckloadIssue($shipmentId: ID!) {
    issueTruckloadCertificate(shipmentId: $shipmentId) {
      id number certifiedKg productName crop variety grade producerName producerContact township county basis status
      lot { id } shipment { id } lots { lot { id } kg } residueTest { id }
    }
  }
`);
const ISSUE_LOT = graphql(`
  mutation TruckloadIssueLot($lotId: ID!) { issueOriginCertificate(lotId: $lotId) { number lots { lot { id } kg } shipment { id } } }
`);
const REVOKE = graphql(`
  mutation TruckloadRevoke($id: ID!, $reason: String!) { revokeOriginCertificate(id: $id, reason: $reason) { status } }
`);
const CERTIFICATE = graphql(`
  query TruckloadCertificate($id: ID!) { originCertificate(id: $id) { number producerContact lots { kg } } }
`);
const SHIPMENT_WITH_CERTIFICATE = graphql(`
  query TruckloadShipment($id: ID!) {
    shipment(id: $id) { id status loadedKg originCertificate { number status certifiedKg shipment { id } lots { lot { id } kg } } }
  }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'coldchain', 'branding']);
});
afterAll(async () => stack?.close());

const hour = 3_600_000;
const year = new Date().getUTCFullYear();

function testOf(lotId: string, overrides: Record<string, unknown> = {}) {
  return {
    lotId,
    basis: 'SELF_TEST' as const,
    tester: 'Own rapid test kit',
    sampledAt: new Date(Date.now() - 3 * hour).toISOString(),
    testedAt: new Date(Date.now() - 2 * hour).toISOString(),
    result: 'PASS' as const,
    ...overrides,
  };
}

async function as(member: SeededMember | Viewer) {
  return stack.token('viewer' in member ? member.viewer : member);
}

/** Branding learns lots through lots.registered: the first test of a lot waits for it. */
async function recordTest(by: SeededMember, input: ReturnType<typeof testOf>) {
  await eventually(async () => {
    const answer = await stack.query(RECORD_TEST, { input }, await as(by));
    expect(answer.errors).toBeUndefined();
  });
}

async function shipmentFact(shipmentId: string) {
  const [row] = await stack.em('branding').getConnection().execute(`select status, vehicle_plate from branding.shipment_fact where shipment_id = ?`, [shipmentId]);
  const lots = await stack.em('branding').getConnection().execute(`select lot_id, kg::text as kg from branding.shipment_lot_fact where shipment_id = ? order by lot_id`, [shipmentId]);
  return row ? { status: row.status as string, plate: row.vehicle_plate as string, lots: lots.map((l) => ({ lotId: l.lot_id as string, kg: l.kg as string })) } : null;
}

/** Waits until branding has heard the shipment in this status. */
async function brandingHears(shipmentId: string, status: string) {
  return eventually(async () => {
    const fact = await shipmentFact(shipmentId);
    expect(fact?.status).toBe(status);
    return fact!;
  });
}

type Cast = Awaited<ReturnType<typeof seedBrandingAlliance>>;

/**
 * An alliance (with a brand office), a cold store and its truck; each grower's lot reserved by the
 * market for `kg` and planned on one shipment. Loaded unless told not to.
 */
async function truckload(loads: { grower: (cast: Cast) => SeededMember; lotKg: string; kg: string }[], options: { load?: boolean; confirm?: boolean; cast?: Cast } = {}) {
  const members = stack.em('members');
  const coldchain = stack.em('coldchain');
  const cast = options.cast ?? (await seedBrandingAlliance(members, stack.em('branding')));
  await knownToColdchain(coldchain, cast.market.viewer, cast.office.viewer, cast.brand.viewer);
  const operator = await seedMemberForColdchain(coldchain, members, cast.alliance, 'COLD_STORE', ['FACILITY_OPERATOR']);
  const { facility } = await seedFacility(coldchain, operator.viewer);
  const { vehicle } = await seedVehicle(coldchain, operator.viewer);
  const marketToken = await as(cast.market);
  const lots: { lot: { id: string }; reservationId: string; kg: string; grower: SeededMember }[] = [];
  for (const load of loads) {
    const lot = await seedAnnouncedLot(members, load.grower(cast), { quantityKg: load.lotKg });
    await lotsKnownToColdchain(coldchain, lot);
    const reserved = await stack.query(RESERVE, { input: { idempotencyKey: `truck-${lot.id}`, quantityKg: load.kg, lotId: lot.id } }, marketToken);
    expect(reserved.errors).toBeUndefined();
    const reservationId = reserved.data!.reserveSupply.id;
    if (options.confirm !== false) expect((await stack.query(CONFIRM, { id: reservationId }, marketToken)).data!.confirmReservation.status).toBe('CONFIRMED');
    lots.push({ lot, reservationId, kg: load.kg, grower: load.grower(cast) });
  }
  const operatorToken = await as(operator);
  const planned = await stack.query(PLAN, { input: { originFacilityId: facility.id, vehicleId: vehicle.id, reservationIds: lots.map((l) => l.reservationId) } }, operatorToken);
  expect(planned.errors).toBeUndefined();
  const shipmentId = planned.data!.planShipment.id;
  await eventually(async () => {
    const answer = await stack.query(RESERVATIONS, { id: shipmentId }, operatorToken);
    expect(answer.data!.shipment!.reservations.map((r) => r.status)).toEqual(lots.map(() => (options.confirm === false ? 'REFUSED' : 'COMMITTED')));
  });
  if (options.load !== false) {
    const loaded = await stack.query(LOAD, { id: shipmentId, loads: lots.map((l) => ({ reservationId: l.reservationId, lotId: l.lot.id, kg: l.kg })) }, operatorToken);
    expect(loaded.errors).toBeUndefined();
  }
  return { cast, operator, operatorToken, vehicle, lots, shipmentId };
}

const byLotId = <T extends { lot: { id: string } }>(rows: readonly T[]) => [...rows].sort((a, b) => a.lot.id.localeCompare(b.lot.id));

describe('truckload origin certificates', () => {
  it('hears each change of the shipment, certifies the truck for the kg on it, and shows the certificate on the shipment', async () => {
    const s = await truckload([
      { grower: (c) => c.grower, lotKg: '1000', kg: '700.5' },
      { grower: (c) => c.otherGrower, lotKg: '500', kg: '299.5' },
    ]);
    const [a, b] = s.lots;
    // The cold chain's announcement reaches branding: the lots and kg on the truck, its plate.
    const heard = await brandingHears(s.shipmentId, 'LOADING');
    expect(heard).toEqual({
      status: 'LOADING',
      plate: s.vehicle.plate,
      lots: [
        { lotId: a!.lot.id, kg: '700.500' },
        { lotId: b!.lot.id, kg: '299.500' },
      ].sort((x, y) => x.lotId.localeCompare(y.lotId)),
    });
    await recordTest(a!.grower, testOf(a!.lot.id, { basis: 'COMMISSIONED_TEST', reportNumber: 'HH-7', tester: 'Honghe centre' }));
    await recordTest(b!.grower, testOf(b!.lot.id));

    const issued = await stack.query(ISSUE, { shipmentId: s.shipmentId }, await as(s.cast.brand));
    expect(issued.errors).toBeUndefined();
    const certificate = issued.data!.issueTruckloadCertificate;
    expect(certificate).toMatchObject({
      number: `${s.cast.alliance.code}-${year}-000001`,
      certifiedKg: '1000.000',
      crop: 'SCALLION',
      variety: 'RED',
      grade: 'A',
      // Two growers of no one cooperative: both are named, in the order of their lots' ids.
      producerName: [a!, b!].sort((x, y) => x.lot.id.localeCompare(y.lot.id)).map((l) => l.grower.member.name).join('、'),
      township: 'Zhongshu',
      county: 'Test County',
      // The truck claims no more than its weakest lot: a self test.
      basis: 'SELF_TEST',
      status: 'VALID',
      lot: null,
      shipment: { id: s.shipmentId },
    });
    expect(certificate.producerContact).toContain('13912345678');
    expect(byLotId(certificate.lots)).toEqual(byLotId([{ lot: { id: a!.lot.id }, kg: '700.500' }, { lot: { id: b!.lot.id }, kg: '299.500' }]));

    // The producers' phones: the office and the brand office; not the market, nor a grower of the truck.
    for (const [who, sees] of [[s.cast.office, true], [s.cast.brand, true], [s.cast.market, false], [s.cast.grower, false]] as const) {
      const read = await stack.query(CERTIFICATE, { id: certificate.id }, await as(who));
      expect(read.errors).toBeUndefined();
      expect(read.data!.originCertificate!.producerContact === null, `${who.member.kind} sees the phone`).toBe(!sees);
    }

    // One gateway query, two subgraphs: the market's shipment with its certificate.
    const seen = await stack.query(SHIPMENT_WITH_CERTIFICATE, { id: s.shipmentId }, await as(s.cast.market));
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.shipment).toMatchObject({
      id: s.shipmentId,
      status: 'LOADING',
      loadedKg: '1000.000',
      originCertificate: { number: certificate.number, status: 'VALID', certifiedKg: '1000.000', shipment: { id: s.shipmentId } },
    });
    expect(seen.data!.shipment!.originCertificate!.lots).toHaveLength(2);

    // One valid per shipment; revoked, it may be certified again with the next number.
    const again = await stack.query(ISSUE, { shipmentId: s.shipmentId }, await as(s.cast.brand));
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors![0]!.message).toContain(certificate.number);
    expect((await stack.query(REVOKE, { id: certificate.id, reason: 'Wrong truck' }, await as(s.cast.brand))).data!.revokeOriginCertificate.status).toBe('REVOKED');
    expect((await stack.query(SHIPMENT_WITH_CERTIFICATE, { id: s.shipmentId }, await as(s.cast.market))).data!.shipment!.originCertificate).toBeNull();

    // On the road it still travels with its certificate; once delivered, no new one.
    expect((await stack.query(DISPATCH, { id: s.shipmentId }, s.operatorToken)).data!.dispatchShipment.status).toBe('IN_TRANSIT');
    await brandingHears(s.shipmentId, 'IN_TRANSIT');
    const reissued = await stack.query(ISSUE, { shipmentId: s.shipmentId }, await as(s.cast.brand));
    expect(reissued.errors).toBeUndefined();
    expect(reissued.data!.issueTruckloadCertificate.number).toBe(`${s.cast.alliance.code}-${year}-000002`);
    expect((await stack.query(SHIPMENT_WITH_CERTIFICATE, { id: s.shipmentId }, await as(s.cast.market))).data!.shipment!.originCertificate!.number).toBe(
      `${s.cast.alliance.code}-${year}-000002`,
    );
    expect((await stack.query(REVOKE, { id: reissued.data!.issueTruckloadCertificate.id, reason: 'Spot check' }, await as(s.cast.brand))).errors).toBeUndefined();
    expect((await stack.query(DELIVER, { id: s.shipmentId }, await as(s.cast.market))).data!.deliverShipment.status).toBe('DELIVERED');
    await brandingHears(s.shipmentId, 'DELIVERED');
    const late = await stack.query(ISSUE, { shipmentId: s.shipmentId }, await as(s.cast.brand));
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(late.errors![0]!.message).toMatch(/arrived/);

    // A lot's certificate lists its one lot; a truckload's lot stays certifiable on its own.
    const lotCertificate = await stack.query(ISSUE_LOT, { lotId: a!.lot.id }, await as(s.cast.brand));
    expect(lotCertificate.errors).toBeUndefined();
    expect(lotCertificate.data!.issueOriginCertificate).toEqual({ number: `${s.cast.alliance.code}-${year}-000003`, lots: [{ lot: { id: a!.lot.id }, kg: '1000.000' }], shipment: null });
  });

  it('refuses a truck with an untested or failed lot, naming it; refuses all but the brand office; another alliance sees no shipment', async () => {
    const s = await truckload([
      { grower: (c) => c.grower, lotKg: '800', kg: '400' },
      { grower: (c) => c.otherGrower, lotKg: '800', kg: '400' },
    ]);
    const [a, b] = s.lots;
    await brandingHears(s.shipmentId, 'LOADING');
    await recordTest(a!.grower, testOf(a!.lot.id));
    const brand = await as(s.cast.brand);

    const untested = await stack.query(ISSUE, { shipmentId: s.shipmentId }, brand);
    expect(untested.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', lotId: b!.lot.id });
    expect(untested.errors![0]!.message).toContain(b!.lot.id);
    expect(untested.errors![0]!.message).toMatch(/no residue test/);
    await recordTest(b!.grower, testOf(b!.lot.id, { result: 'FAIL', failedAnalytes: ['chlorpyrifos'], testedAt: new Date(Date.now() - hour).toISOString() }));
    const failed = await stack.query(ISSUE, { shipmentId: s.shipmentId }, brand);
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', lotId: b!.lot.id });
    expect(failed.errors![0]!.message).toMatch(/chlorpyrifos/);
    // A failed refusal took no number.
    const [counter] = await stack.em('branding').getConnection().execute(`select count(*)::int as n from branding.certificate_counter where alliance_id = ?`, [s.cast.alliance.id]);
    expect(counter!.n).toBe(0);

    for (const who of [s.cast.office, s.cast.market, s.cast.grower, s.cast.cooperative]) {
      const refused = await stack.query(ISSUE, { shipmentId: s.shipmentId }, await as(who));
      expect(refused.errors?.[0]?.extensions?.code, who.member.kind).toBe('FORBIDDEN');
    }
    // Another alliance's brand office: the shipment is as unknown as an id that does not exist.
    const other = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const otherBrand = await as(other.brand);
    const foreign = await stack.query(ISSUE, { shipmentId: s.shipmentId }, otherBrand);
    const missing = await stack.query(ISSUE, { shipmentId: '00000000-0000-4000-8000-000000000000' }, otherBrand);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors![0]!.message.replace(s.shipmentId, 'X')).toBe(missing.errors![0]!.message.replace('00000000-0000-4000-8000-000000000000', 'X'));

    // A later pass certifies; the other alliance still sees neither the certificate nor, through _entities, its shipment's.
    await recordTest(b!.grower, testOf(b!.lot.id, { testedAt: new Date(Date.now() - 60_000).toISOString() }));
    const issued = await stack.query(ISSUE, { shipmentId: s.shipmentId }, brand);
    expect(issued.errors).toBeUndefined();
    const id = issued.data!.issueTruckloadCertificate.id;
    expect((await stack.query(CERTIFICATE, { id }, otherBrand)).data!.originCertificate).toBeNull();
    const entities = (viewer: Viewer) =>
      stack.querySubgraph(
        'branding',
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on OriginCertificate { number lots { kg } } ... on Shipment { originCertificate { number } } } }`,
        { r: [{ __typename: 'OriginCertificate', id }, { __typename: 'Shipment', id: s.shipmentId }] },
        { 'x-gateway-secret': stack.gatewaySecret, 'x-viewer': Buffer.from(JSON.stringify(viewer)).toString('base64url') },
      );
    const number = issued.data!.issueTruckloadCertificate.number;
    expect((await entities(s.cast.market.viewer)).data!._entities).toEqual([{ number, lots: [{ kg: '400.000' }, { kg: '400.000' }] }, { originCertificate: { number } }]);
    expect((await entities(other.office.viewer)).data!._entities).toEqual([null, { originCertificate: null }]);

    // Rejected at the market: branding hears it, and a truck that has arrived gets no new certificate.
    expect((await stack.query(DISPATCH, { id: s.shipmentId }, s.operatorToken)).data!.dispatchShipment.status).toBe('IN_TRANSIT');
    expect((await stack.query(REJECT, { id: s.shipmentId, reason: 'Wilted' }, await as(s.cast.market))).data!.rejectShipment.status).toBe('REJECTED');
    await brandingHears(s.shipmentId, 'REJECTED');
    expect((await stack.query(REVOKE, { id, reason: 'Rejected load' }, brand)).errors).toBeUndefined();
    const rejected = await stack.query(ISSUE, { shipmentId: s.shipmentId }, brand);
    expect(rejected.errors?.[0]?.message).toMatch(/arrived \(rejected\)/);
  });

  it('hears the cold chain call a shipment off when members refuses its every reservation', async () => {
    const s = await truckload([{ grower: (c) => c.grower, lotKg: '300', kg: '100' }], { load: false, confirm: false });
    await brandingHears(s.shipmentId, 'CANCELLED');
    await recordTest(s.lots[0]!.grower, testOf(s.lots[0]!.lot.id));
    const refused = await stack.query(ISSUE, { shipmentId: s.shipmentId }, await as(s.cast.brand));
    expect(refused.errors?.[0]?.message).toMatch(/cancelled/);
  });

  it('refuses a shipment with nothing loaded and a cancelled one', async () => {
    const s = await truckload([{ grower: (c) => c.grower, lotKg: '300', kg: '100' }], { load: false });
    await brandingHears(s.shipmentId, 'PLANNED');
    await recordTest(s.lots[0]!.grower, testOf(s.lots[0]!.lot.id));
    const brand = await as(s.cast.brand);
    const empty = await stack.query(ISSUE, { shipmentId: s.shipmentId }, brand);
    expect(empty.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(empty.errors![0]!.message).toMatch(/nothing is loaded/);
    expect((await stack.query(CANCEL, { id: s.shipmentId }, s.operatorToken)).data!.cancelShipment.status).toBe('CANCELLED');
    await brandingHears(s.shipmentId, 'CANCELLED');
    const cancelled = await stack.query(ISSUE, { shipmentId: s.shipmentId }, brand);
    expect(cancelled.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(cancelled.errors![0]!.message).toMatch(/cancelled/);
  });

  it('gives six brand-office clerks racing for one truck one certificate, and keeps the numbers gapless', async () => {
    const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    // A second grower of the same cooperative: the truck is the cooperative's consolidation.
    const neighbour = await seedMember(stack.em('members'), cast.alliance, 'GROWER', ['GROWER'], { cooperativeId: cast.cooperative.member.id, contactPhone: '13800000001' });
    const s = await truckload(
      [
        { grower: (c) => c.grower, lotKg: '600', kg: '250' },
        { grower: () => neighbour, lotKg: '600', kg: '350' },
      ],
      { cast },
    );
    await brandingHears(s.shipmentId, 'LOADING');
    for (const l of s.lots) await recordTest(l.grower, testOf(l.lot.id));
    const brand = await as(cast.brand);
    const answers = await Promise.all(Array.from({ length: 6 }, () => stack.query(ISSUE, { shipmentId: s.shipmentId }, brand)));
    const won = answers.filter((a) => !a.errors);
    expect(won).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(5);
    expect(won[0]!.data!.issueTruckloadCertificate).toMatchObject({ number: `${cast.alliance.code}-${year}-000001`, certifiedKg: '600.000', producerName: cast.cooperative.member.name });
    const rows = await stack.em('branding').getConnection().execute(`select count(*)::int as n from branding.origin_certificate where shipment_id = ?`, [s.shipmentId]);
    expect(rows[0]!.n).toBe(1);
    // The next certificate of the alliance takes the next number: the losers gave theirs back.
    const next = await stack.query(ISSUE_LOT, { lotId: s.lots[0]!.lot.id }, brand);
    expect(next.data!.issueOriginCertificate.number).toBe(`${cast.alliance.code}-${year}-000002`);
  });

  it('revokes a truckload certificate when more is loaded after it was issued, and keeps it through dispatch when the load stays', async () => {
    const s = await truckload([{ grower: (c) => c.grower, lotKg: '800', kg: '400' }], { load: false });
    const first = await stack.query(LOAD, { id: s.shipmentId, loads: [{ reservationId: s.lots[0]!.reservationId, lotId: s.lots[0]!.lot.id, kg: '250' }] }, s.operatorToken);
    expect(first.errors).toBeUndefined();
    await brandingHears(s.shipmentId, 'LOADING');
    await recordTest(s.cast.grower, testOf(s.lots[0]!.lot.id));
    const brand = await as(s.cast.brand);
    const issued = await stack.query(ISSUE, { shipmentId: s.shipmentId }, brand);
    expect(issued.errors).toBeUndefined();
    const id = issued.data!.issueTruckloadCertificate.id;
    const statusOf = async () =>
      (await stack.em('branding').getConnection().execute(`select status, revoked_reason from branding.origin_certificate where id = ?`, [id]))[0] as { status: string; revoked_reason: string | null };

    // 150 kg more go on the truck: the certificate of 250 kg no longer describes it.
    const more = await stack.query(LOAD, { id: s.shipmentId, loads: [{ reservationId: s.lots[0]!.reservationId, lotId: s.lots[0]!.lot.id, kg: '150' }] }, s.operatorToken);
    expect(more.errors).toBeUndefined();
    await eventually(async () => expect((await statusOf()).status).toBe('REVOKED'));
    expect((await statusOf()).revoked_reason).toMatch(/load changed/);

    // Certified again as it is now (400 kg); dispatch changes the status, not the load: it stays valid.
    const again = await stack.query(ISSUE, { shipmentId: s.shipmentId }, brand);
    expect(again.data?.issueTruckloadCertificate.certifiedKg).toBe('400.000');
    expect((await stack.query(DISPATCH, { id: s.shipmentId }, s.operatorToken)).errors).toBeUndefined();
    await brandingHears(s.shipmentId, 'IN_TRANSIT');
    const [row] = await stack.em('branding').getConnection().execute(`select status from branding.origin_certificate where id = ?`, [again.data!.issueTruckloadCertificate.id]);
    expect(row!.status).toBe('VALID');
  });

  it('keeps in the database a truckload whose kg do not add up to its lots out', async () => {
    const s = await truckload([{ grower: (c) => c.grower, lotKg: '300', kg: '100' }]);
    await brandingHears(s.shipmentId, 'LOADING');
    await recordTest(s.lots[0]!.grower, testOf(s.lots[0]!.lot.id));
    const issued = await stack.query(ISSUE, { shipmentId: s.shipmentId }, await as(s.cast.brand));
    expect(issued.errors).toBeUndefined();
    const connection = stack.em('branding').getConnection();
    await expect(connection.execute(`update branding.certificate_lot set kg = 99 where certificate_id = ?`, [issued.data!.issueTruckloadCertificate.id])).rejects.toThrow(/truckload_kg_add_up|other kg/);
    await expect(connection.execute(`update branding.origin_certificate set lot_id = ? where id = ?`, [s.lots[0]!.lot.id, issued.data!.issueTruckloadCertificate.id])).rejects.toThrow(/of_lot_or_shipment/);
    // A second valid certificate of the truck, written around the use case: the partial unique index refuses it.
    await expect(
      connection.execute(
        `insert into branding.origin_certificate select (jsonb_populate_record(c, jsonb_build_object('id', gen_random_uuid(), 'sequence', c.sequence + 100, 'number', c.number || 'X'))).* from branding.origin_certificate c where id = ?`,
        [issued.data!.issueTruckloadCertificate.id],
      ),
    ).rejects.toThrow(/one_valid_per_shipment/);
  });
});
