/**
 * Lengths of time: contract terms, extension options, notice and response periods.
 *
 *   "three years", "36 months", "2 + 1 + 1 years" (4 years in parts [2, 1, 1]), "a two-year contract",
 *   "12-month", "six weeks", "10 working days", "30 calendar days", "one (1) year", "twelve (12) months".
 *
 * A match's `text` covers the number(s) and the unit, with any bracketed restatement ("one (1) year")
 * and a "working"/"business"/"calendar"/"clear" qualifier; it does not include an article or a lead-in
 * such as "a period of", nor the noun a hyphenated length describes ("a two-year contract" → "two-year").
 * Ages ("18 years old", "aged 16 years", "18 years of age", "16-year-old") are not durations. Hours and
 * minutes are not extracted. A lone "a year" is not a duration (it is usually a rate: "£60k a year").
 */
import type { DurationUnit, DurationValue } from './types';
import { parseStatedNumber, STATED_NUMBER_PATTERN } from './numbers';

/** Unit spellings → unit. */
const UNIT_WORDS: Record<string, DurationUnit> = {
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  wk: 'week',
  wks: 'week',
  month: 'month',
  months: 'month',
  mth: 'month',
  mths: 'month',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
};

const UNIT = `(?:days?|weeks?|wks?|months?|mths?|years?|yrs?)`;

/** Joins the parts of a sum: "2 + 1 + 1", "two plus one". */
const PLUS = `\\s*(?:\\+|\\bplus\\b)\\s*`;

/**
 * Groups: 1 the number or sum, 2 the day qualifier, 3 the unit.
 * The number may not be glued to a preceding word, digit, decimal point or currency sign; "old" /
 * "of age" after the unit mark an age, not a duration ("aged" before it is checked by `isAge`).
 */
const DURATION_RE = new RegExp(
  `(?<![\\w.,£$€])` +
    `(${STATED_NUMBER_PATTERN}(?:${PLUS}${STATED_NUMBER_PATTERN})*)` +
    `(?:\\s+|\\s*-\\s*)(?:(working|business|calendar|clear)[\\s-]+)?(${UNIT})\\b` +
    `(?![\\s-]+old\\b|\\s+of\\s+age\\b)`,
  'gi',
);

/**
 * Splits a sum at its pluses, as `PLUS` does, but a run of spaces before a plus is taken from its start only (each
 * start inside the run re-read it). Exported for tests.
 */
export const PLUS_RE = /(?:(?<!\s)\s+)?(?:\+|\bplus\b)\s*/i;

/** "aged" just before the number: "aged 16 years" is an age. (Not a look-behind: `\s+` there is slow.) */
const AGED_BEFORE_RE = /\baged\s{1,5}$/i;

function isAge(text: string, start: number): boolean {
  return AGED_BEFORE_RE.test(text.slice(Math.max(0, start - 10), start));
}

/** Total months for a length in months or years; null for days and weeks. */
export function toMonths(value: number, unit: DurationUnit): number | null {
  switch (unit) {
    case 'year':
      return value * 12;
    case 'month':
      return value;
    case 'week':
    case 'day':
      return null;
  }
}

/** Total days for a length in days or weeks; null for months and years. */
export function toDays(value: number, unit: DurationUnit): number | null {
  switch (unit) {
    case 'week':
      return value * 7;
    case 'day':
      return value;
    case 'month':
    case 'year':
      return null;
  }
}

/** Splits "2 + 1 + 1" into [2, 1, 1]; null if a part is not a number. */
export function parseParts(s: string): number[] | null {
  const parts: number[] = [];
  for (const piece of s.split(PLUS_RE)) {
    const n = parseStatedNumber(piece);
    if (n === null || Number.isNaN(n)) return null;
    parts.push(n);
  }
  return parts.length > 0 ? parts : null;
}

/** Unit words: every duration ends in one. */
const UNIT_WORD_RE = /(?:days?|weeks?|wks?|months?|mths?|years?|yrs?)\b/gi;
/** How far before a unit word a duration's number (or sum) may start. */
const LOOK_BACK = 160;

/**
 * The stretches of `text` worth running DURATION_RE over: a window before each unit word, starting at a
 * word boundary, merged where they overlap. Running the full pattern only there keeps long documents fast.
 */
function windows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  UNIT_WORD_RE.lastIndex = 0;
  let u: RegExpExecArray | null;
  while ((u = UNIT_WORD_RE.exec(text))) {
    let start = Math.max(0, u.index - LOOK_BACK);
    if (start > 0) {
      const space = text.slice(start, u.index).search(/\s/);
      start = space < 0 ? u.index : start + space + 1;
    }
    const end = Math.min(text.length, u.index + u[0].length + 12);
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Finds lengths of time in a piece of plain text, in order, with offsets into `text`. */
export function extractDurations(text: string): DurationValue[] {
  const results: DurationValue[] = [];
  for (const [from, to] of windows(text)) {
    const slice = text.slice(from, to);
    DURATION_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DURATION_RE.exec(slice))) {
      const index = from + m.index;
      const parts = parseParts(m[1]!);
      const unit = UNIT_WORDS[m[3]!.toLowerCase()];
      if (parts === null || unit === undefined || isAge(text, index)) continue;
      if (results.length && results[results.length - 1]!.end > index) continue;
      const value = parts.reduce((a, b) => a + b, 0);
      const qualifier = m[2]?.toLowerCase();
      // "working" and "business" days exclude weekends and holidays; "calendar"/"clear" days do not.
      const working = qualifier === 'working' || qualifier === 'business';
      results.push({
        start: index,
        end: index + m[0].length,
        text: m[0],
        value,
        unit,
        parts,
        working,
        months: toMonths(value, unit),
        days: toDays(value, unit),
      });
    }
  }
  return results;
}
