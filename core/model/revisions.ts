/**
 * CriticMarkup — the plain-text convention for tracked changes and comments (`{++added++}`, `{--removed--}`,
 * `{~~old~>new~~}`, `{>>comment<<}`) — counted in a Markdown document, so that a draft still carrying review
 * marks is reported like a Word file with tracked changes.
 */
import type { Revisions } from './types';

const MARK = /\{\+\+[\s\S]*?\+\+\}|\{--[\s\S]*?--\}|\{~~[\s\S]*?~~\}|\{>>[\s\S]*?<<\}/g;

/** The review marks in `text`, or undefined when there are none. */
export function criticMarkupRevisions(text: string): Revisions | undefined {
  if (!text.includes('{')) return undefined;
  const counts: Revisions = { insertions: 0, deletions: 0, formatting: 0, comments: 0 };
  for (const m of text.matchAll(MARK)) {
    const kind = m[0].slice(1, 3);
    if (kind === '++') counts.insertions++;
    else if (kind === '--') counts.deletions++;
    else if (kind === '~~') {
      counts.insertions++;
      counts.deletions++;
    } else counts.comments++;
  }
  return counts.insertions + counts.deletions + counts.comments > 0 ? counts : undefined;
}
