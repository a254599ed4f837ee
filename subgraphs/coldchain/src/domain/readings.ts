/** A logger's reading. Other fields (humidity, sensor) may ride along; the rules here need these. */
export interface TemperatureReading {
  at: Date;
  tempC: number;
}

/** A reading and the stretch of time its value stands for. */
export interface HoldingSpan<R> {
  reading: R;
  from: Date;
  to: Date;
}

/** Oldest first, as a copy: loggers upload late and out of order, and callers keep their arrays. */
export function byTime<R extends { at: Date }>(readings: readonly R[]): R[] {
  return [...readings].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * Each reading's value holds from its time until the next reading, and the last one until `to`.
 * Spans are clipped to [from, to]; those left empty are dropped. `sorted` must be oldest first.
 */
export function holdingSpans<R extends { at: Date }>(sorted: readonly R[], window: { from?: Date; to: Date }): HoldingSpan<R>[] {
  const lower = window.from?.getTime() ?? -Infinity;
  const upper = window.to.getTime();
  const spans: HoldingSpan<R>[] = [];
  sorted.forEach((reading, i) => {
    const next = sorted[i + 1];
    const from = Math.max(reading.at.getTime(), lower);
    const to = Math.min(next ? next.at.getTime() : upper, upper);
    if (to > from) spans.push({ reading, from: new Date(from), to: new Date(to) });
  });
  return spans;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
