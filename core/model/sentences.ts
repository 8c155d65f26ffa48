/** Sentence splitting for plain English procurement text. */

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'no', 'nos', 'st', 'ltd', 'plc', 'approx', 'inc', 'incl', 'excl',
  'exc', 'para', 'paras', 'reg', 'regs', 's', 'ss', 'sch', 'art', 'vol', 'p', 'pp', 'cf', 'fig', 'min', 'max',
  'est', 'co', 'dept', 'govt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Splits text into sentence spans; abbreviations, decimals and initials do not end a sentence. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const re = /[.!?]+["')\]]*(?=\s+["'(£]?[A-Z0-9])|\n\s*\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.') {
      const before = text.slice(start, m.index);
      const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
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
  if (e > s) spans.push({ start: s, end: e });
}

/** The sentence of `text` that contains `offset`. */
export function sentenceAt(text: string, offset: number): string {
  for (const span of splitSentences(text)) {
    if (offset >= span.start && offset < span.end) return text.slice(span.start, span.end);
  }
  return text.trim();
}
