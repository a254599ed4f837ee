import { BadInput } from '@alliance/domain-kit';
import type { WindowLength } from '../../entities/vocabulary.ts';
import { addDays, firstOfMonth, isoWeekday, lastOfMonth } from '@alliance/domain-kit';

/** A run of calendar days, both ends included. */
export interface DayRange {
  start: string;
  end: string;
}

/** A cover has at most this many settlement windows (a year of months). */
export const MAX_WINDOWS = 12;

/** WEEK windows move back 52 weeks a season, so that they still start on a Monday. */
const DAYS_IN_52_WEEKS = 364;

function nearer(day: string, earlier: string, later: string): string {
  const back = Date.parse(day) - Date.parse(earlier);
  const ahead = Date.parse(later) - Date.parse(day);
  return ahead < back ? later : earlier;
}

/** The window starting on the day, or null when the day starts none. */
function windowStartingOn(day: string, length: WindowLength): DayRange | null {
  if (length === 'MONTH') return firstOfMonth(day) === day ? { start: day, end: lastOfMonth(day) } : null;
  return isoWeekday(day) === 1 ? { start: day, end: addDays(day, 6) } : null;
}

function nearestStart(day: string, length: WindowLength): string {
  if (length === 'MONTH') return nearer(day, firstOfMonth(day), firstOfMonth(day, 1));
  const weekday = isoWeekday(day);
  return nearer(day, addDays(day, 1 - weekday), addDays(day, 8 - weekday));
}

function nearestEnd(day: string, length: WindowLength): string {
  if (length === 'MONTH') return nearer(day, lastOfMonth(day, -1), lastOfMonth(day));
  const weekday = isoWeekday(day);
  return nearer(day, addDays(day, -weekday), addDays(day, 7 - weekday));
}

const WORDS: Record<WindowLength, { first: string; last: string; run: string }> = {
  MONTH: { first: 'the first day of a month', last: 'the last day of a month', run: 'MONTH windows are calendar months' },
  WEEK: { first: 'a Monday', last: 'a Sunday', run: 'WEEK windows run Monday to Sunday' },
};

/**
 * The settlement windows of a cover period: calendar months, or weeks Monday to Sunday. The period
 * starts on a window's first day and ends on a window's last day, and holds at most MAX_WINDOWS.
 */
export function settlementWindows(coverFrom: string, coverTo: string, length: WindowLength): DayRange[] {
  const words = WORDS[length];
  const first = windowStartingOn(coverFrom, length);
  if (!first) {
    const nearest = nearestStart(coverFrom, length);
    throw new BadInput(`coverFrom ${coverFrom} is not ${words.first} (${words.run}); the nearest is ${nearest}.`, { field: 'coverFrom', nearest });
  }
  if (coverTo < coverFrom) throw new BadInput(`coverTo ${coverTo} is before coverFrom ${coverFrom}.`, { field: 'coverTo' });
  const endsWindow = length === 'MONTH' ? lastOfMonth(coverTo) === coverTo : isoWeekday(coverTo) === 7;
  if (!endsWindow) {
    const candidate = nearestEnd(coverTo, length);
    const nearest = candidate < first.end ? first.end : candidate;
    throw new BadInput(`coverTo ${coverTo} is not ${words.last} (${words.run}); the nearest is ${nearest}.`, { field: 'coverTo', nearest });
  }
  const windows: DayRange[] = [];
  for (let w = first; w.start <= coverTo; w = windowStartingOn(addDays(w.end, 1), length)!) {
    if (windows.length === MAX_WINDOWS) {
      const nearest = windows[MAX_WINDOWS - 1]!.end;
      throw new BadInput(`The cover ${coverFrom} – ${coverTo} holds more than ${MAX_WINDOWS} settlement windows; a quote covers at most ${MAX_WINDOWS}, so coverTo ${nearest} at the latest.`, {
        field: 'coverTo',
        nearest,
      });
    }
    windows.push(w);
  }
  return windows;
}

/**
 * The same window `seasonsBack` seasons earlier: the same calendar month that many years before,
 * or the week 364 days a season before (still Monday to Sunday).
 */
export function pastSeasonWindow(window: DayRange, length: WindowLength, seasonsBack: number): DayRange {
  if (length === 'WEEK') return { start: addDays(window.start, -DAYS_IN_52_WEEKS * seasonsBack), end: addDays(window.end, -DAYS_IN_52_WEEKS * seasonsBack) };
  const start = firstOfMonth(window.start, -12 * seasonsBack);
  return { start, end: lastOfMonth(start) };
}

/** Each window's past seasons, 1 to `pastSeasons` back, most recent first. */
export function pastSeasonWindows(windows: readonly DayRange[], length: WindowLength, pastSeasons: number): DayRange[][] {
  return windows.map((w) => Array.from({ length: pastSeasons }, (_, i) => pastSeasonWindow(w, length, i + 1)));
}
