import rule from '../../rules/lead-in/consortium-time';
import { testRule } from '../helpers/rule-tester';

function itt(body: string, deadline: string): string {
  return `---\ntenderlint:\n  kind: itt\n---\n\n# Invitation to Tender: Community Transport\n\n${body}\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | ${deadline} |\n`;
}

const WELCOME = 'Bids from consortia and from organisations working with subcontractors are welcome. A consortium does not need to form a legal entity before award.';
const SINGLE = 'The Council will contract with a single provider for the whole service.';

testRule(rule, {
  valid: [
    { name: 'consortia welcome, six weeks', text: itt(WELCOME, '12:00 noon, Monday 15 February 2027') },
    { name: 'consortia welcome, exactly 40 days', text: itt(WELCOME, '12:00 noon, Saturday 13 February 2027') },
    { name: 'no consortium wording, 32 days', text: itt(SINGLE, '12:00 noon, Friday 5 February 2027') },
    { name: 'consortium bids refused', text: itt('Consortium bids will not be accepted for this contract.', '12:00 noon, Friday 5 February 2027') },
    { name: 'below the single-bidder minimum is lead-in/tender-period\'s finding', text: itt(WELCOME, '12:00 noon, Friday 22 January 2027') },
  ],
  invalid: [
    {
      name: 'consortia welcome, 32 days',
      text: itt(WELCOME, '12:00 noon, Friday 5 February 2027'),
      errors: [{ messageId: 'tooShort', line: 15, column: 40, message: 'The tender period is 32 days (issue Mon 4 Jan 2027, deadline Fri 5 Feb 2027) and the document invites consortium or subcontracted bids: allow at least 40 days', related: 1 }],
    },
    {
      name: 'an SQ for consortium members',
      text: '---\ntenderlint:\n  kind: sq\n---\n\n# Selection Questionnaire\n\nIf you are bidding as part of a consortium, name the lead member and each member.\n\n## Timetable\n\n- SQ published: Monday 8 March 2027\n- SQ return deadline: 12:00, Monday 12 April 2027\n',
      errors: [{ messageId: 'tooShort', line: 13, message: '35 days' }],
    },
    {
      name: 'the vcs-friendly settings ask for the extra time always',
      text: itt(SINGLE, '12:00 noon, Monday 15 February 2027'),
      options: { recommendedDays: 40, always: true },
      errors: [{ messageId: 'tooShort', message: 'consortia and subcontracted bids should be able to form: allow at least 50 days' }],
    },
  ],
});
