/**
 * Percentages: "10%", "10 %", "12.5%", "ten per cent", "10 percent", "ten (10) per cent".
 *
 * A match's `text` covers the number and the sign or words. A "%" without digits ("XX%", "%") is not
 * a percentage.
 */
import type { PercentageValue } from './types';
import { NUMERAL_PATTERN, parseStatedNumber, STATED_NUMBER_PATTERN } from './numbers';

/**
 * Alternatives: 1 a numeral with "%" (at most one space between); 2 a numeral or number words,
 * optionally restated in brackets, with "per cent" / "percent" / "per centum".
 * The number may not be glued to a preceding word, digit, decimal point or currency sign.
 */
const PERCENT_RE = new RegExp(
  `(?<![\\w.,£$€])(?:(${NUMERAL_PATTERN}) ?%|(${STATED_NUMBER_PATTERN})\\s*(?:per\\s*cent(?:um)?|pct)\\b)`,
  'gi',
);

/** Cheap test that rules out text with nothing to find, before the full pattern runs. */
const MAY_HAVE_PERCENT = /%|per\s*cent|pct/i;

/** Finds percentages in a piece of plain text, in order, with offsets into `text`. */
export function extractPercentages(text: string): PercentageValue[] {
  // "%" or "per cent" is required by PERCENT_RE.
  if (!MAY_HAVE_PERCENT.test(text)) return [];
  const results: PercentageValue[] = [];
  PERCENT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERCENT_RE.exec(text))) {
    const value = parseStatedNumber(m[1] ?? m[2] ?? '');
    if (value === null || Number.isNaN(value)) continue;
    results.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
  }
  return results;
}

/** A range of percentages a value may be chosen from: "10% to 90%", "between 5% and 20%", "10-75%". */
export interface PercentRange {
  start: number;
  end: number;
  text: string;
  min: number;
  max: number;
}

/**
 * "10% to 90%", "10 to 90%", "10-75%", "10 – 75 per cent", "between 5% and 20%", "from 20% to 85%". The first
 * number may carry its sign or not; the second must. "And" joins the two only after "between" ("10% and 20%" alone
 * is two values). The lower bound must not exceed the upper.
 */
const PERCENT_RANGE_RE = new RegExp(
  String.raw`(?<![\w.,£$€])(?:(between)\s+)?(${NUMERAL_PATTERN})\s?(?:%|per\s*cent)?\s*(?:to|-|–|—|and)\s*(${NUMERAL_PATTERN})\s?(?:%|per\s*cent(?:um)?)(?![\w])`,
  'gi',
);

/** Finds percentage ranges in a piece of plain text, in order, with offsets into `text`. */
export function extractPercentRanges(text: string): PercentRange[] {
  if (!MAY_HAVE_PERCENT.test(text)) return [];
  const out: PercentRange[] = [];
  PERCENT_RANGE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERCENT_RANGE_RE.exec(text))) {
    const joiner = /\band\b/i.test(m[0].slice((m[1]?.length ?? 0) + m[2]!.length));
    if (joiner && !m[1]) continue;
    const min = parseStatedNumber(m[2]!);
    const max = parseStatedNumber(m[3]!);
    if (min === null || max === null || Number.isNaN(min) || Number.isNaN(max) || min > max || max > 100) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], min, max });
  }
  return out;
}
