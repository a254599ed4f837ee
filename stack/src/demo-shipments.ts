import type { EntityManager } from '@mikro-orm/postgresql';
import { demoCallers, type DemoClient as Client } from './demo-client.ts';

/**
 * Demo shipments, played through the gateway as the partners would: Shanghai and Daya Bay reserve
 * scallion and confirm it, the alliance office ships it from a cold store, and the members subgraph
 * commits, ships and fulfils the reservations by message. One shipment reached Shanghai this
 * morning; the other is on the road to Daya Bay. Runs once, on the first start, after the demo data.
 */

const HOUR = 3_600_000;

export async function playDemoShipments(gatewayUrl: string, membersEm: EntityManager, jwtSecret: string, progress: (message: string) => void): Promise<void> {
  const as = demoCallers(gatewayUrl, membersEm, jwtSecret);
  const office = await as('LX-OFFICE');
  const { facilities } = await office(`{ facilities(filter: { kinds: [COLD_STORE] }, first: 2) { id code } }`);
  const { vehicles } = await office(`{ vehicles(first: 2) { id plate } }`);
  if (facilities.length < 2 || vehicles.length < 2) return;

  const trips = [
    { market: 'SH-VEG', variety: 'RED', kg: '8000', from: facilities[0], vehicle: vehicles[0], loadedHoursAgo: 27, departedHoursAgo: 26, arrivedHoursAgo: 4 },
    { market: 'DYB-MKT', variety: 'WHITE', kg: '5000', from: facilities[1], vehicle: vehicles[1], loadedHoursAgo: 9, departedHoursAgo: 8, arrivedHoursAgo: null },
  ];
  const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
  const today = new Date(Date.now() + 8 * HOUR).toISOString().slice(0, 10);
  for (const trip of trips) {
    const market = await as(trip.market);
    const { reserveSupply } = await market(
      `mutation($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }`,
      { input: { idempotencyKey: `demo-${trip.market}-1`, quantityKg: trip.kg, specification: { crop: 'SCALLION', variety: trip.variety, grade: 'A', deliverableBy: today } } },
    );
    await market(`mutation($id: ID!) { confirmReservation(id: $id) { id } }`, { id: reserveSupply.id });
    const { planShipment } = await office(
      `mutation($input: PlanShipmentInput!) { planShipment(input: $input) { id } }`,
      { input: { originFacilityId: trip.from.id, vehicleId: trip.vehicle.id, reservationIds: [reserveSupply.id] } },
    );
    const id = planShipment.id;
    const lines = await committedLines(office, id);
    await office(`mutation($id: ID!, $loads: [ShipmentLoadInput!]!, $at: DateTime) { loadShipment(id: $id, loads: $loads, at: $at) { id } }`, {
      id,
      loads: lines.map((l) => ({ reservationId: l.reservation.id, lotId: l.lot.id, kg: l.reservedKg })),
      at: ago(trip.loadedHoursAgo),
    });
    await office(`mutation($id: ID!, $at: DateTime) { dispatchShipment(id: $id, at: $at) { id } }`, { id, at: ago(trip.departedHoursAgo) });
    if (trip.arrivedHoursAgo !== null) await market(`mutation($id: ID!, $at: DateTime) { deliverShipment(id: $id, at: $at) { id } }`, { id, at: ago(trip.arrivedHoursAgo) });
    progress(`demo shipment of ${trip.kg} kg ${trip.variety.toLowerCase()} scallion to ${trip.market} ${trip.arrivedHoursAgo === null ? 'on the road' : 'delivered'}`);
  }
}

/** The members subgraph commits the reservations by message, moments after planning. */
async function committedLines(office: Client, id: string): Promise<{ reservation: { id: string }; lot: { id: string }; reservedKg: string }[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { shipment } = await office(`query($id: ID!) { shipment(id: $id) { reservations { status reason } lines { reservation { id } lot { id } reservedKg } } }`, { id });
    const statuses: string[] = shipment.reservations.map((r: { status: string }) => r.status);
    if (statuses.includes('REFUSED')) throw new Error(`the members subgraph refused the demo reservation: ${shipment.reservations[0].reason}`);
    if (!statuses.includes('PENDING')) return shipment.lines;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the members subgraph did not commit the demo reservation within 20 s');
}
