/**
 * A market's day (`SH-VEG`): grade-A red scallion deliverable the day after tomorrow, with its
 * freshness and origin certificate; reserve 500 kg by specification, confirm, follow the shipments.
 * `npx tsx examples/market.ts` against `npm start`.
 */
import { operations, type AllianceClient } from '@alliance/client';
import { clientFromEnv, isMain, run, shanghaiDay } from './env.ts';

export async function main(client: AllianceClient, log: (line: string) => void = console.log, options: { quantityKg?: string } = {}) {
  const deliverableBy = shanghaiDay(2);
  const { supply } = await client.request(operations.Supply, {
    filter: { crop: 'SCALLION', varieties: ['RED'], grades: ['A'], availableBy: deliverableBy },
    first: 5,
  });
  log(`supply by ${deliverableBy}: ${supply.totalCount} lots, ${supply.totalAvailableKg} kg`);
  for (const { node } of supply.edges) {
    const fresh = node.coldChain?.remainingShelfLifeDays;
    log(`  ${node.lotNumber} ${node.township} harvested ${node.harvestDate}: ${node.availableKg} kg at ${node.askingPricePerKg} CNY/kg, ` +
      `${fresh == null ? 'freshness unknown' : `${fresh.toFixed(1)} days of shelf life`}, certificate ${node.originCertificate?.number ?? 'none'}`);
  }
  // The client makes the idempotency key; pass `{ idempotencyKey }` as a second argument to resend a lost call.
  const { reserveSupply: reservation } = await client.request(operations.ReserveSupply, {
    input: { quantityKg: options.quantityKg ?? '500', specification: { crop: 'SCALLION', variety: 'RED', grade: 'A', deliverableBy } },
  });
  log(`reserved ${reservation.totalKg} kg for ${reservation.totalPrice} CNY over ${reservation.lines.length} lot(s), held until ${reservation.holdUntil} (key ${reservation.idempotencyKey})`);
  const { confirmReservation } = await client.request(operations.ConfirmReservation, { id: reservation.id });
  log(`reservation ${confirmReservation.id}: ${confirmReservation.status}`);
  const { viewer } = await client.request(operations.MyReservations);
  for (const r of viewer?.reservations ?? []) {
    if (!r.shipment) continue;
    const { shipment } = await client.request(operations.FollowShipment, { id: r.shipment.id });
    log(`shipment ${shipment?.id} (${r.totalKg} kg): ${shipment?.status}, departed ${shipment?.departedAt ?? '—'}, arrived ${shipment?.arrivedAt ?? '—'}, ${shipment?.excursionCount ?? 0} excursion(s)`);
  }
  return { reservationId: reservation.id, status: confirmReservation.status, lots: supply.totalCount };
}

if (isMain(import.meta)) run(() => main(clientFromEnv('SH-VEG')));
