/**
 * drafting/tracked-changes — a document that still carries tracked changes or comments: Word revisions and
 * comments in a DOCX, CriticMarkup review marks (`{++ ++}`, `{-- --}`, `{~~ ~> ~~}`, `{>> <<}`) in Markdown.
 * tenderlint checks a DOCX as it reads with every change accepted; this rule says that the file itself is not
 * yet in that state.
 * Rationale: a published tender must say one thing to every bidder; a file still showing deleted wording, rival
 * versions or internal comments leaves bidders unsure which text binds and can disclose the authority's internal
 * reasoning (seed 000 §4.17, "Transparency"; seed 004, bidding tips: bidders "follow instructions exactly", so the
 * instructions must be final).
 */
import { defineRule } from '../../core/engine/define';
import type { Revisions } from '../../core/model/types';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 tracked insertions, 2 deletions and 1 comment". */
export function describeRevisions(r: Revisions): string {
  const parts: string[] = [];
  if (r.insertions) parts.push(plural(r.insertions, 'tracked insertion', 'tracked insertions'));
  if (r.deletions) parts.push(plural(r.deletions, parts.length ? 'deletion' : 'tracked deletion', parts.length ? 'deletions' : 'tracked deletions'));
  if (r.formatting) parts.push(plural(r.formatting, 'tracked formatting change', 'tracked formatting changes'));
  if (r.comments) parts.push(plural(r.comments, 'comment', 'comments'));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export default defineRule({
  id: 'drafting/tracked-changes',
  description: 'Tracked changes or comments still in the document',
  severity: 'info',
  kinds: 'all',
  regimes: 'all',
  messages: {
    revisions:
      'The file still contains {{what}}. Before publication accept or reject every change and resolve or delete every comment (in Word: Review › Accept › Accept All Changes, then Delete All Comments). tenderlint checked the text as it reads with the changes accepted.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `A tender pack goes through many hands before publication, and Word keeps every hand's tracked insertions, deletions, formatting changes and comments in the file until someone accepts or removes them. Published that way, bidders see rival versions of a requirement or a date and cannot tell which one binds; comments can disclose internal reasoning about budgets, incumbents or scoring that was never meant for bidders, and every question they prompt costs bidding time that small and voluntary organisations do not have.

tenderlint checks a Word document as it reads with every tracked change accepted, so its other findings are about the final text. This rule says that the file itself still carries the revisions or comments, with a count of each. In Markdown drafts the same marks are written in CriticMarkup (\`{++added++}\`, \`{--removed--}\`, \`{~~old~>new~~}\`, \`{>>comment<<}\`), and they are reported the same way. It is information only: during drafting revisions are expected; the point is to clear them before the document is issued.`,
  sources: [
    { label: 'Seed 000 §4.17', text: 'Basic guidance that would allow VCS groups to compete: transparency in the procurement process.' },
    { label: 'Seed 004, Bidding for Contracts: some top tips', text: 'Follow instructions exactly and always provide what is asked for — which needs one final set of instructions.' },
  ],
  examples: {
    invalid: [
      {
        title: 'A review mark and a comment left in a draft (CriticMarkup; Word revisions are reported the same way)',
        text: '# Invitation to Tender\n\nTenders must be returned by 12 noon on Friday 29 January 2027{>>Legal to confirm the date<<}.\n\nThe contract runs for {~~two~>three~~} years.\n',
      },
    ],
    valid: [
      {
        title: 'A clean final text',
        text: '# Invitation to Tender\n\nTenders must be returned by 12 noon on Friday 29 January 2027 through the e-tendering portal.\n',
      },
    ],
  },
  check(context) {
    const revisions = context.doc.revisions;
    if (!revisions) return;
    const what = describeRevisions(revisions);
    if (!what) return;
    // Reported on the document's first block of text (its title, usually): the marks belong to the whole file.
    const first = context.doc.blocks.find((b) => b.kind !== 'html' && b.kind !== 'code');
    if (first) context.report({ messageId: 'revisions', data: { what }, block: first });
    else context.report({ messageId: 'revisions', data: { what }, range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } });
  },
});
