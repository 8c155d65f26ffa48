import type { Position, Range, TenderDocument, TextBlock } from './types';

/** Offsets at which each line of `text` starts. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1);
  }
  return starts;
}

/** The 0-based index in `lineStarts` of the line holding `offset` (binary search). */
export function lineIndex(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Converts a 0-based offset to a 1-based line/column position. */
export function offsetToPosition(lineStarts: number[], offset: number): Position {
  const index = lineIndex(lineStarts, offset);
  return { line: index + 1, column: offset - lineStarts[index]! + 1, offset };
}

export function rangeFromOffsets(doc: Pick<TenderDocument, 'lineStarts'>, start: number, end: number): Range {
  return { start: offsetToPosition(doc.lineStarts, start), end: offsetToPosition(doc.lineStarts, end) };
}

/** Maps an offset in a block's plain text to an offset in the document text. */
export function blockOffsetToSource(block: TextBlock, textOffset: number): number {
  const segs = block.segments;
  if (segs.length === 0) return block.range.start.offset;
  // The last segment starting at or before the offset (the first when none does): segments are in order.
  let lo = 1;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.textStart <= textOffset) lo = mid + 1;
    else hi = mid - 1;
  }
  const seg = segs[Math.max(0, hi)]!;
  const within = textOffset - seg.textStart;
  if (within >= seg.length) {
    // At or past the end of this segment: one past its last character.
    if (seg.length === 0) return seg.sourceStart;
    const last = seg.sourceStart + (seg.map ? seg.map[seg.length - 1]! : seg.length - 1);
    return last + 1 + (within - seg.length);
  }
  return seg.sourceStart + (seg.map ? seg.map[within]! : within);
}

/** The document range of `[start, end)` in a block's plain text. */
export function blockRange(doc: Pick<TenderDocument, 'lineStarts'>, block: TextBlock, start: number, end: number): Range {
  const s = blockOffsetToSource(block, start);
  const e = end > start ? blockOffsetToSource(block, end - 1) + 1 : s;
  return rangeFromOffsets(doc, s, Math.max(s, e));
}
