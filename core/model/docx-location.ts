/**
 * Finds the Word address of a range in a DOCX's text view: the block the range starts in gives the paragraph
 * (and table cell), and the text around the range gives a short excerpt to recognise it by in Word.
 */
import type { DocxLocation, Range, TenderDocument, TextBlock } from './types';

const EXCERPT_CONTEXT = 30;
const EXCERPT_MAX = 90;

/** The block whose range holds `offset` (blocks are in document order), or the nearest block before it. */
export function blockAtOffset(doc: TenderDocument, offset: number): TextBlock | null {
  const blocks = doc.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.range.start.offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Among blocks starting at the same offset (empty cells), prefer the last one that still contains it.
  return found >= 0 ? blocks[found]! : (blocks[0] ?? null);
}

/** Collapses whitespace and cuts a piece of text to at most `max` characters. */
export function excerptOf(text: string, max = EXCERPT_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The DOCX address of a range: its block's address with an excerpt centred on the range. */
export function docxLocationOf(doc: TenderDocument, range: Range): DocxLocation | undefined {
  if (doc.format !== 'docx') return undefined;
  const block = blockAtOffset(doc, range.start.offset);
  if (!block?.docx) return undefined;
  const blockStart = block.range.start.offset;
  const blockEnd = Math.max(block.range.end.offset, blockStart);
  const start = Math.max(blockStart, Math.min(range.start.offset, blockEnd));
  const end = Math.min(blockEnd, Math.max(range.end.offset, start));
  // A short block is its own excerpt; in a long one, the words around the range.
  if (blockEnd - blockStart <= EXCERPT_MAX || end - start > EXCERPT_MAX) return { ...block.docx };
  let from = Math.max(blockStart, start - EXCERPT_CONTEXT);
  let to = Math.min(blockEnd, end + EXCERPT_CONTEXT);
  while (from > blockStart && from > start - EXCERPT_CONTEXT - 15 && !/\s/.test(doc.text[from - 1]!)) from--;
  while (to < blockEnd && to < end + EXCERPT_CONTEXT + 15 && !/\s/.test(doc.text[to]!)) to++;
  const body = excerptOf(doc.text.slice(from, to), EXCERPT_MAX + 2);
  const excerpt = `${from > blockStart ? '…' : ''}${body}${to < blockEnd ? '…' : ''}`;
  return { ...block.docx, excerpt };
}
