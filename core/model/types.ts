/**
 * The tender model: one format-neutral structure that every rule reads.
 *
 * A format adapter (Markdown today, DOCX later) turns a file into a `TenderDocument`. Every node carries
 * its exact range in `TenderDocument.text`, the text a finding is reported against. For Markdown that is
 * the file itself; a DOCX adapter produces a readable text view and a `docx` address on each node.
 */

/** A point in the document text. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Where a node sits in a Word document (filled by the DOCX adapter only). */
export interface DocxLocation {
  /** 1-based paragraph index in body order. */
  paragraph: number;
  table?: number;
  row?: number;
  cell?: number;
  /** For text read from a footnote or endnote: "footnote 2" (the paragraph is the one that refers to it). */
  note?: string;
  excerpt: string;
}

/** Tracked changes and comments still in a file (DOCX revisions; CriticMarkup in Markdown). */
export interface Revisions {
  insertions: number;
  deletions: number;
  /** Tracked formatting changes (DOCX only). */
  formatting: number;
  comments: number;
}

export type DocumentFormat = 'markdown' | 'docx' | 'text';

/**
 * A piece of plain text and where it came from. Plain text strips inline markup, so a block's `text`
 * offsets are mapped back to source offsets through its segments.
 */
export interface TextSegment {
  /** Offset of this segment in the block's plain `text`. */
  textStart: number;
  /** Offset in the document text where the segment starts. */
  sourceStart: number;
  /**
   * Where each character of the segment comes from, as an offset from `sourceStart`, when it is not simply `i`.
   * Relative, so that a block that only moved keeps the same array (compare by identity first).
   */
  map?: number[];
  length: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableCell' | 'code' | 'html';

/** A run of text rules read: a heading, a paragraph, a list item's own text, a table cell, a code or HTML block. */
export interface TextBlock {
  /** Index in `TenderDocument.blocks`, in document order. */
  id: number;
  kind: BlockKind;
  /** Plain text with inline markup removed. */
  text: string;
  range: Range;
  segments: TextSegment[];
  /** The section this block belongs to (index into `TenderDocument.sections`), or -1 before the first heading. */
  section: number;
  /** For headings: 1–6. */
  depth?: number;
  /** For list items: nesting level (0 is top) and task-list state. */
  listLevel?: number;
  ordered?: boolean;
  checked?: boolean | null;
  /** For table cells: the table, row and column. Row 0 is the header row. */
  table?: number;
  row?: number;
  column?: number;
  docx?: DocxLocation;
}

export interface Section {
  /** Index into `TenderDocument.sections`. */
  index: number;
  /** Heading block id. */
  heading: number;
  depth: number;
  /** Section number written in the heading, such as "4.2", if any. */
  number: string | null;
  /** Heading text without its number. */
  title: string;
  /** Range from the heading to the end of the section's content (including subsections). */
  range: Range;
  parent: number | null;
  children: number[];
}

export interface TableCell {
  block: number;
  text: string;
  range: Range;
}

export interface Table {
  index: number;
  range: Range;
  section: number;
  /** Header texts, in column order. */
  header: string[];
  /** All rows including the header row (row 0). */
  rows: TableCell[][];
  docx?: DocxLocation;
}

/** An HTML comment in the source: the carrier of inline `tenderlint-` directives. */
export interface CommentNode {
  value: string;
  range: Range;
}

export interface FrontMatter {
  /** Parsed YAML, or null if it could not be parsed. */
  data: Record<string, unknown> | null;
  error: string | null;
  range: Range;
}

export interface TenderDocument {
  /** The file path or URI the document came from (for messages only). */
  path: string;
  format: DocumentFormat;
  /** The text that ranges refer to. */
  text: string;
  frontMatter: FrontMatter | null;
  blocks: TextBlock[];
  sections: Section[];
  tables: Table[];
  comments: CommentNode[];
  /** Offset of the start of each line, for offset → position conversion. */
  lineStarts: number[];
  /** Tracked changes and comments left in the file, when there are any. The text is read with changes accepted. */
  revisions?: Revisions;
}
