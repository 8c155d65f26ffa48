/**
 * Calendar dates as written in UK procurement documents, with an attached weekday and time of day.
 *
 *   "Friday 22 January 2027", "Fri 22 Jan 2027", "22nd of January 2027", "22/01/2027", "22.01.2027",
 *   "January 22, 2027", "22nd January" (year unknown), "12:00 noon on 3rd March 2027",
 *   "by 5pm on Friday 22 January 2027", "22 January 2027 at 12:00", "8–12 February 2027" (two dates).
 *
 * Conventions:
 *  - Numeric dates are always day/month/year (UK order). Two-digit years are 20xx. A dotted numeric
 *    date needs a four-digit year ("22.01.2027"), so section numbers such as "4.2.10" are not dates.
 *  - Month and weekday names may be abbreviated ("Sept", "Tues"). A month written in lower case is
 *    accepted only when a year follows, so "4 may be" and "3 march" are not dates.
 *  - A match's `start`/`end`/`text` cover the date, a weekday written before it and an attached time
 *    (before it: "12:00 noon on …"; after it: "… at 12:00"), but not words such as "by" or "on"
 *    outside that span ("on" between a leading time and the date is inside it).
 *  - "midnight" is read as "00:00" (the start of the day it is attached to). Whether "midnight on
 *    22 January" means the start or the end of that day is for the caller to decide; the match text
 *    keeps the word. "24:00" is not accepted as a time.
 *  - A range ("8–12 February 2027", "8 to 12 February 2027", "8 February – 12 February 2027")
 *    gives two DateValues: the first covers only its own part ("8", "8 February") and takes its month
 *    and year from the second; the second covers "12 February 2027".
 *  - Invalid dates (31 February, 32/01/2027, month 13) are dropped.
 */
import { getDay, isExists } from 'date-fns';
import type { DateValue, Weekday } from './types';

// ---------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------

/** Month spellings, full name first; index + 1 is the month number. */
const MONTH_SPELLINGS: readonly string[][] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** Weekday spellings; the index is the `Weekday` (Sunday = 0). */
const WEEKDAY_SPELLINGS: readonly string[][] = [
  ['sunday', 'sun'],
  ['monday', 'mon'],
  ['tuesday', 'tues', 'tue'],
  ['wednesday', 'weds', 'wed'],
  ['thursday', 'thurs', 'thur', 'thu'],
  ['friday', 'fri'],
  ['saturday', 'sat'],
];

function lookup(spellings: readonly string[][]): Map<string, number> {
  const map = new Map<string, number>();
  spellings.forEach((names, i) => names.forEach((name) => map.set(name, i)));
  return map;
}

const MONTH_INDEX = lookup(MONTH_SPELLINGS);
const WEEKDAY_INDEX = lookup(WEEKDAY_SPELLINGS);

/** Alternation of all spellings, longest first; abbreviations may take a full stop ("Jan."). */
function nameAlternation(spellings: readonly string[][]): string {
  const full = new Set(spellings.map((names) => names[0]!));
  return spellings
    .flat()
    .sort((a, b) => b.length - a.length)
    .map((name) => (full.has(name) ? name : `${name}\\.?`))
    .join('|');
}

/** Month number (1–12) for a written month name ("Sept." → 9), or null. */
export function monthNumber(name: string): number | null {
  const index = MONTH_INDEX.get(name.toLowerCase().replace(/\.$/, ''));
  return index === undefined ? null : index + 1;
}

/** Weekday for a written weekday name ("Tues" → 2), or null. */
export function weekdayNumber(name: string): Weekday | null {
  const index = WEEKDAY_INDEX.get(name.toLowerCase().replace(/\.$/, ''));
  return index === undefined ? null : (index as Weekday);
}

// ---------------------------------------------------------------------------------------------------
// Calendar helpers (date-fns)
// ---------------------------------------------------------------------------------------------------

/** A leap year, used to validate a day and month when the year is unknown (so 29 February passes). */
const LEAP_YEAR = 2024;

/** True when the day exists in that month (and year, when known). */
export function isValidDate(year: number | null, month: number, day: number): boolean {
  return isExists(year ?? LEAP_YEAR, month - 1, day);
}

/** The weekday of a date (Sunday = 0). `month` is 1–12. */
export function weekdayOf(year: number, month: number, day: number): Weekday {
  const date = new Date(LEAP_YEAR, 0, 1);
  date.setFullYear(year, month - 1, day); // setFullYear, unlike the constructor, keeps years 0–99 as written
  return getDay(date) as Weekday;
}

/** Two-digit years are 20xx ("22/1/27" → 2027). */
function fullYear(written: string): number {
  const year = Number(written);
  return written.length <= 2 ? 2000 + year : year;
}

// ---------------------------------------------------------------------------------------------------
// Times
// ---------------------------------------------------------------------------------------------------

const MERIDIEM = `(?:a\\.m\\.|p\\.m\\.|am|pm)`;
const TIME_WORD = `(?:noon|midday|midnight)`;
const HOURS_WORD = `(?:hours|hrs|hr)`;
/** A time zone's name: UK ones, and the US ones of American solicitations ("Eastern Time", "EST", "ET"). */
const ZONE_NAME = `(?:UK\\s+time|UK|GMT|BST|UTC|(?:US\\s+)?Eastern(?:\\s+(?:Standard|Daylight|Prevailing))?(?:\\s+Time)?|(?:Central|Mountain|Pacific)(?:\\s+(?:Standard|Daylight|Prevailing))?\\s+Time|[ECMP][SD]?T)`;
/**
 * "(UK time)", "GMT", "BST", "EST", "Eastern Time (ET)" after a time: one zone, or a name and its
 * abbreviation. Kept inside the match, ignored by `parseTime`.
 */
const TIMEZONE = `(?:(?:\\s*\\(${ZONE_NAME}\\)|\\s+${ZONE_NAME}\\b){1,2})`;

/**
 * Regex source for a time of day: "12:00", "12.00", "12:00 noon", "12 noon", "noon", "midday",
 * "5pm", "5 pm", "5.30pm", "17:00 hours", "17:00hrs", "1700 hrs", "midnight". Compile with `i`.
 * A bare hour ("at 12") is not a time. Validate matches with `parseTime`.
 */
export const TIME_PATTERN =
  `(?<![\\d.,:£$])(?:` +
  `\\d{1,2}[:.]\\d{2}(?:\\s*${MERIDIEM})?(?:\\s*${TIME_WORD})?(?:\\s*${HOURS_WORD})?` +
  `|\\d{1,2}\\s*${MERIDIEM}` +
  `|\\d{1,2}\\s+${TIME_WORD}` +
  `|\\d{4}\\s*${HOURS_WORD}` +
  `|${TIME_WORD}` +
  `)(?![\\w%])${TIMEZONE}?`;

const TIME_PARTS_RE = new RegExp(
  `^(?:(\\d{1,2})(?:[:.](\\d{2}))?|(\\d{2})(\\d{2}))?\\s*(${MERIDIEM})?\\s*(${TIME_WORD})?\\s*(${HOURS_WORD})?$`,
  'i',
);

function hhmm(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Parses a written time to "HH:MM" (24-hour): "12:00 noon" → "12:00", "5.30pm" → "17:30",
 * "17:00 hours" → "17:00", "midday" → "12:00", "midnight" / "12 midnight" → "00:00".
 * Returns null for anything else, including a bare hour ("12"), "13pm", "11:00 noon" and "24:00".
 */
export function parseTime(s: string): string | null {
  const cleaned = s.trim().replace(new RegExp(`${TIMEZONE}$`, 'i'), '').trim();
  const m = TIME_PARTS_RE.exec(cleaned);
  if (!m) return null;
  const [, h1, m1, h2, m2, meridiem, word, hoursWord] = m;
  const hourText = h1 ?? h2;
  const minuteText = m1 ?? m2;
  const lowerWord = word?.toLowerCase();

  // Words on their own.
  if (hourText === undefined) {
    if (meridiem !== undefined || hoursWord !== undefined || lowerWord === undefined) return null;
    return lowerWord === 'midnight' ? '00:00' : '12:00';
  }

  const hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (minute > 59) return null;
  // "1700 hours" needs its "hours"; a bare hour needs am/pm or noon/midnight.
  if (h2 !== undefined && hoursWord === undefined) return null;
  if (minuteText === undefined && meridiem === undefined && lowerWord === undefined) return null;

  if (lowerWord !== undefined) {
    // "12 noon", "12:00 midday", "12 midnight": the hour must be 12 (or 0 for midnight), no am/pm.
    if (meridiem !== undefined || hoursWord !== undefined || minute !== 0) return null;
    if (lowerWord === 'midnight') return hour === 12 || hour === 0 ? '00:00' : null;
    return hour === 12 ? '12:00' : null;
  }
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12 || hoursWord !== undefined) return null;
    const pm = meridiem.toLowerCase().startsWith('p');
    return hhmm((hour % 12) + (pm ? 12 : 0), minute);
  }
  return hour <= 23 ? hhmm(hour, minute) : null;
}

// ---------------------------------------------------------------------------------------------------
// Date patterns
// ---------------------------------------------------------------------------------------------------

const MONTH = `(?:${nameAlternation(MONTH_SPELLINGS)})(?![a-z])`;
const WEEKDAY = `\\b(?:${nameAlternation(WEEKDAY_SPELLINGS)})(?![a-z])`;
/** A weekday before a date: "Friday ", "Fri, ", "Friday the ". */
const weekdayBefore = (name: string) => `(?:(?<${name}>${WEEKDAY}),?\\s+(?:the\\s+)?)?`;
/** A day of the month not glued to a preceding number, price or reference: "22", "22nd". */
const day = (name: string) => `(?<![\\w.,/:£$-])(?<${name}>\\d{1,2})(?:st|nd|rd|th)?`;
/** Between day and month: "22 January", "22nd of January", "22-Jan". */
const DAY_MONTH_GAP = `(?:\\s+of\\s+|\\s*-\\s*|\\s+)`;
/**
 * A four-digit year 1900–2099 after the month: "22 January 2027", "22 January, 2027", "22-Jan-2027", and
 * "22 January2027" (the space lost when text is pasted from a PDF).
 */
const year = (name: string) => `(?:,?\\s*|-)(?<${name}>(?:19|20)\\d{2})(?!\\d)`;
/** The words joining the two ends of a range. */
const RANGE_JOIN = `(?:\\s*[–—-]\\s*|\\s+(?:to|until|till|and)\\s+)`;

/** "Friday 22nd of January 2027", "22 Jan", "Monday 4th January". */
const DMY_RE = new RegExp(
  `${weekdayBefore('wd')}${day('d')}${DAY_MONTH_GAP}(?<m>${MONTH})(?:${year('y')})?`,
  'gi',
);

/** "January 22, 2027", "Friday, January 22 2027" (a year is required). */
const MDY_RE = new RegExp(
  `${weekdayBefore('wd')}\\b(?<m>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>(?:19|20)\\d{2})(?!\\d)`,
  'gi',
);

/** "22/01/2027", "22/1/27", "22.01.2027", "22-01-2027", optionally after a weekday. */
const NUMERIC_RE = new RegExp(
  `${weekdayBefore('wd')}(?<![\\d./-])(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?!\\d|[./-]\\d)`,
  'gi',
);

/**
 * "8–12 February 2027", "8 to 12 February", "Monday 8 – Friday 12 February 2027",
 * "8 February – 12 February 2027", "29 January – 2 February 2027".
 */
const RANGE_RE = new RegExp(
  `${weekdayBefore('wd1')}${day('d1')}(?:${DAY_MONTH_GAP}(?<m1>${MONTH}))?` +
    `${RANGE_JOIN}${weekdayBefore('wd2')}(?<d2>\\d{1,2})(?:st|nd|rd|th)?${DAY_MONTH_GAP}(?<m2>${MONTH})(?:${year('y2')})?`,
  'gid', // d: group offsets, to split the match into its two dates
);

// ---------------------------------------------------------------------------------------------------
// Extraction
// ---------------------------------------------------------------------------------------------------

/** One or two (for a range) dates found at one place in the text, before times are attached. */
interface Candidate {
  start: number;
  end: number;
  dates: DateValue[];
}

function makeDate(
  text: string,
  start: number,
  end: number,
  dayValue: number,
  month: number,
  yearValue: number | null,
  weekdayName: string | undefined,
): DateValue | null {
  if (!isValidDate(yearValue, month, dayValue)) return null;
  return {
    start,
    end,
    text: text.slice(start, end),
    day: dayValue,
    month,
    year: yearValue,
    yearInferred: false,
    statedWeekday: weekdayName === undefined ? null : weekdayNumber(weekdayName),
    time: null,
  };
}

/** A month name written in lower case ("may", "march") is only a month when a year follows. */
function acceptableMonth(name: string, hasYear: boolean): boolean {
  return hasYear || /^[A-Z]/.test(name);
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

function textualCandidates(text: string, re: RegExp): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(re, text)) {
    const g = m.groups!;
    const month = monthNumber(g.m!);
    if (month === null || !acceptableMonth(g.m!, g.y !== undefined)) continue;
    const end = m.index + m[0].length;
    const date = makeDate(text, m.index, end, Number(g.d), month, g.y ? Number(g.y) : null, g.wd);
    if (date) out.push({ start: m.index, end, dates: [date] });
  }
  return out;
}

function numericCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(NUMERIC_RE, text)) {
    const g = m.groups!;
    if (g.sep === '.' && g.y!.length !== 4) continue; // "4.2.10" is a section number
    const end = m.index + m[0].length;
    const date = makeDate(text, m.index, end, Number(g.d), Number(g.m), fullYear(g.y!), g.wd);
    if (date) out.push({ start: m.index, end, dates: [date] });
  }
  return out;
}

function rangeCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(RANGE_RE, text)) {
    const g = m.groups!;
    const at = m.indices!.groups!;
    const m2 = monthNumber(g.m2!);
    const m1 = g.m1 === undefined ? m2 : monthNumber(g.m1);
    if (m1 === null || m2 === null) continue;
    const y2 = g.y2 === undefined ? null : Number(g.y2);
    if (!acceptableMonth(g.m2!, y2 !== null) || (g.m1 !== undefined && !acceptableMonth(g.m1, y2 !== null))) continue;
    const d1 = Number(g.d1);
    const d2 = Number(g.d2);
    // The start must come before the end ("12–8 February" is not a range), except across a year end
    // ("29 December – 2 January 2027", where the start is in the previous year).
    const crossesYear = g.m1 !== undefined && m1 > m2;
    if (!(m1 < m2 || (m1 === m2 && d1 < d2) || crossesYear)) continue;
    const y1 = y2 === null ? null : crossesYear ? y2 - 1 : y2;

    // The first date covers its weekday, day and month; the second its weekday, day, month and year.
    const firstEnd = at.m1 ? at.m1[1] : skipOrdinal(text, at.d1![1]);
    const secondStart = (at.wd2 ?? at.d2!)[0];
    const end = m.index + m[0].length;
    const first = makeDate(text, m.index, firstEnd, d1, m1, y1, g.wd1);
    const second = makeDate(text, secondStart, end, d2, m2, y2, g.wd2);
    if (first && second) out.push({ start: m.index, end, dates: [first, second] });
  }
  return out;
}

/** Moves past an ordinal suffix ("st", "nd", "rd", "th") at `pos`, if there is one. */
function skipOrdinal(text: string, pos: number): number {
  const m = /^(?:st|nd|rd|th)/i.exec(text.slice(pos, pos + 2));
  return pos + (m ? m[0].length : 0);
}

/** Keeps the earliest, then longest, of overlapping candidates. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.start >= lastEnd) {
      kept.push(c);
      lastEnd = c.end;
    }
  }
  return kept;
}

const TIME_BEFORE_RE = new RegExp(`(${TIME_PATTERN})(?:\\s*,\\s*|\\s+)(?:on\\s+(?:the\\s+)?)?$`, 'i');
const TIME_AFTER_RE = new RegExp(
  `(?:\\s*,\\s*|\\s+)(?:(?:at|by|until|before)\\s+)?(${TIME_PATTERN})|\\s*\\(\\s*(${TIME_PATTERN})\\s*\\)`,
  'iy',
);

/**
 * Attaches a time written just before `date` (after `floor`, the end of the previous match) or just
 * after it (before `ceiling`). Mutates and returns the new bounds.
 */
function attachTime(text: string, date: DateValue, floor: number, ceiling: number, where: 'before' | 'after'): void {
  if (where === 'before') {
    const before = text.slice(floor, date.start);
    const m = TIME_BEFORE_RE.exec(before);
    const time = m ? parseTime(m[1]!) : null;
    if (m && time) {
      date.start = floor + m.index;
      date.time = time;
    }
  } else {
    TIME_AFTER_RE.lastIndex = date.end;
    const m = TIME_AFTER_RE.exec(text);
    const written = m?.[1] ?? m?.[2];
    const time = written === undefined ? null : parseTime(written);
    if (m && time && date.end + m[0].length <= ceiling) {
      date.end += m[0].length;
      date.time = time;
    }
  }
  date.text = text.slice(date.start, date.end);
}

/**
 * Finds dates in a piece of plain text, in order. Years are as written (or null); run `inferYears`
 * over a document's dates to fill missing years. See the module comment for the conventions.
 */
export function extractDates(text: string): DateValue[] {
  const candidates = resolveOverlaps([
    ...rangeCandidates(text),
    ...textualCandidates(text, DMY_RE),
    ...textualCandidates(text, MDY_RE),
    ...numericCandidates(text),
  ]);

  const results: DateValue[] = [];
  candidates.forEach((c, i) => {
    const floor = i === 0 ? 0 : results[results.length - 1]!.end;
    const ceiling = candidates[i + 1]?.start ?? text.length;
    const first = c.dates[0]!;
    const last = c.dates[c.dates.length - 1]!;
    attachTime(text, first, floor, ceiling, 'before');
    attachTime(text, last, floor, ceiling, 'after');
    results.push(...c.dates);
  });
  return results;
}

// ---------------------------------------------------------------------------------------------------
// Year inference
// ---------------------------------------------------------------------------------------------------

type YearSlot = Pick<DateValue, 'day' | 'month' | 'year' | 'yearInferred'>;

/** Compares two dates by month, then day. */
function compareMonthDay(a: Pick<DateValue, 'day' | 'month'>, b: Pick<DateValue, 'day' | 'month'>): number {
  return a.month - b.month || a.day - b.day;
}

/**
 * Fills missing years in dates given in document order, mutating them and setting `yearInferred`.
 * A date without a year takes the year of the nearest preceding date that has one (written or
 * already inferred), plus one when it falls earlier in the year ("15 December 2026" then
 * "10 January" → 2027). Dates before the first dated entry take the year of the nearest following
 * one, minus one when they fall later in the year ("10 December" then "5 January 2027" → 2026).
 * If no date has a year, nothing changes.
 */
export function inferYears(dates: YearSlot[]): void {
  const years = inferredYears(dates);
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    if (d.year === null && years[i] !== null) {
      d.year = years[i]!;
      d.yearInferred = true;
    }
  }
}

/**
 * The year of each of `dates` (in document order) as `inferYears` fills it, without changing them: the written
 * year, the inferred one, or null when no date has a year.
 */
export function inferredYears(dates: ReadonlyArray<Pick<DateValue, 'day' | 'month' | 'year'>>): Array<number | null> {
  const years = new Array<number | null>(dates.length);
  let previous = -1;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    let year = d.year;
    if (year === null && previous >= 0) year = years[previous]! + (compareMonthDay(d, dates[previous]!) < 0 ? 1 : 0);
    years[i] = year;
    if (year !== null) previous = i;
  }
  // Leading dates with no dated entry before them: work backwards from the first dated one.
  let next = -1;
  for (let i = dates.length - 1; i >= 0; i--) {
    if (years[i] === null && next >= 0) years[i] = years[next]! - (compareMonthDay(dates[i]!, dates[next]!) > 0 ? 1 : 0);
    if (years[i] !== null) next = i;
  }
  return years;
}
