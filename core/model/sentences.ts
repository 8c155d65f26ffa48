/** Sentence splitting for plain English procurement text. */
import { TextMemo } from './memo';

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

function split(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const re = /[.!?]+["')\]]*(?=\s+["'(£]?[A-Z0-9])|\n\s*\n/g;
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

function pushSpan(text: string, spans: SentenceSpan[], start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
}

/** The sentence of `text` that contains `offset`. */
export function sentenceAt(text: string, offset: number): string {
  for (const span of splitSentences(text)) {
    if (offset >= span.start && offset < span.end) return span.text;
  }
  return text.trim();
}
