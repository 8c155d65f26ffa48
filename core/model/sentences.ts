/** Sentence splitting for plain English procurement text. */
import { proseTexts, TextMemo } from './memo';

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'no', 'nos', 'st', 'ltd', 'plc', 'approx', 'inc', 'incl', 'excl',
  'exc', 'para', 'paras', 'reg', 'regs', 's', 'ss', 'sch', 'art', 'vol', 'p', 'pp', 'cf', 'fig', 'min', 'max',
  'est', 'co', 'dept', 'govt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export interface SentenceSpan {
  start: number;
  end: number;
  /**
   * The sentence's text. Spans are remembered by block text, so between versions of a document an unchanged
   * sentence comes back as the same string: the memos keyed by sentence text then find it at once.
   */
  text: string;
}

/**
 * Spans already computed, by text: the extractors, fact builders and phrase rules all ask for the sentences of
 * the same blocks, and in the editor most blocks are unchanged from one version to the next.
 */
const memo = new TextMemo<readonly SentenceSpan[]>(split);

/** Splits text into sentence spans; abbreviations, decimals and initials do not end a sentence. */
export function splitSentences(text: string): readonly SentenceSpan[] {
  return memo.get(text);
}

/**
 * The sentences of each block of a document, by block index (none for code and HTML blocks): an unchanged block
 * costs a comparison, not a lookup (see `TextMemo.values`).
 */
export function blockSentences(doc: { blocks: ReadonlyArray<{ text: string; kind: string }> }): ReadonlyArray<readonly SentenceSpan[]> {
  return memo.values(proseTexts(doc));
}

/** The run of letters and dots just before `end` (the word a full stop follows), lower-cased. */
function wordBefore(text: string, start: number, end: number): string {
  let i = end;
  while (i > start) {
    const c = text.charCodeAt(i - 1);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
    if (!letter) break;
    i--;
  }
  return text.slice(i, end).toLowerCase();
}

/**
 * Sentence ends: a run of `.`, `!` or `?` (not entered part-way: a run that cannot end a sentence from its
 * first character cannot from a later one, and trying each would cost the square of the run) with closing
 * quotes or brackets, before a capital or digit; or a blank line.
 */
const SENTENCE_END = /(?<![.!?])[.!?]+["')\]]*(?=\s+["'(£]?[A-Z0-9])|\n\s*\n/g;

/**
 * A "sentence" longer than this is not prose anyone reads as one sentence (real documents stay well below
 * it): it is cut into pieces of about `PIECE` characters at spaces, so that the work done per fact on its
 * sentence stays bounded however long a paragraph without full stops is.
 */
const LONGEST_SENTENCE = 10_000;
const PIECE = 500;

function split(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const re = new RegExp(SENTENCE_END.source, SENTENCE_END.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.') {
      const word = wordBefore(text, start, m.index);
      if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word) || /\b[a-z]\.[a-z]$/i.test(word)) continue;
    }
    pushSpan(text, spans, start, end);
    start = end;
  }
  pushSpan(text, spans, start, text.length);
  return spans;
}

const SPACE = /\s/;
const isSpace = (text: string, i: number): boolean => SPACE.test(text[i] ?? '');

function pushSpan(text: string, spans: SentenceSpan[], start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text, s)) s++;
  while (e > s && isSpace(text, e - 1)) e--;
  if (e - s > LONGEST_SENTENCE) {
    pushPieces(text, spans, s, e);
    return;
  }
  if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
}

/** Cuts an over-long run `[s, e)` into pieces of at most `PIECE` characters, at a space where there is one. */
function pushPieces(text: string, spans: SentenceSpan[], s: number, e: number): void {
  while (s < e) {
    let cut = Math.min(e, s + PIECE);
    if (cut < e) {
      let back = cut;
      while (back > s + PIECE / 2 && !isSpace(text, back)) back--;
      if (isSpace(text, back)) cut = back;
    }
    let pe = cut;
    while (pe > s && isSpace(text, pe - 1)) pe--;
    if (pe > s) spans.push({ start: s, end: pe, text: text.slice(s, pe) });
    s = cut;
    while (s < e && isSpace(text, s)) s++;
  }
}

/** The sentence span of `text` that contains `offset`, or undefined (found by binary search). */
export function sentenceSpanAt(text: string, offset: number): SentenceSpan | undefined {
  // The spans are in order and do not overlap: the last one starting at or before `offset`.
  const spans = splitSentences(text);
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  const span = hi >= 0 ? spans[hi]! : undefined;
  return span && offset < span.end ? span : undefined;
}

/** The sentence of `text` that contains `offset`. */
export function sentenceAt(text: string, offset: number): string {
  return sentenceSpanAt(text, offset)?.text ?? text.trim();
}
