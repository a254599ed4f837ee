import { byTime, holdingSpans, type TemperatureReading } from './readings.ts';

/** ΔH, the loggers' default activation energy (J/mol), and the gas constant R (J/(mol·K)). */
export const DEFAULT_ACTIVATION_ENERGY = 83_144.72;
export const GAS_CONSTANT = 8.314472;
const ZERO_CELSIUS_K = 273.15;

export interface TimeWindow {
  from: Date;
  to: Date;
}

/**
 * Mean kinetic temperature (°C) over a window, time-weighted:
 *   T_K = (ΔH/R) / −ln( Σ tᵢ·e^(−ΔH/(R·Tᵢ)) / Σ tᵢ ),
 * where tᵢ is the time reading i holds (until the next reading, the last until `to`), clipped to
 * the window. The reading in force when the window opens covers its start. Null when no reading
 * falls within [from, to] or they hold for no time: a window without readings has no evidence.
 */
export function meanKineticTemperature(
  readings: readonly TemperatureReading[],
  window: TimeWindow,
  activationEnergy = DEFAULT_ACTIVATION_ENERGY,
): number | null {
  const sorted = byTime(readings);
  const inWindow = (r: TemperatureReading) => r.at >= window.from && r.at <= window.to;
  const first = sorted.findIndex(inWindow);
  if (first < 0) return null;
  // The reading just before the window holds into it; older ones are superseded.
  const relevant = sorted.slice(Math.max(0, first - 1)).filter((r) => r.at <= window.to);
  const ratio = activationEnergy / GAS_CONSTANT;
  let weight = 0;
  let weighted = 0;
  for (const { reading, from, to } of holdingSpans(relevant, window)) {
    const t = to.getTime() - from.getTime();
    weight += t;
    weighted += t * Math.exp(-ratio / (reading.tempC + ZERO_CELSIUS_K));
  }
  if (weight === 0) return null;
  return ratio / -Math.log(weighted / weight) - ZERO_CELSIUS_K;
}
