/**
 * The sentences the TUPE, pensions and VAT facts are read from: paragraphs, headings, list items and table
 * cells, each with the words around it that may complete it (a list item's lead-in line, a table cell's row
 * and column header).
 */
import type { TenderDocument, TextBlock } from '../../model/types';
import { blockRange } from '../../model/positions';
import { splitSentences } from '../../model/sentences';
import { statelessPattern, testText } from '../../model/memo';
import { rowOf } from '../context';
import type { TupeVatSignal } from './types';

export interface Sentence {
  block: TextBlock;
  /** Offsets of the sentence in the block's text. */
  start: number;
  end: number;
  text: string;
  /** For a list item: the line that introduces the list ("Your prices must:"); otherwise ''. */
  leadIn: string;
  /** For a table cell: the row's other cells and the column header; otherwise ''. */
  row: string;
}

/** A list item's lead-in: the nearest item above at a lower level, or the paragraph before the list. */
function leadInOf(doc: TenderDocument, block: TextBlock): string {
  if (block.kind !== 'listItem') return '';
  const level = block.listLevel ?? 0;
  for (let i = block.id - 1, seen = 0; i >= 0 && seen < 40; i--, seen++) {
    const b = doc.blocks[i]!;
    if (b.section !== block.section) return '';
    if (b.kind === 'listItem') {
      if ((b.listLevel ?? 0) < level) return b.text;
      continue;
    }
    if (b.kind === 'paragraph') return /[:—-]\s*$/.test(b.text.trim()) ? b.text : '';
    return '';
  }
  return '';
}

function rowText(doc: TenderDocument, block: TextBlock): string {
  const row = rowOf(doc, block);
  if (!row) return '';
  const header = doc.tables[block.table!]!.header[block.column!] ?? '';
  return [...row.filter((c) => c.block !== block.id).map((c) => c.text), header].join(' | ');
}

const cache = new WeakMap<TenderDocument, Sentence[]>();

/** Every sentence of the document's prose, headings, list items and table cells, in order (worked out once). */
export function sentencesOf(doc: TenderDocument): Sentence[] {
  let out = cache.get(doc);
  if (out) return out;
  out = [];
  for (const block of doc.blocks) {
    if (block.kind === 'code' || block.kind === 'html') continue;
    const leadIn = leadInOf(doc, block);
    const row = block.kind === 'tableCell' ? rowText(doc, block) : '';
    for (const s of splitSentences(block.text)) out.push({ block, start: s.start, end: s.end, text: s.text, leadIn, row });
  }
  cache.set(doc, out);
  return out;
}

/** A signal for `[start, end)` of a sentence. */
export function signalAt(doc: TenderDocument, s: Sentence, start: number, end: number): TupeVatSignal {
  return { text: s.text.slice(start, end), block: s.block.id, range: blockRange(doc, s.block, s.start + start, s.start + end), sentence: s.text };
}

/** The first match of `re` in a sentence as a signal, or null. */
export function matchIn(doc: TenderDocument, s: Sentence, re: RegExp): TupeVatSignal | null {
  const pattern = statelessPattern(re);
  // Most sentences do not match: the remembered answer for an unchanged sentence saves running the pattern.
  if (!testText(pattern, s.text)) return null;
  const m = pattern.exec(s.text);
  return m ? signalAt(doc, s, m.index, m.index + m[0].length) : null;
}
