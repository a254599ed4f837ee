import { Decimal } from '@alliance/domain-kit';
import { addDays } from '@alliance/domain-kit';

const YEAR_MS = 365 * 86_400_000;

/** The instant a window's last day ends: Asia/Shanghai midnight after it (UTC+8 all year since 1991). */
export function endOfDay(lastDay: string): Date {
  return new Date(`${addDays(lastDay, 1)}T00:00:00+08:00`);
}

/** T: years of 365 days from the quote to the end of the window's last day, to 6 decimals (0 once it has ended). */
export function yearsToExpiry(quotedAt: Date, lastDay: string): Decimal {
  const ms = Math.max(0, endOfDay(lastDay).getTime() - quotedAt.getTime());
  return new Decimal(ms).dividedBy(YEAR_MS).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
}
