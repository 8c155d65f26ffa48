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

export function sentencesOf(doc: TenderDocument, screener: PatternScreen<RegExp>): Sentence[] {
  const out: Sentence[] = [];
  const spans = blockSentences(doc);
  const screens = screener.ofSentences(doc, splitSentences);
  doc.blocks.forEach((block, b) => {
    if (block.kind === 'code' || block.kind === 'html') return;
    const bits = screens[b]!;
    spans[b]!.forEach((s, index) => out.push({ block, start: s.start, end: s.end, text: s.text, index, screen: bits[index]!, screener }));
  });
  return out;
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

export function inSentence<T extends { block: number; start: number }>(list: T[], s: Sentence): T[] {
  return factsStartingIn(list, s.block.id, s.start, s.end);
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
