import { Decimal } from '@alliance/domain-kit';
import { meanOfObserved } from './forward.ts';

/** What the floor would have paid per kg against a past season's index: max(0, K − index). */
export function seasonPayoutPerKg(floorPerKg: Decimal.Value, indexPerKg: Decimal.Value): Decimal {
  return Decimal.max(0, new Decimal(floorPerKg).minus(indexPerKg));
}

/**
 * The burn cost of a window: what the floor would have paid per kg, averaged over the past seasons
 * that had observations (to 6 decimals); null when none had any.
 */
export function burnCostPerKg(floorPerKg: Decimal.Value, pastIndexes: readonly (Decimal.Value | null)[]): Decimal | null {
  return meanOfObserved(pastIndexes, (index) => seasonPayoutPerKg(floorPerKg, index));
}
