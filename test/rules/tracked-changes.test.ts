import rule, { describeRevisions } from '../../rules/drafting/tracked-changes';
import { describe, expect, it } from 'vitest';
import { testRule } from '../helpers/rule-tester';

// Word revisions are covered by test/docx/read.test.ts and test/docx/rule-examples.test.ts; here the
// Markdown form (CriticMarkup) and the message.
testRule(rule, {
  valid: [
    {
      name: 'a final tender with braces, dashes and arrows in ordinary use',
      text: '# Invitation to Tender\n\n## Pricing\n\nPrices are fixed for years 1–3 -- after that they follow CPI -> capped at 3%. Use the template {Schedule 4} and return it by 12 noon on Friday 29 January 2027.\n\n| Lot | Budget |\n| --- | --- |\n| 1 | £60,000 per annum |\n',
    },
    { name: 'template tags are placeholders, not review marks', text: 'This agreement is between the Council and {{ supplier_name }}.\n' },
  ],
  invalid: [
    {
      name: 'an insertion and a comment',
      text: '# Specification\n\nThe service runs {++from 1 April 2027++} for three years.{>>Finance to confirm<<}\n',
      errors: [{ messageId: 'revisions', line: 1, column: 1, message: '1 tracked insertion and 1 comment' }],
    },
    {
      name: 'a substitution counts as a deletion and an insertion',
      text: 'Tenders are due on {~~Friday 22~>Friday 29~~} January 2027 and {--late bids may be accepted--}.\n',
      errors: [{ messageId: 'revisions', line: 1, message: '1 tracked insertion and 2 deletions' }],
    },
  ],
});

describe('describeRevisions', () => {
  it.each([
    [{ insertions: 2, deletions: 0, formatting: 0, comments: 0 }, '2 tracked insertions'],
    [{ insertions: 0, deletions: 1, formatting: 0, comments: 0 }, '1 tracked deletion'],
    [{ insertions: 3, deletions: 2, formatting: 1, comments: 4 }, '3 tracked insertions, 2 deletions, 1 tracked formatting change and 4 comments'],
    [{ insertions: 0, deletions: 0, formatting: 0, comments: 1 }, '1 comment'],
  ])('%o → %s', (revisions, text) => {
    expect(describeRevisions(revisions)).toBe(text);
  });
});
