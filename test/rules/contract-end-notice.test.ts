import rule from '../../rules/lead-in/contract-end-notice';
import { testRule } from '../helpers/rule-tester';

function itt(body: string, extraRow = ''): string {
  return `---\ntenderlint:\n  kind: itt\n---\n\n# Invitation to Tender: Carers Service\n\n${body}\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |\n${extraRow}`;
}

testRule(rule, {
  valid: [
    { name: 'nine months ahead', text: itt('The existing contract for this service ends on 30 September 2027.') },
    { name: 'exactly six months ahead', text: itt('The existing contract for this service ends on 4 July 2027.') },
    { name: 'a new service', text: itt('This is a new service; there is no current provider.') },
    { name: 'a current contract without an end date', text: itt('The current contract is held by a local charity and will be re-tendered.') },
    { name: 'the end date already passed', text: itt('The existing contract for this service ended on 31 December 2026.') },
  ],
  invalid: [
    {
      name: 'three months ahead, in prose',
      text: itt('The existing contract for this service ends on 31 March 2027.'),
      errors: [{ messageId: 'lateRetender', line: 8, column: 48, message: 'The current contract ends on Wed 31 Mar 2027, less than 6 months after this document was issued (Mon 4 Jan 2027)', related: 1 }],
    },
    {
      name: 'in the timetable',
      text: itt('The service is being re-tendered.', '| Current contract expires | Wednesday 30 June 2027 |\n'),
      errors: [{ messageId: 'lateRetender', line: 16 }],
    },
    {
      name: 'twelve months by option',
      text: itt('The existing contract for this service ends on 30 September 2027.'),
      options: { minMonths: 12 },
      errors: [{ messageId: 'lateRetender', message: 'less than 12 months' }],
    },
  ],
});
