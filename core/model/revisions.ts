/**
 * CriticMarkup — the plain-text convention for tracked changes and comments (`{++added++}`, `{--removed--}`,
 * `{~~old~>new~~}`, `{>>comment<<}`) — counted in a Markdown document, so that a draft still carrying review
 * marks is reported like a Word file with tracked changes.
 */
import type { Revisions } from './types';

/** Each mark's closing sequence, by the two characters after its `{`. */
const CLOSERS: Record<string, string> = { '++': '++}', '--': '--}', '~~': '~~}', '>>': '<<}' };

/** The review marks in `text`, or undefined when there are none. */
export function criticMarkupRevisions(text: string): Revisions | undefined {
  if (!text.includes('{')) return undefined;
  const counts: Revisions = { insertions: 0, deletions: 0, formatting: 0, comments: 0 };
  // Each mark runs from its opening to the first closing sequence after it. Read by searching for the two, not
  // by a pattern: tried from every `{` of a long run of openings that never close, a pattern costs the square of
  // the text. A kind with no closing sequence after an opening has none after any later one either.
  const unclosed = new Set<string>();
  let pos = 0;
  for (;;) {
    const open = text.indexOf('{', pos);
    if (open < 0) break;
    const kind = text.slice(open + 1, open + 3);
    const closer = CLOSERS[kind];
    if (closer === undefined || unclosed.has(kind)) {
      pos = open + 1;
      continue;
    }
    const close = text.indexOf(closer, open + 3);
    if (close < 0) {
      unclosed.add(kind);
      pos = open + 1;
      continue;
    }
    if (kind === '++') counts.insertions++;
    else if (kind === '--') counts.deletions++;
    else if (kind === '~~') {
      counts.insertions++;
      counts.deletions++;
    } else counts.comments++;
    pos = close + closer.length;
  }
  return counts.insertions + counts.deletions + counts.comments > 0 ? counts : undefined;
}
