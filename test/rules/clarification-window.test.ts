import rule from '../../rules/lead-in/clarification-window';
import { testRule } from '../helpers/rule-tester';

const PROMISE = 'Bidders may ask clarification questions through the portal. Answers will be published to all bidders within three working days, and no later than 6 days before the submission deadline.';

function itt(body: string, ...rows: Array<[string, string]>): string {
  return `---\ntenderlint:\n  kind: itt\n---\n\n# Invitation to Tender: Lunch Club Service\n\n${body}\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n${rows.map(([a, d]) => `| ${a} | ${d} |\n`).join('')}| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |\n`;
}

testRule(rule, {
  valid: [
    {
      name: 'questions and answers in sentences of an RFQ, in good time',
      text:
        '# Request for Quotation: Garden Maintenance\n\nDate: 3 May 2027  \nReply by: 7 June 2027 4:00 pm\n\n## 1. Questions\n\n' +
        'Any questions about this RFQ must be submitted by email no later than 21 May 2027. The Trust will publish answers to all suppliers no later than 26 May 2027.\n',
    },
    { name: 'questions close 17 days before, answers promised', text: itt(PROMISE, ['Deadline for clarification questions', '5pm, Friday 29 January 2027']) },
    { name: 'exactly 7 days before', text: itt(PROMISE, ['Deadline for clarification questions', '12:00, Monday 8 February 2027']) },
    {
      name: 'answers dated in the timetable',
      text: itt('Questions may be sent through the portal.', ['Deadline for clarification questions', 'Friday 29 January 2027'], ['Responses to clarification questions published', 'Friday 5 February 2027']),
    },
    { name: 'an SQ without a clarification process is not required to have one', text: '---\ntenderlint:\n  kind: sq\n---\n\n# Selection Questionnaire\n\n## Timetable\n\n- SQ published: Monday 8 March 2027\n- SQ return deadline: 12:00, Friday 16 April 2027\n' },
    { name: 'an ITT with no timetable is left to lead-in/missing-deadline', text: '---\ntenderlint:\n  kind: itt\n---\n\n# Invitation to Tender\n\nThe Council invites tenders for a lunch club service.\n' },
  ],
  invalid: [
    {
      name: 'questions close two days before the deadline',
      text: itt(PROMISE, ['Deadline for clarification questions', '5pm, Saturday 13 February 2027']),
      errors: [{ messageId: 'tooClose', line: 15, column: 42, message: 'Clarification questions close 2 days before the submission deadline' }],
    },
    {
      name: 'clarification deadline after the submission deadline',
      text: itt(PROMISE, ['Deadline for clarification questions', '5pm, Friday 19 February 2027']),
      errors: [{ messageId: 'afterDeadline', line: 15 }],
    },
    {
      name: 'answers dated four days before the deadline',
      text: itt('Questions may be sent through the portal.', ['Deadline for clarification questions', 'Friday 29 January 2027'], ['Responses to clarification questions published', 'Thursday 11 February 2027']),
      errors: [{ messageId: 'answersLate', line: 16, message: 'due 4 days before' }],
    },
    {
      name: 'answers promised only two days before the deadline',
      text: itt('Bidders may ask clarification questions through the portal. Answers will be published no later than 2 days before the submission deadline.', ['Deadline for clarification questions', 'Friday 29 January 2027']),
      errors: [{ messageId: 'answersLate', line: 8 }],
    },
    {
      name: 'no commitment to answer',
      text: itt('Bidders may ask clarification questions through the portal.', ['Deadline for clarification questions', 'Friday 29 January 2027']),
      errors: [{ messageId: 'noAnswerCommitment', line: 15 }],
    },
    {
      name: 'questions and answers in sentences of an RFQ, answers 3 days before the reply-by date',
      text:
        '# Request for Quotation: Garden Maintenance\n\nDate: 3 May 2027  \nReply by: 7 June 2027 4:00 pm\n\n## 1. Questions\n\n' +
        'Any questions about this RFQ must be submitted by email no later than 21 May 2027. The Trust will publish answers to all suppliers no later than 4 June 2027.\n',
      errors: [{ messageId: 'answersLate', line: 8, message: 'due 3 days before the submission deadline (Fri 4 Jun 2027, deadline Mon 7 Jun 2027)' }],
    },
    {
      name: 'an ITT with no clarification process',
      text: itt('Tenders must be submitted through the portal.'),
      errors: [{ messageId: 'noProcess', line: 6 }],
    },
  ],
});
