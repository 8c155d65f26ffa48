/** Sentences of a document as the proportionality builders read them, and the helpers they share. */
import type { TenderDocument, TextBlock } from '../../model/types';
import { blockRange } from '../../model/positions';
import { blockSentences, splitSentences } from '../../model/sentences';
import { testText, type PatternScreen } from '../../model/memo';
import { rowOf } from '../context';
import { factsStartingIn } from '../spans';
import type { FactLocation } from '../types';

export interface Sentence {
  block: TextBlock;
  start: number;
  end: number;
  text: string;
  /** Index of the sentence in its block. */
  index: number;
  /** Which of the screened patterns the sentence matches (see `screen`). */
  screen: number;
  /** The screen the bits refer to. */
  screener: PatternScreen<RegExp>;
}

/** The sentences of every prose block of a document, in order (code and HTML blocks have none). */
export function sentencesOf(doc: TenderDocument, screener: PatternScreen<RegExp>): Sentence[] {
  return sentencesOfBlocks(doc, screener, (block) => block.kind !== 'code' && block.kind !== 'html');
}

/**
 * The sentences of the prose blocks `wanted` accepts, in document order, every sentence of each such block (so
 * that the sentences after one in its block follow it in the list).
 */
export function sentencesOfBlocks(doc: TenderDocument, screener: PatternScreen<RegExp>, wanted: (block: TextBlock, index: number) => boolean): Sentence[] {
  const out: Sentence[] = [];
  const spans = blockSentences(doc);
  const screens = screener.ofSentences(doc, splitSentences);
  const blocks = doc.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === 'code' || block.kind === 'html' || !wanted(block, b)) continue;
    const bits = screens[b]!;
    const list = spans[b]!;
    for (let index = 0; index < list.length; index++) {
      const s = list[index]!;
      out.push({ block, start: s.start, end: s.end, text: s.text, index, screen: bits[index]!, screener });
    }
  }
  return out;
}

/**
 * The sentence after `sentences[i]` in the document: the next in its block, else the first of the next prose block
 * that has one (read from the document, since the list may hold only some blocks; it holds each of them whole).
 */
export function nextSentence(doc: TenderDocument, sentences: Sentence[], i: number): Sentence | undefined {
  const s = sentences[i]!;
  const listed = sentences[i + 1];
  if (listed && listed.block === s.block) return listed;
  const spans = blockSentences(doc);
  for (let b = s.block.id + 1; b < doc.blocks.length; b++) {
    const block = doc.blocks[b]!;
    if (block.kind === 'code' || block.kind === 'html') continue;
    const first = spans[b]![0];
    if (!first) continue;
    if (listed && listed.block === block) return listed;
    return { block, start: first.start, end: first.end, text: first.text, index: 0, screen: s.screener.of(first.text), screener: s.screener };
  }
  return undefined;
}

/** Whether `re` matches the sentence (from its screen when `re` is screened). */
export function mayMatch(s: Sentence, re: RegExp): boolean {
  return s.screener.matches(s.screen, re) ?? testText(re, s.text);
}

/** `re.exec(s.text)`, not run when the sentence's screen says it cannot match. */
export function execIn(s: Sentence, re: RegExp): RegExpExecArray | null {
  return mayMatch(s, re) ? re.exec(s.text) : null;
}

/** How much wording after a sentence is read (a bound, so that a huge block costs its length, not its square). */
const AFTER_LIMIT = 2_000;

/** Where each sentence is in its list, built once per list. */
const positions = new WeakMap<Sentence[], Map<Sentence, number>>();

/** The wording after `s` in its block, up to `AFTER_LIMIT` characters of whole sentences. */
export function sentencesAfter(sentences: Sentence[], s: Sentence): string {
  let index = positions.get(sentences);
  if (!index) positions.set(sentences, (index = new Map(sentences.map((x, i) => [x, i]))));
  const at = index.get(s);
  if (at === undefined) {
    return sentences
      .filter((x) => x.block === s.block && x.index > s.index)
      .map((x) => x.text)
      .join(' ');
  }
  // Sentences are listed block by block, in order: the rest of the block follows `s` directly.
  const out: string[] = [];
  let length = 0;
  for (let i = at + 1; i < sentences.length && sentences[i]!.block === s.block && length <= AFTER_LIMIT; i++) {
    out.push(sentences[i]!.text);
    length += sentences[i]!.text.length + 1;
  }
  return out.join(' ');
}


export function at(doc: TenderDocument, s: Sentence, start: number, end: number): FactLocation {
  return { block: s.block.id, range: blockRange(doc, s.block, s.start + start, s.start + end), sentence: s.text };
}

/** Whether each fact list is in block order (as the extractors list them), checked once per list. */
const inBlockOrder = new WeakMap<object, boolean>();

function blockOrdered(list: ReadonlyArray<{ block: number }>): boolean {
  let ordered = inBlockOrder.get(list);
  if (ordered === undefined) {
    ordered = true;
    for (let i = 1; i < list.length && ordered; i++) if (list[i - 1]!.block > list[i]!.block) ordered = false;
    inBlockOrder.set(list, ordered);
  }
  return ordered;
}

/**
 * The facts of `list` that start in the sentence, in the list's order: found by binary search on the block (the
 * lists are in block order), so that asking about a few sentences does not index the whole list on every check.
 */
export function inSentence<T extends { block: number; start: number }>(list: T[], s: Sentence): T[] {
  const id = s.block.id;
  if (!blockOrdered(list)) return factsStartingIn(list, id, s.start, s.end);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.block < id) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i]!.block === id; i++) {
    const f = list[i]!;
    if (f.start >= s.start && f.start < s.end) out.push(f);
  }
  return out;
}

/** The text of a sentence's table row (other cells and the column header), or '' outside tables. */
export function rowText(doc: TenderDocument, block: TextBlock): string {
  const row = rowOf(doc, block);
  if (!row) return '';
  const header = doc.tables[block.table!]!.header[block.column!] ?? '';
  return [...row.filter((c) => c.block !== block.id).map((c) => c.text), header].join(' | ');
}

/** The next blocks of the same section (for wording continued in a list after a lead-in sentence). */
export function following(doc: TenderDocument, block: TextBlock, count: number): TextBlock[] {
  return doc.blocks.slice(block.id + 1, block.id + 1 + count).filter((b) => b.section === block.section && b.kind !== 'heading');
}

export function preceding(doc: TenderDocument, block: TextBlock, count: number): TextBlock[] {
  return doc.blocks.slice(Math.max(0, block.id - count), block.id).filter((b) => b.section === block.section).reverse();
}

export const DEMAND =
  /\b(?:must|shall|required?|requires|requirement|mandatory|minimum|at\s+least|not\s+less\s+than|no\s+less\s+than|need(?:s|ed)?\s+to|will\s+need|should\s+(?:have|hold|provide|be\s+able)|please\s+(?:provide|confirm|supply|attach|submit|state)|provide|submit|confirm|will\s+not\s+be\s+considered|pass\s*\/\s*fail|essential)\b/i;
