/**
 * Where a block sits in its document, as far as the ranges of facts located in it depend on it: its index, how
 * its text maps to source offsets (its segments) and the line breaks over that stretch of source. Two blocks with
 * the same text and an equal placement give every offset of their text the same range, so facts located in one
 * can be handed out again for the other.
 */
import type { TenderDocument, TextBlock, TextSegment } from '../../model/types';
import { lineIndex } from '../../model/positions';
import { sameSegments } from '../block-memo';

export interface Placement {
  id: number;
  /** The block's start offset (where a block without segments maps every offset). */
  start: number;
  segments: TextSegment[];
  /** The first and one past the last source offset the block's text maps to. */
  low: number;
  high: number;
  /** The 0-based line of `low`. */
  line: number;
  /** Line starts inside `(low, high]`, absolute. */
  lines: number[];
}

function extent(block: TextBlock): [number, number] {
  let low = block.range.start.offset;
  let high = low;
  for (const seg of block.segments) {
    if (seg.map) {
      for (const m of seg.map) {
        const v = seg.sourceStart + m;
        if (v < low) low = v;
        if (v + 1 > high) high = v + 1;
      }
    }
    const first = seg.sourceStart;
    if (first < low) low = first;
    if (first + seg.length > high) high = first + seg.length;
  }
  // Offsets past the text's end map past the last segment (see `blockOffsetToSource`): a little slack is read.
  return [low, high + 1];
}

export function placementOf(doc: TenderDocument, block: TextBlock): Placement {
  const [low, high] = extent(block);
  const line = lineIndex(doc.lineStarts, low);
  const lines: number[] = [];
  for (let i = line + 1; i < doc.lineStarts.length && doc.lineStarts[i]! <= high; i++) lines.push(doc.lineStarts[i]!);
  return { id: block.id, start: block.range.start.offset, segments: block.segments, low, high, line, lines };
}

/** Whether `block` is placed as `p` was (same index, same mapping to source, same line breaks over it). */
export function samePlacement(doc: TenderDocument, block: TextBlock, p: Placement): boolean {
  if (p.id !== block.id || p.start !== block.range.start.offset || !sameSegments(p.segments, block.segments)) return false;
  const starts = doc.lineStarts;
  if (lineIndex(starts, p.low) !== p.line) return false;
  let k = 0;
  for (let i = p.line + 1; i < starts.length && starts[i]! <= p.high; i++, k++) if (starts[i] !== p.lines[k]) return false;
  return k === p.lines.length;
}

