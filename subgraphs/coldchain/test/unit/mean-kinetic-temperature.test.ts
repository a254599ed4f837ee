import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTIVATION_ENERGY, GAS_CONSTANT, meanKineticTemperature } from '../../src/domain/mean-kinetic-temperature.ts';

const T0 = new Date('2025-06-01T00:00:00Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);
const series = (points: [number, number][]) => points.map(([h, tempC]) => ({ at: hours(h), tempC }));

describe('meanKineticTemperature', () => {
  it('uses ΔH/R = 83144.72 / 8.314472 = 10000 K', () => {
    expect(DEFAULT_ACTIVATION_ENERGY / GAS_CONSTANT).toBeCloseTo(10_000, 9);
  });

  it('equals the temperature when it is constant', () => {
    expect(meanKineticTemperature(series([[0, 5], [6, 5], [12, 5]]), { from: hours(0), to: hours(24) })).toBeCloseTo(5, 9);
    expect(meanKineticTemperature(series([[0, -0.5]]), { from: hours(0), to: hours(1) })).toBeCloseTo(-0.5, 9);
  });

  it('weighs a 50/50 split above the arithmetic mean', () => {
    // 12 h at 0 °C (273.15 K) and 12 h at 10 °C (283.15 K):
    //   e^(−10000/273.15) = e^(−36.6099213) = 1.2604140e−16
    //   e^(−10000/283.15) = e^(−35.3169698) = 4.5923491e−16
    //   mean = 2.9263815e−16;  −ln(mean) = 35.7675948
    //   T_K = 10000 / 35.7675948 = 279.5826797 K = 6.4326797 °C  (> 5 °C, the arithmetic mean)
    const mkt = meanKineticTemperature(series([[0, 0], [12, 10]]), { from: hours(0), to: hours(24) })!;
    expect(mkt).toBeCloseTo(6.4326797, 6);
    expect(mkt).toBeGreaterThan(5);
  });

  it('weighs each reading by the time it holds', () => {
    // 3 h at 0 °C, 1 h at 20 °C (293.15 K):
    //   e^(−10000/293.15) = e^(−34.1122292) = 1.5319588e−15
    //   (3 × 1.2604140e−16 + 1.5319588e−15) / 4 = 4.7752074e−16;  −ln = 35.2779241
    //   T_K = 10000 / 35.2779241 = 283.4633914 K = 10.3133914 °C (arithmetic mean 5 °C)
    expect(meanKineticTemperature(series([[0, 0], [3, 20]]), { from: hours(0), to: hours(4) })).toBeCloseTo(10.313391, 5);
  });

  it('sorts unsorted readings', () => {
    const window = { from: hours(0), to: hours(24) };
    expect(meanKineticTemperature(series([[12, 10], [0, 0]]), window)).toBeCloseTo(6.4326797, 6);
  });

  it('clips to the window: the reading in force at its start covers it, later readings are cut off', () => {
    // Window 6–18 h: 0 °C (from the 0 h reading) for 6–12 h, 10 °C for 12–18 h; the 30 °C at 20 h is outside.
    // Same 50/50 split as above → 6.4326797 °C.
    const readings = series([[0, 0], [12, 10], [20, 30]]);
    expect(meanKineticTemperature(readings, { from: hours(6), to: hours(18) })).toBeCloseTo(6.4326797, 6);
    // Older readings than the one in force at the start do not count: −20 °C at −5 h is superseded at −1 h.
    expect(meanKineticTemperature(series([[-5, -20], [-1, 0], [12, 10]]), { from: hours(0), to: hours(24) })).toBeCloseTo(6.4326797, 6);
  });

  it('is null when no reading falls in the window', () => {
    const readings = series([[0, 4], [30, 4]]);
    expect(meanKineticTemperature(readings, { from: hours(10), to: hours(20) })).toBeNull();
    expect(meanKineticTemperature([], { from: hours(0), to: hours(1) })).toBeNull();
    // A window of no length holds no time.
    expect(meanKineticTemperature(readings, { from: hours(0), to: hours(0) })).toBeNull();
  });

  it('takes another activation energy', () => {
    // ΔH = 41572.36 J/mol → ΔH/R = 5000 K. 50/50 of 0 °C and 10 °C:
    //   e^(−5000/273.15) = 1.1226815e−8, e^(−5000/283.15) = 2.1429767e−8, mean 1.6328291e−8
    //   −ln = 17.9303666 → T_K = 5000 / 17.9303666 = 278.8565 K = 5.7065 °C (nearer the arithmetic mean)
    const mkt = meanKineticTemperature(series([[0, 0], [12, 10]]), { from: hours(0), to: hours(24) }, 41_572.36)!;
    expect(mkt).toBeCloseTo(5.706541, 5);
  });
});
