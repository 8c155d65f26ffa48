/**
 * What an edit changed between two versions of a document's text, found by comparing them from both ends, so that
 * the passes over the whole text (line starts, chunk cuts, plain-region guards) redo only the edited stretch and
 * take the rest from the previous version, shifted.
 */

/** `[start, oldEnd)` of the previous text became `[start, newEnd)` of the new one; the rest is the same. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
  /** `newEnd - oldEnd`: how far everything after the edit moved. */
  delta: number;
}

/** The length of the common start of `a` and `b`, compared a stretch at a time (string equality, not a loop per character). */
function commonPrefix(a: string, b: string, limit: number): number {
  let i = 0;
  let step = 4096;
  while (i < limit) {
    const k = Math.min(step, limit - i);
    if (k <= 16) {
      while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
      return i;
    }
    if (a.slice(i, i + k) === b.slice(i, i + k)) i += k;
    else step = k >> 1;
  }
  return i;
}

/** The length of the common end of `a` and `b`, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  let step = 4096;
  while (n < limit) {
    const k = Math.min(step, limit - n);
    if (k <= 16) {
      while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
      return n;
    }
    if (a.slice(a.length - n - k, a.length - n) === b.slice(b.length - n - k, b.length - n)) n += k;
    else step = k >> 1;
  }
  return n;
}

/** The edit that turned `before` into `after`. */
export function textEdit(before: string, after: string): TextEdit {
  const start = commonPrefix(before, after, Math.min(before.length, after.length));
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - start);
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix, delta: after.length - before.length };
}

/** The line starts of the new text, from those of the previous one (see `computeLineStarts`). */
export function editLineStarts(previous: readonly number[], edit: TextEdit, text: string): number[] {
  const out: number[] = [];
  let i = 0;
  // A line starting at or before the edit follows a line end before it.
  while (i < previous.length && previous[i]! <= edit.start) out.push(previous[i++]!);
  for (let k = text.indexOf('\n', edit.start); k >= 0 && k < edit.newEnd; k = text.indexOf('\n', k + 1)) out.push(k + 1);
  // A line starting after a line end at or after the edit's end, moved with it.
  while (i < previous.length && previous[i]! - 1 < edit.oldEnd) i++;
  for (; i < previous.length; i++) out.push(previous[i]! + edit.delta);
  return out;
}
