import { BadInput } from '@alliance/domain-kit';

/**
 * Freshness on arrival: how much shelf life a lot will have left when it reaches a market, from what
 * the cold chain last told of it (lots.freshness) and the alliance's route to the market. Pure; the
 * store has the same arithmetic in SQL (store/freshness.ts), and a test shows the two agree.
 *
 * Q10 model: SL(T) hours = referenceDays × 24 × q10^((referenceTempC − T)/10).
 *   fraction left now        r  = (expiresAt − now) / SL(currentTempC)
 *   fraction left on arrival r' = r − transitHours / SL(truckTempC)
 *   days left on arrival        = max(0, r') × referenceDays
 */

/** A lot's freshness as the cold chain computed it; any null means nothing can be promised. */
export interface LotFreshness {
  expiresAt: Date | null;
  currentTempC: number | null;
  referenceDays: number | null;
  referenceTempC: number | null;
  q10: number | null;
}

/** The alliance's route to a market: how long the truck takes, at what temperature it typically runs. */
export interface MarketRoute {
  transitHours: number;
  truckTempC: number;
}

/** Shelf life in hours at a constant temperature, by the Q10 model. */
export function shelfLifeHours(referenceDays: number, referenceTempC: number, q10: number, tempC: number): number {
  return referenceDays * 24 * Math.pow(q10, (referenceTempC - tempC) / 10);
}

/** Days of shelf life left on arrival at the market by the route, from `now`; null when the lot's freshness is unknown. */
export function predictedShelfLifeOnArrivalDays(f: LotFreshness | null, route: MarketRoute, now: Date = new Date()): number | null {
  if (!f || !f.expiresAt || f.currentTempC === null || f.referenceDays === null || f.referenceTempC === null || f.q10 === null) return null;
  const hoursLeft = (f.expiresAt.getTime() - now.getTime()) / 3_600_000;
  const fractionNow = hoursLeft / shelfLifeHours(f.referenceDays, f.referenceTempC, f.q10, f.currentTempC);
  const onArrival = fractionNow - route.transitHours / shelfLifeHours(f.referenceDays, f.referenceTempC, f.q10, route.truckTempC);
  return Math.max(0, onArrival) * f.referenceDays;
}

/** A route as the office sets it: a positive transit time of at most 30 days, a truck temperature from −30 to 40 °C (to 0.01). */
export function validRoute(transitHours: number, truckTempC: number): MarketRoute {
  if (!Number.isFinite(transitHours) || transitHours <= 0 || transitHours > 720) {
    throw new BadInput(`transitHours must be more than 0 and at most 720 (30 days); got ${transitHours}.`, { field: 'transitHours' });
  }
  if (!Number.isFinite(truckTempC) || truckTempC < -30 || truckTempC > 40) {
    throw new BadInput(`truckTempC must be from -30 to 40 °C; got ${truckTempC}.`, { field: 'truckTempC' });
  }
  const hours = Math.round(transitHours * 100) / 100;
  if (hours <= 0) throw new BadInput('transitHours must be at least 0.01.', { field: 'transitHours' });
  return { transitHours: hours, truckTempC: Math.round(truckTempC * 100) / 100 };
}

/** The minimum asked for, in days: a number from 0 to 365. */
export function validMinimumDays(days: number, field: string): number {
  if (!Number.isFinite(days) || days < 0 || days > 365) throw new BadInput(`${field} must be from 0 to 365 days; got ${days}.`, { field });
  return days;
}
