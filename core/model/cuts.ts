/**
 * Where a Markdown document may be cut into chunks that parse on their own as they do in place (the rules are at
 * the top of `chunks.ts`), found by one scan over the lines; after an edit, by a scan of the edited stretch only.
 */
import type { TextEdit } from './edit';

/**
 * How big chunks are: a cut is taken at a possible place once the chunk holds `min` characters and the line there
 * is a heading or hashes to 0 modulo `every`, and at any possible place once it holds `max`. Choosing by the
 * line's own text keeps cuts where they were when an edit changes a chunk's length, so an edit re-parses one
 * chunk (rarely two) rather than shifting every cut after it.
 */
export interface ChunkSizes {
  min: number;
  max: number;
  every: number;
}

export const CHUNK_SIZES: ChunkSizes = { min: 1500, max: 6000, every: 4 };

/** FNV-1a of the first 32 characters of a line. */
function lineHash(line: string): number {
  let h = 0x811c9dc5;
  const n = Math.min(line.length, 32);
  for (let i = 0; i < n; i++) {
    h ^= line.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const BLANK = /^[ \t]*$/;
const LONE_CR = /\r(?!\n)/;
/** A list item with some text, its marker at the margin. */
export const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/**
 * Where the document can be cut into chunks (see the top of `chunks.ts`): offsets of chunk starts, the first 0.
 * A document with a carriage return not followed by a line feed is one chunk (lines are split on `\n` here).
 */
export function chunkOffsets(text: string, sizes: ChunkSizes = CHUNK_SIZES): number[] {
  const cuts: number[] = [0];
  if (LONE_CR.test(text)) return cuts;
  let offset = 0;
  let previousBlank = true;
  // YAML front matter may hold blank lines: start after its closing line (none: no cuts at all).
  if (/^---[ \t]*\r?\n/.test(text)) {
    const close = /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
    if (!close) return cuts;
    offset = close.index + close[0].length;
    previousBlank = false;
  }
  return scan(text, sizes, cuts, offset, previousBlank, null);
}

/**
 * The cuts of the new text after `edit`, from `previous`, the cuts of the text before it (with the same sizes):
 * the cuts before the edit are kept, the lines from the last of them are scanned again, and once a cut falls where
 * one fell before (moved with the edit) past the edit, the rest are the previous ones, moved.
 */
export function editChunkOffsets(text: string, sizes: ChunkSizes, previous: readonly number[], edit: TextEdit): number[] {
  // A cut is taken in a state (outside fences and HTML, after a blank line) that the text before it alone decides.
  let k = previous.length - 1;
  while (k > 0 && previous[k]! > edit.start) k--;
  if (k === 0) return chunkOffsets(text, sizes);
  // The previous text had no lone carriage return (it had cuts): the new one has one only in the edited stretch.
  for (let q = text.indexOf('\r', Math.max(0, edit.start - 1)); q >= 0 && q <= edit.newEnd; q = text.indexOf('\r', q + 1)) {
    if (text.charCodeAt(q + 1) !== 10) return [0];
  }
  const cuts = previous.slice(0, k);
  const at = previous[k]!;
  const lineBefore = text.slice(text.lastIndexOf('\n', at - 2) + 1, at - 1);
  return scan(text, sizes, cuts, at, BLANK.test(lineBefore.endsWith('\r') ? lineBefore.slice(0, -1) : lineBefore), { previous, edit });
}

function scan(text: string, sizes: ChunkSizes, cuts: number[], offset: number, previousBlank: boolean, resume: { previous: readonly number[]; edit: TextEdit } | null): number[] {
  let fence: { char: string; length: number } | null = null;
  let htmlEnd: RegExp | null = null;
  let last = cuts[cuts.length - 1]!;
  // The next previous cut that could be the one a cut past the edit matches.
  let j = 0;
  while (offset < text.length) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(offset, end - 1) : text.slice(offset, end);
    const blank = BLANK.test(line);
    if (fence) {
      const close = FENCE_CLOSE.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = null;
    } else {
      const first = line.charCodeAt(0);
      // A line of three dashes at the start of a chunk would be read as opening front matter.
      // Straight after a line, only before a list item at the margin (see `listGoesOn` in `chunks.ts`, which checks
      // the cut on the parsed chunk: a tight list too long for one chunk is cut between its items).
      const possible = previousBlank || (LIST_ITEM.test(line) && !THEMATIC_BREAK.test(line));
      if (possible && offset > 0 && !blank && first !== 32 && first !== 9 && !line.startsWith('---')) {
        const size = offset - last;
        if (size >= sizes.max || (size >= sizes.min && (/^#{1,6}(?:[ \t]|$)/.test(line) || lineHash(line) % sizes.every === 0))) {
          cuts.push(offset);
          last = offset;
          if (resume && offset >= resume.edit.newEnd) {
            // Past the edit, at a cut the previous text had here too: from here on the scan goes as it went then.
            const { previous, edit } = resume;
            const at = offset - edit.delta;
            while (j < previous.length && previous[j]! < at) j++;
            if (previous[j] === at) {
              for (let i = j + 1; i < previous.length; i++) cuts.push(previous[i]! + edit.delta);
              return cuts;
            }
          }
        }
      }
      const open = FENCE.exec(line);
      if (open) {
        fence = { char: open[1]![0]!, length: open[1]!.length };
      } else if (/^ {0,3}<!--/.test(line) && !/-->/.test(line.slice(line.indexOf('<!--') + 4))) {
        htmlEnd = /-->/;
      } else if (/^ {0,3}<(script|pre|style|textarea)(?:\s|>|$)/i.test(line) && !/<\/(script|pre|style|textarea)>/i.test(line)) {
        htmlEnd = /<\/(script|pre|style|textarea)>/i;
      } else if (/^ {0,3}<!\[CDATA\[/.test(line) && !line.includes(']]>')) {
        htmlEnd = /\]\]>/;
      } else if (/^ {0,3}<\?/.test(line) && !line.includes('?>')) {
        htmlEnd = /\?>/;
      } else if (/^ {0,3}<![A-Za-z]/.test(line) && !line.slice(line.indexOf('<!') + 2).includes('>')) {
        htmlEnd = />/;
      }
    }
    previousBlank = blank && !fence && !htmlEnd;
    offset = end + 1;
  }
  return cuts;
}
