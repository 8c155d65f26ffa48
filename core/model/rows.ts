/**
 * Label/value lines read as table rows. Real tenders often carry a timetable or a table of weights as lines of
 * text rather than a table: a Word table pasted as `label<TAB>value` lines, a PDF's columns flattened the same
 * way, or `Label: value` lines ("Reply by: 27 August 2027", "Quality: 60%"). This module finds such lines in
 * paragraphs and list items and splits them into cells, with offsets into the block's plain text, so that the
 * fact builders can read them as they read table rows. Tables themselves are in `TenderDocument.tables`.
 */
import type { TextBlock } from './types';
import { TextMemo } from './memo';

/** One cell of a text row: its trimmed text and where it is in the block's plain text. */
export interface RowCell {
  text: string;
  start: number;
  end: number;
}

export interface TextRow {
  /** The block the line is in. */
  block: number;
  /** The line's offsets in the block's plain text. */
  start: number;
  end: number;
  /** Two or more cells, in order. */
  cells: RowCell[];
  /** How the cells were separated: tabs, or a label ended by a colon. */
  separator: 'tab' | 'colon';
}

/** Longest label read before a colon: a label, not a sentence. */
const MAX_LABEL = 90;
/**
 * `Label: value`. The label starts the line, has a letter, holds no sentence end and no second colon; the
 * colon is followed by white space, so times (12:30), references (1:2) and addresses (https://) are not split.
 * Read by a scan from the first colon: the pattern it replaces (`/^([^:\n]*?[A-Za-z][^:\n]*?)\s*:[ \t\u00a0]+(\S[^\n]*)$/`)
 * gave the same label and value but was quadratic on a long line whose colon is not followed by white space.
 */
function colonLine(line: string): { label: string; value: string } | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const head = line.slice(0, colon);
  if (head.includes('\n') || !/[A-Za-z]/.test(head)) return null;
  const m = AFTER_COLON.exec(line.slice(colon + 1));
  return m ? { label: head.trimEnd(), value: m[1]! } : null;
}
const AFTER_COLON = /^[ \t\u00a0]+(\S[^\n]*)$/;
const SENTENCE_INSIDE = /[.!?]\s+[A-Z]/;

/** Rows of one line of text (offsets relative to the line). Exported for tests. */
export function splitRow(line: string): { cells: RowCell[]; separator: 'tab' | 'colon' } | null {
  if (line.includes('\t')) {
    const cells: RowCell[] = [];
    const re = /[^\t]+/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text === '') continue;
      cells.push({ text, start: m.index + lead, end: m.index + lead + text.length });
    }
    return cells.length >= 2 ? { cells, separator: 'tab' } : null;
  }
  const m = colonLine(line);
  if (!m) return null;
  const label = m.label;
  const labelText = label.trim();
  if (labelText.length > MAX_LABEL || SENTENCE_INSIDE.test(labelText)) return null;
  const labelStart = label.length - label.trimStart().length;
  const value = m.value.trimEnd();
  const valueStart = line.length - m.value.length;
  return {
    cells: [
      { text: labelText, start: labelStart, end: labelStart + labelText.length },
      { text: value, start: valueStart, end: valueStart + value.length },
    ],
    separator: 'colon',
  };
}

/** The rows of a block's text, relative to the block (block id left as -1; see `textRows`). */
const rowsByText = new TextMemo<readonly Omit<TextRow, 'block'>[]>((text) => {
  if (!text.includes('\t') && !text.includes(':')) return EMPTY;
  const out: Omit<TextRow, 'block'>[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const row = splitRow(text.slice(lineStart, lineEnd));
    if (row) {
      out.push({
        start: lineStart,
        end: lineEnd,
        separator: row.separator,
        cells: row.cells.map((c) => ({ text: c.text, start: c.start + lineStart, end: c.end + lineStart })),
      });
    }
    lineStart = lineEnd + 1;
  }
  return out.length === 0 ? EMPTY : out;
});
const EMPTY: readonly Omit<TextRow, 'block'>[] = [];

/** Label/value rows in a paragraph or list item (none in headings, table cells, code or HTML). */
export function textRows(block: TextBlock): TextRow[] {
  if (block.kind !== 'paragraph' && block.kind !== 'listItem') return [];
  const rows = rowsByText.get(block.text);
  return rows.length === 0 ? [] : rows.map((r) => ({ ...r, block: block.id }));
}
