/**
 * Guards before the Markdown parser: cheap checks, run on every parse, for the shapes the parser reads in far
 * worse than linear time (or with too deep a stack). `markdown.ts` reads the stretches found as plain text.
 * Thresholds and figures: docs/reliability.md.
 */

/** Containers (block quotes and list items) nested deeper than this are a nesting bomb, not a document. */
const DEEPEST_NESTING = 32;
/** A stretch of lines with brackets opened this deep (not yet closed) is a bracket bomb, not links. */
const DEEPEST_BRACKETS = 64;
/** A run of this many blank lines or more is dropped before parsing. */
const LONGEST_BLANK_RUN = 1_000;

/**
 * The containers the line `[start, end)` opens: its `>` markers, its list markers, and the column of its first list
 * marker (or -1).
 */
function linePrefix(text: string, start: number, end: number): { quotes: number; markers: number; markerColumn: number; column: number } {
  let i = start;
  let column = 0;
  let quotes = 0;
  let markers = 0;
  let markerColumn = -1;
  const spaceAt = (k: number) => text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32) column++;
    else if (c === 9) column += 4 - (column % 4);
    else if (c === 62 /* > */) {
      quotes++;
      column++;
    } else if ((c === 45 || c === 42 || c === 43) /* - * + */ && spaceAt(i + 1)) {
      if (markers++ === 0) markerColumn = column;
      column++;
    } else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const after = text.charCodeAt(j);
      if (!((after === 46 || after === 41) /* . ) */ && spaceAt(j + 1))) break;
      if (markers++ === 0) markerColumn = column;
      column += j - i + 1;
      i = j;
    } else break;
    i++;
  }
  return { quotes, markers, markerColumn, column };
}

const WHITE_SPACE = /\s/;

/**
 * The fence marker (three backticks or tildes) that the first eight characters of the line `[start, end)` hold after
 * any white space, or null: what `text.slice(start, end).slice(0, 8).trimStart().slice(0, 3)` is when it is a fence
 * marker, read without making those strings on every line.
 */
function fenceMarker(text: string, start: number, end: number): '```' | '~~~' | null {
  const limit = Math.min(end, start + 8);
  let i = start;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || (c >= 10 && c <= 13)) continue;
    if (c < 128 || !WHITE_SPACE.test(text[i]!)) break;
  }
  if (i + 3 > limit) return null;
  const c = text.charCodeAt(i);
  if ((c !== 96 /* ` */ && c !== 126) /* ~ */ || text.charCodeAt(i + 1) !== c || text.charCodeAt(i + 2) !== c) return null;
  return c === 96 ? '```' : '~~~';
}

/**
 * Stretches of the text to read as plain text rather than parse, in order, each whole lines: a stretch of
 * non-blank lines (a paragraph, list or quote) in which containers nest too deep (block quotes and list items,
 * estimated from markers and indentation) or brackets open too deep, and runs of very many blank lines. One pass over the lines, outside fenced code; a document with none of
 * these shapes gives none, and is parsed exactly as before.
 */
export function plainRegions(text: string): Region[] {
  return guardScan(text).regions;
}

export interface Region {
  start: number;
  end: number;
}

/** The state of the scan at the start of a line that follows a blank line (no stretch open), kept to resume from. */
interface Snapshot {
  offset: number;
  fence: string | null;
  blankLines: number;
  /** How far before `offset` the run of blank lines started. */
  blankAgo: number;
  listColumns: readonly number[];
}


/** The regions of a text, with states of the scan along it to resume from after an edit. */
export interface GuardScan {
  regions: Region[];
  snapshots: Snapshot[];
  /** Characters between two snapshots, at least. */
  every: number;
}

/** `every`: characters between two kept states, at least (tests keep one at every line they can). */
export function guardScan(text: string, every = 2048): GuardScan {
  return scan(text, 0, [], { snapshots: [], every }, null, null);
}

/**
 * The scan of the new text after `edit`, from that of the text before it: resumed from the last state kept before
 * the edit, and once past the edit at a line where the previous scan was in the same state (moved with the edit),
 * the rest is the previous scan's, moved.
 */
export function editGuardScan(text: string, previous: GuardScan, edit: { start: number; newEnd: number; delta: number }): GuardScan {
  const snaps = previous.snapshots;
  let k = snaps.length - 1;
  while (k >= 0 && snaps[k]!.offset > edit.start) k--;
  if (k < 0) return guardScan(text);
  const from = snaps[k]!;
  // Regions are added as they end, at the line after them: those ended before the state kept stand.
  const regions = previous.regions.filter((r) => r.end < from.offset);
  return scan(text, from.offset, regions, { snapshots: snaps.slice(0, k), every: previous.every }, from, { previous, edit });
}

function sameState(a: Snapshot, b: Snapshot): boolean {
  if (a.fence !== b.fence || a.blankLines !== b.blankLines || a.blankAgo !== b.blankAgo || a.listColumns.length !== b.listColumns.length) return false;
  for (let i = 0; i < a.listColumns.length; i++) if (a.listColumns[i] !== b.listColumns[i]) return false;
  return true;
}

function scan(
  text: string,
  offset: number,
  regions: Region[],
  kept: { snapshots: Snapshot[]; every: number },
  from: Snapshot | null,
  resume: { previous: GuardScan; edit: { start: number; newEnd: number; delta: number } } | null,
): GuardScan {
  let fence: string | null = from ? from.fence : null;
  let stretchStart = -1; // first line of the current run of non-blank lines
  let stretchBad = false;
  let brackets = 0;
  let blankStart = from ? from.offset - from.blankAgo : -1;
  let blankLines = from ? from.blankLines : 0;
  const listColumns: number[] = from ? [...from.listColumns] : [];
  const { snapshots, every } = kept;
  let lastSnapshot = snapshots.length > 0 ? snapshots[snapshots.length - 1]!.offset : -every;
  // The next previous state that could be the one a line past the edit matches.
  let j = 0;
  const closeStretch = (end: number): void => {
    if (stretchStart >= 0 && stretchBad) regions.push({ start: stretchStart, end });
    stretchStart = -1;
    stretchBad = false;
    brackets = 0;
  };
  while (offset < text.length) {
    if (stretchStart < 0 && blankLines > 0) {
      const here: Snapshot = { offset, fence, blankLines, blankAgo: offset - blankStart, listColumns };
      if (resume && offset >= resume.edit.newEnd) {
        const { previous, edit } = resume;
        const at = offset - edit.delta;
        const old = previous.snapshots;
        while (j < old.length && old[j]!.offset < at) j++;
        if (j < old.length && old[j]!.offset === at && sameState(old[j]!, here)) {
          // From here on the scan goes as it went before, moved.
          for (const r of previous.regions) if (r.end >= at) regions.push({ start: r.start + edit.delta, end: r.end + edit.delta });
          for (let i = j; i < old.length; i++) snapshots.push(edit.delta === 0 ? old[i]! : { ...old[i]!, offset: old[i]!.offset + edit.delta });
          return { regions: regions.sort((a, b) => a.start - b.start), snapshots, every };
        }
      }
      if (offset - lastSnapshot >= every) {
        here.listColumns = [...listColumns];
        snapshots.push(here);
        lastSnapshot = offset;
      }
    }
    let end = text.indexOf('\n', offset);
    end = end < 0 ? text.length : end + 1;
    let blank = true;
    for (let i = offset; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) {
        blank = false;
        break;
      }
    }
    if (blank) {
      closeStretch(offset);
      if (blankLines++ === 0) blankStart = offset;
    } else {
      if (blankLines >= LONGEST_BLANK_RUN) regions.push({ start: blankStart, end: offset });
      blankLines = 0;
      // Fenced code is read as it stands: nothing in it nests or links.
      const prefix = linePrefix(text, offset, end);
      const indent = prefix.column;
      const marker = fenceMarker(text, offset, end);
      if (fence) {
        if (marker === fence && indent < 4) fence = null;
      } else if (marker !== null && indent < 4 && !stretchBad) {
        fence = marker;
      } else {
        if (stretchStart < 0) stretchStart = offset;
        // List nesting: the columns of the list items still open (an item at or left of one closes it).
        if (prefix.markers > 0) {
          while (listColumns.length > 0 && listColumns[listColumns.length - 1]! >= prefix.markerColumn) listColumns.pop();
          listColumns.push(prefix.markerColumn);
        } else if (indent === 0 && prefix.quotes === 0) {
          listColumns.length = 0;
        }
        if (prefix.quotes + listColumns.length + Math.max(0, prefix.markers - 1) > DEEPEST_NESTING) stretchBad = true;
        if (!stretchBad) {
          for (let i = offset; i < end; i++) {
            const c = text.charCodeAt(i);
            if (c === 91 /* [ */) {
              if (++brackets > DEEPEST_BRACKETS) {
                stretchBad = true;
                break;
              }
            } else if (c === 93 /* ] */ && brackets > 0) brackets--;
          }
        }
      }
    }
    offset = end;
  }
  closeStretch(text.length);
  if (blankLines >= LONGEST_BLANK_RUN) regions.push({ start: blankStart, end: text.length });
  return { regions: regions.sort((a, b) => a.start - b.start), snapshots, every };
}
