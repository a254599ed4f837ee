import { Decimal } from '@alliance/domain-kit';

export interface AllocatableLot {
  id: string;
  availableKg: Decimal;
  pricePerKg: string;
}

export interface Allocation {
  lines: { lotId: string; kg: Decimal; pricePerKg: string }[];
  allocatedKg: Decimal;
  shortKg: Decimal;
}

/**
 * Fills a request from lots in the order given (the caller orders them oldest harvest first):
 * each lot gives what it has until the request is met. Lots with nothing available are skipped.
 */
export function allocate(requestedKg: Decimal, lots: readonly AllocatableLot[]): Allocation {
  const lines: Allocation['lines'] = [];
  let remaining = requestedKg;
  for (const lot of lots) {
    if (remaining.lte(0)) break;
    if (lot.availableKg.lte(0)) continue;
    const kg = Decimal.min(remaining, lot.availableKg);
    lines.push({ lotId: lot.id, kg, pricePerKg: lot.pricePerKg });
    remaining = remaining.minus(kg);
  }
  return { lines, allocatedKg: requestedKg.minus(remaining), shortKg: remaining };
}

/**
 * First expired, first out: the lots that would arrive with the least shelf life left go first, so
 * they go where they still qualify; lots predicted the same keep the order they came in (the
 * caller's: oldest harvest first, then id). The sort is stable.
 */
export function fefoOrder<T extends { predictedDays: number }>(lots: readonly T[]): T[] {
  return [...lots].sort((a, b) => a.predictedDays - b.predictedDays);
}
