import { Decimal, kgString } from '@alliance/domain-kit';
import type { ShipmentAction } from './shipment-access.ts';
import type { ShipmentReservationStatus, ShipmentStatus } from '../entities/vocabulary.ts';

/**
 * The shipment's life, as pure rules (unit-tested): which action is allowed from which status, and
 * what may be loaded.
 *
 *   PLANNED ──load──▶ LOADING ──dispatch──▶ IN_TRANSIT ──deliver──▶ DELIVERED
 *      │                                        └────────reject───▶ REJECTED
 *      └──cancel──▶ CANCELLED          (a shipment with goods on board is not cancelled)
 */
const ALLOWED_FROM: Record<ShipmentAction, readonly ShipmentStatus[]> = {
  load: ['PLANNED', 'LOADING'],
  dispatch: ['LOADING'],
  deliver: ['IN_TRANSIT'],
  reject: ['IN_TRANSIT'],
  cancel: ['PLANNED'],
};

/** Why the action cannot happen in this status, or null when it can. */
export function transitionRefusal(status: ShipmentStatus, action: ShipmentAction): string | null {
  if (ALLOWED_FROM[action].includes(status)) return null;
  if (action === 'dispatch' && status === 'PLANNED') return 'Nothing is loaded yet: load it first, or cancel it.';
  if (action === 'cancel' && status === 'LOADING') return 'Goods are loaded: a loaded shipment is dispatched, not cancelled.';
  return `It is ${status.toLowerCase().replace('_', ' ')}; ${action} needs it ${ALLOWED_FROM[action].map((s) => s.toLowerCase().replace('_', ' ')).join(' or ')}.`;
}

export interface LoadableLine {
  reservationId: string;
  lotId: string;
  reservedKg: string;
  loadedKg: string;
}

export interface LoadRequest {
  reservationId: string;
  lotId: string;
  kg: Decimal;
}

export type LoadProblem =
  | { kind: 'NOT_ON_SHIPMENT'; reservationId: string }
  | { kind: 'NOT_COMMITTED'; reservationId: string; status: ShipmentReservationStatus; reason: string | null }
  | { kind: 'LOT_NOT_RESERVED'; reservationId: string; lotId: string }
  | { kind: 'TOO_MUCH'; reservationId: string; lotId: string; remainingKg: string; requestedKg: string };

/**
 * Checks a batch of loads against the shipment's reservations and lines: every load must be of a
 * lot of a committed reservation, and the batch (summed per line) must fit what remains reserved.
 * Returns the first problem, or null.
 */
export function loadProblem(
  loads: readonly LoadRequest[],
  reservations: ReadonlyMap<string, { status: ShipmentReservationStatus; reason: string | null }>,
  lines: readonly LoadableLine[],
): LoadProblem | null {
  const asked = new Map<string, Decimal>();
  for (const load of loads) {
    const reservation = reservations.get(load.reservationId);
    if (!reservation) return { kind: 'NOT_ON_SHIPMENT', reservationId: load.reservationId };
    if (reservation.status !== 'COMMITTED') return { kind: 'NOT_COMMITTED', reservationId: load.reservationId, status: reservation.status, reason: reservation.reason };
    const line = lines.find((l) => l.reservationId === load.reservationId && l.lotId === load.lotId);
    if (!line) return { kind: 'LOT_NOT_RESERVED', reservationId: load.reservationId, lotId: load.lotId };
    const key = `${load.reservationId}/${load.lotId}`;
    const total = (asked.get(key) ?? new Decimal(0)).plus(load.kg);
    asked.set(key, total);
    const remaining = new Decimal(line.reservedKg).minus(line.loadedKg);
    if (total.gt(remaining)) {
      return { kind: 'TOO_MUCH', reservationId: load.reservationId, lotId: load.lotId, remainingKg: kgString(remaining), requestedKg: kgString(total) };
    }
  }
  return null;
}

/** The crop whose limits judge a shipment's trace: scallion, the perishable one, when any is aboard. */
export function governingCrop(crops: readonly string[]): string | null {
  if (crops.includes('SCALLION')) return 'SCALLION';
  return crops[0] ?? null;
}
