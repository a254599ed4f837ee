/**
 * Arithmetic on calendar days written YYYY-MM-DD (Asia/Shanghai days, as everywhere in the
 * domain), counted as whole days from 1970-01-01 so that no time of day or zone can shift them.
 */
const DAY_MS = 86_400_000;

function parts(day: string): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

/** Days since 1970-01-01. */
export function dayNumber(day: string): number {
  const [y, m, d] = parts(day);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function dayFromNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayFromNumber(dayNumber(day) + days);
}

/** Days from `from` to `to`: 0 for the same day. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 1 for Monday … 7 for Sunday (ISO). */
export function isoWeekday(day: string): number {
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

/** The first day of the month `months` after the day's month (negative: before). */
export function firstOfMonth(day: string, months = 0): string {
  const [y, m] = parts(day);
  return new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 10);
}

/** The last day of the month `months` after the day's month (negative: before). */
export function lastOfMonth(day: string, months = 0): string {
  const [y, m] = parts(day);
  return new Date(Date.UTC(y, m + months, 0)).toISOString().slice(0, 10);
}

/** The day `years` after a day (29 February lands on 1 March). */
export function addYears(day: string, years: number): string {
  const [y, m, d] = parts(day);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}
