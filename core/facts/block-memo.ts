/**
 * Per-block screens for the builders that walk a document sentence by sentence: which of a builder's trigger
 * patterns any sentence of a block matches, remembered by the block's text. A builder then reads only the blocks
 * whose screen has its bit, so that in the editor, where nearly every block is unchanged from the last version,
 * an unchanged block costs one memo lookup for all the builders that share the screen, and blocks no builder can
 * read from are never turned into sentences at all.
 *
 * A bit is exact, not a guess: it is set when some sentence of the block (as `splitSentences` cuts it) matches one
 * of the group's patterns, which is what a builder asks of each sentence before it reads anything from it.
 */
import type { TableCell, TenderDocument, TextBlock, TextSegment } from '../model/types';
import { splitSentences } from '../model/sentences';
import { TextMemo, proseTexts, rememberClearable, statelessPattern, testText } from '../model/memo';

interface Screened {
  /** The groups matched by some sentence, as bits. */
  bits: number;
  /** For each counted group (in the order counted), how many sentences match it. */
  counts: readonly number[];
}

const NONE: Screened = Object.freeze({ bits: 0, counts: Object.freeze([]) as readonly number[] }) as Screened;

export class SentenceScreen {
  private readonly groups: RegExp[][] = [];
  /** Bit → index in `counts`, for the groups whose sentences are counted. */
  private readonly counted = new Map<number, number>();
  private memo = this.newMemo();
  private perDoc = new WeakMap<TenderDocument, readonly Screened[]>();

  /**
   * Adds a group of patterns and gives its bit. Groups are added when the builders' modules load, before any
   * document is read; one added later empties what was remembered, so that no answer lacks its bit.
   * `count`: the screen also counts the sentences of a block that match the group.
   */
  group(patterns: ReadonlyArray<RegExp>, count = false): number {
    if (this.groups.length >= 31) throw new Error('a sentence screen holds at most 31 groups');
    const bit = 2 ** this.groups.length;
    this.groups.push(patterns.map(statelessPattern));
    if (count) this.counted.set(bit, this.counted.size);
    this.memo = this.newMemo();
    this.perDoc = new WeakMap();
    this.bitsPerDoc = new WeakMap();
    return bit;
  }

  private newMemo(): TextMemo<Screened> {
    return new TextMemo((text) => this.compute(text));
  }

  private compute(text: string): Screened {
    let bits = 0;
    let counts: number[] | null = null;
    for (const s of splitSentences(text)) {
      for (let g = 0; g < this.groups.length; g++) {
        const bit = 2 ** g;
        const index = this.counted.get(bit);
        // A group already set needs no more sentences unless they are counted.
        if (index === undefined && (bits & bit) !== 0) continue;
        if (!this.groups[g]!.some((re) => testText(re, s.text))) continue;
        bits |= bit;
        if (index !== undefined) {
          counts ??= new Array<number>(this.counted.size).fill(0);
          counts[index]!++;
        }
      }
    }
    if (bits === 0) return NONE;
    return { bits, counts: counts ?? new Array<number>(this.counted.size).fill(0) };
  }

  /** The screens of a document's blocks, by block id (nothing for code and raw HTML), worked out once per document. */
  private screens(doc: TenderDocument): readonly Screened[] {
    let out = this.perDoc.get(doc);
    if (out) return out;
    // Code and raw HTML blocks have the text '' here, whose screen is NONE; an unchanged block costs a comparison.
    out = this.memo.values(proseTexts(doc));
    this.perDoc.set(doc, out);
    return out;
  }

  /** The bits of each block of `doc`, by block id. */
  bitsOfBlocks(doc: TenderDocument): readonly number[] {
    let bits = this.bitsPerDoc.get(doc);
    if (!bits) this.bitsPerDoc.set(doc, (bits = this.screens(doc).map((s) => s.bits)));
    return bits;
  }

  private bitsPerDoc = new WeakMap<TenderDocument, number[]>();

  /** The bits of block `id` of `doc`. */
  bitsOf(doc: TenderDocument, id: number): number {
    return this.screens(doc)[id]?.bits ?? 0;
  }

  /** The ids of the blocks of `doc` whose screen has any of the bits of `mask`, in order. */
  blocksWith(doc: TenderDocument, mask: number): number[] {
    const out: number[] = [];
    const screens = this.screens(doc);
    for (let i = 0; i < screens.length; i++) if ((screens[i]!.bits & mask) !== 0) out.push(i);
    return out;
  }

  /** How many sentences of the document match the counted group of `bit`. */
  count(doc: TenderDocument, bit: number): number {
    const index = this.counted.get(bit);
    if (index === undefined) throw new Error('the group is not counted');
    let n = 0;
    const screens = this.screens(doc);
    for (let i = 0; i < screens.length; i++) if ((screens[i]!.bits & bit) !== 0) n += screens[i]!.counts[index]!;
    return n;
  }
}

// ---------------------------------------------------------------------------------------------------
// What a block is read with, compared rather than rebuilt
// ---------------------------------------------------------------------------------------------------

/**
 * What a table cell is read with besides its own text: the texts of its row's cells, its place among them, its
 * column header and whether its row is the header row. Every row context a builder joins (the other cells, the
 * header, the answer) is made from these, so a cell whose state is the same as last time is read the same way;
 * comparing them costs a string comparison per cell of the row (the same strings, for an unchanged chunk), where
 * joining them again would make new strings for every cell of every table on every check.
 */
export interface RowState {
  /** The texts of the row's cells, in order; null when the block is not a cell of a known row. */
  cells: readonly string[] | null;
  /** The index in `cells` of the block's own cell (-1 when none is). */
  own: number;
  header: string;
  first: boolean;
}

export const NO_ROW: RowState = Object.freeze({ cells: null, own: -1, header: '', first: false });

function rowCells(doc: TenderDocument, block: TextBlock): TableCell[] | null {
  if (block.kind !== 'tableCell' || block.table === undefined || block.row === undefined) return null;
  return doc.tables[block.table]?.rows[block.row] ?? null;
}

function headerOf(doc: TenderDocument, block: TextBlock): string {
  return doc.tables[block.table!]!.header[block.column!] ?? '';
}

/** The texts of a row's cells, one list per row (shared by the states of its cells). */
const rowTexts = new WeakMap<readonly TableCell[], readonly string[]>();

/** The row state of `block` in `doc` (see `RowState`). */
export function rowState(doc: TenderDocument, block: TextBlock): RowState {
  const row = rowCells(doc, block);
  if (!row) return NO_ROW;
  let cells = rowTexts.get(row);
  if (!cells) rowTexts.set(row, (cells = row.map((c) => c.text)));
  return { cells, own: row.findIndex((c) => c.block === block.id), header: headerOf(doc, block), first: block.row === 0 };
}

/** Rows of wide tables found to hold a list of texts, so that the other cells of the row need not compare them again. */
const verified = new WeakMap<readonly TableCell[], readonly string[]>();

/** Whether `block` in `doc` has row state `state`, without building anything. */
export function sameRow(doc: TenderDocument, block: TextBlock, state: RowState): boolean {
  const row = rowCells(doc, block);
  if (!row) return state.cells === null;
  const cells = state.cells;
  if (!cells || cells.length !== row.length || state.first !== (block.row === 0) || row[state.own]?.block !== block.id) return false;
  const wide = row.length > 4;
  if (!wide || verified.get(row) !== cells) {
    for (let k = 0; k < row.length; k++) if (row[k]!.text !== cells[k]) return false;
    if (wide) verified.set(row, cells);
  }
  return headerOf(doc, block) === state.header;
}

/**
 * Where a block's located facts were placed: everything their ranges depend on besides the block's text (its
 * source offsets, the map from its text to the source, and the line starts its facts span). A block whose place
 * is the same keeps the located facts of the last check, the very objects.
 */
export interface Place {
  id: number;
  start: number;
  end: number;
  line: number;
  column: number;
  segments: TextSegment[];
  /** The last source offset facts may reach (the block's end), and the line starts in `(start, high]`. */
  high: number;
  lines: number[];
}

/** The place of `block` in `doc` (facts lie inside a block's source, so its end bounds the lines they span). */
export function placeOf(doc: TenderDocument, block: TextBlock): Place {
  const { start, end } = block.range;
  const top = end.offset;
  const lines: number[] = [];
  for (let i = start.line; i < doc.lineStarts.length && doc.lineStarts[i]! <= top; i++) lines.push(doc.lineStarts[i]!);
  return { id: block.id, start: start.offset, end: end.offset, line: start.line, column: start.column, segments: block.segments, high: top, lines };
}

/** Whether `block` in `doc` sits where `place` was taken (see `Place`). */
export function samePlace(doc: TenderDocument, block: TextBlock, place: Place): boolean {
  const { start, end } = block.range;
  if (place.id !== block.id || place.start !== start.offset || place.end !== end.offset || place.line !== start.line || place.column !== start.column) return false;
  if (!sameSegments(place.segments, block.segments)) return false;
  const starts = doc.lineStarts;
  let k = 0;
  for (let i = start.line; i < starts.length && starts[i]! <= place.high; i++, k++) if (starts[i] !== place.lines[k]) return false;
  return k === place.lines.length;
}

/**
 * Whether segments `b` map a block's text to the same source offsets as `a`; with starts, relative to them (`a` of
 * a block at `aStart`, `b` of one at `bStart`: the same text placed the same way after a move).
 */
export function sameSegments(a: TextSegment[], b: TextSegment[], aStart = 0, bStart = 0): boolean {
  if (a === b && aStart === bStart) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.textStart !== y.textStart || x.length !== y.length || x.sourceStart - aStart !== y.sourceStart - bStart || !x.map !== !y.map) return false;
    // Maps are relative to their segment's start, compared above.
    if (x.map && y.map && x.map !== y.map) {
      if (x.map.length !== y.map.length) return false;
      for (let k = 0; k < x.map.length; k++) if (x.map[k] !== y.map[k]) return false;
    }
  }
  return true;
}

/**
 * What a builder worked out for each block of the last document it read, by block index, to be found again for
 * the same block of the next version: at the same index, or one on or back after a block was inserted or removed
 * above (as `TextMemo.values` does for texts). `same` says whether a record was made from the same inputs (the
 * block's text and whatever context the builder reads); a block that finds none is read again.
 */
export class BlockRecords<R> {
  constructor() {
    rememberClearable(this);
  }

  private last: ReadonlyArray<R | undefined> = [];
  private next: Array<R | undefined> = [];
  private shift = 0;

  /** Starts a pass over a document of `n` blocks. */
  begin(n: number): void {
    this.next = new Array<R | undefined>(n);
    this.shift = 0;
  }

  /** The last pass's record for block `block` of `doc` made from the same inputs, if any. */
  find(doc: TenderDocument, block: TextBlock, same: (r: R, doc: TenderDocument, block: TextBlock) => boolean): R | undefined {
    const j = block.id + this.shift;
    const here = this.last[j];
    if (here !== undefined && same(here, doc, block)) return here;
    const on = this.last[j + 1];
    if (on !== undefined && same(on, doc, block)) {
      this.shift++;
      return on;
    }
    const back = j > 0 ? this.last[j - 1] : undefined;
    if (back !== undefined && same(back, doc, block)) {
      this.shift--;
      return back;
    }
    return undefined;
  }

  /** Keeps `record` for block `id` of this pass. */
  set(id: number, record: R): void {
    this.next[id] = record;
  }

  /** Ends the pass: its records are the ones the next pass finds. */
  end(): void {
    this.last = this.next;
    this.next = [];
  }

  /** Forgets every record. */
  clear(): void {
    this.last = [];
    this.next = [];
  }
}
