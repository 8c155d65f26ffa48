/**
 * Calendar arithmetic for deadlines: calendar days between dates (date-fns) and working days, which exclude
 * weekends and the bank holidays of a nation (date-holidays). The Procurement Act 2023 (s.123) excludes bank
 * holidays in any part of the UK, which `'uk'` gives.
 */
import Holidays from 'date-holidays';
import { differenceInCalendarDays, parseISO, addDays, format } from 'date-fns';
import type { Nation } from './types';

export type HolidayArea = Nation | 'uk';

const STATES: Record<Nation, string[]> = {
  'england-wales': ['ENG', 'WLS'],
  scotland: ['SCT'],
  'northern-ireland': ['NIR'],
};

const cache = new Map<string, Map<string, string>>();

/** One calendar per region: building one reads the library's rules for the country, which costs far more than a year's dates. */
const calendars = new Map<string, Holidays>();

function calendarOf(state: string): Holidays {
  let hd = calendars.get(state);
  if (!hd) calendars.set(state, (hd = new Holidays('GB', state)));
  return hd;
}

/** Bank holidays of an area in a year, as ISO date → name. */
export function bankHolidays(area: HolidayArea, year: number): Map<string, string> {
  const key = `${area}:${year}`;
  let days = cache.get(key);
  if (days) return days;
  days = new Map();
  const states = area === 'uk' ? ['ENG', 'WLS', 'SCT', 'NIR'] : STATES[area];
  for (const state of states) {
    for (const h of calendarOf(state).getHolidays(year)) {
      if (h.type !== 'public' && h.type !== 'bank') continue;
      const iso = h.date.slice(0, 10);
      if (!days.has(iso)) days.set(iso, h.name);
    }
  }
  cache.set(key, days);
  return days;
}

/** The bank holiday on an ISO date, or null. */
export function bankHolidayOn(iso: string, area: HolidayArea): string | null {
  return bankHolidays(area, Number(iso.slice(0, 4))).get(iso) ?? null;
}

export function isWorkingDay(iso: string, area: HolidayArea): boolean {
  const day = parseISO(iso).getDay();
  if (day === 0 || day === 6) return false;
  return bankHolidayOn(iso, area) === null;
}

/** Calendar days from `fromIso` to `toIso` (the first day not counted, the last counted). */
export function calendarDaysBetween(fromIso: string, toIso: string): number {
  return differenceInCalendarDays(parseISO(toIso), parseISO(fromIso));
}

/** Working days between two dates, by `from|to|area`: the same few periods are counted on every check of a document. */
const workingDays = new Map<string, number>();

/** Working days after `fromIso` up to and including `toIso`. */
export function workingDaysBetween(fromIso: string, toIso: string, area: HolidayArea): number {
  const key = `${fromIso}|${toIso}|${area}`;
  let count = workingDays.get(key);
  if (count === undefined) {
    count = countWorkingDays(fromIso, toIso, area);
    // Bounded: a document with thousands of dates must not grow it without end.
    if (workingDays.size >= 4_096) workingDays.clear();
    workingDays.set(key, count);
  }
  return count;
}

function countWorkingDays(fromIso: string, toIso: string, area: HolidayArea): number {
  const from = parseISO(fromIso);
  const total = calendarDaysBetween(fromIso, toIso);
  let count = 0;
  for (let i = 1; i <= total; i++) {
    if (isWorkingDay(format(addDays(from, i), 'yyyy-MM-dd'), area)) count++;
  }
  return count;
}

/** "Fri 22 Jan 2027". */
export function formatDay(iso: string): string {
  return format(parseISO(iso), 'EEE d MMM yyyy');
}
