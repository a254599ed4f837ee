import { BadInput, Decimal, cnyString, isIsoDay, kgString, parseKg } from '@alliance/domain-kit';
import type { Crop, Grade, ReservationStatus, Variety } from '../entities/vocabulary.ts';

/** The rules of reservations that need no database: input, totals, which transitions are allowed. */

export interface SupplySpecification {
  crop: Crop;
  variety?: Variety | null;
  grade: Grade;
  deliverableBy: string;
  minShelfLifeOnArrivalDays?: number | null;
  destinationMarketId?: string | null;
}

export interface ReserveSupplyInput {
  idempotencyKey: string;
  quantityKg: string;
  lotId?: string | null;
  specification?: SupplySpecification | null;
  holdMinutes?: number | null;
}

const DEFAULT_HOLD_MINUTES = 120;
const MAX_HOLD_MINUTES = 2880;

export function validReservation(input: ReserveSupplyInput) {
  const key = input.idempotencyKey.trim();
  if (!key || key.length > 100) throw new BadInput('idempotencyKey must be 1–100 characters.', { field: 'idempotencyKey' });
  const quantity = parseKg(input.quantityKg);
  if (!input.lotId === !input.specification) {
    throw new BadInput('Name either a lotId or a specification, not both and not neither.', { field: 'lotId' });
  }
  const holdMinutes = input.holdMinutes ?? DEFAULT_HOLD_MINUTES;
  if (!Number.isInteger(holdMinutes) || holdMinutes < 1 || holdMinutes > MAX_HOLD_MINUTES) {
    throw new BadInput(`holdMinutes must be from 1 to ${MAX_HOLD_MINUTES}; got ${holdMinutes}.`, { field: 'holdMinutes' });
  }
  const spec = input.specification;
  if (spec) {
    if (!isIsoDay(spec.deliverableBy)) {
      throw new BadInput(`deliverableBy "${spec.deliverableBy}" is not a calendar day (YYYY-MM-DD).`, { field: 'specification.deliverableBy' });
    }
    if ((spec.crop === 'SCALLION') !== Boolean(spec.variety)) {
      throw new BadInput(spec.crop === 'SCALLION' ? 'A scallion specification needs a variety.' : `${spec.crop} has no variety.`, {
        field: 'specification.variety',
      });
    }
  }
  // The request as a stable string: a retry must ask for the same thing to get the same answer.
  const fingerprint = JSON.stringify({
    lotId: input.lotId ?? null,
    spec: spec
      ? {
          crop: spec.crop,
          variety: spec.variety ?? null,
          grade: spec.grade,
          deliverableBy: spec.deliverableBy,
          // Only when asked for, so that the fingerprints of earlier requests stay the same.
          ...(spec.minShelfLifeOnArrivalDays != null ? { minShelfLifeOnArrivalDays: spec.minShelfLifeOnArrivalDays } : {}),
          ...(spec.destinationMarketId != null ? { destinationMarketId: spec.destinationMarketId } : {}),
        }
      : null,
    kg: kgString(quantity),
    holdMinutes,
  });
  return { key, quantity, holdMinutes, spec, fingerprint };
}

export type Transition = 'confirm' | 'cancel';

/** Why a reservation in this state cannot be confirmed or cancelled, or null when it can. */
export function transitionRefusal(
  id: string,
  action: Transition,
  row: { status: ReservationStatus; live: boolean; shipment_id: string | null },
): { message: string; details?: Record<string, unknown> } | null {
  const { status } = row;
  if ((status === 'HELD' && !row.live) || status === 'EXPIRED') return { message: `Reservation ${id} expired; its volume has been released.` };
  if (action === 'confirm' && status !== 'HELD') return { message: `Reservation ${id} is ${status.toLowerCase()}; only a held reservation can be confirmed.` };
  if (action === 'cancel' && status === 'CANCELLED') return { message: `Reservation ${id} is already cancelled.` };
  if (action === 'cancel' && status === 'FULFILLED') return { message: `Reservation ${id} has been shipped; it can no longer be cancelled.` };
  // The cold chain may be loading it: a committed reservation is released only by its shipment.
  if (action === 'cancel' && row.shipment_id) {
    return {
      message: `Reservation ${id} is on shipment ${row.shipment_id}; cancel that shipment first (its operator or the alliance office can).`,
      details: { shipmentId: row.shipment_id },
    };
  }
  return null;
}

export interface PricedLine {
  kg: string;
  pricePerKg: string;
  shippedKg: string;
}

/** kg × price of one line, rounded to the fen: what the invoice shows for it. */
export function lineAmount(line: PricedLine): string {
  return cnyString(new Decimal(line.kg).times(line.pricePerKg).toDecimalPlaces(2));
}

export interface ReservationTotals {
  totalKg: string;
  totalPrice: string;
  shippedKg: string;
}

/** Totals of the lines; the price is the sum of the lines' rounded amounts, so an invoice adds up. */
export function totalsOf(lines: readonly PricedLine[]): ReservationTotals {
  let kg = new Decimal(0);
  let price = new Decimal(0);
  let shipped = new Decimal(0);
  for (const line of lines) {
    kg = kg.plus(line.kg);
    price = price.plus(lineAmount(line));
    shipped = shipped.plus(line.shippedKg);
  }
  return { totalKg: kgString(kg), totalPrice: cnyString(price), shippedKg: kgString(shipped) };
}
