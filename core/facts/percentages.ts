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
