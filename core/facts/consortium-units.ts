/**
 * The units of text the consortium facts are read from (see `consortium.ts`): each sentence of a block with the
 * words that complete it (its table row, or the answer that follows a question or label), and the label/value
 * lines inside longer sentences.
 */
import type { TenderDocument, TextBlock } from '../model/types';
import { splitSentences } from '../model/sentences';
import { TextMemo } from '../model/memo';
import { textRows, type TextRow } from '../model/rows';
import { rowOf } from './context';

/** A sentence with the words that complete it: its table row, or the answer that follows a question. */
export interface Unit {
  start: number;
  end: number;
  text: string;
  /** The answer to the sentence when it is a question or a label: the rest of its table row, the value of a
   * `Label: value` line, or the short sentence after a question; '' otherwise. */
  answer: string;
  /** The sentence with its table row's other cells and column header, or with its answer. */
  context: string;
  /** The sentence before, in the same block (for "Each member will be assessed separately." after a standing demand). */
  previous: string;
  /** The sentence after, in the same block. */
  next: string;
  /** The section's title. */
  section: string;
  /** A label/value line inside a longer sentence span: read only for answers (group bids, suitability). */
  rowOnly: boolean;
}

/** A unit without its section: what a paragraph, list item or heading gives from its text alone. */
export type UnitPart = Omit<Unit, 'section'>;

/**
 * The units of a block outside tables, remembered by text (one memo for paragraphs and list items, which may hold
 * `Label: value` lines, one for other blocks): in the editor an edit re-splits only the blocks it changed.
 */
const partsWithRows = new TextMemo<UnitPart[]>((text) => unitParts(text, textRows({ kind: 'paragraph', text } as TextBlock), ''));
const partsWithoutRows = new TextMemo<UnitPart[]>((text) => unitParts(text, [], ''));

/** Whether a block's units may include `Label: value` lines read as rows. */
export function readsRows(block: TextBlock): boolean {
  return block.kind === 'paragraph' || block.kind === 'listItem';
}

/** The units of a block outside tables (by its text alone). */
export function textUnitParts(block: TextBlock): UnitPart[] {
  return (readsRows(block) ? partsWithRows : partsWithoutRows).get(block.text);
}

/** The words of a table cell's row its units are read with: the row (other cells and column header) and the answer. */
export function cellContext(doc: TenderDocument, block: TextBlock): { row: string; answer: string } {
  const row = rowText(doc, block);
  return { row, answer: row ? otherCells(doc, block) : '' };
}

/** The units of a table cell, read with its row. */
export function cellUnitParts(text: string, cell: { row: string; answer: string }): UnitPart[] {
  return unitParts(text, [], cell.answer, cell.row);
}

/** The units of a block's text: its sentences, and the label/value lines inside longer ones. */
function unitParts(text: string, lines: TextRow[], cellAnswer: string, row = ''): UnitPart[] {
  const out: UnitPart[] = [];
  const spans = splitSentences(text);
  spans.forEach((s, i) => {
    const next = spans[i + 1]?.text ?? '';
    const base = { previous: spans[i - 1]?.text ?? '', next };
    // A `Label: value` line that is the whole sentence: its value is the answer.
    const own = lines.find((r) => r.start >= s.start && r.end <= s.end && text.slice(s.start, s.end).trim() === text.slice(r.start, r.end).trim());
    // A question answered in the next short sentence: "Are consortium bids accepted? No."
    const answer = chosen(cellAnswer || (own ? rowValue(own) : /\?\s*$/.test(s.text) && next.length > 0 && next.length <= 40 ? next : ''));
    out.push({ ...base, start: s.start, end: s.end, text: s.text, answer, context: row ? `${s.text} | ${row}` : answer ? `${s.text} | ${answer}` : s.text, rowOnly: false });
    // Label/value lines inside a longer span (several lines with no full stops): each read on its own.
    for (const r of lines) {
      if (r === own || r.start < s.start || r.end > s.end) continue;
      const line = text.slice(r.start, r.end);
      const value = chosen(rowValue(r));
      out.push({ ...base, start: r.start, end: r.end, text: line, answer: value, context: `${line} | ${value}`, rowOnly: true });
    }
  });
  return out;
}

/** A form's ticked choice ("☐ Yes ☒ No", "[ ] Yes [x] No") as the answer; other answers as written. */
function chosen(answer: string): string {
  const ticked = /(?:[☒☑✔✓■]|\[\s*[xX✓]\s*\])\s*(yes|no)\b/i.exec(answer);
  return ticked ? ticked[1]! : answer;
}

/** The cells after a text row's label. */
function rowValue(r: TextRow): string {
  return r.cells.slice(1).map((c) => c.text).join(' | ');
}

/** The other cells of a table cell's row (not the header): the answer to a question or label cell. */
function otherCells(doc: TenderDocument, block: TextBlock): string {
  if (block.row === 0) return '';
  const row = rowOf(doc, block);
  return row ? row.filter((c) => c.block !== block.id && c.text.trim() !== '').map((c) => c.text).join(' | ') : '';
}

function rowText(doc: TenderDocument, block: TextBlock): string {
  const row = rowOf(doc, block);
  if (!row) return '';
  const header = doc.tables[block.table!]!.header[block.column!] ?? '';
  return [...row.filter((c) => c.block !== block.id).map((c) => c.text), block.row === 0 ? '' : header].filter((t) => t.trim() !== '').join(' | ');
}

