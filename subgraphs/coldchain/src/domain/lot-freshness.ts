import { profileOf } from './crop-profiles.ts';
import { excursionsOf, latestTemperature, shelfLifeOf, type LotColdChainView } from './lot-cold-chain.ts';
import type { ColdchainRequest } from './request.ts';

/** What a shopper may see of a lot's cold chain: figures only, no place, no kg, no custody. */
export interface LotFreshnessView {
  lotId: string;
  remainingShelfLifeDays: number | null;
  latestTemperatureCelsius: number | null;
  lastReadingAt: Date | null;
  excursionCount: number | null;
  unmonitoredHours: number | null;
}

/**
 * A lot's freshness, with the figures of its LotColdChain (the same functions, over the same
 * history). Public, no viewer needed: only branding's verifyLabel hands out LotFreshness references
 * (`_entities` is reachable through the gateway alone), and nothing here names a place, a party or kg.
 * A lot the cold chain has not heard of with its crop and harvest day answers nulls, not an error.
 */
export async function freshnessOf(req: ColdchainRequest, lotId: string): Promise<LotFreshnessView> {
  const known = await req.loaders.knownLot.load(lotId);
  if (!known?.crop || !known.harvestDate) return { lotId, remainingShelfLifeDays: null, latestTemperatureCelsius: null, lastReadingAt: null, excursionCount: null, unmonitoredHours: null };
  const view: LotColdChainView = { lot: { id: lotId, crop: known.crop, harvestDate: known.harvestDate }, profile: profileOf(known.crop, req.settings.cropProfiles), seesKg: false };
  const history = await req.loaders.historyByLot.load(lotId);
  const latest = latestTemperature(history);
  const shelfLife = latest ? shelfLifeOf(view, history) : null;
  return {
    lotId,
    // Nothing logged, nothing to tell a shopper (LotColdChain counts down from harvest instead).
    remainingShelfLifeDays: shelfLife?.remainingDays ?? null,
    unmonitoredHours: shelfLife?.unmonitoredHours ?? null,
    latestTemperatureCelsius: latest?.celsius ?? null,
    lastReadingAt: latest?.at ?? null,
    excursionCount: excursionsOf(view, history).length,
  };
}
