/**
 * Builds the tender model from the document tree mammoth reads out of a DOCX (paragraphs with their resolved
 * style names and list numbering, runs, tables with column and row spans, content-control text, footnote
 * references; tracked changes already accepted). The document text is a readable Markdown-like view: headings as
 * `#` lines, paragraphs, list items, tables as pipe tables, footnotes at the end. Every block and table keeps its
 * Word address (paragraph in body order, table/row/cell, excerpt).
 */
import { SECTION_NUMBER } from '../../core/model/markdown';
import { computeLineStarts, rangeFromOffsets } from '../../core/model/positions';
import { excerptOf } from '../../core/model/docx-location';
import type { BlockKind, DocxLocation, Revisions, Section, Table, TenderDocument, TextBlock, TextSegment } from '../../core/model/types';

/** The parts of mammoth's document tree this adapter reads (mammoth ships no types for it). */
export interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
  isBold?: boolean;
  noteType?: string;
  noteId?: string;
  checked?: boolean;
  colSpan?: number;
  rowSpan?: number;
  breakType?: string;
  body?: MammothNode[];
}

export interface MammothDocument extends MammothNode {
  notes?: { resolve(reference: { noteType: string; noteId: string }): { body: MammothNode[] } | null };
}

export interface BuildOptions {
  path: string;
  /** Heading depth (1–6) by paragraph style id, for custom styles with an outline level (from styles.xml). */
  outlineLevels?: ReadonlyMap<string, number>;
  revisions?: Revisions;
}

/** A piece of a block's view: text that is part of the block's plain text, or view-only decoration. */
interface Piece {
  text: string;
  inBlock: boolean;
}

interface PendingBlock {
  block: TextBlock;
  start: number;
  end: number;
  segments: TextSegment[];
}

interface Note {
  label: string;
  paragraph: number;
  body: MammothNode[];
}

const HEADING_STYLE = /^heading\s*([1-9])$/i;
/** A heading typed with its number: "3. Timetable", "4.2 Evaluation", "Section 5 – Award", "Schedule 2: Pricing". */
const NUMBERED_HEADING = /^(?:(?:section|part|schedule|annex|appendix)\s+(?:\d+|[A-Z])\b|\d{1,2}(?:\.\d{1,2}){0,4}\.?\s)/i;

class DocxBuilder {
  private text = '';
  private readonly pending: PendingBlock[] = [];
  private readonly tables: Array<{ table: Table; start: number; end: number }> = [];
  private readonly sections: Array<{ section: Section; start: number }> = [];
  private currentSection = -1;
  /** 1-based paragraph index in body order (empty paragraphs and table-cell paragraphs count too). */
  private paragraph = 0;
  private tableCount = 0;
  /** Kind of the last block written at body level (for tight lists). */
  private lastKind: BlockKind | null = null;
  private readonly notes: Note[] = [];
  private readonly noteLabels = new Map<string, string>();

  constructor(
    private readonly root: MammothDocument,
    private readonly options: BuildOptions,
  ) {}

  build(): TenderDocument {
    for (const node of this.root.children ?? []) this.visit(node);
    this.writeNotes();
    return this.finish();
  }

  // ----- walking the tree -------------------------------------------------------------------------------

  private visit(node: MammothNode): void {
    if (node.type === 'paragraph') this.paragraphBlock(node);
    else if (node.type === 'table') this.table(node);
    else for (const child of node.children ?? []) this.visit(child);
  }

  private paragraphBlock(node: MammothNode): void {
    const index = ++this.paragraph;
    const pieces = this.inline(node.children ?? [], false);
    const plain = pieces.filter((p) => p.inBlock).map((p) => p.text).join('');
    if (plain.trim() === '') return;
    const style = node.styleName ?? '';
    let depth = headingDepth(style, node.styleId ?? null, this.options.outlineLevels);
    if (depth === null && !node.numbering && looksLikeNumberedHeading(node, plain)) depth = numberedHeadingDepth(plain);
    const trimmed = trimPieces(pieces);
    if (depth !== null) {
      const pending = this.writeBlock('heading', [{ text: `${'#'.repeat(depth)} `, inBlock: false }, ...trimmed], index);
      pending.block.depth = depth;
      this.addSection(pending);
    } else if (node.numbering) {
      const level = Math.max(0, Math.min(8, Number(node.numbering.level) || 0));
      const marker = `${'  '.repeat(level)}${node.numbering.isOrdered ? '1.' : '-'} `;
      // Consecutive list items sit on consecutive lines, as a tight Markdown list.
      if (this.lastKind === 'listItem' && this.text.endsWith('\n\n')) this.text = this.text.slice(0, -1);
      const pending = this.writeBlock('listItem', [{ text: marker, inBlock: false }, ...trimmed], index);
      pending.block.listLevel = level;
      pending.block.ordered = node.numbering.isOrdered;
      pending.block.checked = null;
    } else {
      this.writeBlock('paragraph', trimmed, index);
    }
    this.text += '\n\n';
    this.lastKind = this.pending[this.pending.length - 1]!.block.kind;
  }

  /** Inline content as pieces; inside a table cell line breaks become spaces and pipes are escaped later. */
  private inline(children: MammothNode[], inCell: boolean): Piece[] {
    const out: Piece[] = [];
    const walk = (nodes: MammothNode[]) => {
      for (const n of nodes) {
        switch (n.type) {
          case 'text':
            if (n.value) out.push({ text: n.value.replace(/[\r\n]+/g, ' '), inBlock: true });
            break;
          case 'tab':
            out.push({ text: inCell ? ' ' : '\t', inBlock: true });
            break;
          case 'break':
            if (n.breakType === 'line' || n.breakType === undefined) out.push({ text: inCell ? ' ' : '\n', inBlock: true });
            else out.push({ text: ' ', inBlock: true });
            break;
          case 'checkbox':
            out.push({ text: n.checked ? '☒' : '☐', inBlock: true });
            break;
          case 'noteReference':
            out.push({ text: `[^${this.noteLabel(n)}]`, inBlock: false });
            break;
          case 'paragraph':
            // A paragraph inside a run (a text box): keep its words apart from the surrounding text.
            out.push({ text: ' ', inBlock: true });
            walk(n.children ?? []);
            out.push({ text: ' ', inBlock: true });
            break;
          default:
            if (n.children) walk(n.children);
        }
      }
    };
    walk(children);
    return out;
  }

  private noteLabel(ref: MammothNode): string {
    const key = `${ref.noteType}-${ref.noteId}`;
    let label = this.noteLabels.get(key);
    if (!label) {
      const note = this.root.notes?.resolve({ noteType: ref.noteType ?? 'footnote', noteId: ref.noteId ?? '' });
      const count = this.notes.filter((n) => n.label.startsWith(ref.noteType === 'endnote' ? 'endnote' : 'footnote')).length + 1;
      label = ref.noteType === 'endnote' ? `endnote ${count}` : `footnote ${count}`;
      this.noteLabels.set(key, label);
      this.notes.push({ label, paragraph: this.paragraph, body: note?.body ?? [] });
    }
    return label.startsWith('endnote') ? `e${label.slice(8)}` : label.slice(9);
  }

  // ----- tables ---------------------------------------------------------------------------------------------

  private table(node: MammothNode): void {
    const number = ++this.tableCount;
    this.lastKind = null;
    const firstParagraph = this.paragraph + 1;
    // Lay the cells out on a grid: a cell spanning columns or rows leaves empty cells where it spans.
    const grid: Array<Array<{ node: MammothNode | null }>> = [];
    const rows = (node.children ?? []).filter((r) => r.type === 'tableRow');
    rows.forEach((row, r) => {
      grid[r] ??= [];
      let c = 0;
      for (const cell of (row.children ?? []).filter((x) => x.type === 'tableCell')) {
        while (grid[r]![c]) c++;
        const colSpan = Math.max(1, cell.colSpan ?? 1);
        const rowSpan = Math.max(1, cell.rowSpan ?? 1);
        for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) {
          grid[r + dr] ??= [];
          for (let dc = 0; dc < colSpan; dc++) grid[r + dr]![c + dc] = { node: dr === 0 && dc === 0 ? cell : null };
        }
        c += colSpan;
      }
    });
    const width = Math.max(1, ...grid.map((r) => r.length));
    if (grid.length === 0) return;

    const start = this.text.length;
    const table: Table = { index: this.tables.length, range: rangeFromOffsets({ lineStarts: [0] }, 0, 0), section: this.currentSection, header: [], rows: [] };
    const cellBlocks: PendingBlock[][] = [];
    grid.forEach((row, r) => {
      const blocks: PendingBlock[] = [];
      this.text += '|';
      for (let c = 0; c < width; c++) {
        const cell = row[c]?.node ?? null;
        const cellParagraph = this.paragraph + 1;
        const pieces = cell ? this.cellPieces(cell) : [];
        this.text += ' ';
        const pending = this.writeBlock('tableCell', trimPieces(pieces), cell ? cellParagraph : Math.max(1, this.paragraph), true);
        pending.block.table = table.index;
        pending.block.row = r;
        pending.block.column = c;
        pending.block.docx = { ...pending.block.docx!, table: number, row: r + 1, cell: c + 1 };
        blocks.push(pending);
        this.text += ' |';
      }
      this.text += '\n';
      if (r === 0) this.text += `|${' --- |'.repeat(width)}\n`;
      cellBlocks.push(blocks);
    });
    const end = this.text.length - 1;
    this.text += '\n';
    this.tables.push({ table, start, end });
    table.rows = cellBlocks.map((row) => row.map((p) => ({ block: p.block.id, text: p.block.text.trim(), range: p.block.range })));
    table.header = (table.rows[0] ?? []).map((c) => c.text);
    table.docx = { paragraph: firstParagraph, table: number, excerpt: excerptOf(table.header.filter(Boolean).join(' | ')) };
    this.pendingTables.push({ table, cellBlocks });
  }

  private readonly pendingTables: Array<{ table: Table; cellBlocks: PendingBlock[][] }> = [];

  /** A cell's text: its paragraphs (nested tables flattened) joined by spaces; each paragraph counts. */
  private cellPieces(cell: MammothNode): Piece[] {
    const out: Piece[] = [];
    const walk = (nodes: MammothNode[]) => {
      for (const n of nodes) {
        if (n.type === 'paragraph') {
          this.paragraph++;
          const pieces = this.inline(n.children ?? [], true);
          if (!pieces.some((p) => p.inBlock && p.text.trim() !== '')) continue;
          if (out.length) out.push({ text: ' ', inBlock: true });
          out.push(...trimPieces(pieces));
        } else if (n.children) walk(n.children);
      }
    };
    walk(cell.children ?? []);
    return out;
  }

  // ----- notes ------------------------------------------------------------------------------------------------

  private writeNotes(): void {
    for (let i = 0; i < this.notes.length; i++) {
      const note = this.notes[i]!;
      const pieces: Piece[] = [];
      for (const n of note.body) {
        if (n.type !== 'paragraph') continue;
        const p = this.inline(n.children ?? [], false);
        if (!p.some((x) => x.inBlock && x.text.trim() !== '')) continue;
        if (pieces.length) pieces.push({ text: ' ', inBlock: true });
        pieces.push(...trimPieces(p));
      }
      if (pieces.length === 0) continue;
      const marker = note.label.startsWith('endnote') ? `e${note.label.slice(8)}` : note.label.slice(9);
      const pending = this.writeBlock('paragraph', [{ text: `[^${marker}]: `, inBlock: false }, ...pieces], note.paragraph);
      pending.block.docx = { ...pending.block.docx!, note: note.label };
      this.text += '\n\n';
    }
  }

  // ----- writing blocks ---------------------------------------------------------------------------------------

  /** Appends a block's pieces to the view and records its plain text, segments and Word address. */
  private writeBlock(kind: BlockKind, pieces: Piece[], paragraph: number, inCell = false): PendingBlock {
    const viewStart = this.text.length;
    let plain = '';
    const segments: TextSegment[] = [];
    let contentStart = -1;
    for (const piece of pieces) {
      if (!piece.inBlock) {
        this.text += piece.text;
        continue;
      }
      if (contentStart < 0) contentStart = this.text.length;
      const escaped = inCell ? piece.text.replace(/\|/g, '\\|') : piece.text;
      if (escaped === piece.text) {
        segments.push({ textStart: plain.length, sourceStart: this.text.length, length: piece.text.length });
      } else {
        // Relative to the segment's start (see TextSegment.map).
        const map: number[] = [];
        let at = 0;
        for (const ch of piece.text) {
          if (ch === '|') at++;
          map.push(at);
          at += ch.length;
        }
        segments.push({ textStart: plain.length, sourceStart: this.text.length, length: piece.text.length, map });
      }
      plain += piece.text;
      this.text += escaped;
    }
    const start = kind === 'heading' ? viewStart : contentStart < 0 ? this.text.length : contentStart;
    const block: TextBlock = {
      id: this.pending.length,
      kind,
      text: plain,
      range: rangeFromOffsets({ lineStarts: [0] }, 0, 0),
      segments,
      section: this.currentSection,
      docx: { paragraph, excerpt: excerptOf(plain) },
    };
    const pending: PendingBlock = { block, start, end: this.text.length, segments };
    this.pending.push(pending);
    return pending;
  }

  private addSection(pending: PendingBlock): void {
    const block = pending.block;
    const depth = block.depth ?? 1;
    const match = SECTION_NUMBER.exec(block.text);
    const number = match ? match[1]! : null;
    const title = match ? block.text.slice(match[0].length).trim() : block.text.trim();
    let parent: number | null = null;
    for (let i = this.sections.length - 1; i >= 0; i--) {
      if (this.sections[i]!.section.depth < depth) {
        parent = i;
        break;
      }
    }
    const index = this.sections.length;
    const section: Section = { index, heading: block.id, depth, number, title, range: block.range, parent, children: [] };
    if (parent !== null) this.sections[parent]!.section.children.push(index);
    this.sections.push({ section, start: pending.start });
    this.currentSection = index;
    block.section = index;
  }

  private finish(): TenderDocument {
    const text = this.text.replace(/\n+$/, '\n');
    const lineStarts = computeLineStarts(text);
    const at = { lineStarts };
    const doc: TenderDocument = {
      path: this.options.path,
      format: 'docx',
      text,
      frontMatter: null,
      blocks: this.pending.map((p) => p.block),
      sections: this.sections.map((s) => s.section),
      tables: this.tables.map((t) => t.table),
      comments: [],
      lineStarts,
    };
    for (const p of this.pending) p.block.range = rangeFromOffsets(at, p.start, Math.min(p.end, text.length));
    for (const t of this.tables) t.table.range = rangeFromOffsets(at, t.start, Math.min(t.end, text.length));
    for (const { table, cellBlocks } of this.pendingTables) {
      table.rows = cellBlocks.map((row) => row.map((p) => ({ block: p.block.id, text: p.block.text.trim(), range: p.block.range })));
    }
    for (let i = 0; i < this.sections.length; i++) {
      const { section, start } = this.sections[i]!;
      let end = text.length;
      for (let j = i + 1; j < this.sections.length; j++) {
        if (this.sections[j]!.section.depth <= section.depth) {
          end = this.sections[j]!.start;
          break;
        }
      }
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      section.range = rangeFromOffsets(at, start, end);
    }
    if (this.options.revisions) doc.revisions = this.options.revisions;
    return doc;
  }
}

/** Heading depth from a Word style: "Heading 1"–"Heading 9" (capped at 6), "Title", or a custom outline-level style. */
function headingDepth(styleName: string, styleId: string | null, outlineLevels?: ReadonlyMap<string, number>): number | null {
  const m = HEADING_STYLE.exec(styleName.trim());
  if (m) return Math.min(6, Number(m[1]));
  if (/^title$/i.test(styleName.trim())) return 1;
  if (styleId && outlineLevels?.has(styleId)) return outlineLevels.get(styleId)!;
  return null;
}

/**
 * A heading typed as a numbered line rather than styled: short, bold throughout, starting with a number
 * or "Section 3" / "Schedule 2", and not a sentence (no full stop at the end).
 */
function looksLikeNumberedHeading(node: MammothNode, plain: string): boolean {
  const text = plain.trim();
  if (text.length > 100 || /[.;:,]$/.test(text) || !NUMBERED_HEADING.test(text)) return false;
  if (!/[A-Za-z]{3}/.test(text.replace(NUMBERED_HEADING, ''))) return false;
  let bold = 0;
  let plainRuns = 0;
  const walk = (nodes: MammothNode[]) => {
    for (const n of nodes) {
      if (n.type === 'run') {
        const hasText = (n.children ?? []).some((c) => c.type === 'text' && (c.value ?? '').trim() !== '');
        if (hasText) (n.isBold ? bold++ : plainRuns++);
      } else if (n.children) walk(n.children);
    }
  };
  walk(node.children ?? []);
  return bold > 0 && plainRuns === 0;
}

function numberedHeadingDepth(plain: string): number {
  const m = /^(\d+(?:\.\d+)*)/.exec(plain.trim());
  return m ? Math.min(6, m[1]!.split('.').length) : 1;
}

/** Trims whitespace at both ends of a list of pieces (inside the first and last block text pieces). */
function trimPieces(pieces: Piece[]): Piece[] {
  const out = pieces.map((p) => ({ ...p }));
  for (const p of out) {
    if (!p.inBlock) continue;
    p.text = p.text.replace(/^\s+/, '');
    if (p.text !== '') break;
  }
  for (let i = out.length - 1; i >= 0; i--) {
    const p = out[i]!;
    if (!p.inBlock) continue;
    p.text = p.text.replace(/\s+$/, '');
    if (p.text !== '') break;
  }
  return out.filter((p) => p.text !== '');
}

export function buildTenderDocument(root: MammothDocument, options: BuildOptions): TenderDocument {
  return new DocxBuilder(root, options).build();
}

export type { DocxLocation };
