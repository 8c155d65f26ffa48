/** Sentences of a document as the proportionality builders read them, and the helpers they share. */
import type { TenderDocument, TextBlock } from '../../model/types';
import { blockRange } from '../../model/positions';
import { splitSentences } from '../../model/sentences';
import { testText, type PatternScreen } from '../../model/memo';
import { rowOf } from '../context';
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
  for (const block of doc.blocks) {
    if (block.kind === 'code' || block.kind === 'html') continue;
    splitSentences(block.text).forEach((s, index) => out.push({ block, start: s.start, end: s.end, text: s.text, index, screen: screener.of(s.text), screener }));
  }
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

export function sentencesAfter(sentences: Sentence[], s: Sentence): string {
  return sentences
    .filter((x) => x.block === s.block && x.index > s.index)
    .map((x) => x.text)
    .join(' ');
}

export function at(doc: TenderDocument, s: Sentence, start: number, end: number): FactLocation {
  return { block: s.block.id, range: blockRange(doc, s.block, s.start + start, s.start + end), sentence: s.text };
}

/** Facts grouped by block, built once per fact list, so that looking up a sentence's facts stays linear. */
const byBlockCache = new WeakMap<object, Map<number, unknown[]>>();

function byBlock<T extends { block: number }>(list: T[]): Map<number, T[]> {
  let index = byBlockCache.get(list) as Map<number, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const f of list) {
      const group = index.get(f.block);
      if (group) group.push(f);
      else index.set(f.block, [f]);
    }
    byBlockCache.set(list, index as Map<number, unknown[]>);
  }
  return index;
}

export function inSentence<T extends { block: number; start: number }>(list: T[], s: Sentence): T[] {
  return (byBlock(list).get(s.block.id) ?? []).filter((f) => f.start >= s.start && f.start < s.end);
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
