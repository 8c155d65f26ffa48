/**
 * The sentences the TUPE, pensions and VAT facts are read from: paragraphs, headings, list items and table
 * cells, each with the words around it that may complete it (a list item's lead-in line, a table cell's row
 * and column header).
 */
import type { Range, TenderDocument, TextBlock } from '../../model/types';
import { blockRange } from '../../model/positions';
import { splitSentences } from '../../model/sentences';
import { statelessPattern, testText } from '../../model/memo';
import { rowOf } from '../context';
import { SentenceScreen } from '../block-memo';
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
export function leadInOf(doc: TenderDocument, block: TextBlock): string {
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

/**
 * The screen the TUPE, pensions, VAT and payment builders share: each adds its trigger patterns as a group when
 * its module loads, and reads only the sentences of the blocks whose screen has its bit.
 */
export const screen = new SentenceScreen();

const cache = new WeakMap<TenderDocument, Map<number, Sentence[]>>();

/** The sentences of one block of the document's prose, headings, list items or table cells (worked out once). */
export function sentencesIn(doc: TenderDocument, block: TextBlock): Sentence[] {
  if (block.kind === 'code' || block.kind === 'html') return [];
  let byBlock = cache.get(doc);
  if (!byBlock) cache.set(doc, (byBlock = new Map()));
  let out = byBlock.get(block.id);
  if (out) return out;
  const leadIn = leadInOf(doc, block);
  const row = block.kind === 'tableCell' ? rowText(doc, block) : '';
  out = splitSentences(block.text).map((s) => ({ block, start: s.start, end: s.end, text: s.text, leadIn, row }));
  byBlock.set(block.id, out);
  return out;
}

/**
 * The sentences, in order, of the blocks whose screen has any of the bits of `mask`: the only sentences in which
 * a builder whose trigger patterns make up those groups can find anything.
 */
export function sentencesWith(doc: TenderDocument, mask: number): Sentence[] {
  const out: Sentence[] = [];
  for (const id of screen.blocksWith(doc, mask)) for (const s of sentencesIn(doc, doc.blocks[id]!)) out.push(s);
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

/**
 * A signal for `[start, end)` of a sentence, relative to its block: `block` is -1 and `range` holds the offsets in
 * the block's text, until `placedSignal` places it, so that what a block gives can be remembered and placed again
 * wherever the block now is (see `blocks.ts`).
 */
export function relativeSignal(s: Sentence, start: number, end: number): TupeVatSignal {
  return { text: s.text.slice(start, end), block: -1, range: { start: s.start + start, end: s.start + end } as unknown as Range, sentence: s.text };
}

/** The first match of `re` in a sentence as a relative signal (see `relativeSignal`), or null. */
export function relativeMatch(s: Sentence, re: RegExp): TupeVatSignal | null {
  const pattern = statelessPattern(re);
  if (!testText(pattern, s.text)) return null;
  const m = pattern.exec(s.text);
  return m ? relativeSignal(s, m.index, m.index + m[0].length) : null;
}

/** A relative signal (or a fact made from one) placed in `doc` at `block` (a copy). */
export function placedSignal<T extends TupeVatSignal>(doc: TenderDocument, block: TextBlock, f: T): T {
  const offsets = f.range as unknown as { start: number; end: number };
  return { ...f, block: block.id, range: blockRange(doc, block, offsets.start, offsets.end) };
}
