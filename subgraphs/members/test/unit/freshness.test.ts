import { describe, expect, it } from 'vitest';
import { fefoOrder } from '../../src/domain/allocation.ts';
import { predictedShelfLifeOnArrivalDays, shelfLifeHours, validMinimumDays, validRoute } from '../../src/domain/freshness.ts';

const now = new Date('2026-12-02T00:00:00Z');
const hoursFromNow = (h: number) => new Date(now.getTime() + h * 3_600_000);
/** Scallion's profile: 28 days at 0 °C, Q10 2.5; the lot kept at 2 °C. */
const scallion = (expiresInHours: number, currentTempC = 2) => ({
  expiresAt: hoursFromNow(expiresInHours),
  currentTempC,
  referenceDays: 28,
  referenceTempC: 0,
  q10: 2.5,
});

describe('shelf life on arrival', () => {
  it('follows the Q10 model: 28 days at 0 °C, 2.5 times shorter 10 °C warmer', () => {
    expect(shelfLifeHours(28, 0, 2.5, 0)).toBe(672);
    expect(shelfLifeHours(28, 0, 2.5, 10)).toBeCloseTo(672 / 2.5, 9);
    expect(shelfLifeHours(28, 0, 2.5, -10)).toBeCloseTo(672 * 2.5, 9);
  });

  it('takes the transit, at the truck temperature, off the fraction left now', () => {
    const sl2 = 672 * Math.pow(2.5, -0.2); // ≈ 559.5 h at 2 °C
    // Half its life left at 2 °C, 40 h at 2 °C on the truck: (0.5 − 40/SL(2)) × 28 days.
    expect(predictedShelfLifeOnArrivalDays(scallion(sl2 / 2), { transitHours: 40, truckTempC: 2 }, now)).toBeCloseTo((0.5 - 40 / sl2) * 28, 6); // to the millisecond of expiresAt
    // A warmer truck eats more of it.
    const cold = predictedShelfLifeOnArrivalDays(scallion(240), { transitHours: 40, truckTempC: 2 }, now)!;
    const warm = predictedShelfLifeOnArrivalDays(scallion(240), { transitHours: 40, truckTempC: 12 }, now)!;
    expect(warm).toBeLessThan(cold);
    expect(cold - warm).toBeCloseTo((40 / (672 / Math.pow(2.5, 1.2)) - 40 / sl2) * 28, 9);
  });

  it('is 0 for a lot that expires on the way (or has expired), and null when its freshness is unknown', () => {
    expect(predictedShelfLifeOnArrivalDays(scallion(10), { transitHours: 40, truckTempC: 2 }, now)).toBe(0);
    expect(predictedShelfLifeOnArrivalDays(scallion(-5), { transitHours: 1, truckTempC: 2 }, now)).toBe(0);
    expect(predictedShelfLifeOnArrivalDays(null, { transitHours: 1, truckTempC: 2 }, now)).toBeNull();
    expect(predictedShelfLifeOnArrivalDays({ ...scallion(100), expiresAt: null }, { transitHours: 1, truckTempC: 2 }, now)).toBeNull();
    expect(predictedShelfLifeOnArrivalDays({ ...scallion(100), q10: null }, { transitHours: 1, truckTempC: 2 }, now)).toBeNull();
  });

  it('checks routes and minimums', () => {
    expect(validRoute(40, 2)).toEqual({ transitHours: 40, truckTempC: 2 });
    expect(validRoute(30.456, -1.234)).toEqual({ transitHours: 30.46, truckTempC: -1.23 });
    for (const [h, t] of [[0, 2], [-1, 2], [721, 2], [Number.NaN, 2], [40, 41], [40, -31], [0.001, 2]]) {
      expect(() => validRoute(h!, t!)).toThrow(/transitHours|truckTempC/);
    }
    expect(validMinimumDays(0, 'f')).toBe(0);
    expect(() => validMinimumDays(-1, 'f')).toThrow(/from 0 to 365/);
    expect(() => validMinimumDays(366, 'f')).toThrow(/from 0 to 365/);
  });
});

describe('first expired, first out', () => {
  it('puts the soonest to expire first and keeps the given order on a tie', () => {
    const lots = [
      { id: 'old-harvest', predictedDays: 6 },
      { id: 'a', predictedDays: 3.5 },
      { id: 'b', predictedDays: 6 },
      { id: 'c', predictedDays: 3.5 },
      { id: 'd', predictedDays: 9 },
    ];
    expect(fefoOrder(lots).map((l) => l.id)).toEqual(['a', 'c', 'old-harvest', 'b', 'd']);
    expect(lots[0]!.id).toBe('old-harvest'); // the input is left as it was
  });
});
