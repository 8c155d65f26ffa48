/**
 * Word, character and page limits as bid questions state them: "maximum 500 words", "max. 500 words",
 * "(500 words max)", "500-word limit", "no more than 1,500 characters", "not exceeding 2 sides of A4",
 * "Word limit: 500", "in no more than [500] words", and a bare "[500]" or "500" in a word-limit column.
 * Pure string → matches; table-tested in `test/facts/response.test.ts`.
 */
import { TextMemo } from '../../model/memo';
import type { LimitMatch, LimitUnit } from './types';

/** A short run of white space (bounded, so that no pattern backtracks over a long run). */
const S = String.raw`\s{0,3}`;
const NUM = String.raw`\[?${S}(\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten)${S}\]?`;
const UNIT = String.raw`(words?|characters?|chars?|(?:sides?|pages?)(?:\s{1,3}of\s{1,3}A4)?)`;
const BEFORE = String.raw`\b(?:maximum(?:\s{1,3}of)?|max\.?|no\s{1,3}(?:more|longer)\s{1,3}than|not\s{1,3}(?:to\s{1,3})?(?:exceed(?:ing)?|more\s{1,3}than)|up\s{1,3}to|limit(?:ed)?\s{1,3}(?:of|to)|within|at\s{1,3}most)`;
const AFTER = String.raw`(?:max(?:imum)?\b\.?|limit\b|maximum\b|or\s{1,3}(?:less|fewer)\b)`;

const PATTERNS: Array<[RegExp, number, number]> = [
  // "maximum 500 words", "no more than [500] words", "up to 2 sides of A4"
  [new RegExp(String.raw`${BEFORE}${S}:?${S}${NUM}[\s-]{0,3}${UNIT}`, 'gi'), 1, 2],
  // "500 words max", "500-word limit", "(1,500 characters maximum)", "500 words or fewer"
  [new RegExp(String.raw`(?<![\w£$.,\[])${NUM}[\s-]{0,3}${UNIT}${S}\(?${S}${AFTER}`, 'gi'), 1, 2],
  // "Word limit: 500", "Character count limit – 1500", "word count: max 300"
  [new RegExp(String.raw`\b(word|character|page)\s{1,3}(?:count\s{1,3})?(?:limit|count|maximum)${S}(?:of|is|[:–—-])?${S}(?:max(?:imum)?\.?${S})?${NUM}(?!\s{0,3}%)`, 'gi'), 2, 1],
];

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function unitOf(word: string): LimitUnit {
  const w = word.toLowerCase();
  if (w.startsWith('word')) return 'words';
  if (w.startsWith('char')) return 'characters';
  return 'pages';
}

function valueOf(s: string): number {
  const w = s.toLowerCase();
  return WORD_NUMBERS[w] ?? Number(w.replace(/,/g, ''));
}

/**
 * Every limit stated in a text, in order; overlapping readings keep the first. Remembered by text (the builders
 * ask about every block on every check; an edit changes few): the array is shared, so callers must not change it.
 */
export function extractLimits(text: string): readonly LimitMatch[] {
  return limitsMemo.get(text);
}

const limitsMemo = new TextMemo<LimitMatch[]>(readLimits);

function readLimits(text: string): LimitMatch[] {
  const out: LimitMatch[] = [];
  for (const [re, numGroup, unitGroup] of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const value = valueOf(m[numGroup]!);
      const unit = unitOf(m[unitGroup]!);
      // Word numbers ("two sides") only for pages: "one word" is not a limit.
      if (!Number.isFinite(value) || value <= 0 || (/^[a-z]/i.test(m[numGroup]!) && unit !== 'pages')) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (out.some((x) => start < x.end && end > x.start)) continue;
      out.push({ start, end, text: m[0], value, unit });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A bare limit in a word-limit column: "500", "[500]", "500 words". */
export function cellLimit(text: string, header: string): LimitMatch | null {
  const inText = extractLimits(text)[0];
  if (inText) return inText;
  if (!isLimitHeader(header)) return null;
  const m = /^\[? ?(\d{1,3}(?:,\d{3})+|\d+) ?\]? ?(words?|characters?|pages?)?$/i.exec(text.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  const unit: LimitUnit = m[2] ? unitOf(m[2]) : /\bcharacter/i.test(header) ? 'characters' : /\bpage|\bsides?\b/i.test(header) ? 'pages' : 'words';
  return { start: 0, end: text.length, text: text.trim(), value: valueOf(m[1]!), unit };
}

/** A column header for limits: "Word limit", "Max words", "Character count (max)", "Limit". */
export function isLimitHeader(header: string): boolean {
  return (/\b(?:word|character|page)s?\b/i.test(header) && /\b(?:limit|count|max)/i.test(header)) || /\blimit\b|\bmax(?:imum)?\b/i.test(header);
}

/**
 * A line that only states a limit or the answer's form ("(maximum 500 words)", "Word limit: 300",
 * "answer type: textbox; max 100 words"): part of the question, never of the answer.
 */
export function isLimitLine(text: string): boolean {
  return limitLineMemo.get(text);
}

const limitLineMemo = new TextMemo<boolean>(readsAsLimitLine);

function readsAsLimitLine(text: string): boolean {
  const t = text.trim();
  if (/^[_*(\s]*answer\s+type\s*:/i.test(t)) return true;
  const limits = extractLimits(t);
  if (!limits.length) return false;
  const rest = limits.reduceRight((s, l) => s.slice(0, l.start) + s.slice(l.end), t);
  return rest.replace(/[\s()[\]*_.,;:–—-]+/g, ' ').trim().split(/\s+/).filter((w) => w && !/^(?:please|use|in|answer|response|your|limit|words?|total|applies|strict)$/i.test(w)).length <= 1;
}

/** Every answer, each response, all questions, per question: the words that make a limit apply to each answer. */
const EACH_ANSWER = /\b(?:(?:each|every|all|any)\s{1,3}(?:(?:of\s{1,3})?(?:the|your)\s{1,3})?(?:individual\s{1,3})?(?:answers?|responses?|questions?|replies)|(?:per|for\s{1,3}each)\s{1,3}(?:answer|response|question))\b/i;
/** A limit on the whole submission or on part of it, not on each answer. */
const NOT_EACH = /\b(?:total|overall|in\s{1,3}all|combined|whole|entire|section|part|lot|schedule|appendix|annex)\b/i;

/**
 * A limit stated once for every answer: a sentence that states a word or character limit and says it applies to
 * each answer ("Each answer must not exceed 500 words", "All responses are limited to 1,000 characters",
 * "a maximum of 300 words per question"). A limit on the whole submission, a section or a lot is not one.
 */
export function eachAnswerLimit(text: string): LimitMatch | null {
  let found: LimitMatch | null = null;
  let from = 0;
  for (const sentence of text.split(/(?<=[.!?;])\s+(?=[A-Z(])/)) {
    const start = text.indexOf(sentence, from);
    from = start + sentence.length;
    if (!EACH_ANSWER.test(sentence) || NOT_EACH.test(sentence)) continue;
    const limits = extractLimits(sentence).filter((l) => l.unit !== 'pages');
    if (limits.length !== 1) continue;
    const l = limits[0]!;
    if (found && (found.value !== l.value || found.unit !== l.unit)) return null;
    found ??= { ...l, start: start + l.start, end: start + l.end };
  }
  return found;
}
