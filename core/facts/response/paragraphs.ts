/**
 * Each paragraph of bidder text with its evidence markers, the same object as last time for a block that has
 * neither changed nor moved: in the editor most blocks are, and their markers' ranges need no mapping again.
 *
 * What each block gave is kept by block index, found again for the next version at the same index, one on or
 * back (a block inserted or removed above), or failing that a few places either side (a few pasted or deleted
 * together), and used only when everything it was made from is the same: the block's text, whether its source
 * holds a Markdown link, the spans of its money, percentage and date facts, how its text maps to the source and
 * the line breaks inside it (then the same paragraph when its place is the same too, its markers shifted when it
 * moved). Kept by index rather than by text, so that blocks of the same text ("Yes", "N/A" cells) keep one each.
 */
import type { TenderDocument, TextBlock, TextSegment } from '../../model/types';
import { rememberClearable } from '../../model/memo';
import { evidenceIn, linksIn, markersByBlock, type FactsByBlock } from './evidence';
import type { EvidenceMarker, ResponseParagraph } from './types';
import { sameSegments } from '../block-memo';
import type { RawMatch } from '../types';

/** What a paragraph was made from besides its place, and where that was. */
interface Made {
  text: string;
  id: number;
  start: number;
  end: number;
  line: number;
  column: number;
  segments: TextSegment[];
  /** Line starts inside the block's source, relative to its start. */
  lines: number[];
  links: boolean;
  /** Start and end of each money, percentage and date fact of the block, the kinds ended by -1. */
  facts: number[];
  paragraph: ResponseParagraph;
}

/** How far either side of its expected index a block's record is looked for when it is not at it or next to it. */
const WINDOW = 8;

/** The records of the last pass, by block index (see the module comment). */
const records = {
  last: [] as ReadonlyArray<Made | undefined>,
  clear(): void {
    this.last = [];
  },
};
rememberClearable(records);

/** The paragraphs of `blocks` (paragraphs, list items and table cells that are bidder text), in order. */
export function paragraphsOf(doc: TenderDocument, byBlock: FactsByBlock, blocks: readonly TextBlock[]): ResponseParagraph[] {
  const marks = markersByBlock(doc);
  const last = records.last;
  const next = new Array<Made | undefined>(doc.blocks.length);
  const out: ResponseParagraph[] = new Array<ResponseParagraph>(blocks.length);
  let shift = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const links = linksIn(doc, block);
    const j = block.id + shift;
    let record: Made | undefined;
    let paragraph: ResponseParagraph | undefined;
    for (let k = 0; k <= 2 * WINDOW; k++) {
      // j, j + 1, j - 1, j + 2, j - 2, …
      const at = k === 0 ? j : k % 2 === 1 ? j + (k + 1) / 2 : j - k / 2;
      const r = at >= 0 ? last[at] : undefined;
      if (r === undefined || r.text !== block.text) continue;
      paragraph = reuse(doc, block, byBlock, links, r);
      if (paragraph) {
        record = r;
        shift = at - block.id;
        break;
      }
    }
    if (!record || !paragraph) {
      paragraph = { block: block.id, ...evidenceIn(doc, byBlock, block, doc.blocks[block.id] === block ? marks[block.id] : undefined, links) };
      record = {
        text: block.text,
        id: block.id,
        start: block.range.start.offset,
        end: block.range.end.offset,
        line: block.range.start.line,
        column: block.range.start.column,
        segments: block.segments,
        lines: innerLines(doc, block),
        links,
        facts: spans(byBlock, block.id),
        paragraph,
      };
    }
    next[block.id] = record;
    out[b] = paragraph;
  }
  records.last = next;
  return out;
}

/**
 * The paragraph of `block` from record `r` of a block with the same text: its very paragraph when nothing it was
 * made from or placed by has changed, its markers shifted when the block moved with its source unchanged (the
 * record then moves with it); undefined when neither.
 */
function reuse(doc: TenderDocument, block: TextBlock, byBlock: FactsByBlock, links: boolean, r: Made): ResponseParagraph | undefined {
  if (same(doc, block, byBlock, links, r)) return r.paragraph;
  if (!movedAs(doc, block, byBlock, links, r)) return undefined;
  const { start, end } = block.range;
  const paragraph = r.paragraph.evidence.length === 0 && r.paragraph.block === block.id ? r.paragraph : shifted(r.paragraph, block.id, start.offset - r.start, start.line - r.line);
  r.id = block.id;
  r.start = start.offset;
  r.end = end.offset;
  r.line = start.line;
  r.segments = block.segments;
  r.paragraph = paragraph;
  return paragraph;
}

function same(doc: TenderDocument, block: TextBlock, byBlock: FactsByBlock, links: boolean, last: Made): boolean {
  const { start, end } = block.range;
  if (last.id !== block.id || last.start !== start.offset || last.end !== end.offset || last.line !== start.line || last.column !== start.column) return false;
  if (last.links !== links || !sameSegments(last.segments, block.segments) || !sameSpans(last.facts, byBlock, block.id)) return false;
  return sameLines(doc, block, last.lines);
}

/**
 * Whether `block` maps its text to the source as the block of `last` did, relative to its start, starting at the
 * same column and with the same line breaks inside it and the same facts: its markers are then those of `last`,
 * moved by as many characters and lines as the block's start.
 */
function movedAs(doc: TenderDocument, block: TextBlock, byBlock: FactsByBlock, links: boolean, last: Made): boolean {
  const { start, end } = block.range;
  if (last.column !== start.column || last.end - last.start !== end.offset - start.offset || last.links !== links) return false;
  if (!sameSegments(last.segments, block.segments, last.start, start.offset) || !sameSpans(last.facts, byBlock, block.id)) return false;
  return sameLines(doc, block, last.lines);
}

/** Whether the line breaks inside the block's source are `lines`, relative to its start. */
function sameLines(doc: TenderDocument, block: TextBlock, lines: readonly number[]): boolean {
  const { start, end } = block.range;
  const starts = doc.lineStarts;
  let k = 0;
  for (let i = start.line; i < starts.length && starts[i]! <= end.offset; i++, k++) {
    if (k >= lines.length || starts[i]! - start.offset !== lines[k]) return false;
  }
  return k === lines.length;
}


/** A copy of `paragraph` for block `id`, its markers `offset` characters and `lines` lines on. */
function shifted(paragraph: ResponseParagraph, id: number, offset: number, lines: number): ResponseParagraph {
  const before = paragraph.evidence;
  const evidence: EvidenceMarker[] = new Array<EvidenceMarker>(before.length);
  for (let i = 0; i < before.length; i++) {
    const m = before[i]!;
    const { start, end } = m.range;
    evidence[i] = {
      kind: m.kind,
      text: m.text,
      range: {
        start: { line: start.line + lines, column: start.column, offset: start.offset + offset },
        end: { line: end.line + lines, column: end.column, offset: end.offset + offset },
      },
    };
  }
  return { block: id, evidence, activityCounts: paragraph.activityCounts };
}

function innerLines(doc: TenderDocument, block: TextBlock): number[] {
  const { start, end } = block.range;
  const out: number[] = [];
  for (let i = start.line; i < doc.lineStarts.length && doc.lineStarts[i]! <= end.offset; i++) out.push(doc.lineStarts[i]! - start.offset);
  return out;
}

function spans(byBlock: FactsByBlock, id: number): number[] {
  const out: number[] = [];
  for (const list of [byBlock.money.get(id), byBlock.percentages.get(id), byBlock.dates.get(id)]) {
    for (const f of list ?? []) out.push(f.start, f.end);
    out.push(-1);
  }
  return out;
}

function sameSpans(before: readonly number[], byBlock: FactsByBlock, id: number): boolean {
  let k = sameSpanList(before, 0, byBlock.money.get(id));
  if (k >= 0) k = sameSpanList(before, k, byBlock.percentages.get(id));
  if (k >= 0) k = sameSpanList(before, k, byBlock.dates.get(id));
  return k === before.length;
}

/** Where the spans of the next kind start in `before` when those from `k` are `list`'s and its -1; -1 when not. */
function sameSpanList(before: readonly number[], k: number, list: readonly RawMatch[] | undefined): number {
  if (list) {
    for (let i = 0; i < list.length; i++, k += 2) {
      const f = list[i]!;
      if (before[k] !== f.start || before[k + 1] !== f.end) return -1;
    }
  }
  return before[k] === -1 ? k + 1 : -1;
}
