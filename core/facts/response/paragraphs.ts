/**
 * Each paragraph of bidder text with its evidence markers, the same object as last time for a block that has
 * neither changed nor moved: in the editor most blocks are, and their markers' ranges need no mapping again.
 */
import type { TenderDocument, TextBlock, TextSegment } from '../../model/types';
import { proseTexts, TextMemo } from '../../model/memo';
import { evidenceIn, linksIn, markersByBlock, type FactsByBlock } from './evidence';
import type { EvidenceMarker, ResponseParagraph } from './types';
import { sameSegments } from '../block-memo';

/** What a paragraph's markers depend on besides its block's text. */
interface Made {
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

/** The last paragraph made from each block text (one per text: a text met twice is made again). */
const made = new TextMemo<{ last: Made | null }>(() => ({ last: null }));

/** The paragraph of `block` (a paragraph, list item or table cell that is bidder text). */
export function paragraphsOf(doc: TenderDocument, byBlock: FactsByBlock, blocks: readonly TextBlock[]): ResponseParagraph[] {
  const slots = made.values(proseTexts(doc));
  const marks = markersByBlock(doc);
  const out: ResponseParagraph[] = [];
  for (const block of blocks) {
    const own = doc.blocks[block.id] === block;
    const slot = own ? slots[block.id]! : made.get(block.text);
    const links = linksIn(doc, block);
    const last = slot.last;
    if (last && same(doc, block, byBlock, links, last)) {
      out.push(last.paragraph);
      continue;
    }
    if (last && movedAs(doc, block, byBlock, links, last)) {
      // Moved with its source unchanged (an edit above it): the same markers, shifted (none to shift: the same
      // paragraph). What the record compares besides the block's place is unchanged.
      const { start, end } = block.range;
      const paragraph = last.paragraph.evidence.length === 0 && last.paragraph.block === block.id ? last.paragraph : shifted(last.paragraph, block.id, start.offset - last.start, start.line - last.line);
      last.id = block.id;
      last.start = start.offset;
      last.end = end.offset;
      last.line = start.line;
      last.segments = block.segments;
      last.paragraph = paragraph;
      out.push(paragraph);
      continue;
    }
    const paragraph: ResponseParagraph = { block: block.id, ...evidenceIn(doc, byBlock, block, own ? marks[block.id] : undefined, links) };
    slot.last = {
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
    out.push(paragraph);
  }
  return out;
}

function same(doc: TenderDocument, block: TextBlock, byBlock: FactsByBlock, links: boolean, last: Made): boolean {
  const { start, end } = block.range;
  if (last.id !== block.id || last.start !== start.offset || last.end !== end.offset || last.line !== start.line || last.column !== start.column) return false;
  if (last.links !== links || !sameSegments(last.segments, block.segments) || !sameSpans(last.facts, byBlock, block.id)) return false;
  // The same line breaks inside the block's source.
  let k = 0;
  for (let i = start.line; i < doc.lineStarts.length && doc.lineStarts[i]! <= end.offset; i++, k++) {
    if (k >= last.lines.length || doc.lineStarts[i]! - start.offset !== last.lines[k]) return false;
  }
  return k === last.lines.length;
}

/**
 * Whether `block` maps its text to the source as the block of `last` did, relative to its start, starting at the
 * same column and with the same line breaks inside it and the same facts: its markers are then those of `last`,
 * moved by as many characters and lines as the block's start.
 */
function movedAs(doc: TenderDocument, block: TextBlock, byBlock: FactsByBlock, links: boolean, last: Made): boolean {
  const { start, end } = block.range;
  if (last.column !== start.column || last.end - last.start !== end.offset - start.offset || last.links !== links) return false;
  if (!sameSegmentsMoved(last.segments, last.start, block.segments, start.offset) || !sameSpans(last.facts, byBlock, block.id)) return false;
  let k = 0;
  for (let i = start.line; i < doc.lineStarts.length && doc.lineStarts[i]! <= end.offset; i++, k++) {
    if (k >= last.lines.length || doc.lineStarts[i]! - start.offset !== last.lines[k]) return false;
  }
  return k === last.lines.length;
}

/** Segments equal relative to their blocks' starts. */
function sameSegmentsMoved(a: TextSegment[], aStart: number, b: TextSegment[], bStart: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.textStart !== y.textStart || x.length !== y.length || x.sourceStart - aStart !== y.sourceStart - bStart || !x.map !== !y.map) return false;
    if (x.map && y.map && x.map !== y.map) {
      // Maps are relative to their segment's start, compared above.
      if (x.map.length !== y.map.length) return false;
      for (let k = 0; k < x.map.length; k++) if (x.map[k] !== y.map[k]) return false;
    }
  }
  return true;
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

function sameSpans(spansBefore: number[], byBlock: FactsByBlock, id: number): boolean {
  let k = 0;
  for (const list of [byBlock.money.get(id), byBlock.percentages.get(id), byBlock.dates.get(id)]) {
    if (list) {
      for (const f of list) {
        if (spansBefore[k] !== f.start || spansBefore[k + 1] !== f.end) return false;
        k += 2;
      }
    }
    if (spansBefore[k++] !== -1) return false;
  }
  return k === spansBefore.length;
}
